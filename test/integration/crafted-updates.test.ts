import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { addCard, cardText } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import { limits, timing } from '../../shared/protocol/limits.ts';
import { groupDocName } from '../../shared/protocol/docNames.ts';
import { closeCode, messageType, syncType } from '../../shared/protocol/wire.ts';
import { Room } from '../../server/rooms/room.ts';
import { inspectUpdate } from '../../server/rooms/updateGuard.ts';
import type { RoomPeer } from '../../server/rooms/peer.ts';
import { MemoryStore } from '../../server/store/memory.ts';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { pick, randomInt, seededRandom } from '../helpers/hostile.ts';
import { quantile, startEditingPair } from '../helpers/latency.ts';
import { killAllVonks, spawnVonk, type VonkProcess } from '../helpers/process.ts';
import { makeDataDir } from '../helpers/server.ts';
import { boardUrl, openSocket, syncFrame } from '../helpers/ws.ts';

/**
 * yjs#687 ("Denial of Service vulnerability: run-length encoding can be exploited to lock
 * JS threads", open): crafted updates whose run-length-encoded counts are decoupled from
 * their size make Yjs loop (nearly) forever. The payloads below are the ones of the
 * issue's PR (yjs#688, test file `tests/updates-limits.tests.js`), byte for byte; the
 * issue's first example (hex 0001000000000100…7f0000) is the first of them.
 *
 * With yjs 13.6.33 (checked by hand, each call in its own process with a 10 s timeout):
 * `mergeUpdatesV2` spins on three of them, `mergeUpdates` (V1) on one, `applyUpdateV2` on
 * one; the GC one now throws at once. `applyUpdate` (V1) —
 * the only decoder the server runs on client bytes — returns or throws within a few ms on
 * every one: the V1 decoder reads each count and length from the bytes themselves and
 * throws at the end of the buffer, where the V2 run-length decoders keep repeating their
 * last value. (`applyUpdate` does call `mergeUpdatesV2` and `encodeStateAsUpdate` calls
 * `mergeUpdates` when a doc has pending structs, but only on updates Yjs itself encoded.)
 *
 * The server runs in a child process here, so a server that did spin would show up as a
 * missed deadline instead of hanging the test run.
 */
const answerDeadlineMs = 1_000;
const p99BoundMs = 500;

const yjs687: Record<string, { bytes: number[]; v1: 'refused' | 'stored' }> = {
  'spins mergeUpdatesV2: 4,398,046,511,101 structs': {
    bytes: [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 0, 22, 2, 0, 0, 1, 253, 255, 255, 255, 255, 127, 0, 0],
    // As V1 this reads as an empty update: nothing to integrate, nothing stored that matters.
    v1: 'stored',
  },
  'spins mergeUpdates (V1): 265,828 updates': {
    bytes: [
      228, 156, 16, 0, 5, 255, 255, 5, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 237, 0, 0, 0, 1, 1, 0, 254, 184, 194,
      233, 173, 135, 217, 18, 0, 0, 1, 1, 255, 237, 246,
    ],
    v1: 'refused',
  },
  'spins mergeUpdatesV2: 7,658,324,286 updates': {
    bytes: [
      228, 149, 0, 0, 1, 24, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 237, 1, 190, 130, 227, 195, 28, 1, 2, 228, 149, 0,
      0, 1, 24, 0, 0, 1, 24, 0, 0, 1, 0, 1, 237, 0,
    ],
    v1: 'refused',
  },
  'a GC item of length 553,253 (mergeUpdatesV2)': {
    bytes: [
      143, 1, 128, 0, 0, 0, 1, 170, 1, 0, 1, 2, 0, 0, 22, 2, 0, 229, 196, 67, 20, 231, 166, 139, 147, 174,
      181, 253, 93, 232, 38, 154, 138, 89, 0, 49, 213, 15, 18, 1, 48, 0, 0, 0,
    ],
    v1: 'refused',
  },
  'spins applyUpdateV2: 267,854,847 structs in one update': {
    bytes: [
      0, 1, 35, 0, 0, 0, 1, 2, 129, 0, 0, 16, 0, 199, 220, 0, 196, 122, 128, 0, 65, 171, 234, 214, 0, 1, 0, 0,
      1, 0, 0, 132, 0, 0, 16, 255, 199, 220, 255, 0, 0, 0,
    ],
    v1: 'stored',
  },
};

function v1(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** One struct group of one client, then an empty delete set. */
function oneClient(
  client: number,
  clock: number,
  structs: number,
  writeStructs: (e: encoding.Encoder) => void,
) {
  return v1((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, structs);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
    writeStructs(e);
    encoding.writeVarUint(e, 0);
  });
}

