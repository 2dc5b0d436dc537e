import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { addCard } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { closeCode } from '../../shared/protocol/wire.ts';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { killAllVonks, spawnVonk } from '../helpers/process.ts';
import { makeDataDir } from '../helpers/server.ts';

const card = (id: string) => stressorCard(id, `kaart ${id}`);

const cardIds = (client: BoardClient): string[] => projectBoard(client.doc).cards.map((c) => c.id);

/** One writing client and the ids of its cards, in the order they were written. */
interface Writer {
  client: BoardClient;
  written: string[];
  /** Its first close code from the server, and how many changes were unsaved then. */
  firstClose: { code: number | undefined; unsaved: number } | null;
}

/**
 * Acknowledgements are cumulative and in order on one connection, so when `unsaved`
 * changes are still unacknowledged they are the last ones written; the rest are stored.
 */
function acknowledged(written: readonly string[], unsaved: number): string[] {
  return written.slice(0, written.length - unsaved);
}

describe('durability of a real server process', () => {
  const clients: BoardClient[] = [];
  const dataDirs: string[] = [];
  let writeTimer: NodeJS.Timeout | undefined;

  afterEach(async () => {
    clearInterval(writeTimer);
    for (const client of clients.splice(0)) client.destroy();
    await killAllVonks();
    for (const dir of dataDirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  async function dataDir(): Promise<string> {
    const dir = await makeDataDir();
    dataDirs.push(dir);
    return dir;
  }

  function board(url: string, docName: string, token: string): BoardClient {
    const client = connectBoard(url, docName, token);
    clients.push(client);
    return client;
  }

  function writer(url: string, docName: string, token: string): Writer {
    const result: Writer = { client: board(url, docName, token), written: [], firstClose: null };
    result.client.provider.on('connection-close', (event) => {
      result.firstClose ??= { code: event?.code, unsaved: result.client.saves.state.unsaved };
    });
    return result;
  }

  function write(target: Writer, prefix: string): void {
    const id = `c${prefix}${String(target.written.length).padStart(6, '0')}`;
    // Recorded first: a card counts as written the moment the provider may send it.
    target.written.push(id);
    addCard(target.client.doc, card(id));
  }

  async function freshReader(url: string, docName: string, token: string): Promise<BoardClient> {
    const reader = board(url, docName, token);
    await waitForSynced(reader, 20_000);
    return reader;
  }

  it('keeps every card an observer had received when SIGKILLed mid-write', async () => {
    const dir = await dataDir();
    const first = await spawnVonk(dir);
    const event = await createEvent(first.url, ['Groep 1'], 'Crash event');
    const groupId = event.groups[0]!.groupId;
    const [anna, bram, obs] = await Promise.all(
      ['Anna', 'Bram', 'Observer'].map((name) => join(first.url, event.joinCode, name, groupId)),
    );
    const docName = anna!.docs.group;
    const writers = [writer(first.url, docName, anna!.token), writer(first.url, docName, bram!.token)];
    const observer = board(first.url, docName, obs!.token);
    await Promise.all([...writers.map((w) => waitForSynced(w.client)), waitForSynced(observer)]);

    const start = Date.now();
    // The kill happens inside a writing tick, right after a burst from both writers, so
    // writes are in flight at the moment the process dies.
    const atKill = await new Promise<{ received: string[]; acked: string[][]; unsaved: number[] }>(
      (resolve, reject) => {
        const deadline = setTimeout(() => {
          clearInterval(writeTimer);
          reject(new Error(`the observer received only ${cardIds(observer).length} cards in 20 s`));
        }, 20_000);
        writeTimer = setInterval(() => {
          write(writers[0]!, 'wa');
          write(writers[1]!, 'wb');
          if (Date.now() - start < 1_000 || cardIds(observer).length < 20) return;
          for (let i = 0; i < 10; i++) {
            write(writers[0]!, 'wa');
            write(writers[1]!, 'wb');
          }
          const state = {
            received: cardIds(observer),
            acked: writers.map((w) => acknowledged(w.written, w.client.saves.state.unsaved)),
            unsaved: writers.map((w) => w.client.saves.state.unsaved),
          };
          first.child.kill('SIGKILL');
          clearInterval(writeTimer);
          clearTimeout(deadline);
          resolve(state);
        }, 5);
      },
    );
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    for (const client of clients.splice(0)) client.destroy();

    const { received, acked } = atKill;
    expect(received.some((id) => id.startsWith('cwa')) && received.some((id) => id.startsWith('cwb'))).toBe(
      true,
    );
    expect(atKill.unsaved.every((count) => count > 0)).toBe(true);

    const second = await spawnVonk(dir);
    const reader = await freshReader(second.url, docName, obs!.token);
    const stored = new Set(cardIds(reader));
    const lost = received.filter((id) => !stored.has(id));
    expect(lost, `${lost.length} of ${received.length} cards the observer had seen were lost`).toEqual([]);
    const lostAcked = acked.flat().filter((id) => !stored.has(id));
    expect(lostAcked, 'cards acknowledged to a writer as stored were lost').toEqual([]);
    const everWritten = new Set(writers.flatMap((w) => w.written));
    expect([...stored].filter((id) => !everWritten.has(id))).toEqual([]);
    expect(projectBoard(reader.doc).rejected).toEqual([]);
  }, 90_000);

  it('stores everything acknowledged and exits 0 on SIGTERM, closing clients with 1012', async () => {
    const dir = await dataDir();
    const first = await spawnVonk(dir);
    const event = await createEvent(first.url, ['Groep 1'], 'Shutdown event');
    const groupId = event.groups[0]!.groupId;
    const [anna, bram] = await Promise.all(
      ['Anna', 'Bram'].map((name) => join(first.url, event.joinCode, name, groupId)),
    );
    const docName = anna!.docs.group;
    const writers = [writer(first.url, docName, anna!.token), writer(first.url, docName, bram!.token)];
    await Promise.all(writers.map((w) => waitForSynced(w.client)));

    for (let i = 0; i < 20; i++) {
      write(writers[0]!, 'ta');
      write(writers[1]!, 'tb');
    }
    await waitFor(
      () => writers.every((w) => w.client.saves.state.unsaved === 0),
      20_000,
      'both writers to have everything acknowledged',
    );
    const ackedBefore = writers.flatMap((w) => w.written);
    for (let i = 0; i < 5; i++) {
      write(writers[0]!, 'ta');
      write(writers[1]!, 'tb');
    }
    first.child.kill('SIGTERM');

    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toContain('SIGTERM: storing everything and closing connections');
    await waitFor(() => writers.every((w) => w.firstClose !== null), 10_000, 'both clients to see the close');
    for (const w of writers) expect(w.firstClose!.code).toBe(closeCode.serviceRestart);
    for (const client of clients.splice(0)) client.destroy();

    const second = await spawnVonk(dir);
    const reader = await freshReader(second.url, docName, anna!.token);
    const stored = new Set(cardIds(reader));
    expect(ackedBefore.filter((id) => !stored.has(id))).toEqual([]);
    for (const w of writers) {
      const acked = acknowledged(w.written, w.firstClose!.unsaved);
      expect(
        acked.filter((id) => !stored.has(id)),
        'acknowledged at shutdown but lost',
      ).toEqual([]);
    }
    const everWritten = new Set(writers.flatMap((w) => w.written));
    expect([...stored].filter((id) => !everWritten.has(id))).toEqual([]);
  }, 90_000);
});
