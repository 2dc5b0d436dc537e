import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { addCard } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import { timing } from '../../shared/protocol/limits.ts';
import { closeCode, messageType, syncType } from '../../shared/protocol/wire.ts';
import { Room } from '../../server/rooms/room.ts';
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

/** A writer socket with `?acks=1` that can send one update and wait for the server's answer. */
async function writer(url: string): Promise<{
  ws: WebSocket;
  send(update: Uint8Array, sub: number): Promise<{ outcome: string; ms: number }>;
}> {
  const ackUrl = new URL(url);
  ackUrl.searchParams.set('acks', '1');
  const ws = await openSocket(ackUrl.toString());
  let acked = 0;
  let closed: number | null = null;
  let writes = 0;
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === messageType.stored) acked = decoding.readVarUint(decoder);
  });
  ws.on('close', (code) => (closed = code));
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
      if (acked >= index) return { outcome: 'stored', ms };
      if (closed !== null)
        return { outcome: closed === closeCode.malformedMessage ? 'refused' : `closed ${closed}`, ms };
      return { outcome: `no answer within ${answerDeadlineMs} ms`, ms };
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

  it('every payload, as an update and as sync step 2, is refused (4400) or stored within 1 s; others keep editing; the doc loads after a restart', async () => {
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
        if (outcome !== 'stored' && outcome !== 'refused')
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
      'V1: an item whose left origin never arrives (pending)': 'stored',
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
 * KNOWN ISSUE (see the report), not yjs#687: valid V1 updates can make `Y.applyUpdate`
 * quadratic. Items inserted at one spot by many clients are ordered by client id, and each
 * newcomer scans every concurrent item before it (YATA's conflict loop). A frame of N
 * one-character inserts at the start of a text by clients 1…N, then a second frame of N
 * more by higher client ids, blocks the event loop while the second is integrated —
 * measured in plain Node on the 2-core machine: N = 2,000 (24 kB) 0.35 s, 4,000 (48 kB)
 * 1.4 s, 6,000 (72 kB) 4.9 s, 8,000 (96 kB) 7.5 s; a 2 MiB frame would take about an
 * hour. A doc holding such frames takes as long again at every load. `it.fails` passes
 * while the server stalls.
 */
describe('KNOWN ISSUE: concurrent inserts at one spot make applyUpdate quadratic', () => {
  let dataDir: string;
  let vonk: VonkProcess;

  beforeAll(async () => {
    dataDir = await makeDataDir();
    vonk = await spawnVonk(dataDir);
  });

  afterAll(async () => {
    await killAllVonks();
    await fs.rm(dataDir, { recursive: true, force: true });
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

  it.fails(
    'a second frame of concurrent inserts is answered within 1 s and does not stall other clients',
    async () => {
      const event = await createEvent(vonk.url, ['Een'], 'Quadratic event');
      const mallory = await join(vonk.url, event.joinCode, 'Mallory');
      const socket = await writer(boardUrl(vonk.url, mallory.docs.group, mallory.token));
      const first = await socket.send(insertsAtStart(1, 6_000), syncType.update);
      expect(first.outcome).toBe('stored');
      const healthMs = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const started = performance.now();
        await fetch(`${vonk.url}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
        return performance.now() - started;
      })();
      const second = await socket.send(insertsAtStart(10_000_000, 6_000), syncType.update);
      socket.ws.terminate();
      expect(await healthMs).toBeLessThan(answerDeadlineMs);
      expect(second.outcome).toBe('stored');
    },
    30_000,
  );
});