/** An item without origins in the root type `t`: info byte, parent key, then the content. */
function rootItem(
  e: encoding.Encoder,
  contentRef: number,
  writeContent: (e: encoding.Encoder) => void,
): void {
  encoding.writeUint8(e, contentRef);
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, 't');
  writeContent(e);
}

/**
 * The same tricks in the V1 format: counts and lengths with nothing behind them, huge
 * lengths that are "valid", dependencies that never arrive, and V2 bytes on the V1 wire.
 */
function v1Analogues(): Record<string, Uint8Array> {
  const legit = new Y.Doc();
  addCard(legit, stressorCard('ccrafted001', 'echt'));
  return {
    'V1: 2^32 - 1 structs announced, none sent': oneClient(5, 0, 2 ** 32 - 1, () => {}),
    'V1: 2^33 structs announced, none sent': oneClient(5, 0, 2 ** 33, () => {}),
    'V1: 2^53 - 1 clients announced, none sent': v1((e) => encoding.writeVarUint(e, Number.MAX_SAFE_INTEGER)),
    'V1: a GC struct of length 2^53 - 1': oneClient(6, 0, 1, (e) => {
      encoding.writeUint8(e, 0);
      encoding.writeVarUint(e, Number.MAX_SAFE_INTEGER);
    }),
    'V1: a skip of 2^40, then an item (pending forever)': oneClient(7, 0, 2, (e) => {
      encoding.writeUint8(e, 10);
      encoding.writeVarUint(e, 2 ** 40);
      rootItem(e, 4, (c) => encoding.writeVarString(c, 'later'));
    }),
    'V1: a deleted item of length 2^50': oneClient(8, 0, 1, (e) => {
      rootItem(e, 1, (c) => encoding.writeVarUint(c, 2 ** 50));
    }),
    'V1: ContentAny announcing 2^32 values, none sent': oneClient(9, 0, 1, (e) => {
      rootItem(e, 8, (c) => encoding.writeVarUint(c, 2 ** 32));
    }),
    'V1: a string of 2^31 bytes announced, 5 sent': oneClient(10, 0, 1, (e) => {
      rootItem(e, 4, (c) => {
        encoding.writeVarUint(c, 2 ** 31);
        encoding.writeUint8Array(c, new Uint8Array([104, 97, 108, 108, 111]));
      });
    }),
    'V1: an embed of invalid JSON': oneClient(11, 0, 1, (e) => {
      rootItem(e, 5, (c) => encoding.writeVarString(c, '{"a":'));
    }),
    'V1: an item whose left origin never arrives (pending)': oneClient(12, 0, 1, (e) => {
      encoding.writeUint8(e, 0x80 | 4);
      encoding.writeVarUint(e, 999_999);
      encoding.writeVarUint(e, 5);
      encoding.writeVarString(e, 'x');
    }),
    'V1: a delete set for a client nobody wrote for (pending)': v1((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 424_242);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 2 ** 40);
    }),
    'V2: a real card update, V2-encoded, on the V1 wire': Y.encodeStateAsUpdateV2(legit),
    'V2: an empty doc, V2-encoded, on the V1 wire': Y.encodeStateAsUpdateV2(new Y.Doc()),
  };
}

/** Seeded mutations: truncations, flipped bytes, runs of 0xff, repeated slices. */
function mutations(seeds: Uint8Array[], count: number, seed: number): Uint8Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const bytes = [...pick(random, seeds)];
    switch (randomInt(random, 0, 3)) {
      case 0:
        return Uint8Array.from(bytes.slice(0, randomInt(random, 1, bytes.length)));
      case 1:
        for (let i = randomInt(random, 1, 4); i > 0; i--)
          bytes[randomInt(random, 0, bytes.length - 1)] = randomInt(random, 0, 255);
        return Uint8Array.from(bytes);
      case 2:
        bytes.splice(
          randomInt(random, 0, bytes.length),
          0,
          ...new Array<number>(randomInt(random, 1, 9)).fill(0xff),
          0x7f,
        );
        return Uint8Array.from(bytes);
      default: {
        const from = randomInt(random, 0, bytes.length - 1);
        const slice = bytes.slice(from, from + randomInt(random, 1, 8));
        bytes.splice(from, 0, ...slice, ...slice);
        return Uint8Array.from(bytes);
      }
    }
  });
}

/**
 * True when Yjs, after applying `update` to an empty doc (or refusing it), no longer emits
 * updates at all: the wedge of the known bug below. Checked on a throwaway doc.
 */
