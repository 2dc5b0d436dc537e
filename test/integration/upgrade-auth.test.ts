import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as ioClient, type Socket } from 'socket.io-client';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import type { GroupPresence } from '../../shared/protocol/events.ts';
import { addCard } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { closeCode, messageType, syncType } from '../../shared/protocol/wire.ts';
import { createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import {
  awarenessFrame,
  boardUrl,
  closeCodeOf,
  openSocket,
  rawUpgradeStatus,
  syncFrame,
  syncStep1Frame,
  upgradeOutcome,
  updateFrame,
} from '../helpers/ws.ts';

const card = (id: string) => stressorCard(id, id);

const cardIds = (client: BoardClient): string[] => projectBoard(client.doc).cards.map((c) => c.id);

describe('websocket upgrades and frames', () => {
  let server: TestServer;
  let base: string;
  let event: CreateEventResponse;
  let other: CreateEventResponse;
  let anna: JoinResponse;
  let groupDoc: string;
  const clients: BoardClient[] = [];
  const sockets: WebSocket[] = [];
  const ioSockets: Socket[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    base = server.url;
    event = await createEvent(base, ['Groep 1', 'Groep 2'], 'Upgrade event');
    other = await createEvent(base, ['Elders 1'], 'Other event');
    anna = await join(base, event.joinCode, 'Anna', event.groups[0]!.groupId);
    groupDoc = anna.docs.group;
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
    for (const socket of ioSockets.splice(0)) socket.disconnect();
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  function board(docName: string, token: string): BoardClient {
    const client = connectBoard(base, docName, token);
    clients.push(client);
    return client;
  }

  async function socket(docName: string, token: string): Promise<WebSocket> {
    const ws = await openSocket(boardUrl(base, docName, token));
    sockets.push(ws);
    return ws;
  }

  /** Two synced writers on Anna's group doc; the second one watches what the server relays. */
  async function writerAndWatcher(): Promise<{ writer: BoardClient; watcher: BoardClient }> {
    const bram = await join(base, event.joinCode, 'Bram', event.groups[0]!.groupId);
    const writer = board(groupDoc, anna.token);
    const watcher = board(groupDoc, bram.token);
    await Promise.all([waitForSynced(writer), waitForSynced(watcher)]);
    return { writer, watcher };
  }

  /**
   * Frames from one connection are handled in order, so once the watcher has a card the
   * writer added after some earlier event, anything that event relayed has arrived too.
   */
  async function barrier(writer: BoardClient, watcher: BoardClient, id: string): Promise<void> {
    addCard(writer.doc, card(id));
    await waitFor(() => cardIds(watcher).includes(id), 10_000, `watcher to receive ${id}`);
  }

  describe('refusals before the handshake', () => {
    it('refuses a missing token with 401', async () => {
      const outcome = await upgradeOutcome(boardUrl(base, groupDoc));
      expect(outcome.status).toBe(401);
      expect(JSON.parse(outcome.body)).toEqual({ error: { code: '401', message: expect.any(String) } });
    });

    it('refuses a malformed, forged or tampered token with 401', async () => {
      const [payload, mac] = anna.token.split('.') as [string, string];
      const forged = `${payload}.${Buffer.alloc(32, 1).toString('base64url')}`;
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      const otherGroup = Buffer.from(JSON.stringify({ ...claims, g: event.groups[1]!.groupId })).toString(
        'base64url',
      );
      for (const token of [
        '',
        'garbage',
        forged,
        `${otherGroup}.${mac}`,
        'x'.repeat(700),
        other.organizerToken + 'x',
      ]) {
        expect((await upgradeOutcome(boardUrl(base, groupDoc, token))).status, token.slice(0, 40)).toBe(401);
      }
      expect((await upgradeOutcome(boardUrl(base, groupDoc, anna.token))).status).toBe(101);
    });

    it("refuses a participant on another group's doc with 403", async () => {
      const secondGroupDoc = `g/${event.eventId}/${event.groups[1]!.groupId}`;
      expect((await upgradeOutcome(boardUrl(base, secondGroupDoc, anna.token))).status).toBe(403);
      // The organizer may open it, so the doc exists and the 403 is about Anna.
      expect((await upgradeOutcome(boardUrl(base, secondGroupDoc, event.organizerToken))).status).toBe(101);
    });

    it("refuses a token of event A on event B's docs with 403", async () => {
      const otherGroupDoc = `g/${other.eventId}/${other.groups[0]!.groupId}`;
      const otherEventDoc = `e/${other.eventId}`;
      for (const token of [event.organizerToken, anna.token]) {
        expect((await upgradeOutcome(boardUrl(base, otherGroupDoc, token))).status).toBe(403);
        expect((await upgradeOutcome(boardUrl(base, otherEventDoc, token))).status).toBe(403);
      }
      expect((await upgradeOutcome(boardUrl(base, otherGroupDoc, other.organizerToken))).status).toBe(101);
    });

    it('refuses an unknown group doc of the own event with 404', async () => {
      const unknownGroup = event.groups.some((g) => g.groupId === 'gzzzzzzz') ? 'gyyyyyyy' : 'gzzzzzzz';
      const outcome = await upgradeOutcome(
        boardUrl(base, `g/${event.eventId}/${unknownGroup}`, event.organizerToken),
      );
      expect(outcome.status).toBe(404);
      expect((await upgradeOutcome(boardUrl(base, `e/${event.eventId}`, event.organizerToken))).status).toBe(
        101,
      );
    });

    it('refuses hostile doc names with 404, as the ws client sends them and byte for byte', async () => {
      const { eventId } = event;
      const groupId = event.groups[0]!.groupId;
      const token = encodeURIComponent(event.organizerToken);
      const hostile = [
        '../x',
        `g/%2e%2e/x`,
        `g/${eventId}/%2e%2e/${groupId}`,
        `g/${eventId}/${groupId}/`,
        `g/${eventId}/${groupId}/x`,
        `g%2F${eventId}%2F${groupId}`,
        `g/${eventId}/${groupId}%00`,
        `G/${eventId}/${groupId}`,
        `g/${'a'.repeat(5000)}`,
        '__proto__',
        'constructor',
        `e/${eventId}/__proto__`,
        '',
        `g/${eventId}/${encodeURIComponent('gé123456')}`,
        `e/${encodeURIComponent(eventId.replace('e', 'е'))}`, // a Cyrillic е
        encodeURIComponent('g/✨/🔥'),
      ];
      for (const name of hostile) {
        const url = `${base.replace(/^http/, 'ws')}/yjs/${name}?token=${token}`;
        expect((await upgradeOutcome(url)).status, `ws client: ${name.slice(0, 60)}`).toBe(404);
        expect(await rawUpgradeStatus(base, `/yjs/${name}?token=${token}`), `raw: ${name.slice(0, 60)}`).toBe(
          404,
        );
      }
      // Unicode as the ws client encodes it.
      const unicode = `${base.replace(/^http/, 'ws')}/yjs/g/${eventId}/gé✨?token=${token}`;
      expect((await upgradeOutcome(unicode)).status).toBe(404);
      // The same token on the real name is accepted, so every 404 above is about the name.
      expect(
        (await upgradeOutcome(boardUrl(base, `g/${eventId}/${groupId}`, event.organizerToken))).status,
      ).toBe(101);
    });

    it('refuses websocket paths other than /yjs/ and /socket.io/ with 404', async () => {
      const ws = base.replace(/^http/, 'ws');
      const token = encodeURIComponent(event.organizerToken);
      for (const path of ['/other', '/', '/yjs', '/yjsx/g', '/api/health', `/other/${groupDoc}`]) {
        expect((await upgradeOutcome(`${ws}${path}?token=${token}`)).status, path).toBe(404);
      }
    });

    it('refuses a browser Origin of another host with 403 and accepts the same host', async () => {
      const url = boardUrl(base, groupDoc, anna.token);
      const host = new URL(base).host;
      for (const origin of ['http://evil.example', `http://${host}.evil.example`, 'null', 'not a url']) {
        expect((await upgradeOutcome(url, { origin })).status, origin).toBe(403);
      }
      expect((await upgradeOutcome(url, { origin: `http://${host}` })).status).toBe(101);
      expect((await upgradeOutcome(url)).status).toBe(101);
    });
  });

  describe('socket.io beside the board websockets', () => {
    it('serves socket.io on its own path and tells a participant who is online in their group', async () => {
      const presence = new Promise<GroupPresence[]>((resolve, reject) => {
        const socket = ioClient(base, {
          auth: { token: anna.token },
          transports: ['websocket'],
          reconnection: false,
        });
        ioSockets.push(socket);
        socket.on('presence', resolve);
        socket.on('connect_error', reject);
      });
      const groups = await presence;
      expect(groups).toEqual([
        {
          groupId: anna.groupId,
          members: [{ participantId: anna.participantId, name: 'Anna', role: 'participant' }],
        },
      ]);
    });

    it('refuses a socket.io connection without a valid token', async () => {
      const error = await new Promise<Error>((resolve) => {
        const socket = ioClient(base, {
          auth: { token: 'garbage' },
          transports: ['websocket'],
          reconnection: false,
        });
        ioSockets.push(socket);
        socket.on('connect_error', resolve);
      });
      expect(error.message).toMatch(/unauthorized/);
    });
  });

  describe('read-only connections', () => {
    let projectorToken: string;

    beforeEach(async () => {
      projectorToken = await mintToken(base, event.eventId, event.organizerToken, 'projector');
    });

    it('a projector syncs down; its own edit closes it with 4403, unstored and unrelayed', async () => {
      const { writer, watcher } = await writerAndWatcher();
      addCard(writer.doc, card('cwritten01'));
      await waitFor(() => writer.saves.state.unsaved === 0, 10_000, 'first card stored');

      const projector = connectBoard(base, groupDoc, projectorToken, { readOnly: true });
      clients.push(projector);
      const closes: (number | undefined)[] = [];
      projector.provider.on('connection-close', (closeEvent) => void closes.push(closeEvent?.code));
      await waitForSynced(projector);
      expect(cardIds(projector)).toEqual(['cwritten01']);
      addCard(writer.doc, card('cwritten02'));
      await waitFor(
        () => cardIds(projector).includes('cwritten02'),
        10_000,
        'projector to receive a live edit',
      );
      expect(closes).toEqual([]);

      addCard(projector.doc, card('cprojected'));
      await waitFor(() => closes.length > 0, 10_000, 'projector connection closed');
      expect(closes).toEqual([closeCode.forbiddenWrite]);

      await barrier(writer, watcher, 'cbarrier01');
      expect(cardIds(watcher)).not.toContain('cprojected');
      expect(cardIds(writer)).not.toContain('cprojected');
      const room = server.rooms.get(groupDoc);
      expect(room && cardIdsOf(room.doc)).toEqual(['cbarrier01', 'cwritten01', 'cwritten02']);
      await waitFor(() => writer.saves.state.unsaved === 0, 10_000, 'writer cards stored');
      // 4403 is final for the stock client: it must not come back and try again.
      expect(projector.provider.shouldConnect).toBe(false);

      for (const client of clients.splice(0)) client.destroy();
      await server.close();
      server = await startTestServer({ dataDir: server.dataDir });
      base = server.url;
      const reader = board(groupDoc, event.organizerToken);
      await waitForSynced(reader);
      expect(cardIds(reader).sort()).toEqual(['cbarrier01', 'cwritten01', 'cwritten02']);
    });

    it('a projector announcing awareness is closed with 4403 and nobody sees it', async () => {
      const writer = board(groupDoc, anna.token);
      await waitForSynced(writer);
      // A raw socket as the watcher: a stock provider re-sends every presence it receives,
      // and the server closes a connection that sends another connection's presence.
      const bram = await join(base, event.joinCode, 'Bram', event.groups[0]!.groupId);
      const watcher = await socket(groupDoc, bram.token);
      const seen = new Map<number, unknown>();
      watcher.on('message', (data: Buffer) => {
        for (const [id, state] of awarenessEntries(new Uint8Array(data))) seen.set(id, state);
      });

      const projector = await socket(groupDoc, projectorToken);
      const closed = closeCodeOf(projector);
      const { frame, clientId } = awarenessFrame({ user: { name: 'Beamer' } });
      projector.send(frame);
      expect(await closed).toBe(closeCode.forbiddenWrite);

      // Frames are handled in arrival order, so the writer's later presence is relayed after
      // anything the projector's could have been.
      writer.provider.awareness.setLocalStateField('marker', 'after-projector');
      await waitFor(
        () =>
          (seen.get(writer.doc.clientID) as { marker?: string } | null | undefined)?.marker ===
          'after-projector',
        10_000,
        'watcher to see the writer presence',
      );
      expect(seen.has(clientId)).toBe(false);
      expect(writer.provider.awareness.getStates().has(clientId)).toBe(false);
      expect(server.rooms.get(groupDoc)!.awareness.getStates().has(clientId)).toBe(false);
      expect(watcher.readyState).toBe(watcher.OPEN);
    });

    it.each([
      ['a projector', 'group', 'update'],
      ['a projector', 'group', 'sync step 2'],
      ['a projector', 'event', 'update'],
      ['a participant', 'event', 'update'],
      ['a participant', 'event', 'awareness'],
    ] as const)('%s on the %s doc sending %s is closed with 4403', async (who, doc, what) => {
      const token = who === 'a projector' ? projectorToken : anna.token;
      const docName = doc === 'group' ? groupDoc : anna.docs.event;
      const ws = await socket(docName, token);
      const closed = closeCodeOf(ws);
      const { frame: awareness } = awarenessFrame({ user: { name: 'x' } });
      const update = updateBytes('cforbidden');
      const frame =
        what === 'update'
          ? updateFrame(update)
          : what === 'sync step 2'
            ? syncFrame(syncType.step2, update)
            : awareness;
      ws.send(syncStep1Frame());
      ws.send(frame);
      expect(await closed).toBe(closeCode.forbiddenWrite);
      const room = server.rooms.get(docName);
      expect(room && cardIdsOf(room.doc)).toEqual([]);
    });
  });

  describe('malformed frames', () => {
    const truncatedSync = (() => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageType.sync);
      encoding.writeVarUint(encoder, syncType.update);
      encoding.writeVarUint(encoder, 1000);
      encoding.writeUint8Array(encoder, new Uint8Array([1, 2, 3]));
      return encoding.toUint8Array(encoder);
    })();
    const invalidAwarenessJson = (() => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 12345);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, '{not json');
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageType.awareness);
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
      return encoding.toUint8Array(encoder);
    })();

    it.each([
      ['arbitrary bytes', new Uint8Array([0x00, 0x02, 0x8f, 0xd3, 0x41, 0x07, 0xee, 0x19, 0x5a, 0xc4])],
      ['an unknown message type', new Uint8Array([99, 0, 0])],
      ['a server-only message type', new Uint8Array([messageType.stored, 1])],
      ['a truncated varint', new Uint8Array([0x80])],
      ['an over-long varint', new Uint8Array(Array.from({ length: 12 }, () => 0xff))],
      ['an empty frame', new Uint8Array([])],
      ['an unknown sync sub-type', syncFrame(7, new Uint8Array([0]))],
      ['a truncated sync payload', truncatedSync],
      ['a garbage state vector', syncFrame(syncType.step1, new Uint8Array([0x05, 0xff]))],
      ['a garbage Yjs update', updateFrame(new Uint8Array([0xde, 0xad, 0xbe, 0xef]))],
      ['awareness with invalid JSON', invalidAwarenessJson],
    ])('%s from a participant closes it with 4400 and the server keeps serving', async (_what, frame) => {
      const { writer, watcher } = await writerAndWatcher();
      const bad = await socket(groupDoc, anna.token);
      const closed = closeCodeOf(bad);
      bad.send(frame);
      expect(await closed).toBe(closeCode.malformedMessage);

      await barrier(writer, watcher, 'cafterbad1');
      expect(writer.provider.wsconnected && watcher.provider.wsconnected).toBe(true);
      await waitFor(() => writer.saves.state.unsaved === 0, 10_000, 'writer card stored');
      // The same participant can come straight back.
      expect((await upgradeOutcome(boardUrl(base, groupDoc, anna.token))).status).toBe(101);
    });

    it('a text frame closes the connection with 4400', async () => {
      const { writer, watcher } = await writerAndWatcher();
      const bad = await socket(groupDoc, anna.token);
      const closed = closeCodeOf(bad);
      bad.send('{"type":"sync"}');
      expect(await closed).toBe(closeCode.malformedMessage);
      await barrier(writer, watcher, 'cafterbad2');
    });

    it('a well-formed sync step 1 on a raw socket is answered (the 4400s are about bytes)', async () => {
      const ws = await socket(groupDoc, anna.token);
      const messages: Uint8Array[] = [];
      ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
      ws.send(syncStep1Frame());
      await waitFor(
        () => messages.some((m) => m[0] === messageType.sync && m[1] === syncType.step2),
        10_000,
        'sync step 2',
      );
      expect(ws.readyState).toBe(ws.OPEN);
    });
  });
});

function cardIdsOf(doc: Y.Doc): string[] {
  return projectBoard(doc)
    .cards.map((c) => c.id)
    .sort();
}

/** The awareness entries (client id → state) in one frame; nothing for other frames. */
function awarenessEntries(frame: Uint8Array): Map<number, unknown> {
  const entries = new Map<number, unknown>();
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== messageType.awareness) return entries;
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(inner);
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(inner);
    decoding.readVarUint(inner);
    entries.set(id, JSON.parse(decoding.readVarString(inner)));
  }
  return entries;
}

/** A Yjs update that adds one card, made on a throwaway doc. */
function updateBytes(id: string): Uint8Array {
  const doc = new Y.Doc();
  addCard(doc, card(id));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
