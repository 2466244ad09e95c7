import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The built site goes into LocalHost's web root, which serves it next to the API (same origin, no CORS for /api).
// `npm run dev` serves the sources with hot reload and forwards /api to a LocalHost started by ./run.sh.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../src/LocalHost/wwwroot', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:7071' },
  },
});