function wedgesYjs(update: Uint8Array): boolean {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
  } catch {
    // refused; what matters is the state it leaves behind
  }
  let emitted = false;
  doc.on('update', () => (emitted = true));
  doc.getMap('probe').set('after', true);
  doc.destroy();
  return !emitted;
}

/**
 * 33 bytes: one deleted-content item whose length is a varuint of 8 bytes (about 6.5e16,
 * past 2^53: lib0's readVarUint does not check the last byte). Yjs integrates it, then
 * throws "Unexpected case" from findIndexSS inside the transaction cleanup
 * (tryMergeDeleteSet), and from then on the doc never emits an update again: the cleanup
 * list is never emptied, so every later transaction skips its cleanup.
 */
const wedgingUpdate = Uint8Array.from(
  Buffer.from('010108000101017480808080808080748080808080808074808080808080800200', 'hex'),
);

/**
 * A writer socket with `?acks=1` that can send one update and wait for the server's answer:
 * `stored` (acknowledged), `refused` (4400), `deferred` (4524: it waits for content the
 * server lacks while other content already waits; a client retries), `too large` (4413).
 */
async function writer(url: string): Promise<{
  ws: WebSocket;
  send(update: Uint8Array, sub: number): Promise<{ outcome: string; ms: number; reason: string }>;
}> {
  const ackUrl = new URL(url);
  ackUrl.searchParams.set('acks', '1');
  const ws = await openSocket(ackUrl.toString());
  let acked = 0;
  let closed: number | null = null;
  let reason = '';
  let writes = 0;
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === messageType.stored) acked = decoding.readVarUint(decoder);
  });
  ws.on('close', (code, why) => {
    closed = code;
    reason = why.toString();
  });
  const names: Record<number, string> = {
    [closeCode.malformedMessage]: 'refused',
    [closeCode.updateDeferred]: 'deferred',
    [closeCode.docTooLarge]: 'too large',
  };
  return {
    ws,
    send: async (update, sub) => {
      const index = ++writes;
      const started = performance.now();
      ws.send(syncFrame(sub, update));
      const deadline = started + answerDeadlineMs;
      while (acked < index && closed === null && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const ms = performance.now() - started;
      if (acked >= index) return { outcome: 'stored', ms, reason };
      if (closed !== null) return { outcome: names[closed] ?? `closed ${closed}`, ms, reason };
      return { outcome: `no answer within ${answerDeadlineMs} ms`, ms, reason };
    },
  };
}

