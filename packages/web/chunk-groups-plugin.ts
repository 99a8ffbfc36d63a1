// Vite plugin and code-splitting groups: a signed-in first page loads a handful of chunks instead of ~50. Left to
// itself the bundler cuts one chunk per set of importers, so antd's pieces shared by some pages and not others made
// dozens of small files: on a phone's connection each costs a round trip (six at a time over HTTP/1.1), and the loader
// adds a <link> per file. The groups, worked out from the module graph once it is built:
//
// - `index`: the entry's own modules stay in the entry (no group may drag React out of it);
// - `frame`: what the signed-in frame (src/layout/signed-in.tsx) draws with, loaded on every signed-in page anyway;
// - `pages`: library code, antd's stylesheets and the app's shared helpers, cut by the set of pages that use them
//   (as the bundler would) but with pieces under 20 KB merged into a neighbour rather than a file each;
// - the pages' own code stays in their chunks, and the charts (ECharts) stay apart, loaded where they are drawn.
import type { Plugin } from 'vite';

interface Graph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[]; isEntry: boolean; code: string | null } | null;
}

// Index files that re-export a whole library: the import graph says a file using `Button` imports all of antd. The
// bundler drops the unused re-exports; here the names a source imports lead to the component's own folder instead.
const BARRELS: [RegExp, string, (name: string) => string][] = [
  [
    /[\\/]node_modules[\\/]antd[\\/]es[\\/]index\.js$/,
    'antd',
    (n) => `/antd/es/${n === 'Row' || n === 'Col' ? 'grid' : kebab(n)}/index.js`,
  ],
  [/[\\/]node_modules[\\/]@ant-design[\\/]icons[\\/]es[\\/]index\.js$/, '@ant-design/icons', (n) => `/@ant-design/icons/es/icons/${n}.js`],
];
const kebab = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());

// Loaded where they are drawn and large: never pulled into a shared chunk.
const APART = /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]|[\\/]src[\\/]components[\\/](chart|echarts)\.tsx?$/;

/** What module `id` imports statically, with a barrel replaced by the modules of the names it takes from it. */
function imports(graph: Graph, byTail: Map<string, string>, id: string): string[] {
  const info = graph.getModuleInfo(id);
  if (!info) return [];
  return info.importedIds.flatMap((dep) => {
    const barrel = BARRELS.find(([re]) => re.test(dep));
    if (!barrel) return [dep];
    const [, spec, file] = barrel;
    const names = [...(info.code ?? '').matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${spec}['"]`, 'g'))].flatMap((m) =>
      m[1]!.split(',').map((part) =>
        part
          .trim()
          .replace(/^type\s+.*/, '')
          .replace(/\s+as\s+\w+$/, ''),
      ),
    );
    return names.flatMap((n) => (n && byTail.has(file(n)) ? [byTail.get(file(n))!] : []));
  });
}

/** Libraries of the entry, each a chunk of its own (in the order they are evaluated). */
const ENTRY_LIBRARIES: [string, RegExp][] = [
  ['react', /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/],
  ['router', /[\\/]node_modules[\\/](react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/],
  ['query', /[\\/]node_modules[\\/]@tanstack[\\/]/],
];

const HOLDERS = /^\/__antd\/(Message|Notification)\.css$/;

// Library code, antd's generated stylesheets and the app's shared helpers; not the pages themselves.
const SHAREABLE = /[\\/]node_modules[\\/]|^\/__antd\/|[\\/]src[\\/](components|api|i18n)[\\/]|[\\/]src[\\/]util\.ts$/;

/** The static-import closure of `roots` in the graph. */
function closure(graph: Graph, byTail: Map<string, string>, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...imports(graph, byTail, id));
  }
  return seen;
}

/** The plugin (works the sets out once the module graph is complete) and the groups that read them. */
export function chunkGroups(): {
  plugin: Plugin;
  groups: { name: string; test: (id: string) => boolean; priority: number; entriesAware?: boolean; entriesAwareMergeThreshold?: number }[];
} {
  const entry = new Set<string>();
  const frame = new Set<string>();
  const plugin: Plugin = {
    name: 'duban-chunk-groups',
    apply: 'build',
    // The frame's chunk and stylesheet are announced in index.html, so they download alongside the entry instead of
    // after it has run (a signed-in page cannot draw without them; on the sign-in page they are what comes next).
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const frameChunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'frame');
        if (!frameChunk || frameChunk.type !== 'chunk') return [];
        const css = [...(frameChunk.viteMetadata?.importedCss ?? [])];
        return [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${frameChunk.fileName}` }, injectTo: 'head' },
          ...css.map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `/${f}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
    buildEnd() {
      const graph = this as unknown as Graph;
      const ids = [...graph.getModuleIds()];
      const byTail = new Map(
        ids.flatMap((id) => {
          const m = /[\\/]node_modules([\\/].*)$/.exec(id);
          return m ? [[m[1]!.replace(/\\/g, '/'), id] as const] : [];
        }),
      );
      for (const id of closure(
        graph,
        byTail,
        ids.filter((id) => graph.getModuleInfo(id)?.isEntry),
      ))
        entry.add(id);
      const frameRoot = ids.find((id) => /[\\/]src[\\/]layout[\\/]signed-in\.tsx$/.test(id));
      if (!frameRoot) return;
      for (const id of closure(graph, byTail, [frameRoot])) if (!entry.has(id)) frame.add(id);
    },
  };
  // The entry's own modules are claimed first, so that no group drags React out of the entry chunk. Its libraries
  // are cut into a few chunks of their own: the first-screen script evaluates them one per task (boot-app.ts), so
  // a phone's main thread is not blocked for the whole entry at once.
  return {
    plugin,
    groups: [
      ...ENTRY_LIBRARIES.map(([name, re]) => ({ name, test: (id: string) => entry.has(id) && re.test(id), priority: 4 })),
      { name: 'index', test: (id) => entry.has(id), priority: 3 },
      { name: 'frame', test: (id) => frame.has(id), priority: 2 },
      // The message and notification holders' CSS, loaded by the frame once it is up: one file of their own, not merged
      // into a neighbour that a first page (or the sign-in page) loads.
      { name: 'holders', test: (id) => HOLDERS.test(id), priority: 2 },
      {
        name: 'pages',
        test: (id) => SHAREABLE.test(id) && !APART.test(id) && !entry.has(id) && !frame.has(id),
        priority: 1,
        entriesAware: true,
        // Pieces shared by one set of pages and smaller than this join their nearest neighbour instead of a file each.
        entriesAwareMergeThreshold: 20_000,
      },
    ],
  };
}
