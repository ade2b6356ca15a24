// The viewer's build: web/ → web/dist, served by the express app (src/server). Workers are ES
// modules so the FA2 worker is a file of its own and the CSP needs no blob: workers.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