describe('crafted Yjs updates (yjs#687) from a participant', () => {
  let dataDir: string;
  let vonk: VonkProcess;
  let event: CreateEventResponse;
  let mallory: JoinResponse;
  const clients: BoardClient[] = [];

  beforeAll(async () => {
    dataDir = await makeDataDir();
    vonk = await spawnVonk(dataDir);
    event = await createEvent(vonk.url, ['Aanval', 'Rust'], 'Crafted event');
    mallory = await join(vonk.url, event.joinCode, 'Mallory', event.groups[0]!.groupId);
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await killAllVonks();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('every payload, as an update and as sync step 2, is refused (4400), deferred (4524) or stored within 1 s; others keep editing; the doc loads after a restart', async () => {
    const docName = mallory.docs.group;
    const anna = await join(vonk.url, event.joinCode, 'Anna', event.groups[0]!.groupId);
    const bram = await join(vonk.url, event.joinCode, 'Bram', event.groups[0]!.groupId);
    const annaBoard = connectBoard(vonk.url, docName, anna.token);
    const bramBoard = connectBoard(vonk.url, docName, bram.token);
    clients.push(annaBoard, bramBoard);
    await Promise.all([waitForSynced(annaBoard), waitForSynced(bramBoard)]);
    const pair = startEditingPair(annaBoard, bramBoard, 20);

    const analogues = v1Analogues();
    const seeds = [
      ...Object.values(yjs687).map((p) => Uint8Array.from(p.bytes)),
      ...Object.values(analogues),
    ];
    // Mutations that wedge Yjs itself are left to the KNOWN BUG test below: one of them
    // stops the room relaying and storing anything, which this test would report as the
    // editors' pings never arriving.
    const allMutations = mutations(seeds, 200, 688);
    const mutated = allMutations.filter((bytes) => !wedgesYjs(bytes));
    expect(Object.values(analogues).filter(wedgesYjs)).toEqual([]);
    expect(allMutations.length - mutated.length).toBeLessThan(20);
    const payloads: [string, Uint8Array][] = [
      ...Object.entries(yjs687).map(([name, p]): [string, Uint8Array] => [
        `#687 ${name}`,
        Uint8Array.from(p.bytes),
      ]),
      ...Object.entries(analogues),
      ...mutated.map((bytes, i): [string, Uint8Array] => [`mutation ${i}`, bytes]),
    ];

    const outcomes = new Map<string, string>();
    const late: string[] = [];
    let socket = await writer(boardUrl(vonk.url, docName, mallory.token));
    for (const [name, bytes] of payloads) {
      for (const sub of [syncType.update, syncType.step2]) {
        const label = `${name} as ${sub === syncType.update ? 'update' : 'step 2'}`;
        const { outcome, ms } = await socket.send(bytes, sub);
        outcomes.set(label, outcome);
        if (outcome !== 'stored' && outcome !== 'refused' && outcome !== 'deferred')
          late.push(`${label}: ${outcome} (${ms.toFixed(0)} ms)`);
        if (outcome !== 'stored') {
          socket.ws.terminate();
          socket = await writer(boardUrl(vonk.url, docName, mallory.token));
        }
      }
    }
    socket.ws.terminate();
    await pair.stop();

    // The server answered everything in time: nothing made it spin.
    expect(late).toEqual([]);
    for (const [name, { v1: expected }] of Object.entries(yjs687)) {
      expect(outcomes.get(`#687 ${name} as update`), name).toBe(expected);
      expect(outcomes.get(`#687 ${name} as step 2`), name).toBe(expected);
    }
    const expectedAnalogues: Record<string, string> = {
      'V1: 2^32 - 1 structs announced, none sent': 'refused',
      'V1: 2^33 structs announced, none sent': 'refused',
      'V1: 2^53 - 1 clients announced, none sent': 'refused',
      'V1: a GC struct of length 2^53 - 1': 'stored',
      'V1: a skip of 2^40, then an item (pending forever)': 'stored',
      'V1: a deleted item of length 2^50': 'stored',
      'V1: ContentAny announcing 2^32 values, none sent': 'refused',
      'V1: a string of 2^31 bytes announced, 5 sent': 'refused',
      'V1: an embed of invalid JSON': 'refused',
      // Something already waits (the skip above): an update that would wait too is deferred.
      'V1: an item whose left origin never arrives (pending)': 'deferred',
      'V1: a delete set for a client nobody wrote for (pending)': 'stored',
      // A V2 update starts with a 0 byte: V1 reads "no structs, no deletions" and ignores
      // the rest. Harmless (nothing is integrated), so it is acknowledged like an empty update.
      'V2: a real card update, V2-encoded, on the V1 wire': 'stored',
      'V2: an empty doc, V2-encoded, on the V1 wire': 'stored',
    };
    expect(
      Object.fromEntries(Object.keys(analogues).map((name) => [name, outcomes.get(`${name} as update`)])),
    ).toEqual(expectedAnalogues);
    expect([...outcomes.keys()].filter((label) => label.startsWith('mutation'))).toHaveLength(
      2 * mutated.length,
    );

    // The editors on the same doc never waited long.
    const summary = `${pair.samples.length} edits, p99 ${quantile(pair.samples, 0.99).toFixed(1)} ms, max ${Math.max(...pair.samples).toFixed(1)} ms`;
    expect(pair.samples.length, summary).toBeGreaterThanOrEqual(20);
    expect(quantile(pair.samples, 0.99), summary).toBeLessThan(p99BoundMs);
    expect(Math.max(...pair.samples), summary).toBeLessThan(answerDeadlineMs);

    // Stop (SIGTERM: store everything), start again on the same data, and load the doc.
    for (const client of clients.splice(0)) client.destroy();
    vonk.child.kill('SIGTERM');
    expect(await vonk.exited).toEqual({ code: 0, signal: null });
    const startedMs = performance.now();
    vonk = await spawnVonk(dataDir);
    const reader = connectBoard(vonk.url, docName, event.organizerToken);
    clients.push(reader);
    await waitForSynced(reader, 5_000);
    expect(performance.now() - startedMs).toBeLessThan(15_000);
    expect(
      projectBoard(reader.doc)
        .cards.map((card) => card.id)
        .sort(),
    ).toEqual(['clatencyaaaa', 'clatencybbbb']);
    expect(reader.doc.getMap('pings').size).toBe(pair.sent());
    // And it takes edits again.
    addCard(reader.doc, stressorCard('cafterload1', 'weer open'));
    await waitFor(() => reader.saves.state.unsaved === 0, 5_000, 'an edit after the restart stored');
  }, 60_000);

  /**
   * Regression (fixed in Room): a 9-byte update — a delete set for a client nobody wrote
   * for — stays pending forever; while anything is pending the room skips compaction and
   * stores every later update twice (the change and the raw bytes). One participant could so
   * make a board's log grow without bound until it hits the 16 MiB limit (4413 for everyone).
   */
  it('an update that stays pending forever does not stop compaction of the board', async () => {
    const store = new MemoryStore();
    const docName = 'g/epending1/gpending';
    const room = new Room({ docName, store });
    await room.loaded;
    const peer: RoomPeer = {
      canWrite: true,
      wantsAcks: false,
      mayWriteNow: () => true,
      send: () => {},
      close: () => {},
    };
    room.addPeer(peer);
    room.submitUpdate(peer, v1Analogues()['V1: a delete set for a client nobody wrote for (pending)']!, 1);
    await room.flushed();
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => room.submitUpdate(peer, update, 2));
    for (let i = 0; i < timing.compactAfterUpdates + 100; i++) {
      doc.getMap('m').set('k', i);
      await room.flushed();
    }
    const stored = await store.loadDoc(docName);
    await room.close();
    expect(stored.updates.length).toBeLessThan(timing.compactAfterUpdates);
  });
  /**
   * Regression (fixed in Room): after the 33-byte `wedgingUpdate` the sender is closed with
   * 4400 as it should be, but the room's Y.Doc is wedged: later edits of everyone in the
   * group are applied in memory and acknowledged as stored, yet never stored and never
   * relayed (until the room unloaded). Now the room notices and reloads from the store.
   */
  it("a refused update that breaks Yjs's cleanup makes the room reload; later edits are stored and relayed", async () => {
    expect(wedgesYjs(wedgingUpdate)).toBe(true);
    const groupId = event.groups[1]!.groupId;
    const [attacker, anna, bram] = await Promise.all(
      ['Mallet', 'Anouk', 'Bas'].map((name) => join(vonk.url, event.joinCode, name, groupId)),
    );
    const docName = anna!.docs.group;
    const annaBoard = connectBoard(vonk.url, docName, anna!.token);
    const bramBoard = connectBoard(vonk.url, docName, bram!.token);
    clients.push(annaBoard, bramBoard);
    await Promise.all([waitForSynced(annaBoard), waitForSynced(bramBoard)]);
    const socket = await writer(boardUrl(vonk.url, docName, attacker!.token));
    expect((await socket.send(wedgingUpdate, syncType.update)).outcome).toBe('refused');

    addCard(annaBoard.doc, stressorCard('cwedged0001', 'na de aanval'));
    await waitFor(() => annaBoard.saves.state.unsaved === 0, 5_000, "Anna's card acknowledged");
    // Acknowledged as stored: then Bram must see it, and a new reader must load it.
    await waitFor(
      () => projectBoard(bramBoard.doc).cards.some((card) => card.id === 'cwedged0001'),
      3_000,
      'Bram to see the card',
    );
  });
});

/**
 * Not yjs#687: valid V1 updates can make `Y.applyUpdate` quadratic. Items inserted at one
 * spot by many clients are ordered by client id, and each newcomer scans the concurrent
 * items before it (YATA's conflict loop). Measured in plain Node on the 2-core machine,
 * before the guard: a frame of N one-character inserts at the start of a text by clients
 * 1…N, then a second frame of N more by higher client ids, blocks the event loop while the
 * second is integrated: N = 2,000 (24 kB) 0.35 s, 6,000 (72 kB) 4.9 s. Two client ids do
 * it as well (6,000 inserts each, 36 kB frames: 3.4 s). server/rooms/updateGuard.ts bounds
 * the scan before applying; these tests fail without it (the server stalls).
 */
describe('concurrent inserts at one spot cannot stall the server (YATA conflict scans)', () => {
  let dataDir: string;
  let vonk: VonkProcess;
  let event: CreateEventResponse;
  const clients: BoardClient[] = [];

  beforeAll(async () => {
    dataDir = await makeDataDir();
    vonk = await spawnVonk(dataDir);
    event = await createEvent(vonk.url, ['Een', 'Twee', 'Drie'], 'Quadratic event');
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await killAllVonks();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** Times /api/health while `during` runs (started 20 ms in, so it lands on the work). */
  async function healthDuring<T>(during: Promise<T>): Promise<{ result: T; healthMs: number }> {
    const health = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const started = performance.now();
      await fetch(`${vonk.url}/api/health`, { signal: AbortSignal.timeout(15_000) }).catch(() => null);
      return performance.now() - started;
    })();
    const [result, healthMs] = await Promise.all([during, health]);
    return { result, healthMs };
  }

  /** Sends frames in order on one writer, reconnecting after each refusal. */
  async function sendAll(url: string, frames: Uint8Array[]) {
    const results: { outcome: string; ms: number; reason: string; healthMs: number }[] = [];
    let socket = await writer(url);
    for (const frame of frames) {
      const { result, healthMs } = await healthDuring(socket.send(frame, syncType.update));
      results.push({ ...result, healthMs });
      if (result.outcome !== 'stored') {
        socket.ws.terminate();
        socket = await writer(url);
      }
    }
    socket.ws.terminate();
    return results;
  }

  /** An attacker and two editors (who start editing) on one group's board. */
  async function attackWithEditors(names: [string, string, string], groupIndex: number) {
    const [mallory, anna, bram] = await Promise.all(
      names.map((name) => join(vonk.url, event.joinCode, name, event.groups[groupIndex]!.groupId)),
    );
    const annaBoard = connectBoard(vonk.url, mallory!.docs.group, anna!.token);
    const bramBoard = connectBoard(vonk.url, mallory!.docs.group, bram!.token);
    clients.push(annaBoard, bramBoard);
    await Promise.all([waitForSynced(annaBoard), waitForSynced(bramBoard)]);
    return {
      mallory: mallory!,
      docName: mallory!.docs.group,
      annaBoard,
      pair: startEditingPair(annaBoard, bramBoard, 20),
    };
  }

  it('the frames of the known issue are refused (4400, "update too complex") before they run; /api/health answers within 1 s; editors keep p99 < 500 ms; staff go through the same guard', async () => {
    const { mallory, docName, pair } = await attackWithEditors(['Mallory', 'Anna', 'Bram'], 0);

    // 6,000 client ids per frame; then two client ids with 6,000 inserts each.
    const manyClients = await sendAll(boardUrl(vonk.url, docName, mallory.token), [
      insertsAtStart(1, 6_000),
      insertsAtStart(10_000_000, 6_000),
    ]);
    const twoClients = await sendAll(boardUrl(vonk.url, docName, mallory.token), [
      oneClientInserts(20_000_001, 0, 6_000),
      oneClientInserts(20_000_002, 0, 6_000),
    ]);
    // The organizer's link writes to every board: the same frames from it.
    const staffDoc = groupDocName(event.eventId, event.groups[1]!.groupId);
    const staff = await sendAll(boardUrl(vonk.url, staffDoc, event.organizerToken), [
      oneClientInserts(30_000_001, 0, 6_000),
      oneClientInserts(30_000_002, 0, 6_000),
    ]);
    await pair.stop();

    for (const result of [...manyClients, ...twoClients, ...staff]) {
      expect(result.outcome).toBe('refused');
      expect(result.reason).toMatch(/^update too complex: /);
      expect(result.ms).toBeLessThan(answerDeadlineMs);
      expect(result.healthMs).toBeLessThan(answerDeadlineMs);
    }
    expect(manyClients[0]!.reason).toMatch(/6000 new client ids/);
    expect(twoClients[0]!.reason).toMatch(/conflict-scan steps/);
    const summary = `${pair.samples.length} edits, p99 ${quantile(pair.samples, 0.99).toFixed(1)} ms`;
    expect(pair.samples.length, summary).toBeGreaterThanOrEqual(10);
    expect(quantile(pair.samples, 0.99), summary).toBeLessThan(p99BoundMs);
  }, 60_000);

  it('spread over frames of 100 new client ids, the frames stop being taken once one would cost over the per-update bound; each is answered within 1 s and others keep editing', async () => {
    const { mallory, docName, annaBoard, pair } = await attackWithEditors(['Mallet', 'Anouk', 'Bas'], 2);
    // Ascending client ids: each frame's items scan every earlier frame's.
    const frames = Array.from({ length: 60 }, (_, i) => insertsAtStart(1 + i * 100, 100));
    const results = await sendAll(boardUrl(vonk.url, docName, mallory.token), frames);
    await pair.stop();

    const stored = results.filter((result) => result.outcome === 'stored').length;
    const firstRefused = results.findIndex((result) => result.outcome !== 'stored');
    const trace = results.map((r, i) => `${i}: ${r.outcome} ${r.ms.toFixed(0)} ms`).join(', ');
    // Measured: 29 frames (2,900 concurrent inserts at one spot), the last ones ~25–35 ms each.
    expect(stored, trace).toBeGreaterThanOrEqual(10);
    expect(firstRefused, trace).toBe(stored);
    for (const result of results.slice(firstRefused)) {
      expect(result.outcome).toBe('refused');
      expect(result.reason).toMatch(/conflict-scan steps/);
    }
    for (const result of results) {
      expect(result.ms, trace).toBeLessThan(answerDeadlineMs);
      expect(result.healthMs, trace).toBeLessThan(answerDeadlineMs);
    }
    const summary = `${pair.samples.length} edits, p99 ${quantile(pair.samples, 0.99).toFixed(1)} ms`;
    expect(quantile(pair.samples, 0.99), summary).toBeLessThan(p99BoundMs);
    await waitFor(() => annaBoard.doc.getText('t').length === stored * 100, 5_000, 'the stored frames');
  }, 60_000);

  it('a legitimate multi-client update is stored: five clients editing one card concurrently, synced as one update like a reconnecting laptop', async () => {
    const [laptop, reader] = await Promise.all(
      ['Laptop', 'Lezer'].map((name) => join(vonk.url, event.joinCode, name, event.groups[1]!.groupId)),
    );
    const docName = laptop!.docs.group;
    const readerBoard = connectBoard(vonk.url, docName, reader!.token);
    clients.push(readerBoard);
    await waitForSynced(readerBoard);
    addCard(readerBoard.doc, stressorCard('cshared00001', 'Gedeelde tekst op de kaart'));
    await waitFor(() => readerBoard.saves.state.unsaved === 0, 5_000, 'the shared card stored');

    // Five editors start from the stored board, edit the same card at the same spots and
    // their own cards without hearing from each other, then one laptop holds all of it.
    const base = Y.encodeStateAsUpdate(readerBoard.doc);
    const editors = Array.from({ length: 5 }, (_, i) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, base);
      const text = cardText(doc, 'cshared00001')!;
      text.insert(0, `[${i}] `);
      text.insert(text.length, ` (${i})`);
      text.insert(10, `midden ${i} `);
      addCard(doc, stressorCard(`ceditor0000${i}`, `kaart van ${i}`));
      return doc;
    });
    const merged = new Y.Doc();
    Y.applyUpdate(merged, base);
    for (const doc of editors) Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
    const update = Y.encodeStateAsUpdate(merged, Y.encodeStateVector(readerBoard.doc));
    expect(Y.parseUpdateMeta(update).to.size).toBe(5);
    // It does hold concurrent inserts at the same spots: the guard has scans to count.
    const verdict = inspectUpdate(readerBoard.doc, update);
    expect(verdict.ok && verdict.scanSteps).toBeGreaterThan(0);

    const socket = await writer(boardUrl(vonk.url, docName, laptop!.token));
    const sent = await socket.send(update, syncType.step2);
    socket.ws.terminate();
    expect(sent.outcome, sent.reason).toBe('stored');
    await waitFor(
      () =>
        cardText(readerBoard.doc, 'cshared00001')?.toString() ===
        cardText(merged, 'cshared00001')!.toString(),
      5_000,
      'the reader to see the merged card',
    );
    expect(projectBoard(readerBoard.doc).cards).toHaveLength(6);
  });
});

