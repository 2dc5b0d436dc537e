import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectBrief } from '../../shared/taxonomy/layout.ts';
import type { CreateEventResponse } from '../../shared/protocol/api.ts';
import { api, join } from '../helpers/api.ts';
import { connectBoard, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { startTestServer, testAdminToken, type TestServer } from '../helpers/server.ts';

describe('the problem brief given when the event is created', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('is in the event doc for every participant to read, and bad briefs are refused', async () => {
    const brief = 'Hoe kan de werkomgeving de bevlogenheid van artsen\nin elke loopbaanfase vergroten?';
    const created = await api<CreateEventResponse>(server.url, 'POST', '/api/events', {
      token: testAdminToken,
      body: { title: 'Brief event', groups: ['Groep 1'], brief },
    });
    expect(created.status).toBe(201);
    const participant = await join(server.url, created.body.joinCode, 'Anna');
    const reader = connectBoard(server.url, participant.docs.event, participant.token, { readOnly: true });
    clients.push(reader);
    await waitForSynced(reader);
    expect(projectBrief(reader.doc)).toBe(brief);

    for (const bad of [42, 'x'.repeat(20_001)]) {
      const refused = await api<{ error: { code: string } }>(server.url, 'POST', '/api/events', {
        token: testAdminToken,
        body: { title: 'Bad brief', groups: ['Groep 1'], brief: bad },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('bad-request');
    }
  });
});
