import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeJournalRecord, journalSegmentBytes } from '../../server/store/journal.ts';
import { LevelStore } from '../../server/store/leveldb.ts';

/**
 * The LevelDB store's journal (server/store/journal.ts): an append is in a file before it
 * returns, LevelDB gets it later. These tests kill the writer before LevelDB could have
 * had it, tear the journal's tail, and check that flushed segments go away.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const docName = 'g/eabcdefghijk/gabcdefg';
const directories: string[] = [];
const stores: LevelStore[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const directory of directories.splice(0)) await fs.rm(directory, { recursive: true, force: true });
});

async function storeDirectory(): Promise<string> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'vonk-journal-'));
  directories.push(directory);
  return path.join(directory, 'leveldb');
}

async function open(directory: string): Promise<LevelStore> {
  const store = await LevelStore.open(directory);
  stores.push(store);
  return store;
}

function linesIn(updates: Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getArray<string>('lines').toArray();
}

/** `count` updates that each push one line, as one client would send them. */
function lineUpdates(label: string, count: number): { doc: Y.Doc; updates: Uint8Array[]; lines: string[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => void updates.push(update));
  const lines = Array.from({ length: count }, (_, i) => `${label} ${i + 1}`);
  for (const line of lines) doc.getArray<string>('lines').push([line]);
  return { doc, updates, lines };
}

async function journalFiles(directory: string): Promise<string[]> {
  return (await fs.readdir(path.join(directory, 'vonk-journal'))).sort();
}

describe('LevelStore journal', () => {
  it('keeps appends when the process is killed before LevelDB had them', async () => {
    const directory = await storeDirectory();
    // The child compacts, then appends and kills itself in the same tick: LevelDB's batch
    // is scheduled for later, so only the journal can hold these appends.
    const script = `
      import * as Y from 'yjs';
      import { LevelStore } from ${JSON.stringify(path.join(repoRoot, 'server/store/leveldb.ts'))};
      const store = await LevelStore.open(${JSON.stringify(directory)});
      const doc = new Y.Doc();
      const updates = [];
      doc.on('update', (update) => updates.push(update));
      for (let i = 1; i <= 40; i++) doc.getArray('lines').push(['kaart ' + i]);
      store.appendUpdates(${JSON.stringify(docName)}, 1, updates.slice(0, 10));
      const firstTen = new Y.Doc();
      for (const update of updates.slice(0, 10)) Y.applyUpdate(firstTen, update);
      await store.compactDoc(${JSON.stringify(docName)}, Y.encodeStateAsUpdate(firstTen), 10);
      for (let i = 10; i < 40; i++) store.appendUpdates(${JSON.stringify(docName)}, i + 1, [updates[i]]);
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const store = await open(directory);
    const stored = await store.loadDoc(docName);
    expect(linesIn(stored.updates)).toEqual(Array.from({ length: 40 }, (_, i) => `kaart ${i + 1}`));
    expect(stored.lastSeq).toBe(40);
    // Replayed into LevelDB and removed: one fresh, empty segment is left.
    const files = await journalFiles(directory);
    expect(files).toHaveLength(1);
    expect((await fs.stat(path.join(directory, 'vonk-journal', files[0]!))).size).toBe(0);
  });

  it('ignores a torn record at the end and entries a snapshot already covers', async () => {
    const directory = await storeDirectory();
    const { doc, updates, lines } = lineUpdates('kaart', 6);
    const first = await open(directory);
    first.appendUpdates(docName, 1, updates.slice(0, 4));
    const snapshot = Y.encodeStateAsUpdate(doc);
    await first.compactDoc(docName, snapshot, 6);
    await first.close();

    // What a crash can leave: entries LevelDB already has (seq ≤ 6, covered by the
    // snapshot; their replay must not put them back in the log) and a write cut short.
    const journalDirectory = path.join(directory, 'vonk-journal');
    const covered = encodeJournalRecord({ docName, firstSeq: 5, updates: updates.slice(4) });
    const extra = new Y.Doc();
    Y.applyUpdate(extra, snapshot);
    const extraUpdates: Uint8Array[] = [];
    extra.on('update', (update: Uint8Array) => void extraUpdates.push(update));
    extra.getArray<string>('lines').push(['na de snapshot']);
    const whole = encodeJournalRecord({ docName, firstSeq: 7, updates: extraUpdates });
    const torn = encodeJournalRecord({ docName, firstSeq: 8, updates: [extraUpdates[0]!] }).subarray(0, 9);
    await fs.writeFile(
      path.join(journalDirectory, 'segment-00000099.log'),
      Buffer.concat([covered, whole, torn]),
    );

    const store = await open(directory);
    const stored = await store.loadDoc(docName);
    expect(stored.updates).toHaveLength(2);
    expect(stored.lastSeq).toBe(7);
    expect(linesIn(stored.updates)).toEqual([...lines, 'na de snapshot']);
    // Numbering goes on after the replayed segment's number.
    expect(await journalFiles(directory)).toEqual(['segment-00000100.log']);
  });

  it('starts a new segment past its size and deletes segments LevelDB has', async () => {
    const directory = await storeDirectory();
    const store = await open(directory);
    const update = new Uint8Array(256 * 1024).fill(7);
    const appends = Math.ceil((2.5 * journalSegmentBytes) / update.byteLength);
    for (let seq = 1; seq <= appends; seq++) {
      store.appendUpdates(docName, seq, [update]);
      // A pause now and then, so LevelDB takes batches while segments fill.
      if (seq % 8 === 0) await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const stored = await store.loadDoc(docName);
    expect(stored.lastSeq).toBe(appends);
    expect(stored.updates).toHaveLength(appends);
    // loadDoc waited for LevelDB; only the segment being written is left.
    const files = await journalFiles(directory);
    expect(files).toEqual(['segment-00000003.log']);
  });
});
