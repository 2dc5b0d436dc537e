import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LevelStore } from '../../server/store/leveldb.ts';
import { MemoryStore } from '../../server/store/memory.ts';
import { openStore } from '../../server/store/open.ts';
import type { Store } from '../../server/store/types.ts';
import { storeContractSuite } from '../helpers/storeContract.ts';

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'vonk-store-'));
}

storeContractSuite('MemoryStore', async () => {
  const store = new MemoryStore();
  return { store, cleanup: () => store.close() };
});

storeContractSuite(
  'LevelStore',
  async () => {
    const directory = await tempDir();
    const opened: Store[] = [await LevelStore.open(directory)];
    return {
      store: opened[0]!,
      reopen: async () => {
        const store = await LevelStore.open(directory);
        opened.push(store);
        return store;
      },
      cleanup: async () => {
        // Closing an already closed LevelDB is a no-op, so close every handle we opened.
        for (const store of opened) await store.close();
        await fs.rm(directory, { recursive: true, force: true });
      },
    };
  },
  { durable: true },
);

describe('openStore', () => {
  const directories: string[] = [];

  afterEach(async () => {
    for (const directory of directories.splice(0)) await fs.rm(directory, { recursive: true, force: true });
  });

  it('opens a memory store without touching the disk', async () => {
    const directory = await tempDir();
    directories.push(directory);
    const dataDir = path.join(directory, 'never-created');
    const store = await openStore({ store: 'memory', dataDir });
    expect(store.kind).toBe('memory');
    await expect(fs.stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    await store.close();
  });

  it('creates a missing data dir and keeps LevelDB inside it across opens', async () => {
    const directory = await tempDir();
    directories.push(directory);
    const dataDir = path.join(directory, 'nested', 'data');
    const first = await openStore({ store: 'leveldb', dataDir });
    expect(first.kind).toBe('leveldb');
    await first.putRecord('joinCode', 'ABC234', 'eabcdefghijk');
    await first.close();

    expect((await fs.stat(path.join(dataDir, 'leveldb'))).isDirectory()).toBe(true);
    const second = await openStore({ store: 'leveldb', dataDir });
    expect(await second.getRecord('joinCode', 'ABC234')).toBe('eabcdefghijk');
    await second.close();
  });
});
