import { defineConfig } from 'vite';

// The UI: built from client/ into dist/client at the repo root, served by the API server.
export default defineConfig({
  root: 'client',
  base: '/',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/feeds': 'http://127.0.0.1:4000' } },
});
