import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { addCard } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import type { CreateEventResponse } from '../../shared/protocol/api.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { closeCode, messageType } from '../../shared/protocol/wire.ts';
import { Room } from '../../server/rooms/room.ts';
import type { RoomPeer } from '../../server/rooms/peer.ts';
import { MemoryStore } from '../../server/store/memory.ts';
import { createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import {
  awarenessFrame,
  boardUrl,
  closeCodeOf,
  openSocket,
  syncStep1Frame,
  upgradeOutcome,
  updateFrame,
} from '../helpers/ws.ts';

const cardIds = (doc: Y.Doc): string[] =>
  projectBoard(doc)
    .cards.map((card) => card.id)
    .sort();

/** A websocket on a board with `?acks=1`, that tracks the server's stored acks and its close code. */
async function writerSocket(
  url: string,
): Promise<{ ws: WebSocket; acked: () => number; closedWith: () => number | null }> {
  const ackUrl = new URL(url);
  ackUrl.searchParams.set('acks', '1');
  const ws = await openSocket(ackUrl.toString());
  let acked = 0;
  let closed: number | null = null;
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === messageType.stored) acked = decoding.readVarUint(decoder);
  });
  ws.on('close', (code) => (closed = code));
  return { ws, acked: () => acked, closedWith: () => closed };
}

/** `count` updates of `bytes` each (one big string per map key), independent of each other. */
function bigUpdates(count: number, bytes: number, clientId: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++)
    doc.getMap('blob').set(`k${i}`, String.fromCharCode(97 + (i % 26)).repeat(bytes));
  doc.destroy();
  return updates;
}

