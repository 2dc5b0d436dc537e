import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** The client: client/index.html → dist/client, served by the Vonk server. */
export default defineConfig(({ mode }) => ({
  root: 'client',
  plugins: [svelte()],
  resolve: {
    // By build mode, not NODE_ENV: a build started from the test set-up (NODE_ENV=test)
    // must still pick production builds (socket.io's parser otherwise ships its debug copy).
    conditions: ['module', 'browser', mode === 'production' ? 'production' : 'development'],
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    // `npm run dev:client` against a running server on :3000.
    proxy: {
      '/api': 'http://localhost:3000',
      '/yjs': { target: 'ws://localhost:3000', ws: true },
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
}));
