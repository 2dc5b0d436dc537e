import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addCard, setCardSensitive, setCardTag, toggleCardSetMember } from '../../shared/board/commands.ts';
import { createSolution, solutionText, toggleSolutionSetMember } from '../../shared/board/solutions.ts';
import type { EventExport } from '../../shared/outcomes/eventExport.ts';
import type { Synthesis } from '../../shared/outcomes/synthesis.ts';
import type { CreateEventResponse } from '../../shared/protocol/api.ts';
import { api, createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { closeControlClients, connectControl, nextEvent, receivedOf } from '../helpers/control.ts';
import { startTestServer, testAdminToken, type TestServer } from '../helpers/server.ts';

const secret = 'GEHEIM: de supervisor van afdeling 3';
const formula = '=HYPERLINK("http://evil.example","klik")';
const script = '<script>alert(1)</script> & "quotes"';

async function download(
  server: TestServer,
  eventId: string,
  format: string,
  token: string | undefined,
  query = '',
): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${server.url}/api/events/${eventId}/export.${format}${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  // ignoreBOM: keep the byte-order mark in the text, so a test can see it is there.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, text, headers: response.headers };
}

describe('outcomes: live synthesis and exports', () => {
  let server: TestServer;
  let event: CreateEventResponse;
  let board: BoardClient;
  let participantToken: string;

  beforeAll(async () => {
    server = await startTestServer();
    event = await createEvent(server.url, ['Groep 1', 'Groep 2'], 'Outcomes test');
    const anna = await join(server.url, event.joinCode, 'Anna Jansen', event.groups[0]!.groupId);
    participantToken = anna.token;
    board = connectBoard(server.url, anna.docs.group, anna.token);
    await waitForSynced(board);
    const doc = board.doc;
    addCard(doc, {
      id: 'cworkload01',
      polarity: 'stressor',
      text: 'Hoge werkdruk',
      authorId: anna.participantId,
      authorName: 'Anna Jansen',
      createdAt: 1_700_000_000_000,
    });
    setCardTag(doc, 'cworkload01', 'code', 's-working-conditions');
    setCardTag(doc, 'cworkload01', 'need', 'need:autonomy');
    setCardTag(doc, 'cworkload01', 'context', 'context:organizational');
    toggleCardSetMember(doc, 'cworkload01', 'phases', 'careerPhase:anios', true);
    addCard(doc, {
      id: 'csecret0001',
      polarity: 'stressor',
      text: secret,
      authorId: anna.participantId,
      authorName: 'Anna Jansen',
      createdAt: 1_700_000_001_000,
    });
    setCardTag(doc, 'csecret0001', 'code', 's-colleagues');
    setCardSensitive(doc, 'csecret0001', true);
    addCard(doc, {
      id: 'cformula001',
      polarity: 'stressor',
      text: formula,
      authorId: null,
      authorName: null,
      createdAt: 1_700_000_002_000,
    });
    addCard(doc, {
      id: 'cscript0001',
      polarity: 'energy',
      text: script,
      authorId: anna.participantId,
      authorName: 'Anna Jansen',
      createdAt: 1_700_000_003_000,
    });
    createSolution(doc, { id: 'scoaching01', templateId: 'blank', createdAt: 1_700_000_004_000 });
    solutionText(doc, 'scoaching01', 'title')!.insert(0, 'Coaching voor elke anios');
    toggleSolutionSetMember(doc, 'scoaching01', 'levels', 'level:organizational', true);
    toggleSolutionSetMember(doc, 'scoaching01', 'stressorCards', 'cworkload01', true);
    toggleSolutionSetMember(doc, 'scoaching01', 'stressorCards', 'csecret0001', true);
    await waitFor(() => board.saves.state.unsaved === 0, 10_000, 'the cards to be stored');
  });

  afterEach(() => closeControlClients());

  afterAll(async () => {
    board.destroy();
    await server.close();
  });

  it('exports CSV with a BOM, neutralized formulas, no sensitive card, one row per card and solution', async () => {
    const csv = await download(server, event.eventId, 'csv', event.organizerToken);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="vonk-outcomes-test-\d{4}-\d\d-\d\d\.csv"/,
    );
    expect(csv.text.startsWith('\uFEFF"type","group"')).toBe(true);
    expect(csv.text).not.toContain('GEHEIM');
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv.text).not.toMatch(/(^|,)"=/m);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(csv.text).toContain('"Anna Jansen"');
    expect(csv.text).toContain('"anonymous"');
  });

  it('leaves the sensitive card out of JSON and Markdown, and its link out of the solution', async () => {
    const json = await download(server, event.eventId, 'json', event.organizerToken);
    expect(json.status).toBe(200);
    const data = JSON.parse(json.text) as EventExport;
    expect(data.format).toBe('vonk-event');
    expect(data.groups[0]!.cards.map((c) => c.id).sort()).toEqual([
      'cformula001',
      'cscript0001',
      'cworkload01',
    ]);
    expect(data.groups[0]!.solutions[0]!.stressorCards).toEqual(['cworkload01']);
    expect(json.text).not.toContain('GEHEIM');
    expect(json.text).not.toContain('csecret0001');
    const md = await download(server, event.eventId, 'md', event.organizerToken, '?lang=en');
    expect(md.status).toBe(200);
    expect(md.text).not.toContain('GEHEIM');
    expect(md.text).toContain('Coaching voor elke anios');
    // Text stays text: no raw tag a Markdown viewer would run.
    expect(md.text).not.toContain('<script>');
    expect(md.text).toContain('\\<script\\>');
  });

  it('an anonymous export carries no name, in every text format', async () => {
    for (const format of ['csv', 'json', 'md']) {
      const result = await download(server, event.eventId, format, event.organizerToken, '?anonymous=1');
      expect(result.status).toBe(200);
      expect(result.text).not.toContain('Anna');
    }
  });

  it('exports one group with ?group=, and refuses a group of nobody', async () => {
    const second = event.groups[1]!.groupId;
    const json = JSON.parse(
      (await download(server, event.eventId, 'json', event.organizerToken, `?group=${second}`)).text,
    ) as EventExport;
    expect(json.groupId).toBe(second);
    expect(json.groups.map((g) => g.groupId)).toEqual([second]);
    const bad = await download(server, event.eventId, 'json', event.organizerToken, '?group=gnobody22');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('not a group of this event');
  });

  it('only the organizer of the event may export', async () => {
    const mint = (role: string) => mintToken(server.url, event.eventId, event.organizerToken, role);
    const other = await createEvent(server.url, ['X'], 'Other event');
    const cases: [string | undefined, number][] = [
      [undefined, 401],
      ['not-a-token', 401],
      [participantToken, 403],
      [await mint('facilitator'), 403],
      [await mint('projector'), 403],
      [await mint('problem-owner'), 403],
      [other.organizerToken, 403],
    ];
    for (const [token, status] of cases) {
      for (const format of ['csv', 'json', 'md', 'pdf']) {
        const result = await download(server, event.eventId, format, token);
        expect(result.status, `${format} with ${token?.slice(0, 12)}`).toBe(status);
        expect(result.text).not.toContain('werkdruk');
      }
    }
    expect((await download(server, event.eventId, 'xlsx', event.organizerToken)).status).toBe(400);
    expect((await download(server, event.eventId, 'md', event.organizerToken, '?lang=fr')).status).toBe(400);
  });

  it('pushes the synthesis to staff and projectors as groups work, never to participants', async () => {
    const facilitator = await connectControl(
      server.url,
      await mintToken(server.url, event.eventId, event.organizerToken, 'facilitator'),
    );
    const projector = await connectControl(
      server.url,
      await mintToken(server.url, event.eventId, event.organizerToken, 'projector'),
    );
    const participant = await connectControl(server.url, participantToken);
    const [first] = (await nextEvent(facilitator, 'synthesis', { from: 0 })) as [Synthesis];
    expect(first.totals).toMatchObject({ groups: 2, cards: 3, solutions: 1 });
    const cell = first.matrix.find(
      (c) => c.levelId === 'level:organizational' && c.themeId === 's-working-conditions',
    );
    expect(cell?.solutions.map((s) => s.title)).toEqual(['Coaching voor elke anios']);
    // The sensitive card's theme gets no mention.
    expect(first.codeCounts.find((c) => c.id === 's-colleagues')?.mentions).toBe(0);
    expect(JSON.stringify(first)).not.toContain('GEHEIM');
    await nextEvent(projector, 'synthesis', { from: 0 });

    const from = facilitator.received.length;
    addCard(board.doc, {
      id: 'cnewcard001',
      polarity: 'stressor',
      text: 'Onzeker toekomstperspectief',
      authorId: null,
      authorName: null,
      createdAt: 1_700_000_005_000,
    });
    const [next] = (await nextEvent(facilitator, 'synthesis', {
      from,
      where: (s) => (s as Synthesis).totals.cards === 4,
    })) as [Synthesis];
    expect(next.totals.stressors).toBe(3);
    expect(receivedOf(participant, 'synthesis')).toHaveLength(0);
    // Laptop status names participants: staff only, not the projector.
    expect(receivedOf(projector, 'laptops')).toHaveLength(0);
    expect(receivedOf(facilitator, 'laptops').length).toBeGreaterThan(0);
  });

  it('keeps exports available to the organizer after the event is closed', async () => {
    const closing = await createEvent(server.url, ['Een'], 'Closed event');
    expect(
      (
        await api(server.url, 'POST', `/api/events/${closing.eventId}/close`, {
          token: closing.organizerToken,
        })
      ).status,
    ).toBe(200);
    const json = await download(server, closing.eventId, 'json', closing.organizerToken);
    expect(json.status).toBe(200);
    expect((JSON.parse(json.text) as EventExport).event.closedAtMs).not.toBeNull();
  });
});

