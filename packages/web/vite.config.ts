import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `tessera serve` listens during development. */
const backend = 'http://127.0.0.1:3000';

// Paths are relative to this package: pnpm runs `vite` and `vite build` from packages/web.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': backend,
      '/publications': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
