import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { addCard } from '../../shared/board/commands.ts';
import { metaKeys, metaMap } from '../../shared/board/layout.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { LevelStore } from '../../server/store/leveldb.ts';
import { timing } from '../../shared/protocol/limits.ts';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { FaultyStore } from '../helpers/faultyStore.ts';
import { LeanClient } from '../helpers/leanClient.ts';
import { makeDataDir, startTestServer, type TestServer } from '../helpers/server.ts';
import { stressorCard } from '../helpers/fixtures.ts';

describe('store faults', () => {
  let server: TestServer | null = null;
  const clients: BoardClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = null;
  });

  async function setUp(options: { roomUnloadGraceMs?: number } = {}) {
    const dataDir = await makeDataDir();
    const store = new FaultyStore(await LevelStore.open(path.join(dataDir, 'leveldb')));
    server = await startTestServer({ dataDir, store, ...options });
    const event = await createEvent(server.url);
    const groupId = event.groups[0]!.groupId;
    const connect = async (name: string) => {
      const joined = await join(server!.url, event.joinCode, name, groupId);
      const client = connectBoard(server!.url, joined.docs.group, joined.token);
      clients.push(client);
      return client;
    };
    return { server, store, connect, dataDir, event };
  }

  it('compaction runs beside the queue: writes made while it is held are stored, sent and acknowledged, and a restart loads everything', async () => {
    const { store, connect, dataDir } = await setUp();
    const writer = await connect('Anna');
    const reader = await connect('Bram');
    await waitForSynced(writer);
    await waitForSynced(reader);
    let release!: () => void;
    store.holdCompactions = new Promise((resolve) => (release = resolve));
    const text = writer.doc.getText('log');
    for (let i = 0; i < timing.compactAfterUpdates + 20 && store.compactions === 0; i++) {
      text.insert(text.length, `${i};`);
      await waitFor(() => writer.saves.state.unsaved === 0, 5_000, `write ${i} acknowledged`);
    }
    expect(store.compactions).toBe(1);
    // The compaction is still held: later writes must not wait for it.
    for (let i = 0; i < 20; i++) text.insert(text.length, `after${i};`);
    await waitFor(() => writer.saves.state.unsaved === 0, 5_000, 'writes during the compaction acknowledged');
    await waitFor(() => reader.doc.getText('log').toString() === text.toString(), 5_000, 'reader up to date');
    release();
    store.holdCompactions = null;
    const expected = text.toString();
    for (const client of clients.splice(0)) client.destroy();
    await server!.close();
    server = await startTestServer({ dataDir });
    const event = (await server.events.listEvents())[0]!;
    const joined = await join(server.url, event.joinCode, 'Cas', event.groups[0]!.groupId);
    const fresh = connectBoard(server.url, joined.docs.group, joined.token);
    clients.push(fresh);
    await waitForSynced(fresh);
    expect(fresh.doc.getText('log').toString()).toBe(expected);
  });

  it('a failing write is never reported saved, is not broadcast, and is stored once the store recovers', async () => {
    const { store, connect } = await setUp();
    const writer = await connect('Anna');
    const reader = await connect('Bram');
    await waitForSynced(writer);
    await waitForSynced(reader);

    let notices = 0;
    writer.provider.messageHandlers[21] = () => void notices++;
    store.failWrites = true;
    const attemptsBefore = store.writeAttempts;
    addCard(writer.doc, stressorCard('cfault0001', 'niet opgeslagen'));
    await waitFor(() => store.writeAttempts >= attemptsBefore + 2, 5_000, 'retries');
    expect(notices).toBeGreaterThanOrEqual(1);
    expect(writer.saves.state.unsaved).toBe(1);
    // Stored before broadcast: the other client has not seen what is not stored.
    expect(projectBoard(reader.doc).cards).toHaveLength(0);

    store.failWrites = false;
    await waitFor(() => writer.saves.state.unsaved === 0, 10_000, 'ack after recovery');
    await waitFor(() => projectBoard(reader.doc).cards.length === 1, 5_000, 'broadcast after recovery');
  });

  it('a failed load writes nothing, refuses clients, and the next attempt serves the stored content', async () => {
    const { store, connect, server: running } = await setUp({ roomUnloadGraceMs: 50 });
    const first = await connect('Anna');
    await waitForSynced(first);
    addCard(first.doc, stressorCard('cload00001', 'bewaard'));
    await waitFor(() => first.saves.state.unsaved === 0, 5_000, 'stored');
    first.destroy();
    clients.splice(0);
    await waitFor(() => running.rooms.size === 0, 5_000, 'room unloaded');

    store.failLoads = true;
    const writesBefore = store.writeAttempts;
    const refused = await connect('Bram');
    const closeCodes: number[] = [];
    refused.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code);
    });
    await waitFor(() => closeCodes.includes(4503), 5_000, 'close 4503');
    expect(refused.provider.synced).toBe(false);
    expect(projectBoard(refused.doc).cards).toHaveLength(0);
    expect(store.writeAttempts).toBe(writesBefore);

    store.failLoads = false;
    await waitForSynced(refused, 10_000);
    expect(projectBoard(refused.doc).cards.map((c) => c.text)).toEqual(['bewaard']);
  });

  it('answers a sync only after the stored content is loaded', async () => {
    const { store, connect, server: running } = await setUp({ roomUnloadGraceMs: 50 });
    const first = await connect('Anna');
    await waitForSynced(first);
    for (let i = 0; i < 50; i++)
      addCard(first.doc, stressorCard(`cslow${String(i).padStart(5, '0')}`, `kaart ${i}`));
    await waitFor(() => first.saves.state.unsaved === 0, 5_000, 'stored');
    first.destroy();
    clients.splice(0);
    await waitFor(() => running.rooms.size === 0, 5_000, 'room unloaded');

    let release!: () => void;
    store.holdLoads = new Promise((resolve) => (release = resolve));
    const second = await connect('Bram');
    let cardsWhenSynced = -1;
    second.provider.on('sync', (synced: boolean) => {
      if (synced) cardsWhenSynced = projectBoard(second.doc).cards.length;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(second.provider.synced).toBe(false);
    release();
    store.holdLoads = null;
    await waitForSynced(second);
    expect(cardsWhenSynced).toBe(50);
  });

  it('answers sync requests of a cold board from the stored bytes: content with synced, then the migration', async () => {
    const { store, event } = await setUp({ roomUnloadGraceMs: 50 });
    const anna = await join(server!.url, event.joinCode, 'Anna', event.groups[0]!.groupId);
    // Three stored updates of a board written before schema versions (the migration adds one).
    const written = new Y.Doc();
    const updates: Uint8Array[] = [];
    written.on('update', (update: Uint8Array) => void updates.push(update));
    for (let i = 0; i < 3; i++)
      addCard(written, stressorCard(`ccold${String(i).padStart(6, '0')}`, `kaart ${i}`));
    await store.appendUpdates(anna.docs.group, 1, updates);

    const lean: LeanClient[] = [];
    try {
      const fresh = new LeanClient(server!.url, anna.docs.group, anna.token);
      lean.push(fresh);
      await fresh.ready;
      // Answered from the store: one frame per stored update, the last one as sync step 2 (a
      // load answers with one), and the migration may follow before `ready` runs.
      expect(fresh.updatesReceived).toBeGreaterThanOrEqual(3);
      expect(projectBoard(fresh.doc).cards).toHaveLength(3);
      await waitFor(
        () => (fresh.applyReceived(), metaMap(fresh.doc).get(metaKeys.schemaVersion) !== undefined),
        5_000,
        'migration reaches the client answered early',
      );
      fresh.destroy();
      await waitFor(() => server!.rooms.size === 0, 5_000, 'room unloaded');

      // A client that has the first card already gets only what it lacks.
      const returning = new LeanClient(server!.url, anna.docs.group, anna.token);
      lean.push(returning);
      Y.applyUpdate(returning.doc, updates[0]!);
      await returning.ready;
      expect(projectBoard(returning.doc).cards.map((card) => card.text)).toEqual([
        'kaart 0',
        'kaart 1',
        'kaart 2',
      ]);
      expect(metaMap(returning.doc).get(metaKeys.schemaVersion)).toBeDefined();
    } finally {
      for (const client of lean) client.destroy();
    }
  });

  it('unloads an emptied room after the grace period and frees its doc', async () => {
    const { connect, server: running } = await setUp({ roomUnloadGraceMs: 100 });
    const client = await connect('Anna');
    await waitForSynced(client);
    const room = running.rooms.get(client.provider.roomname)!;
    expect(room).toBeDefined();
    client.destroy();
    clients.splice(0);
    await waitFor(() => running.rooms.size === 0, 5_000, 'room unloaded');
    expect(room.state).toBe('closed');
    // A destroyed Y.Doc has dropped its observers; a new connection loads a fresh room.
    const again = await connect('Anna');
    await waitForSynced(again);
    expect(running.rooms.get(again.provider.roomname)).not.toBe(room);
  });

  it('stores an update with missing dependencies as sent, and completes it after a restart', async () => {
    const { connect, dataDir, server: running } = await setUp();
    const writer = await connect('Anna');
    await waitForSynced(writer);
    // Another doc makes two updates; only the second reaches the server (its parent is missing).
    const other = new Y.Doc();
    const updates: Uint8Array[] = [];
    other.on('update', (update: Uint8Array) => updates.push(update));
    other.getText('t').insert(0, 'a');
    other.getText('t').insert(1, 'b');
    writer.provider.ws!.send(new Uint8Array(updateFrame(updates[1]!)));
    const docName = writer.provider.roomname;
    await waitFor(
      () => running.rooms.get(docName)?.doc.store.pendingStructs != null,
      5_000,
      'pending on server',
    );
    await running.rooms.get(docName)!.flushed();
    for (const client of clients.splice(0)) client.destroy();
    await running.close();

    server = await startTestServer({ dataDir });
    const event = (await server.events.listEvents())[0]!;
    const joined = await join(server.url, event.joinCode, 'Cas', event.groups[0]!.groupId);
    const reader = connectBoard(server.url, joined.docs.group, joined.token);
    clients.push(reader);
    await waitForSynced(reader);
    // The reader holds the pending structs now and sends them back on every sync: that is
    // not a second pending update (it used to be refused with 4524, again on every retry).
    const closeCodes: number[] = [];
    reader.provider.on('connection-close', (event) => void (event && closeCodes.push(event.code)));
    reader.provider.disconnect();
    reader.provider.connect();
    await waitForSynced(reader);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closeCodes).toEqual([]);
    // Sending the parent completes the stored pending update, and the sender gets the rest.
    Y.applyUpdate(reader.doc, updates[0]!);
    await waitFor(() => reader.doc.getText('t').toString() === 'ab', 5_000, 'pending update completed');
  });
});

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
