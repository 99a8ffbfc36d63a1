// Vite plugin: antd's component styles as static stylesheets, generated at build time with our theme, instead of by
// antd's CSS-in-JS in the browser (the theme sets `zeroRuntime`). Generating every component's CSS on the phone was
// most of the main-thread time before the first page was usable.
//
// - `virtual:antd/base.css` (main.tsx): antd's reset and the theme's CSS variables.
// - `virtual:antd/<Component>.css`: one component's rules. Every source file that imports a component from 'antd'
//   gets these imports added at build time (for the component and for those antd draws inside it), so the CSS travels
//   in the same chunk as the code that draws it: the sign-in page does not wait for the table's CSS.
// Everything is inside `@layer antd`: the app's own styles.css is unlayered and so wins whatever order the files load.
import { createElement as h, Fragment, type ComponentType, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as antd from 'antd';
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import type { Plugin } from 'vite';
import { theme } from './src/theme.js';

const PREFIX = 'virtual:antd/';
// Resolved ids end in .css and carry no \0, so Vite's CSS pipeline (minify, code splitting, the manifest) takes them.
const RESOLVED = '/__antd/';

/** Components antd draws inside others: their CSS must come along (a table's pagination, a select's empty state…). */
const INNER: Record<string, string[]> = {
  // The message, notification and modal holders' CSS is loaded by the signed-in frame once it is up (signed-in.tsx):
  // 60 KB no first page draws with.
  App: [],
  Table: ['Pagination', 'Spin', 'Empty', 'Checkbox', 'Radio', 'Dropdown', 'Tooltip', 'Button', 'Input', 'Tree'],
  List: ['Pagination', 'Spin', 'Empty', 'Grid', 'Skeleton'],
  Select: ['Empty'],
  TreeSelect: ['Empty', 'Tree', 'Select'],
  // A search box's button, a compact group's buttons: without these, Button's 23 KB came again in their sheets.
  Input: ['Button'],
  Space: ['Button'],
  Timeline: ['Steps'],
  Statistic: ['Skeleton'],
  DatePicker: ['Button', 'Tag'],
  Upload: ['Progress', 'Tooltip', 'Button'],
  Form: ['Grid', 'Tooltip'],
  Popconfirm: ['Popover', 'Button'],
  Modal: ['Button'],
  Drawer: ['Button'],
  Card: ['Tabs', 'Skeleton'],
  Tabs: ['Dropdown'],
  Dropdown: ['Menu'],
  Menu: ['Tooltip'],
  Steps: ['Progress', 'Tooltip'],
  Slider: ['Tooltip'],
  Typography: ['Tooltip', 'Input'],
  Segmented: ['Tooltip'],
  Layout: ['Menu'],
  Badge: [],
  Avatar: [],
};

type Antd = Record<string, unknown>;
type Comp = ComponentType<Record<string, unknown>>;
const lib = antd as unknown as Antd;
const c = (name: string) => lib[name] as Comp;

/** An element that makes `name` register all of its styles when rendered on the server. */
function sample(name: string): ReactElement {
  const child = h('span', null, 'x');
  switch (name) {
    case 'Message':
      return h((lib.message as Antd)._InternalPanelDoNotUseOrYouWillBeFired as Comp);
    case 'Notification':
      return h((lib.notification as Antd)._InternalPanelDoNotUseOrYouWillBeFired as Comp);
    case 'Modal': {
      const Panel = (lib.Modal as Antd)._InternalPanelDoNotUseOrYouWillBeFired as Comp;
      return h(Fragment, null, h(c('Modal')), h(Panel), h(Panel, { type: 'confirm' }));
    }
    case 'Grid':
      return h(Fragment, null, h(c('Row'), null, h(c('Col'), { span: 12 })));
    case 'Dropdown':
      return h(c('Dropdown'), { menu: { items: [] } }, child);
    case 'Menu':
      return h(c('Menu'), { items: [{ key: 'a', label: 'a' }] });
    case 'Tree':
      return h(c('Tree'), { treeData: [] });
    case 'Tag':
      return h(Fragment, null, h(c('Tag'), { color: 'blue' }, 'x'), h(c('Tag'), { color: 'success' }, 'x'));
    case 'Badge':
      return h(Fragment, null, h(c('Badge')), h((lib.Badge as Antd).Ribbon as Comp));
    case 'Space':
      return h(Fragment, null, h(c('Space')), h((lib.Space as Antd).Compact as Comp, null, h(c('Button'))));
    case 'Input': {
      const Input = lib.Input as Antd;
      const part = (k: string) => h(Input[k] as Comp);
      return h(Fragment, null, h(c('Input')), part('Search'), part('TextArea'), part('Password'), part('OTP'));
    }
    case 'Layout': {
      const L = lib.Layout as Antd;
      const part = (k: string) => h(L[k] as Comp, null, 'x');
      return h(c('Layout'), null, part('Header'), part('Sider'), part('Content'), part('Footer'));
    }
    case 'Tooltip':
    case 'Popover':
    case 'Popconfirm':
      return h(c(name), { title: 'x' }, child);
    case 'Upload':
      return h(Fragment, null, h(c('Upload')), h((lib.Upload as Antd).Dragger as Comp));
    case 'DatePicker':
      return h(Fragment, null, h(c('DatePicker')), h((lib.DatePicker as Antd).RangePicker as Comp));
    case 'Typography': {
      const T = lib.Typography as Antd;
      return h(
        Fragment,
        null,
        h(T.Text as Comp, null, 'x'),
        h(T.Title as Comp, null, 'x'),
        h(T.Paragraph as Comp, null, 'x'),
        h(T.Link as Comp, null, 'x'),
      );
    }
    case 'Segmented':
      return h(c('Segmented'), { options: ['a', 'b'] });
    default:
      return h(c(name));
  }
}

/** Renders `node` inside the themed ConfigProvider and returns the style cache it filled. */
function render(node: ReactElement): ReturnType<typeof createCache> {
  const cache = createCache();
  // Generated here, at build time: so not zero-runtime.
  renderToString(h(StyleProvider, { cache }, h(lib.ConfigProvider as Comp, { theme: { ...theme, zeroRuntime: false } }, node)));
  return cache;
}

/** The CSS of the cache's entries, skipping `skip`, inside `@layer antd`. */
function css(cache: ReturnType<typeof createCache>, skip: (key: string) => boolean): string {
  for (const key of cache.cache.keys()) if (skip(key)) cache.extracted.add(key);
  // The server-rendering cache map (a rule listing every style path) has no use in a static file.
  const text = dropBuildOnlySelectors(
    extractStyle(cache, { plain: true, once: true }).replace(/\.data-ant-cssinjs-cache-path\{[^}]*\}/g, ''),
  );
  return text ? `@layer antd{${text}}` : '';
}

