import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress-plugin.js';
import { antdStaticStyle } from './antd-style-plugin.js';
import { chunkGroups } from './chunk-groups-plugin.js';
import { firstScreen } from './first-screen-plugin.js';

// The web app may import pure types/zod schemas from core's API folder only; the core index would drag in
// document readers (mammoth, pdfjs) that have no place in the browser bundle.
const coreApi = fileURLToPath(new URL('../core/src/api/index.ts', import.meta.url));

const chunks = chunkGroups();

export default defineConfig({
  // firstScreen() after chunks.plugin: it moves the preloads that the chunk groups add into its own list.
  plugins: [antdStaticStyle(), react(), chunks.plugin, firstScreen(), precompress()],
  resolve: { alias: [{ find: /^@duban\/core$/, replacement: coreApi }] },
  build: {
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd's rc-component libraries declare no `sideEffects`, so every module they reach is kept whole: the form
      // library alone (26 KB) rode in the first chunk because antd's ConfigProvider imports one context from it.
      // They have no import-time side effects, so unused parts can go.
      treeshake: { moduleSideEffects: (id: string) => !/node_modules[\\/]@rc-component[\\/]/.test(id) },
      output: { codeSplitting: { groups: chunks.groups } },
    },
  },
  server: {
    proxy: { '/api': process.env.DUBAN_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