/** One V1 update: `count` clients from `first` up, each inserting "x" at the start of text `t`. */
function insertsAtStart(first: number, count: number): Uint8Array {
  return v1((e) => {
    encoding.writeVarUint(e, count);
    for (let client = first + count - 1; client >= first; client--) {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, client);
      encoding.writeVarUint(e, 0);
      rootItem(e, 4, (c) => encoding.writeVarString(c, 'x'));
    }
    encoding.writeVarUint(e, 0);
  });
}

/** One V1 update: one client's `count` inserts of "x", each at the start of text `t`. */
function oneClientInserts(client: number, clock: number, count: number): Uint8Array {
  return oneClient(client, clock, count, (e) => {
    for (let i = 0; i < count; i++) rootItem(e, 4, (c) => encoding.writeVarString(c, 'x'));
  });
}

/** A room with a store and peers that record how they were closed, in this process. */
async function roomWithPeers(store = new MemoryStore(), docName = 'g/eguardroom1/gguard') {
  const room = new Room({ docName, store });
  await room.loaded;
  const peer = (): RoomPeer & { closed: { code: number; reason: string } | null } => {
    const p = {
      canWrite: true,
      wantsAcks: false,
      closed: null as { code: number; reason: string } | null,
      mayWriteNow: () => true,
      send: () => {},
      close: (code: number, reason: string) => void (p.closed ??= { code, reason }),
    };
    room.addPeer(p);
    return p;
  };
  return { room, store, peer };
}