describe('more limits', () => {
  let server: TestServer;
  let event: CreateEventResponse;
  let groupId: string;
  const clients: BoardClient[] = [];
  const sockets: WebSocket[] = [];
  const raw: net.Socket[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    event = await createEvent(server.url, ['Groep 1', 'Groep 2'], 'Limits event');
    groupId = event.groups[0]!.groupId;
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
    for (const socket of raw.splice(0)) socket.destroy();
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  function board(docName: string, token: string, options: { readOnly?: boolean } = {}): BoardClient {
    const client = connectBoard(server.url, docName, token, options);
    clients.push(client);
    return client;
  }

  async function socket(docName: string, token: string): Promise<WebSocket> {
    const ws = await openSocket(boardUrl(server.url, docName, token));
    sockets.push(ws);
    return ws;
  }

  describe(`document size (limits.maxDocBytes = ${limits.maxDocBytes / 1024 / 1024} MiB)`, () => {
    it('refuses the write that would take the stored doc past the limit (4413), keeps taking small edits, and still after a restart', async () => {
      const mallory = await join(server.url, event.joinCode, 'Mallory', groupId);
      const anna = await join(server.url, event.joinCode, 'Anna', groupId);
      const docName = mallory.docs.group;
      // 1.9 MB each (below the 2 MiB frame limit): 8 fit in 16 MiB, the 9th does not.
      const blobs = bigUpdates(9, 1_900_000, 424242);
      const writer = await writerSocket(boardUrl(server.url, docName, mallory.token));
      sockets.push(writer.ws);
      for (const [i, blob] of blobs.slice(0, 8).entries()) {
        writer.ws.send(updateFrame(blob));
        await waitFor(
          () => writer.acked() === i + 1 || writer.closedWith() !== null,
          20_000,
          `blob ${i} stored`,
        );
        expect(writer.closedWith(), `blob ${i}`).toBeNull();
      }
      const room = server.rooms.get(docName)!;
      const storedBefore = (await server.store.loadDoc(docName)).totalBytes;
      expect(storedBefore).toBeGreaterThan(8 * 1_900_000);
      expect(storedBefore + blobs[8]!.byteLength).toBeGreaterThan(limits.maxDocBytes);

      writer.ws.send(updateFrame(blobs[8]!));
      await waitFor(() => writer.closedWith() !== null, 20_000, 'the ninth blob refused');
      expect(writer.closedWith()).toBe(closeCode.docTooLarge);
      await room.flushed();
      expect([...room.doc.getMap('blob').keys()].sort()).toEqual([
        'k0',
        'k1',
        'k2',
        'k3',
        'k4',
        'k5',
        'k6',
        'k7',
      ]);
      expect((await server.store.loadDoc(docName)).totalBytes).toBe(storedBefore);

      // A small edit still fits: the limit is on what the doc would become, not on who writes.
      const annaBoard = board(docName, anna.token);
      await waitForSynced(annaBoard, 20_000);
      addCard(annaBoard.doc, stressorCard('cstillfits1', 'past nog'));
      await waitFor(() => annaBoard.saves.state.unsaved === 0, 20_000, "Anna's card stored");

      // After a restart the stored size is counted again: the big write is still refused.
      for (const client of clients.splice(0)) client.destroy();
      for (const ws of sockets.splice(0)) ws.terminate();
      await server.close();
      server = await startTestServer({ dataDir: server.dataDir });
      const again = await writerSocket(boardUrl(server.url, docName, mallory.token));
      sockets.push(again.ws);
      again.ws.send(updateFrame(blobs[8]!));
      await waitFor(() => again.closedWith() !== null, 20_000, 'the ninth blob refused after a restart');
      expect(again.closedWith()).toBe(closeCode.docTooLarge);
      const reader = board(docName, event.organizerToken);
      await waitForSynced(reader, 20_000);
      expect(cardIds(reader.doc)).toEqual(['cstillfits1']);
      expect(reader.doc.getMap('blob').size).toBe(8);
    }, 60_000);

    /**
     * KNOWN BUG (see the report): Room checks `storedBytes + update` per update, but
     * storedBytes only grows after the batch is stored, so every update of one batch is
     * checked against the same size. Over the wire, 40 frames of 1 MB sent back to back
     * left 16–35 MB stored (runs vary with how frames fall into batches); here one batch is
     * made deterministic.
     */
    it('counts every update of one batch against the size limit', async () => {
      const store = new MemoryStore();
      const room = new Room({ docName: 'g/elimitsx1/glimitsx', store });
      await room.loaded;
      const closes: number[] = [];
      const peer: RoomPeer = {
        canWrite: true,
        wantsAcks: false,
        mayWriteNow: () => true,
        send: () => {},
        close: (code) => void closes.push(code),
      };
      room.addPeer(peer);
      const blobs = bigUpdates(20, 1_000_000, 777);
      // 15 MB, one update at a time.
      for (const [i, blob] of blobs.slice(0, 15).entries()) {
        room.submitUpdate(peer, blob, i + 1);
        await room.flushed();
      }
      // Five more in the same tick: one batch. Only the first still fits.
      for (const [i, blob] of blobs.slice(15).entries()) room.submitUpdate(peer, blob, 16 + i);
      await room.flushed();
      const stored = await store.loadDoc('g/elimitsx1/glimitsx');
      expect(closes).toEqual([closeCode.docTooLarge]);
      await room.close();
      expect(stored.totalBytes).toBeLessThanOrEqual(limits.maxDocBytes);
    });
  });

  describe(`awareness rate (limits.maxAwarenessPerSecond = ${limits.maxAwarenessPerSecond}, bursts of 5 s)`, () => {
    /** Awareness frames for one client id with rising clocks, each a new state. */
    function awarenessFlood(clientId: number, firstClock: number, count: number): Uint8Array[] {
      return Array.from({ length: count }, (_, i) => {
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, clientId);
        encoding.writeVarUint(inner, firstClock + i);
        encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Mallory' }, cursor: firstClock + i }));
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageType.awareness);
        encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
        return encoding.toUint8Array(encoder);
      });
    }

    /** The awareness clocks of `clientId` in every frame a socket receives. */
    function clocksSeen(ws: WebSocket, clientId: number): number[] {
      const clocks: number[] = [];
      ws.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(decoder) !== messageType.awareness) return;
        const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
        const count = decoding.readVarUint(inner);
        for (let i = 0; i < count; i++) {
          const id = decoding.readVarUint(inner);
          const clock = decoding.readVarUint(inner);
          decoding.readVarString(inner);
          if (id === clientId) clocks.push(clock);
        }
      });
      return clocks;
    }

    it('a flood is dropped beyond the rate, never relayed, and the connection stays open', async () => {
      const mallory = await join(server.url, event.joinCode, 'Mallory', groupId);
      const wim = await join(server.url, event.joinCode, 'Wim', groupId);
      const docName = mallory.docs.group;
      const watcher = await socket(docName, wim.token);
      const flooder = await socket(docName, mallory.token);
      const clientId = 31337;
      // Once loaded: the greeting of a room that finishes loading repeats the presence so far.
      await server.rooms.get(docName)!.loaded;
      const seen = clocksSeen(watcher, clientId);
      let synced = false;
      flooder.on('message', (data: Buffer) => {
        if (data[0] === messageType.sync && data[1] === 1) synced = true;
      });
      const flood = awarenessFlood(clientId, 1, 600);
      const burst = limits.maxAwarenessPerSecond * 5;

      const started = performance.now();
      for (const frame of flood) flooder.send(frame);
      // Frames of one connection are handled in order, awareness at once: the answer to a
      // sync step 1 sent after the flood comes after every frame of it was handled.
      flooder.send(syncStep1Frame());
      await waitFor(() => synced, 10_000, 'the flood handled');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const elapsedS = (performance.now() - started) / 1000;

      // The first 5 s worth went through, then at most 30/s; the rest was dropped.
      const allowed = burst + Math.ceil(limits.maxAwarenessPerSecond * elapsedS) + 1;
      expect(seen.length).toBeGreaterThanOrEqual(burst);
      expect(seen.length, `${seen.length} relayed in ${elapsedS.toFixed(2)} s`).toBeLessThanOrEqual(allowed);
      expect(seen.length).toBeLessThan(flood.length / 2);
      // In order, each at most once.
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(new Set(seen).size).toBe(seen.length);
      expect(flooder.readyState).toBe(flooder.OPEN);
      expect(watcher.readyState).toBe(watcher.OPEN);

      // A second later the bucket has refilled a little: presence flows again.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const before = seen.length;
      for (const frame of awarenessFlood(clientId, 1_000, 10)) flooder.send(frame);
      await waitFor(() => seen.length >= before + 10, 10_000, 'presence after the pause');
      expect(seen.slice(before)).toEqual(Array.from({ length: 10 }, (_, i) => 1_000 + i));
      expect(flooder.readyState).toBe(flooder.OPEN);
    });
  });

  describe('connections per identity, not per IP', () => {
    it(`the ${limits.maxConnectionsPerParticipant + 1}th connection of one participant is refused with 429; another participant on the same IP is not`, async () => {
      const mallory = await join(server.url, event.joinCode, 'Mallory', groupId);
      const anna = await join(server.url, event.joinCode, 'Anna', groupId);
      const open = await Promise.all(
        Array.from({ length: limits.maxConnectionsPerParticipant }, (_, i) =>
          // Group doc and event doc alike: the limit counts the identity, not the doc.
          socket(i % 2 === 0 ? mallory.docs.group : mallory.docs.event, mallory.token),
        ),
      );
      expect(open).toHaveLength(12);
      for (const docName of [mallory.docs.group, mallory.docs.event]) {
        const refused = await upgradeOutcome(boardUrl(server.url, docName, mallory.token));
        expect(refused.status, docName).toBe(429);
        expect(JSON.parse(refused.body)).toEqual({ error: { code: '429', message: expect.any(String) } });
      }
      // Anna is on the same 127.0.0.1 and gets in, a full set of her own.
      const annas = await Promise.all(
        Array.from({ length: limits.maxConnectionsPerParticipant }, () =>
          socket(anna.docs.group, anna.token),
        ),
      );
      expect(annas).toHaveLength(12);
      expect((await upgradeOutcome(boardUrl(server.url, anna.docs.group, anna.token))).status).toBe(429);

      // One of Mallory's closes: she gets exactly one back.
      const room = server.rooms.get(mallory.docs.group)!;
      const peers = room.peerCount;
      const closed = closeCodeOf(open[0]!);
      open[0]!.close();
      await closed;
      await waitFor(() => room.peerCount === peers - 1, 10_000, 'the server to see the close');
      sockets.push(await socket(mallory.docs.group, mallory.token));
      expect((await upgradeOutcome(boardUrl(server.url, mallory.docs.group, mallory.token))).status).toBe(
        429,
      );
    });

    it(`one staff link opens up to ${limits.maxConnectionsPerStaffLink} connections; another link of the same role is its own identity`, async () => {
      const wall = await mintToken(server.url, event.eventId, event.organizerToken, 'projector');
      await new Promise((resolve) => setTimeout(resolve, 5)); // another issuedAtMs
      const secondWall = await mintToken(server.url, event.eventId, event.organizerToken, 'projector');
      expect(secondWall).not.toBe(wall);
      const docs = [`e/${event.eventId}`, ...event.groups.map((g) => `g/${event.eventId}/${g.groupId}`)];
      for (let i = 0; i < limits.maxConnectionsPerStaffLink; i += 20) {
        await Promise.all(Array.from({ length: 20 }, (_, j) => socket(docs[(i + j) % docs.length]!, wall)));
      }
      expect(sockets).toHaveLength(limits.maxConnectionsPerStaffLink);
      expect((await upgradeOutcome(boardUrl(server.url, docs[0]!, wall))).status).toBe(429);
      expect((await upgradeOutcome(boardUrl(server.url, docs[1]!, secondWall))).status).toBe(101);
    });
  });

  describe('nothing is processed before authentication', () => {
    /** A masked binary websocket frame, as a client sends it. */
    function maskedFrame(payload: Uint8Array): Buffer {
      const mask = crypto.randomBytes(4);
      const length = payload.length;
      const header =
        length < 126
          ? Buffer.from([0x82, 0x80 | length])
          : length < 65_536
            ? Buffer.from([0x82, 0x80 | 126, length >> 8, length & 0xff])
            : (() => {
                const h = Buffer.alloc(10);
                h[0] = 0x82;
                h[1] = 0x80 | 127;
                h.writeBigUInt64BE(BigInt(length), 2);
                return h;
              })();
      const body = Buffer.from(payload).map((byte, i) => byte ^ mask[i % 4]!);
      return Buffer.concat([header, mask, body]);
    }

    /**
     * Sends the upgrade request and, in the same write, websocket frames behind it — as if
     * the client assumed it would be let in. Resolves with everything the server sent back
     * until it closed the connection (or, for an accepted upgrade, until the 101 arrived).
     */
    async function pipelined(
      path: string,
      frames: Uint8Array[],
      headers: Record<string, string> = {},
    ): Promise<string> {
      const { hostname, port } = new URL(server.url);
      const tcp = net.connect(Number(port), hostname);
      raw.push(tcp);
      const chunks: Buffer[] = [];
      tcp.on('data', (chunk) => chunks.push(chunk));
      const ended = new Promise<void>((resolve) => {
        tcp.once('close', () => resolve());
        tcp.on('data', () => {
          if (Buffer.concat(chunks).toString('latin1').startsWith('HTTP/1.1 101 ')) resolve();
        });
      });
      await new Promise<void>((resolve, reject) => {
        tcp.once('connect', () => resolve());
        tcp.once('error', reject);
      });
      const request =
        `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
        Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join('') +
        '\r\n';
      tcp.write(Buffer.concat([Buffer.from(request), ...frames.map(maskedFrame)]));
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      tcp.destroy();
      return Buffer.concat(chunks).toString('latin1');
    }

    it('frames sent behind a refused upgrade are never read: nothing relayed, applied or stored', async () => {
      const mallory = await join(server.url, event.joinCode, 'Mallory', groupId);
      const anna = await join(server.url, event.joinCode, 'Anna', groupId);
      const other = await join(server.url, event.joinCode, 'Olga', event.groups[1]!.groupId);
      const docName = anna.docs.group;
      const writer = board(docName, anna.token);
      const watcher = board(docName, event.organizerToken);
      await Promise.all([waitForSynced(writer), waitForSynced(watcher)]);
      const awarenessSeen = new Set<number>();
      watcher.provider.awareness.on(
        'change',
        ({ added, updated }: { added: number[]; updated: number[] }) => {
          for (const id of [...added, ...updated]) awarenessSeen.add(id);
        },
      );

      // Mallory at her limit, for the 429 case.
      await Promise.all(
        Array.from({ length: limits.maxConnectionsPerParticipant }, () =>
          socket(mallory.docs.event, mallory.token),
        ),
      );
      const refusedPresence: number[] = [];
      const frames = (id: string): { frames: Uint8Array[]; clientId: number } => {
        const doc = new Y.Doc();
        addCard(doc, stressorCard(id, 'ongeautoriseerd'));
        const { frame: presence, clientId } = awarenessFrame({ user: { name: id } });
        return {
          frames: [syncStep1Frame(), updateFrame(Y.encodeStateAsUpdate(doc)), presence, new Uint8Array([3])],
          clientId,
        };
      };
      const path = (name: string, token?: string): string =>
        `/yjs/${name}${token === undefined ? '' : `?token=${encodeURIComponent(token)}&acks=1`}`;
      const cases: [string, number, string, Record<string, string>?][] = [
        ['no token', 401, path(docName)],
        ['a forged token', 401, path(docName, `${anna.token.split('.')[0]}.${'A'.repeat(43)}`)],
        ['a token of another group', 403, path(docName, other.token)],
        ['a foreign Origin', 403, path(docName, anna.token), { Origin: 'http://evil.example' }],
        ['too many connections', 429, path(docName, mallory.token)],
        ['an unknown doc', 404, path(`g/${event.eventId}/gzzzzzzz`, event.organizerToken)],
      ];
      for (const [what, status, requestPath, headers] of cases) {
        const attempt = frames(`cpreauth${status}${what.length}`);
        refusedPresence.push(attempt.clientId);
        const answer = await pipelined(requestPath, attempt.frames, headers);
        expect(answer.startsWith(`HTTP/1.1 ${status} `), `${what}: ${answer.slice(0, 40)}`).toBe(true);
        // The JSON refusal and nothing after it: no websocket frame ever came back.
        const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
        expect(() => JSON.parse(body) as unknown, what).not.toThrow();
        expect(JSON.parse(body)).toMatchObject({ error: { code: String(status) } });
      }

      // The control case: the same pipelined frames behind an accepted upgrade are handled.
      const control = frames('cpostauth01');
      const accepted = await pipelined(path(docName, anna.token), control.frames);
      expect(accepted.startsWith('HTTP/1.1 101 ')).toBe(true);
      await waitFor(
        () => cardIds(watcher.doc).includes('cpostauth01'),
        10_000,
        'the accepted frames applied',
      );

      // A barrier: a later edit of Anna's has arrived, so anything earlier would have too.
      addCard(writer.doc, stressorCard('cbarrier001', 'daarna'));
      await waitFor(() => cardIds(watcher.doc).includes('cbarrier001'), 10_000, 'barrier');
      expect(cardIds(watcher.doc)).toEqual(['cbarrier001', 'cpostauth01']);
      // Presence from the accepted socket only, and none from a refused one before it.
      const room = server.rooms.get(docName)!;
      await room.flushed();
      expect(cardIds(room.doc)).toEqual(['cbarrier001', 'cpostauth01']);
      expect(awarenessSeen.has(control.clientId)).toBe(true);
      expect(refusedPresence.filter((id) => awarenessSeen.has(id))).toEqual([]);
      expect(refusedPresence.filter((id) => room.awareness.meta.has(id))).toEqual([]);
      await waitFor(() => writer.saves.state.unsaved === 0, 10_000, 'stored');

      // And after a restart the store has nothing from the refused sockets either.
      for (const client of clients.splice(0)) client.destroy();
      for (const ws of sockets.splice(0)) ws.terminate();
      await server.close();
      server = await startTestServer({ dataDir: server.dataDir });
      const reader = board(docName, event.organizerToken);
      await waitForSynced(reader);
      expect(cardIds(reader.doc)).toEqual(['cbarrier001', 'cpostauth01']);
    });
  });
});