// The CSS-variable class of a ConfigProvider without a fixed key: React's server-rendering id (`_R_…_`). antd's panels
// sampled here (a modal's, a message's) make one, and their component variables were written a second time under it.
// In the browser ids are the client's (`_r_…_`) and every component sits under the theme's fixed key, so these
// selectors never match there.
const BUILD_ONLY = /^\.css-var-_R_\w*_(\.[\w-]+)*$/;

/** `text` without the selectors that only match in the build's server render (rules left with none go whole). */
export function dropBuildOnlySelectors(text: string): string {
  return text.replace(/(?<=^|[{}])([^{}@]+)\{([^{}]*)\}/g, (rule, selectors: string, body: string) => {
    const list = selectors.split(',');
    const kept = list.filter((s) => !BUILD_ONLY.test(s.trim()));
    if (kept.length === list.length) return rule;
    return kept.length ? `${kept.join(',')}{${body}}` : '';
  });
}

let baseKeys: Set<string> | undefined;
/** Style entries every component registers (antd's reset, the theme's variables): what two unrelated ones share. */
function base(): Set<string> {
  if (!baseKeys) {
    const a = new Set(render(sample('Button')).cache.keys());
    baseKeys = new Set([...render(sample('Tag')).cache.keys()].filter((k) => a.has(k)));
  }
  return baseKeys;
}

const keysOf = new Map<string, Set<string>>();
/** The style entries rendering `name` registers. */
function keys(name: string): Set<string> {
  if (!keysOf.has(name)) keysOf.set(name, new Set(render(sample(name)).cache.keys()));
  return keysOf.get(name)!;
}

/**
 * The stylesheet for `virtual:antd/<name>.css`: `base`, or one component without the base and without what the
 * components antd draws inside it register (a modal's buttons): those come from their own stylesheets, which the
 * same source files import.
 */
export function antdCss(name: string): string {
  const shared = base();
  if (name === 'base') return css(render(sample('Button')), (k) => !shared.has(k));
  if (!(name in lib) && name !== 'Message' && name !== 'Notification') throw new Error(`virtual:antd/${name}.css: antd has no ${name}`);
  const inner = withInner([name]).filter((n) => n !== name);
  return css(render(sample(name)), (k) => shared.has(k) || inner.some((n) => keys(n).has(k)));
}

