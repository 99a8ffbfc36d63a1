// Vite plugin: the first-screen script (src/first-screen) as a bundle of its own, which index.html runs first. Vite
// would fold every module script of index.html into the app's entry, so a script meant to start before the app's
// 120 KB would wait for them; built apart, it is a few KB. index.html then only preloads the app's chunks, and the
// first-screen script evaluates them once the screen is painted (src/first-screen/boot-app.ts), in the order this
// plugin writes into <meta name="duban-app">. The preview's stylesheet is in the app's (main.tsx), which index.html
// links, so the preview is styled at its first paint.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('./src/first-screen/first-screen.ts', import.meta.url));
const DEV_SRC = '/src/first-screen/first-screen.ts';
const PRELOAD_TAG = /\s*<link rel="modulepreload" crossorigin(?:="")? href="([^"]+)">/g;
const ENTRY_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

type Bundle = Record<string, { type: string; imports?: string[] }>;

/** The entry's chunk and the chunks it imports statically, dependencies first: the order they can be evaluated in. */
function evaluationOrder(bundle: Bundle, entry: string): string[] {
  const order: string[] = [];
  const visit = (file: string) => {
    if (order.includes(file)) return;
    for (const dep of bundle[file]?.imports ?? []) visit(dep);
    order.push(file);
  };
  visit(entry);
  return order;
}

/** Builds src/first-screen/first-screen.ts apart (minified, one file) and puts its script first in index.html. */
export function firstScreen(): Plugin {
  let file = '';
  let base = '/';
  return {
    name: 'duban-first-screen',
    configResolved(config) {
      base = config.base;
    },
    async generateBundle() {
      const out = await build({
        configFile: false,
        logLevel: 'silent',
        build: {
          write: false,
          target: 'es2022',
          minify: true,
          lib: { entry: ENTRY, formats: ['es'], fileName: 'first-screen' },
          rolldownOptions: { output: { codeSplitting: false, minify: true } },
        },
      });
      const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
      const chunk = outputs.find((o) => o.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error('first-screen: the separate build gave no script');
      const ref = this.emitFile({ type: 'asset', name: 'first-screen.js', source: chunk.code });
      file = this.getFileName(ref);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return [{ tag: 'script', attrs: { type: 'module', src: DEV_SRC }, injectTo: 'head-prepend' }];
        if (!file) throw new Error('first-screen: index.html written before the script was built');
        // The app's chunks are neither run nor fetched by the HTML: the first-screen script fetches them once the
        // screen is painted and runs them once the preview is up (src/first-screen/boot-app.ts). Fetched from the
        // start, 300 KB of code shared a phone's connection with the stylesheet and the page's data.
        const entry = ENTRY_TAG.exec(html);
        if (!entry) throw new Error('first-screen: no entry script in index.html');
        const order = evaluationOrder(ctx.bundle ?? {}, entry[1]!.slice(base.length)).map((f) => path.posix.join(base, f));
        const preloads = [...html.matchAll(PRELOAD_TAG)].map((m) => m[1]!);
        const fetchFirst = [...new Set([...order, ...preloads])];
        const meta = (name: string, content: string[]) => ({
          tag: 'meta',
          attrs: { name, content: content.join(' ') },
          injectTo: 'head-prepend' as const,
        });
        const script = {
          tag: 'script',
          attrs: { type: 'module', crossorigin: true, src: path.posix.join(base, file) },
          injectTo: 'head-prepend' as const,
        };
        return {
          html: html.replace(entry[0], '').replace(PRELOAD_TAG, ''),
          tags: [meta('duban-app', order), meta('duban-preload', fetchFirst), script],
        };
      },
    },
  };
}
