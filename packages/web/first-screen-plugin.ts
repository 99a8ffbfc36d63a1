// Vite plugin: the first-screen script (src/first-screen) as a bundle of its own, loaded by index.html before the
// app's entry. Vite would fold every module script of index.html into the one entry, so the script that is meant to
// start before the app's 120 KB would wait for them; built apart, it is a few KB that the browser runs first. Its
// stylesheet is in the app's (main.tsx), which index.html links, so the preview is styled at its first paint.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('./src/first-screen/first-screen.ts', import.meta.url));
const DEV_SRC = '/src/first-screen/first-screen.ts';

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
        const src = ctx.server ? DEV_SRC : path.posix.join(base, file);
        if (!ctx.server && !file) throw new Error('first-screen: index.html written before the script was built');
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'head-prepend' }];
      },
    },
  };
}