/** Component names imported from 'antd' (values, not types) or from 'antd/es/<folder>' in `code`. */
export function antdImports(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]antd['"]/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part.trim().replace(/\s+as\s+\w+$/, '');
      // Row and Col are drawn by the grid's one style; `Grid` itself is only the breakpoint hook and draws nothing (its
      // 58 KB of column rules rode into the signed-in frame for a `Grid.useBreakpoint()`).
      if (name === 'Row' || name === 'Col') names.add('Grid');
      else if (name === 'Grid') continue;
      else if (/^[A-Z]\w*$/.test(name) && typeof lib[name] !== 'undefined' && name !== 'ConfigProvider') names.add(name);
    }
  }
  for (const m of code.matchAll(/['"]antd\/es\/([a-z-]+)['"]/g)) {
    const name = m[1]!.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
    if (typeof lib[name] !== 'undefined') names.add(name);
  }
  return [...names];
}

/** `names` and, transitively, the components antd draws inside them. */
function withInner(names: string[]): string[] {
  const all = new Set<string>();
  const add = (n: string) => {
    if (all.has(n)) return;
    all.add(n);
    for (const inner of INNER[n] ?? []) add(inner);
  };
  names.forEach(add);
  return [...all].sort();
}

interface Node {
  type: string;
  start: number;
  end: number;
  callee?: { type: string; name?: string };
  arguments?: Node[];
}

const STYLE_HOOK = new Set(['genStyleHooks', 'genComponentStyleHook', 'genSubStyleComponent']);
const ANTD_STYLE = /[\\/]node_modules[\\/]antd[\\/]es[\\/](.+[\\/])?style(\.js|[\\/][^\\/]+\.js)$/;

/**
 * antd's style modules with their CSS generators cut out. Under `zeroRuntime` a component's style hook returns
 * before calling its generator (the CSS comes from the build's stylesheets), yet the generators were shipped: a fifth
 * of the JS of a first page. The generator argument of every genStyleHooks/genComponentStyleHook/genSubStyleComponent
 * call becomes an empty function, so the bundler drops the code only it reached. The hooks, and the component tokens
 * they still turn into CSS variables, stay.
 */
function dropStyleGenerators(code: string, ast: Node): string | undefined {
  const cuts: [number, number][] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as Node;
    if (
      n.type === 'CallExpression' &&
      n.callee?.type === 'Identifier' &&
      STYLE_HOOK.has(n.callee.name ?? '') &&
      n.arguments &&
      n.arguments.length >= 2
    ) {
      cuts.push([n.arguments[1]!.start, n.arguments[1]!.end]);
      return;
    }
    for (const value of Object.values(n)) if (value && typeof value === 'object') walk(value);
  };
  walk(ast);
  if (!cuts.length) return undefined;
  // From the end, so the earlier offsets stay valid.
  return cuts.sort((a, b) => b[0] - a[0]).reduce((text, [start, end]) => `${text.slice(0, start)}() => []${text.slice(end)}`, code);
}

const STYLE_UTILS = /[\\/]node_modules[\\/]@ant-design[\\/]cssinjs-utils[\\/]es[\\/]util[\\/]genStyleUtils\.js$/;
const CSS_VAR_REGISTER = 'useCSSVarRegister({';

/**
 * antd's per-component CSS variables (`.ant-btn{--ant-button-…}`) are in the build's stylesheets too, yet every
 * component still worked them out and wrote them into the page at run time, `zeroRuntime` or not: a good part of the
 * style work of a first render. Under `zeroRuntime` the registration is skipped (the flag is fixed for the app's life,
 * so the hooks called stay the same from render to render).
 */
function skipCssVarRegister(code: string): string | undefined {
  if (code.split(CSS_VAR_REGISTER).length !== 2 || !code.includes('var _useToken = useToken()')) return undefined;
  return code.replace(CSS_VAR_REGISTER, '(_useToken.zeroRuntime ? function () {} : useCSSVarRegister)({');
}

/** The plugin: adds the CSS imports to sources that use antd and serves the generated stylesheets. */
export function antdStaticStyle(): Plugin {
  const generated = new Map<string, string>();
  return {
    name: 'duban-antd-static-style',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) && id.endsWith('.css') ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length, -'.css'.length);
      if (!generated.has(name)) generated.set(name, antdCss(name));
      return generated.get(name);
    },
    transform(code, id) {
      if (STYLE_UTILS.test(id)) {
        const skipped = skipCssVarRegister(code);
        if (!skipped) this.error('antd-style-plugin: genStyleUtils.js no longer has the expected useCSSVarRegister call');
        return { code: skipped, map: null };
      }
      if (ANTD_STYLE.test(id)) {
        const stripped = dropStyleGenerators(code, this.parse(code) as unknown as Node);
        return stripped ? { code: stripped, map: null } : undefined;
      }
      if (!/[\\/]src[\\/].*\.tsx?$/.test(id) || id.includes('node_modules') || !code.includes("'antd")) return undefined;
      const names = withInner(antdImports(code));
      if (!names.length) return undefined;
      // On the first line, so the lines of the source keep their numbers.
      return { code: names.map((n) => `import '${PREFIX}${n}.css';`).join('') + code, map: null };
    },
  };
}
