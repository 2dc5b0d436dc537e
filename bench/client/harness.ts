import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../../server/outcomes/pdf.ts';
import { startTestServer, type TestServer } from '../../test/helpers/server.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Everything a run started, undone in reverse order: on success, on an error and on
 * Ctrl-C alike. A failing step does not stop the ones after it.
 */
export class Cleanups {
  readonly #steps: { what: string; undo: () => Promise<void> | void }[] = [];

  add(what: string, undo: () => Promise<void> | void): void {
    this.#steps.push({ what, undo });
  }

  async runAll(): Promise<void> {
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step.undo();
      } catch (error) {
        console.error(`clean-up of ${step.what} failed:`, error);
      }
    }
  }
}

async function tempDir(cleanups: Cleanups, prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  cleanups.add(dir, () => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A production build of the client in a directory of its own: dist/client belongs to
 * `npm start` and the e2e tests, which may rebuild it while this runs.
 */
export async function buildClient(cleanups: Cleanups): Promise<string> {
  const outDir = await tempDir(cleanups, 'vonk-client-bench-build-');
  await build({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return outDir;
}

/** A real Vonk server on 127.0.0.1 and a free port, LevelDB in a fresh data dir. */
export async function startServer(cleanups: Cleanups, clientDir: string): Promise<TestServer> {
  const dataDir = await tempDir(cleanups, 'vonk-client-bench-data-');
  const server = await startTestServer({ dataDir, config: { clientDir, store: 'leveldb' } });
  cleanups.add('the Vonk server', () => server.close());
  return server;
}

/**
 * Debian's Chromium with the project's flags (test/helpers/browser.ts does the same).
 * Playwright's own signal handlers are off: they would exit the process before the other
 * clean-ups ran; the run's handler closes the browser with everything else.
 */
export async function launchBrowser(cleanups: Cleanups): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.add('Chromium', () => browser.close());
  return browser;
}