describe('outcomes: restoring an event from its JSON export', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  const comparable = (data: EventExport) => ({
    ...data,
    exportedAtMs: 0,
    event: { ...data.event, eventId: '', closedAtMs: null },
  });

  it('export → import → export gives the same content (the demo hackathon)', async () => {
    const demo = await api<CreateEventResponse>(server.url, 'POST', '/api/events/demo', {
      token: testAdminToken,
    });
    expect(demo.status).toBe(201);
    const first = await download(server, demo.body.eventId, 'json', demo.body.organizerToken);
    const exported = JSON.parse(first.text) as EventExport;
    expect(exported.groups).toHaveLength(6);

    const imported = await api<CreateEventResponse>(server.url, 'POST', '/api/events/import', {
      token: testAdminToken,
      body: exported,
    });
    expect(imported.status).toBe(201);
    expect(imported.body.eventId).not.toBe(demo.body.eventId);
    expect(imported.body.joinCode).not.toBe(demo.body.joinCode);
    const again = JSON.parse(
      (await download(server, imported.body.eventId, 'json', imported.body.organizerToken)).text,
    ) as EventExport;
    expect(comparable(again)).toEqual(comparable(exported));

    const csvBefore = (await download(server, demo.body.eventId, 'csv', demo.body.organizerToken)).text;
    const csvAfter = (await download(server, imported.body.eventId, 'csv', imported.body.organizerToken))
      .text;
    expect(csvAfter).toBe(csvBefore);
  });

  it('refuses an invalid file with what is wrong, and only for the admin', async () => {
    const demo = await api<CreateEventResponse>(server.url, 'POST', '/api/events/demo', {
      token: testAdminToken,
    });
    const exported = JSON.parse(
      (await download(server, demo.body.eventId, 'json', demo.body.organizerToken)).text,
    ) as EventExport;
    const eventsBefore = (await server.events.listEvents()).length;

    expect((await api(server.url, 'POST', '/api/events/import', { body: exported })).status).toBe(401);
    expect(
      (
        await api(server.url, 'POST', '/api/events/import', {
          token: demo.body.organizerToken,
          body: exported,
        })
      ).status,
    ).toBe(403);

    const broken = structuredClone(exported) as unknown as {
      groups: { cards: { text: unknown }[] }[];
      schemaVersion: number;
    };
    broken.groups[2]!.cards[1]!.text = 42;
    const refused = await api<{ error: { message: string } }>(server.url, 'POST', '/api/events/import', {
      token: testAdminToken,
      body: broken,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('groups[2].cards[1].text');

    broken.schemaVersion = 99;
    const newer = await api<{ error: { message: string } }>(server.url, 'POST', '/api/events/import', {
      token: testAdminToken,
      body: broken,
    });
    expect(newer.body.error.message).toContain('newer');

    const notExport = await api<{ error: { message: string } }>(server.url, 'POST', '/api/events/import', {
      token: testAdminToken,
      body: { hello: 1 },
    });
    expect(notExport.status).toBe(400);
    expect(notExport.body.error.message).toContain('not a Vonk event export');

    const huge = await fetch(`${server.url}/api/events/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testAdminToken}`, 'content-type': 'application/json' },
      body: `{"pad":"${'x'.repeat(33 * 1024 * 1024)}"}`,
    });
    expect(huge.status).toBe(413);
    // Nothing was half-imported.
    expect((await server.events.listEvents()).length).toBe(eventsBefore);
  });
});
