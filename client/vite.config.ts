// Builds the explorer (index.html) and the render benchmark page (bench.html) into client/dist, which the Express
// app serves on the same origin as the API. The dev server proxies /api to a locally running `npm start`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape + CodeMirror are one big chunk on purpose: one request, cached, no waterfall on first paint.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { main: `${root}index.html`, bench: `${root}bench.html` },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:3000' } },
});
