import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
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
});
