import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantSummary, SessionResponse } from '../../shared/protocol/api.ts';
import { api, createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { upgradeOutcome } from '../helpers/ws.ts';

describe('organizer moves a participant to another group', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('lists participants, moves one, and the old token no longer opens the old board', async () => {
    const event = await createEvent(server.url, ['Groep 1', 'Groep 2']);
    const [g1, g2] = event.groups;
    const anna = await join(server.url, event.joinCode, 'Anna', g1!.groupId);

    const listed = await api<{ participants: ParticipantSummary[] }>(
      server.url,
      'GET',
      `/api/events/${event.eventId}/participants`,
      { token: event.organizerToken },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.participants.map((p) => [p.name, p.groupId])).toEqual([['Anna', g1!.groupId]]);

    const facilitator = await mintToken(server.url, event.eventId, event.organizerToken, 'facilitator');
    const refused = await api(
      server.url,
      'POST',
      `/api/events/${event.eventId}/participants/${anna.participantId}/move`,
      {
        token: facilitator,
        body: { groupId: g2!.groupId },
      },
    );
    expect(refused.status).toBe(403);

    const moved = await api<{ groupId: string }>(
      server.url,
      'POST',
      `/api/events/${event.eventId}/participants/${anna.participantId}/move`,
      { token: event.organizerToken, body: { groupId: g2!.groupId } },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.groupId).toBe(g2!.groupId);

    // The old token: refused at the board of the old group, and by other API calls.
    const ws = server.url.replace('http', 'ws');
    expect((await upgradeOutcome(`${ws}/yjs/${anna.docs.group}?token=${anna.token}`)).status).toBe(401);

    // The session hands out a fresh token for the new group; it opens the new board.
    const session = await api<SessionResponse>(server.url, 'GET', '/api/session', { token: anna.token });
    expect(session.status).toBe(200);
    expect(session.body.groupId).toBe(g2!.groupId);
    expect(session.body.token).toBeTruthy();
    const newDoc = session.body.docs.groups[g2!.groupId]!;
    expect(Object.keys(session.body.docs.groups)).toEqual([g2!.groupId]);
    const board = connectBoard(server.url, newDoc, session.body.token!);
    clients.push(board);
    await waitForSynced(board);
    expect((await upgradeOutcome(`${ws}/yjs/${anna.docs.group}?token=${session.body.token}`)).status).toBe(
      403,
    );

    // Moving to a group of another event, or an unknown participant, is refused.
    const bad = await api(
      server.url,
      'POST',
      `/api/events/${event.eventId}/participants/${anna.participantId}/move`,
      {
        token: event.organizerToken,
        body: { groupId: 'gzzzzzzz' },
      },
    );
    expect(bad.status).toBe(400);
    const unknown = await api(
      server.url,
      'POST',
      `/api/events/${event.eventId}/participants/pzzzzzzzzzzz/move`,
      {
        token: event.organizerToken,
        body: { groupId: g1!.groupId },
      },
    );
    expect(unknown.status).toBe(404);
  });
});
