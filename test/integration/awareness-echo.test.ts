import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageType } from '../../shared/protocol/wire.ts';
import { createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { LeanClient } from '../helpers/leanClient.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('presence between stock y-websocket clients', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  function board(docName: string, token: string, readOnly = false): BoardClient {
    const client = connectBoard(server.url, docName, token, { readOnly });
    clients.push(client);
    return client;
  }

  it('a presence change of one writer reaches the others without closing anyone', async () => {
    const event = await createEvent(server.url);
    const groupId = event.groups[0]!.groupId;
    const anna = await join(server.url, event.joinCode, 'Anna', groupId);
    const bram = await join(server.url, event.joinCode, 'Bram', groupId);
    const projector = await mintToken(server.url, event.eventId, event.organizerToken, 'projector');
    const a = board(anna.docs.group, anna.token);
    const b = board(bram.docs.group, bram.token);
    const p = board(anna.docs.group, projector, true);
    const closes: (number | undefined)[] = [];
    for (const client of [a, b, p]) client.provider.on('connection-close', (e) => void closes.push(e?.code));
    await Promise.all([a, b, p].map((client) => waitForSynced(client)));

    // What y-protocols does by itself every 15 s to keep a presence alive.
    a.provider.awareness.setLocalStateField('cursor', { x: 1 });
    b.provider.awareness.setLocalStateField('cursor', { x: 2 });
    const sees = (client: BoardClient, other: BoardClient, x: number): boolean =>
      (
        client.provider.awareness.getStates().get(other.doc.clientID) as
          { cursor?: { x: number } } | undefined
      )?.cursor?.x === x;
    await waitFor(() => sees(b, a, 1) && sees(a, b, 2) && sees(p, a, 1) && sees(p, b, 2), 10_000, 'presence');
    // Echoes travel after the changes: a round trip through the server flushes them.
    a.provider.awareness.setLocalStateField('cursor', { x: 3 });
    await waitFor(() => sees(b, a, 3) && sees(p, a, 3), 10_000, 'second presence');
    expect(closes).toEqual([]);
  });

  it('relays a checked presence update as sent, and drops what a connection may not announce', async () => {
    const event = await createEvent(server.url);
    const groupId = event.groups[0]!.groupId;
    const [anna, bram, cor] = await Promise.all(
      ['Anna', 'Bram', 'Cor'].map((name) => join(server.url, event.joinCode, name, groupId)),
    );
    const a = new LeanClient(server.url, anna!.docs.group, anna!.token);
    const b = new LeanClient(server.url, bram!.docs.group, bram!.token);
    const observer = new LeanClient(server.url, cor!.docs.group, cor!.token);
    const lean = [a, b, observer];
    try {
      await Promise.all(lean.map((client) => client.ready));
      const relayed: Uint8Array[] = [];
      observer.ws.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(data);
        if (decoding.readVarUint(decoder) === messageType.awareness)
          relayed.push(decoding.readVarUint8Array(decoder));
      });
      const presence = (entries: [number, number, string][], trailing: number[] = []): Uint8Array => {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, entries.length);
        for (const [clientId, clock, state] of entries) {
          encoding.writeVarUint(encoder, clientId);
          encoding.writeVarUint(encoder, clock);
          encoding.writeVarString(encoder, state);
        }
        for (const byte of trailing) encoding.writeUint8(encoder, byte);
        return encoding.toUint8Array(encoder);
      };
      const send = (client: LeanClient, update: Uint8Array): void => {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageType.awareness);
        encoding.writeVarUint8Array(encoder, update);
        client.ws.send(encoding.toUint8Array(encoder));
      };
      const bramsOwn = presence([[222, 1, '{"cursor":2}']]);
      send(b, bramsOwn);
      await waitFor(() => relayed.length === 1, 5_000, "Bram's presence");
      // Anna's own entry with one for Bram's client id, then one with bytes after its entries.
      send(
        a,
        presence([
          [111, 1, '{"cursor":1}'],
          [222, 5, '{"spoofed":true}'],
        ]),
      );
      send(a, presence([[111, 2, '{"cursor":3}']], [0xff, 0x01]));
      await waitFor(() => relayed.length === 3, 5_000, "Anna's presence");

      expect(Buffer.from(relayed[0]!).equals(Buffer.from(bramsOwn))).toBe(true);
      expect(Buffer.from(relayed[1]!).equals(Buffer.from(presence([[111, 1, '{"cursor":1}']])))).toBe(true);
      expect(Buffer.from(relayed[2]!).equals(Buffer.from(presence([[111, 2, '{"cursor":3}']])))).toBe(true);
      expect(lean.map((client) => client.closeCode)).toEqual([null, null, null]);
    } finally {
      for (const client of lean) client.destroy();
    }
  });
});
