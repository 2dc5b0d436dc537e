import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../server/config.ts';
import type { Store } from '../../server/store/types.ts';
import { startVonk, type Logger, type VonkServer } from '../../server/vonk.ts';

export const testAdminToken = 'test-admin-token';

export async function makeDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'vonk-test-'));
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    store: 'leveldb',
    adminToken: testAdminToken,
    allowedOrigins: [],
    clientDir: null,
    seedDemo: false,
    publicUrl: null,
    ...overrides,
  };
}

export const quietLogger: Logger = { info: () => {}, error: () => {} };

/** A real Vonk server on 127.0.0.1 and a free port, with its own data dir. */
export async function startTestServer(
  options: {
    dataDir?: string;
    store?: Store;
    config?: Partial<Config>;
    roomUnloadGraceMs?: number;
    logger?: Logger;
  } = {},
): Promise<VonkServer & { dataDir: string }> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const server = await startVonk({
    config: testConfig(dataDir, options.config),
    store: options.store,
    logger: options.logger ?? quietLogger,
    roomUnloadGraceMs: options.roomUnloadGraceMs,
  });
  return Object.assign(server, { dataDir });
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
