import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { LevelStore } from './leveldb.ts';
import { MemoryStore } from './memory.ts';
import type { Store } from './types.ts';

export async function openStore(config: Pick<Config, 'store' | 'dataDir'>): Promise<Store> {
  if (config.store === 'memory') return new MemoryStore();
  await fs.mkdir(config.dataDir, { recursive: true });
  return LevelStore.open(path.join(config.dataDir, 'leveldb'));
}
