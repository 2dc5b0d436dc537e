import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiErrorBody,
  CreateEventResponse,
  JoinPreviewResponse,
  JoinResponse,
  SessionResponse,
} from '../../shared/protocol/api.ts';
import {
  eventIdPattern,
  groupIdPattern,
  joinCodePattern,
  participantIdPattern,
} from '../../shared/protocol/ids.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { mintableRoles } from '../../shared/protocol/roles.ts';
import { api, createEvent, join, mintToken } from '../helpers/api.ts';
import { startTestServer, testAdminToken, type TestServer } from '../helpers/server.ts';
import { boardUrl, upgradeOutcome } from '../helpers/ws.ts';

/** Every refusal must carry `{ error: { code, message } }` with the expected code. */
function expectError(response: { status: number; body: unknown }, status: number, code: string): void {
  expect(response.status).toBe(status);
  const body = response.body as ApiErrorBody;
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(0);
}

/** The same join code as people type it: lower case, with a space and a dash. */
function sloppy(code: string): string {
  const lower = code.toLowerCase();
  return `${lower.slice(0, 3)} ${lower.slice(3, 4)}-${lower.slice(4)}`;
}

describe('HTTP API v1', () => {
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer();
    base = server.url;
  });

  afterAll(async () => {
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  it('GET /api/health answers ok', async () => {
    const response = await api(base, 'GET', '/api/health');
    expect(response).toEqual({ status: 200, body: { status: 'ok' } });
  });

  describe('POST /api/events', () => {
    const valid = { title: 'Hackathon werkplezier', groups: ['Groep A', 'Groep B', 'Groep C'] };

    it('needs the admin token: none → 401, a wrong one → 403', async () => {
      expectError(await api(base, 'POST', '/api/events', { body: valid }), 401, 'unauthorized');
      expectError(
        await api(base, 'POST', '/api/events', { body: valid, token: 'not-the-admin-token' }),
        403,
        'forbidden',
      );
      // Same length as the real token, so the constant-time comparison itself is exercised.
      const sameLength = 'x'.repeat(testAdminToken.length);
      expectError(
        await api(base, 'POST', '/api/events', { body: valid, token: sameLength }),
        403,
        'forbidden',
      );
    });

    it('creates an event: 201 with ids, a join code, an organizer token and the groups', async () => {
      const response = await api<CreateEventResponse>(base, 'POST', '/api/events', {
        token: testAdminToken,
        body: valid,
      });
      expect(response.status).toBe(201);
      const event = response.body;
      expect(Object.keys(event).sort()).toEqual(['eventId', 'groups', 'joinCode', 'organizerToken']);
      expect(event.eventId).toMatch(eventIdPattern);
      expect(event.joinCode).toMatch(joinCodePattern);
      expect(typeof event.organizerToken).toBe('string');
      expect(event.organizerToken.length).toBeGreaterThan(20);
      expect(event.groups.map((group) => group.name)).toEqual(valid.groups);
      for (const group of event.groups) {
        expect(Object.keys(group).sort()).toEqual(['groupId', 'name']);
        expect(group.groupId).toMatch(groupIdPattern);
      }
      expect(new Set(event.groups.map((group) => group.groupId)).size).toBe(valid.groups.length);

      const session = await api<SessionResponse>(base, 'GET', '/api/session', {
        token: event.organizerToken,
      });
      expect(session.status).toBe(200);
      expect(session.body.role).toBe('organizer');
      expect(session.body.eventTitle).toBe(valid.title);
    });

    it.each([
      ['a missing title', { groups: ['A'] }],
      ['a blank title', { title: '  \n ', groups: ['A'] }],
      ['a title that is too long', { title: 't'.repeat(limits.maxEventTitleChars + 1), groups: ['A'] }],
      ['missing groups', { title: 'T' }],
      ['empty groups', { title: 'T', groups: [] }],
      ['groups that are not an array', { title: 'T', groups: 'A,B' }],
      ['a non-string group', { title: 'T', groups: ['A', 42] }],
      ['an empty group name', { title: 'T', groups: ['A', ' '] }],
      [
        'too many groups',
        { title: 'T', groups: Array.from({ length: limits.maxGroupsPerEvent + 1 }, (_, i) => `G${i}`) },
      ],
      ['a JSON array', [{ title: 'T', groups: ['A'] }]],
      ['a JSON string', 'title'],
    ])('refuses %s with 400', async (_what, body) => {
      const response = await api(base, 'POST', '/api/events', { token: testAdminToken, body });
      expectError(response, 400, 'bad-request');
    });

    it('accepts exactly the maximum number of groups', async () => {
      const groups = Array.from({ length: limits.maxGroupsPerEvent }, (_, i) => `G${i}`);
      const response = await api<CreateEventResponse>(base, 'POST', '/api/events', {
        token: testAdminToken,
        body: { title: 'Groot', groups },
      });
      expect(response.status).toBe(201);
      expect(response.body.groups).toHaveLength(limits.maxGroupsPerEvent);
    });

    it('refuses a body that is not valid JSON with 400', async () => {
      const response = await fetch(`${base}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${testAdminToken}` },
        body: '{"title": "T", "groups": ["A",',
      });
      expectError({ status: response.status, body: await response.json() }, 400, 'bad-request');
    });

    it('refuses a body without a JSON content type with 400', async () => {
      const response = await fetch(`${base}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${testAdminToken}` },
        body: JSON.stringify(valid),
      });
      expectError({ status: response.status, body: await response.json() }, 400, 'bad-request');
    });

    it('refuses a body over the JSON limit with 413', async () => {
      const body = { title: 'T', groups: ['A'], padding: 'x'.repeat(limits.maxJsonBodyBytes + 1) };
      const response = await api(base, 'POST', '/api/events', { token: testAdminToken, body });
      expectError(response, 413, 'payload-too-large');
    });
  });

  describe('joining', () => {
    let event: CreateEventResponse;
    let other: CreateEventResponse;

    beforeAll(async () => {
      event = await createEvent(base, ['Rood', 'Groen'], 'Join event');
      other = await createEvent(base, ['Elders'], 'Other event');
    });

    it('GET /api/join/:code previews the event, for exact, lower-case and spaced codes', async () => {
      for (const code of [event.joinCode, event.joinCode.toLowerCase(), sloppy(event.joinCode)]) {
        const response = await api<JoinPreviewResponse>(base, 'GET', `/api/join/${encodeURIComponent(code)}`);
        expect(response.status, code).toBe(200);
        expect(response.body).toEqual({ eventId: event.eventId, title: 'Join event', groups: event.groups });
      }
    });

    it('GET /api/join/:code answers 404 for unknown and impossible codes', async () => {
      const unknown = event.joinCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
      expectError(await api(base, 'GET', `/api/join/${unknown}`), 404, 'not-found');
      expectError(await api(base, 'GET', '/api/join/O0I1L0'), 404, 'not-found');
      expectError(await api(base, 'GET', `/api/join/${'A'.repeat(500)}`), 404, 'not-found');
      expectError(await api(base, 'GET', '/api/join/__proto__'), 404, 'not-found');
    });

    it('POST /api/join accepts lower-case and spaced codes and returns a participant token', async () => {
      for (const code of [event.joinCode.toLowerCase(), sloppy(event.joinCode), ` ${event.joinCode} `]) {
        const response = await api<JoinResponse>(base, 'POST', '/api/join', { body: { code, name: 'Anna' } });
        expect(response.status, code).toBe(200);
        const joined = response.body;
        expect(joined.eventId).toBe(event.eventId);
        expect(joined.participantId).toMatch(participantIdPattern);
        expect(event.groups.map((group) => group.groupId)).toContain(joined.groupId);
        expect(joined.docs).toEqual({
          group: `g/${event.eventId}/${joined.groupId}`,
          event: `e/${event.eventId}`,
        });
        expect(typeof joined.token).toBe('string');
      }
    });

    it('POST /api/join answers 404 for an unknown code and 400 for a missing one', async () => {
      const unknown = event.joinCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
      expectError(
        await api(base, 'POST', '/api/join', { body: { code: unknown, name: 'Anna' } }),
        404,
        'not-found',
      );
      expectError(await api(base, 'POST', '/api/join', { body: { name: 'Anna' } }), 400, 'bad-request');
      expectError(
        await api(base, 'POST', '/api/join', { body: { code: 123456, name: 'Anna' } }),
        400,
        'bad-request',
      );
    });

    it.each([
      ['a missing name', undefined],
      ['a blank name', '   '],
      ['a name of control characters', '\u0000\u0007\n'],
      ['a non-string name', 7],
      ['a name that is too long', 'n'.repeat(limits.maxDisplayNameChars + 1)],
    ])('POST /api/join refuses %s with 400', async (_what, name) => {
      const response = await api(base, 'POST', '/api/join', { body: { code: event.joinCode, name } });
      expectError(response, 400, 'bad-request');
    });

    it('POST /api/join honours an explicit groupId and refuses one of another event', async () => {
      const second = event.groups[1]!.groupId;
      for (let i = 0; i < 3; i++) {
        const joined = await join(base, event.joinCode, `Bram ${i}`, second);
        expect(joined.groupId).toBe(second);
        expect(joined.docs.group).toBe(`g/${event.eventId}/${second}`);
      }
      const foreign = other.groups[0]!.groupId;
      const body = { code: event.joinCode, name: 'Cas', groupId: foreign };
      expectError(await api(base, 'POST', '/api/join', { body }), 400, 'bad-request');
      const garbage = { code: event.joinCode, name: 'Cas', groupId: '../../x' };
      expectError(await api(base, 'POST', '/api/join', { body: garbage }), 400, 'bad-request');
      const notString = { code: event.joinCode, name: 'Cas', groupId: ['x'] };
      expectError(await api(base, 'POST', '/api/join', { body: notString }), 400, 'bad-request');
    });

    it('POST /api/join without a groupId spreads participants evenly over the groups', async () => {
      const spread = await createEvent(base, ['Een', 'Twee', 'Drie'], 'Spread');
      const counts = new Map(spread.groups.map((group) => [group.groupId as string, 0]));
      for (let i = 0; i < 9; i++) {
        const joined = await join(base, spread.joinCode, `Deelnemer ${i}`);
        counts.set(joined.groupId, (counts.get(joined.groupId) ?? 0) + 1);
      }
      expect([...counts.values()]).toEqual([3, 3, 3]);
      expect(counts.size).toBe(3);
    });
  });

  describe('tokens and sessions', () => {
    let event: CreateEventResponse;
    let other: CreateEventResponse;
    let participant: JoinResponse;

    beforeAll(async () => {
      event = await createEvent(base, ['Noord', 'Zuid'], 'Token event');
      other = await createEvent(base, ['Oost'], 'Other token event');
      participant = await join(base, event.joinCode, 'Dirk', event.groups[1]!.groupId);
    });

    it.each(mintableRoles)('an organizer mints a %s token (201) that the session knows', async (role) => {
      const response = await api<{ token: string }>(base, 'POST', `/api/events/${event.eventId}/tokens`, {
        token: event.organizerToken,
        body: { role },
      });
      expect(response.status).toBe(201);
      expect(Object.keys(response.body)).toEqual(['token']);
      const session = await api<SessionResponse>(base, 'GET', '/api/session', { token: response.body.token });
      expect(session.status).toBe(200);
      expect(session.body.role).toBe(role);
      expect(session.body.eventId).toBe(event.eventId);
      expect(session.body.participantId).toBeNull();
    });

    it('refuses to mint: participant 403, other event 403, bad role 400, no token 401', async () => {
      const path = `/api/events/${event.eventId}/tokens`;
      expectError(
        await api(base, 'POST', path, { token: participant.token, body: { role: 'projector' } }),
        403,
        'forbidden',
      );
      const foreignPath = `/api/events/${other.eventId}/tokens`;
      const foreign = await api(base, 'POST', foreignPath, {
        token: event.organizerToken,
        body: { role: 'projector' },
      });
      expectError(foreign, 403, 'forbidden');
      for (const role of ['participant', 'admin', '', null, 3, undefined]) {
        const response = await api(base, 'POST', path, { token: event.organizerToken, body: { role } });
        expectError(response, 400, 'bad-request');
      }
      expectError(await api(base, 'POST', path, { body: { role: 'projector' } }), 401, 'unauthorized');
      const forged = `${event.organizerToken.split('.')[0]}.AAAA`;
      expectError(
        await api(base, 'POST', path, { token: forged, body: { role: 'projector' } }),
        401,
        'unauthorized',
      );
    });

    it('a minted facilitator token cannot mint further tokens', async () => {
      const facilitator = await mintToken(base, event.eventId, event.organizerToken, 'facilitator');
      const response = await api(base, 'POST', `/api/events/${event.eventId}/tokens`, {
        token: facilitator,
        body: { role: 'organizer' },
      });
      expectError(response, 403, 'forbidden');
    });

    it('GET /api/session describes a participant and shows only their own group doc', async () => {
      const response = await api<SessionResponse>(base, 'GET', '/api/session', { token: participant.token });
      expect(response.status).toBe(200);
      const own = event.groups[1]!.groupId;
      expect(response.body).toEqual({
        role: 'participant',
        eventId: event.eventId,
        eventTitle: 'Token event',
        joinCode: event.joinCode,
        groupId: own,
        participantId: participant.participantId,
        name: 'Dirk',
        groups: event.groups,
        closed: false,
        docs: { event: `e/${event.eventId}`, groups: { [own]: `g/${event.eventId}/${own}` } },
      });
    });

    it('GET /api/session describes an organizer with every group doc', async () => {
      const response = await api<SessionResponse>(base, 'GET', '/api/session', {
        token: event.organizerToken,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        role: 'organizer',
        eventId: event.eventId,
        eventTitle: 'Token event',
        joinCode: event.joinCode,
        groupId: null,
        participantId: null,
        name: null,
        groups: event.groups,
        closed: false,
        docs: {
          event: `e/${event.eventId}`,
          groups: Object.fromEntries(event.groups.map((g) => [g.groupId, `g/${event.eventId}/${g.groupId}`])),
        },
      });
    });

    it('GET /api/session refuses a missing, malformed or forged token with 401', async () => {
      expectError(await api(base, 'GET', '/api/session'), 401, 'unauthorized');
      expectError(await api(base, 'GET', '/api/session', { token: 'garbage' }), 401, 'unauthorized');
      const [payload] = participant.token.split('.');
      const forged = `${payload}.${Buffer.alloc(32).toString('base64url')}`;
      expectError(await api(base, 'GET', '/api/session', { token: forged }), 401, 'unauthorized');
      // A payload changed under a valid signature: claims of another group with Dirk's MAC.
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      const tampered = Buffer.from(JSON.stringify({ ...claims, g: event.groups[0]!.groupId })).toString(
        'base64url',
      );
      const swapped = `${tampered}.${participant.token.split('.')[1]}`;
      expectError(await api(base, 'GET', '/api/session', { token: swapped }), 401, 'unauthorized');
    });
  });

  describe('closing an event', () => {
    it('turns away every token of the event, on HTTP and websockets, not other events', async () => {
      const event = await createEvent(base, ['Eerste', 'Tweede'], 'Closing event');
      const bystander = await createEvent(base, ['Blijft'], 'Open event');
      const groupId = event.groups[0]!.groupId;
      const participant = await join(base, event.joinCode, 'Eva', groupId);
      const minted = await Promise.all(
        mintableRoles.map(async (role) => ({
          role,
          token: await mintToken(base, event.eventId, event.organizerToken, role),
        })),
      );
      const tokens = [
        { role: 'organizer', token: event.organizerToken },
        { role: 'participant', token: participant.token },
        ...minted,
      ];
      const groupDoc = `g/${event.eventId}/${groupId}`;
      // Before closing, every token works, so the refusals below are caused by the close.
      for (const { role, token } of tokens) {
        expect((await api(base, 'GET', '/api/session', { token })).status, role).toBe(200);
        expect((await upgradeOutcome(boardUrl(base, groupDoc, token))).status, role).toBe(101);
      }

      const closePath = `/api/events/${event.eventId}/close`;
      expectError(await api(base, 'POST', closePath, { token: participant.token }), 403, 'forbidden');
      expectError(await api(base, 'POST', closePath, { token: bystander.organizerToken }), 403, 'forbidden');
      expectError(await api(base, 'POST', closePath), 401, 'unauthorized');
      const closed = await api(base, 'POST', closePath, { token: event.organizerToken });
      expect(closed).toEqual({ status: 200, body: { status: 'closed' } });

      for (const { role, token } of tokens) {
        const session = await api<{ closed?: boolean }>(base, 'GET', '/api/session', { token });
        // The organizer still gets the session (for the exports, docs/OUTCOMES.md), nothing live.
        if (role === 'organizer') expect(session).toMatchObject({ status: 200, body: { closed: true } });
        else expectError(session, 401, 'event-closed');
        const outcome = await upgradeOutcome(boardUrl(base, groupDoc, token));
        expect(outcome.status, role).toBe(401);
        expect(JSON.parse(outcome.body)).toEqual({
          error: { code: expect.any(String), message: expect.any(String) },
        });
        const eventDoc = await upgradeOutcome(boardUrl(base, `e/${event.eventId}`, token));
        expect(eventDoc.status, role).toBe(401);
      }
      const mint = await api(base, 'POST', `/api/events/${event.eventId}/tokens`, {
        token: event.organizerToken,
        body: { role: 'projector' },
      });
      expectError(mint, 401, 'event-closed');
      expectError(await api(base, 'POST', closePath, { token: event.organizerToken }), 401, 'event-closed');
      expectError(await api(base, 'GET', `/api/join/${event.joinCode}`), 404, 'not-found');
      const rejoin = await api(base, 'POST', '/api/join', { body: { code: event.joinCode, name: 'Eva' } });
      expectError(rejoin, 404, 'not-found');

      const still = await api<SessionResponse>(base, 'GET', '/api/session', {
        token: bystander.organizerToken,
      });
      expect(still.status).toBe(200);
      expect((await api(base, 'GET', `/api/join/${bystander.joinCode}`)).status).toBe(200);
    });
  });

  it('answers unknown /api paths and methods with a JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['GET', '/api/v2/events'],
      ['POST', '/api/health'],
      ['DELETE', '/api/events'],
      ['GET', '/api/events/x/y/z'],
      ['PUT', '/api/join'],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/json/);
      expectError({ status: response.status, body: await response.json() }, 404, 'not-found');
    }
  });
});
