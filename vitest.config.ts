import { defineConfig } from 'vitest/config';

/**
 * Four projects: unit (pure functions of shared/ and server/), integration (a real server
 * on port 0, real websocket clients, real LevelDB), e2e (the built client in Chromium), and
 * reliability (hundreds of clients against a real server process; not part of `npm test`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          // Hundreds of clients against a real server process: slow, so not in `npm test`
          // (run it with `npm run test:reliability`), and one file at a time, since the
          // load generator and the server share the machine.
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Hundreds of Y.Docs receiving ~50k frames/s: a larger young generation keeps the
          // garbage of short-lived frames from being promoted, which cut GC time by 3× and
          // the event-loop delay p99 from ~500 ms to ~80 ms in the load tests.
          execArgv: ['--max-semi-space-size=32'],
        },
      },
    ],
  },
});
