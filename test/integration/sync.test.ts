import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCard, editCardText } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { stressorCard } from '../helpers/fixtures.ts';

describe('live sync through the server', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function participant(name: string, code: string, groupId?: string) {
    const joined = await join(server.url, code, name, groupId);
    const client = connectBoard(server.url, joined.docs.group, joined.token);
    clients.push(client);
    await waitForSynced(client);
    return client;
  }

  it('two clients converge, and a third joining later receives everything', async () => {
    const event = await createEvent(server.url);
    const groupId = event.groups[0]!.groupId;
    const a = await participant('Anna', event.joinCode, groupId);
    const b = await participant('Bram', event.joinCode, groupId);

    addCard(a.doc, stressorCard('caaaaaaaa1', 'Te veel administratie'));
    addCard(b.doc, stressorCard('cbbbbbbbb1', 'Collega’s geven energie'));
    editCardText(a.doc, 'caaaaaaaa1', 'Te veel administratie en regeldruk');

    await waitFor(() => projectBoard(a.doc).cards.length === 2 && projectBoard(b.doc).cards.length === 2);
    await waitFor(() => JSON.stringify(projectBoard(a.doc)) === JSON.stringify(projectBoard(b.doc)));
    await waitFor(() => a.saves.state.unsaved === 0 && b.saves.state.unsaved === 0, 5_000, 'acks');

    const c = await participant('Cas', event.joinCode, groupId);
    expect(projectBoard(c.doc)).toEqual(projectBoard(a.doc));
    expect(projectBoard(c.doc).cards.map((x) => x.text)).toContain('Te veel administratie en regeldruk');
  });

  it('serves everything after a restart on the same data dir', async () => {
    const event = await createEvent(server.url);
    const groupId = event.groups[1]!.groupId;
    const a = await participant('Anna', event.joinCode, groupId);
    for (let i = 0; i < 20; i++)
      addCard(a.doc, stressorCard(`crestart${String(i).padStart(2, '0')}`, `kaart ${i}`));
    await waitFor(() => a.saves.state.unsaved === 0, 5_000, 'all stored');
    const before = projectBoard(a.doc);
    for (const client of clients.splice(0)) client.destroy();
    await server.close();

    server = await startTestServer({ dataDir: server.dataDir });
    const b = await participant('Bram', event.joinCode, groupId);
    expect(projectBoard(b.doc)).toEqual(before);
    expect(before.cards).toHaveLength(20);
  });
});
