import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The web app may import pure types/zod schemas from core's API folder only; the core index would drag in
// document readers (mammoth, pdfjs) that have no place in the browser bundle.
const coreApi = fileURLToPath(new URL('../core/src/api/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^@duban\/core$/, replacement: coreApi }] },
  build: {
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': process.env.DUBAN_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