describe('the budgets a board holds (in-process room)', () => {
  it('a board holds at most 10 M conflict-scan steps (4413); a reload counts them again from the store, and an edit without concurrent inserts is still taken', async () => {
    const { room, store, peer } = await roomWithPeers();
    // Each frame: one new client with 60 inserts at the start of the text, all concurrent
    // with everything before (measured: 74 frames, the last ~35 ms each).
    let refusal: { code: number; reason: string } | null = null;
    let frames = 0;
    for (let client = 1; client <= 200 && refusal === null; client++) {
      const p = peer();
      room.submitUpdate(p, oneClientInserts(client, 0, 60), 1);
      await room.flushed();
      refusal = p.closed;
      if (!refusal) frames++;
    }
    expect(refusal).toEqual({
      code: closeCode.docTooLarge,
      reason: 'the board holds too many concurrent inserts at one spot',
    });
    expect(frames).toBeGreaterThan(30);
    await room.close();

    const started = performance.now();
    const again = await roomWithPeers(store);
    const loadMs = performance.now() - started;
    // The replay of what the board holds (measured ~1.1 s with the estimate on this machine).
    expect(loadMs).toBeLessThan(3_000);
    const heavy = again.peer();
    again.room.submitUpdate(heavy, oneClientInserts(500, 0, 60), 1);
    await again.room.flushed();
    expect(heavy.closed?.code).toBe(closeCode.docTooLarge);
    const honest = again.peer();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(again.room.doc));
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(doc.getText('t').length, 'gewoon verder typen');
    again.room.submitUpdate(honest, Y.encodeStateAsUpdate(doc, before), 1);
    await again.room.flushed();
    expect(honest.closed).toBeNull();
    expect(again.room.doc.getText('t').toString().endsWith('gewoon verder typen')).toBe(true);
    await again.room.close();
  }, 60_000);

  it('a board takes at most 4,000 client ids (4413) and 256 new ones per update (4400); known clients keep writing', async () => {
    const { room, peer } = await roomWithPeers();
    /** `count` new clients from `first`, each setting its own key: nothing concurrent. */
    const newClients = (first: number, count: number) => {
      const merged = new Y.Doc();
      for (let client = first; client < first + count; client++) {
        const doc = new Y.Doc();
        doc.clientID = client;
        doc.getMap('sessions').set(`s${client}`, client);
        Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
      }
      return Y.encodeStateAsUpdate(merged);
    };
    const tooMany = peer();
    room.submitUpdate(tooMany, newClients(1, 257), 1);
    await room.flushed();
    expect(tooMany.closed).toEqual({
      code: closeCode.malformedMessage,
      reason: 'update too complex: 257 new client ids (at most 256)',
    });

    let refusal: { code: number; reason: string } | null = null;
    let first = 1;
    while (refusal === null && first < 10_000) {
      const p = peer();
      room.submitUpdate(p, newClients(first, 250), 1);
      await room.flushed();
      refusal = p.closed;
      if (!refusal) first += 250;
    }
    expect(refusal).toEqual({
      code: closeCode.docTooLarge,
      reason: 'the board has had too many editing sessions',
    });
    expect(room.doc.store.clients.size).toBe(limits.maxClientIdsPerDoc);
    // A client the board knows is not new.
    const known = peer();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
    doc.clientID = 1; // after the apply: Yjs gives a doc a new id when a remote update has its own
    const before = Y.encodeStateVector(doc);
    doc.getMap('sessions').set('s1', 'weer');
    room.submitUpdate(known, Y.encodeStateAsUpdate(doc, before), 1);
    await room.flushed();
    expect(known.closed).toBeNull();
    await room.close();
  }, 60_000);

  it('an update that would wait for missing content while other content already waits is deferred (4524), and taken once what it waits for arrived', async () => {
    const { room, peer } = await roomWithPeers();
    const other = new Y.Doc();
    const updates: Uint8Array[] = [];
    other.on('update', (update: Uint8Array) => updates.push(update));
    other.getText('t').insert(0, 'a');
    other.getText('t').insert(1, 'b');
    other.getText('t').insert(2, 'c');
    const first = peer();
    room.submitUpdate(first, updates[1]!, 1); // waits for "a"
    await room.flushed();
    expect(first.closed).toBeNull();
    expect(room.doc.store.pendingStructs).not.toBeNull();
    const second = peer();
    room.submitUpdate(second, updates[2]!, 1); // would wait for "b" too
    await room.flushed();
    expect(second.closed?.code).toBe(closeCode.updateDeferred);
    const parent = peer();
    room.submitUpdate(parent, updates[0]!, 1);
    await room.flushed();
    expect(room.doc.getText('t').toString()).toBe('ab');
    const retry = peer();
    room.submitUpdate(retry, updates[2]!, 1);
    await room.flushed();
    expect(retry.closed).toBeNull();
    expect(room.doc.getText('t').toString()).toBe('abc');
    await room.close();
  });
});
