import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromiumArgs } from '../../server/outcomes/pdf.ts';
import { chromiumPath } from './browser.ts';
import { connectBoard, type BoardClient } from './clients.ts';
import { startTestServer, type TestServer } from './server.ts';

export interface OfflineApp {
  readonly browser: Browser;
  /** Run after each test, last registered first. */
  readonly cleanups: (() => Promise<void> | void)[];
  serve(options?: { dataDir?: string; port?: number }): Promise<TestServer>;
  nodeClient(url: string, docName: string, token: string): BoardClient;
}

/**
 * The offline tests' set-up: a production build of the client in a directory of its own
 * (the e2e project rebuilds dist/client whenever it runs), Chromium with the project's
 * flags plus `extraArgs`, servers on that build, and clean-ups after each test.
 */
export function offlineApp(name: string, extraArgs: string[] = []): OfflineApp {
  let browser: Browser | null = null;
  let clientDir: string | null = null;
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    clientDir = await fs.mkdtemp(path.join(os.tmpdir(), `vonk-${name}-client-`));
    await build({
      configFile: path.resolve('vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: clientDir, emptyOutDir: true, sourcemap: false },
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
  }, 120_000);

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  afterAll(async () => {
    await browser?.close();
    if (clientDir) await fs.rm(clientDir, { recursive: true, force: true });
  });

  return {
    get browser() {
      return browser!;
    },
    cleanups,
    serve: (options = {}) =>
      startTestServer({
        dataDir: options.dataDir,
        config: { clientDir: clientDir!, ...(options.port ? { port: options.port } : {}) },
      }),
    nodeClient: (url, docName, token) => {
      const client = connectBoard(url, docName, token);
      cleanups.push(() => client.destroy());
      return client;
    },
  };
}
