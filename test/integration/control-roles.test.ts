import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { createSolution } from '../../shared/board/solutions.ts';
import { defaultAgenda, minute, type AgendaPhase } from '../../shared/control/agenda.ts';
import type { BoardComment, ControlState } from '../../shared/control/state.ts';
import type { SessionResponse } from '../../shared/protocol/api.ts';
import { commandRoles, type CommandResult, type ControlError } from '../../shared/protocol/events.ts';
import type { EventId, GroupId } from '../../shared/protocol/ids.ts';
import { roles, type Role } from '../../shared/protocol/roles.ts';
import { messageType } from '../../shared/protocol/wire.ts';
import type { EventRecord } from '../../server/events/registry.ts';
import { api, createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced } from '../helpers/clients.ts';
import {
  closeControlClients,
  command,
  connectControl,
  controlConnectError,
  emitRaw,
  eventWithRoles,
  nextEvent,
  request,
  type ControlClient,
  type EventWithRoles,
} from '../helpers/control.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { boardUrl, closeCodeOf, openSocket, syncStep1Frame, updateFrame } from '../helpers/ws.ts';

const participant = 'participant';
const facilitator = 'facilitator';
const problemOwner = 'problem-owner';
const organizer = 'organizer';
const projector = 'projector';
const everyRole = [participant, facilitator, problemOwner, organizer, projector] as const;

/**
 * Who may send what, written out by hand and not derived from `commandRoles`: changing the
 * rules must change this table too, or this file fails.
 */
const allowedRoles: Record<string, readonly Role[]> = {
  'agenda:set': [facilitator, organizer],
  'timer:start': [facilitator, organizer],
  'timer:pause': [facilitator, organizer],
  'timer:resume': [facilitator, organizer],
  'timer:extend': [facilitator, organizer],
  'timer:end': [facilitator, organizer],
  'boards:lock': [facilitator, organizer],
  'spotlight:set': [facilitator, organizer],
  'announce:set': [facilitator, organizer],
  'projector:names': [facilitator, organizer],
  'voting:set': [facilitator, organizer],
  'voting:reveal': [facilitator, organizer],
  'voting:reset': [facilitator, organizer],
  'comment:add': [problemOwner, facilitator, organizer],
  'comment:delete': [problemOwner, facilitator, organizer],
  'vote:cast': [participant],
  'group:ready': [participant],
  // Not commands: every role may send these.
  'time:sync': everyRole,
  'presence:refresh': everyRole,
  'votes:ballot': everyRole,
  'status:report': everyRole,
  // No acknowledgement, but only screens that watch the whole event get the synthesis.
  'synthesis:get': [problemOwner, facilitator, organizer, projector],
};
const freeEvents = ['time:sync', 'presence:refresh', 'votes:ballot', 'status:report', 'synthesis:get'];
const commandNames = Object.keys(allowedRoles).filter((name) => !freeEvents.includes(name));

const ackTimeoutMs = 5_000;
const solutionId = 'srolematrix1';

const customAgenda: AgendaPhase[] = [
  {
    id: 'only',
    day: 1,
    title: { nl: 'Alles', en: 'Everything' },
    durationMs: 25 * minute,
    editable: { analysis: true, solutions: true },
    anonymousCards: true,
  },
];

interface Ctx {
  server: TestServer;
  setup: EventWithRoles;
  eventId: EventId;
  event: EventRecord;
  g1: GroupId;
  g2: GroupId;
  clients: Record<Role, ControlClient>;
  /** A second organizer connection that puts the event in the state a case needs. */
  admin: ControlClient;
  commentId?: string;
}

interface CommandCase {
  args: (ctx: Ctx) => unknown[];
  /** Brings the event into a state in which the command changes something. */
  before?: (ctx: Ctx) => Promise<unknown>;
}

const control = (ctx: Ctx) => ctx.server.control;

const cases: Record<string, CommandCase> = {
  'agenda:set': {
    before: (ctx) => control(ctx).setAgenda(ctx.eventId, defaultAgenda()),
    args: () => [customAgenda],
  },
  'timer:start': {
    before: (ctx) => control(ctx).end(ctx.eventId, true),
    args: () => ['p3'],
  },
  'timer:pause': {
    before: (ctx) => control(ctx).startPhase(ctx.eventId, 'p2'),
    args: () => [],
  },
  'timer:resume': {
    before: async (ctx) => {
      await control(ctx).startPhase(ctx.eventId, 'p2');
      await control(ctx).pause(ctx.eventId);
    },
    args: () => [],
  },
  'timer:extend': {
    before: (ctx) => control(ctx).startPhase(ctx.eventId, 'p2'),
    args: () => [5 * minute],
  },
  'timer:end': {
    before: (ctx) => control(ctx).startPhase(ctx.eventId, 'p2'),
    args: () => [{ lock: true }],
  },
  'boards:lock': {
    before: (ctx) => control(ctx).setLocked(ctx.eventId, false),
    args: () => [true],
  },
  'spotlight:set': {
    before: (ctx) => control(ctx).setSpotlight(ctx.event, { groupId: null, onLaptops: false }),
    args: (ctx) => [{ groupId: ctx.g2, onLaptops: true }],
  },
  'announce:set': {
    before: (ctx) => control(ctx).announce(ctx.eventId, null),
    args: () => ['Pauze tot 15:00'],
  },
  'projector:names': {
    before: (ctx) => control(ctx).showNames(ctx.eventId, false),
    args: () => [true],
  },
  'voting:set': {
    before: (ctx) => control(ctx).setVoting(ctx.eventId, { open: false, budget: 3, maxPerSolution: 3 }),
    args: () => [{ open: true, budget: 5, maxPerSolution: 2 }],
  },
  'voting:reveal': {
    before: (ctx) => control(ctx).reveal(ctx.eventId, false),
    args: () => [true],
  },
  'voting:reset': {
    before: async (ctx) => {
      await control(ctx).setVoting(ctx.eventId, { open: true });
      await control(ctx).resetVotes(ctx.eventId);
      await control(ctx).castVote(ctx.event, ctx.setup.participant.participantId, {
        groupId: ctx.g1,
        solutionId,
        delta: 1,
      });
      await control(ctx).reveal(ctx.eventId, true);
    },
    args: () => [],
  },
  'comment:add': {
    args: (ctx) => [{ groupId: ctx.g1, targetId: null, text: 'Sterk begin, denk aan de kosten' }],
  },
  'comment:delete': {
    before: async (ctx) => {
      const mark = ctx.admin.received.length;
      const text = `Te verwijderen ${mark}`;
      const result = await command(ctx.admin, 'comment:add', { groupId: ctx.g1, targetId: null, text });
      expect(result, 'adding the comment to delete').toEqual({ ok: true });
      const [comments] = await nextEvent(ctx.admin, 'comments', {
        from: mark,
        where: (list) => (list as BoardComment[]).some((c) => c.text === text),
      });
      ctx.commentId = (comments as BoardComment[]).find((c) => c.text === text)!.id;
    },
    args: (ctx) => [ctx.commentId],
  },
  'vote:cast': {
    before: async (ctx) => {
      await control(ctx).resetVotes(ctx.eventId);
      await control(ctx).setVoting(ctx.eventId, { open: true, budget: 3, maxPerSolution: 3 });
    },
    args: (ctx) => [{ groupId: ctx.g1, solutionId, delta: 1 }],
  },
  'group:ready': {
    before: (ctx) => control(ctx).setReady(ctx.eventId, ctx.g1, false),
    args: () => [true],
  },
};

/** Everything the server keeps about the event's facilitation, in memory and stored. */
async function snapshot(ctx: Ctx): Promise<string> {
  const { store } = ctx.server;
  return JSON.stringify({
    state: await ctx.server.control.state(ctx.eventId),
    stored: await store.getRecord('control', ctx.eventId),
    votes: await store.getRecord('votes', ctx.eventId),
    comments: await store.getRecord('comments', ctx.eventId),
  });
}

/** The first of several events after `from`; its name and arguments. */
async function firstOf(
  client: ControlClient,
  events: string[],
  from: number,
): Promise<{ event: string; args: unknown[] }> {
  let found: { event: string; args: unknown[] } | undefined;
  await waitFor(
    () => (found = client.received.slice(from).find((r) => events.includes(r.event))) !== undefined,
    ackTimeoutMs,
    `one of ${events.join(', ')}`,
  );
  return found!;
}

const outcomeOf = (error: ControlError): string =>
  error.code === 'forbidden' ? 'forbidden' : `${error.code}: ${error.message}`;

describe('who may do what on the control channel', () => {
  let server: TestServer;
  let ctx: Ctx;

  beforeEach(async () => {
    server = await startTestServer();
    const setup = await eventWithRoles(server.url, 'Roles event');
    const eventId = setup.event.eventId;
    const connected = await Promise.all(
      everyRole.map((role) => connectControl(server.url, setup.tokens[role])),
    );
    // vote:cast needs a real solution to give a dot to.
    const board = connectBoard(
      server.url,
      `g/${eventId}/${setup.event.groups[0]!.groupId}`,
      setup.tokens.organizer,
    );
    try {
      await waitForSynced(board);
      createSolution(board.doc, { id: solutionId, templateId: 'blank', createdAt: 1 });
      await waitFor(() => board.saves.state.unsaved === 0, 10_000, 'solution stored');
    } finally {
      board.destroy();
    }
    ctx = {
      server,
      setup,
      eventId,
      event: (await server.events.getEvent(eventId))!,
      g1: setup.event.groups[0]!.groupId,
      g2: setup.event.groups[1]!.groupId,
      clients: Object.fromEntries(everyRole.map((role, i) => [role, connected[i]!])) as Record<
        Role,
        ControlClient
      >,
      admin: await connectControl(server.url, setup.tokens.organizer),
    };
  });

  afterEach(async () => {
    closeControlClients();
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  it('the table names every role and every event the server knows', () => {
    expect([...everyRole].sort()).toEqual([...roles].sort());
    expect(
      Object.keys(allowedRoles)
        .filter((name) => name in commandRoles)
        .sort(),
    ).toEqual(Object.keys(commandRoles).sort());
    for (const name of Object.keys(allowedRoles))
      expect(Object.keys(cases).concat(freeEvents)).toContain(name);
  });

  describe.each(commandNames)('%s', (name) => {
    it('is acknowledged for the allowed roles and refused as forbidden, changing nothing, for the others', async () => {
      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      for (const role of everyRole) {
        expected[role] = allowedRoles[name]!.includes(role) ? 'ok' : 'forbidden';
        const client = ctx.clients[role];
        await cases[name]!.before?.(ctx);
        const before = await snapshot(ctx);
        let result: CommandResult;
        try {
          result = await request<CommandResult>(client, name, cases[name]!.args(ctx), ackTimeoutMs);
        } catch {
          actual[role] = 'no acknowledgement';
          continue;
        }
        // A round trip on the same socket: anything the command set off has been carried out.
        await request(client, 'time:sync');
        const changed = (await snapshot(ctx)) !== before;
        if (result.ok) actual[role] = changed ? 'ok' : 'ok, but nothing changed';
        else actual[role] = outcomeOf(result.error) + (changed ? ', but the state changed' : '');
        expect(client.socket.connected, `${role} still connected`).toBe(true);
      }
      expect(actual).toEqual(expected);
    });
  });

  describe('events every role may send', () => {
    async function outcome(role: Role, name: string): Promise<string> {
      const client = ctx.clients[role];
      const from = client.received.length;
      switch (name) {
        case 'time:sync': {
          const beforeMs = Date.now();
          const answer = await request<unknown>(client, 'time:sync', [], ackTimeoutMs);
          if (typeof answer === 'number')
            return answer >= beforeMs && answer <= Date.now() ? 'ok' : `clock ${answer}`;
          return outcomeOf((answer as { error: ControlError }).error);
        }
        case 'presence:refresh':
        case 'synthesis:get':
        case 'votes:ballot': {
          emitRaw(client, name);
          const reply =
            name === 'presence:refresh'
              ? 'presence'
              : name === 'synthesis:get'
                ? 'synthesis'
                : 'votes:ballot';
          const first = await firstOf(client, [reply, 'control:error'], from);
          return first.event === reply ? 'ok' : outcomeOf(first.args[0] as ControlError);
        }
        case 'status:report': {
          emitRaw(client, name, { unsaved: 2 });
          await request(client, 'time:sync');
          const error = client.received.slice(from).find((r) => r.event === 'control:error');
          return error ? outcomeOf(error.args[0] as ControlError) : 'ok';
        }
        default:
          throw new Error(`no way to send ${name}`);
      }
    }

    it.each(freeEvents)('%s', async (name) => {
      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      for (const role of everyRole) {
        expected[role] = allowedRoles[name]!.includes(role) ? 'ok' : 'forbidden';
        actual[role] = await outcome(role, name);
      }
      expect(actual).toEqual(expected);
    });
  });

  describe('hostile and broken clients', () => {
    it('an unknown event gets bad-request as an acknowledgement, or as control:error without one', async () => {
      const client = ctx.clients.facilitator;
      for (const name of [
        'timer:explode',
        'nope',
        '__proto__',
        'constructor',
        'toString',
        'x'.repeat(5_000),
        42,
      ]) {
        const result = await request<CommandResult>(client, name as string, ['p2'], ackTimeoutMs);
        expect(result, String(name).slice(0, 40)).toMatchObject({
          ok: false,
          error: { code: 'bad-request' },
        });
        expect((result as { error: ControlError }).error.message.length).toBeLessThan(100);
      }
      const from = client.received.length;
      emitRaw(client, 'timer:explode', 'p2');
      const [error] = await nextEvent(client, 'control:error', { from });
      expect(error).toMatchObject({ code: 'bad-request', message: expect.stringContaining('unknown event') });
      expect(client.socket.connected).toBe(true);
      expect(await command(client, 'timer:start', 'p2')).toEqual({ ok: true });
    });

    it('a forbidden command without an acknowledgement gets control:error', async () => {
      const client = ctx.clients.participant;
      const from = client.received.length;
      emitRaw(client, 'boards:lock', true);
      const [error] = await nextEvent(client, 'control:error', { from });
      expect(error).toMatchObject({ code: 'forbidden' });
      expect((await server.control.state(ctx.eventId)).locked).toBe(false);
    });

    it('malformed payloads are refused with bad-request and the server stays up', async () => {
      const fac = ctx.clients.facilitator;
      // Below the 64 KiB packet limit: refused by the command, not by the transport.
      const huge = 'x'.repeat(60_000);
      let deep: unknown = 'bottom';
      for (let i = 0; i < 2_000; i++) deep = i % 2 ? [deep] : { junk: deep };
      const polluted = JSON.parse(
        '{"__proto__": {"open": true, "budget": 20}, "constructor": {"prototype": 1}}',
      );
      const refused: [string, unknown[]][] = [
        ['agenda:set', [huge]],
        ['agenda:set', [deep]],
        ['agenda:set', [42]],
        ['agenda:set', [{ 0: customAgenda[0], length: 1 }]],
        ['agenda:set', [[{ ...customAgenda[0], id: huge }]]],
        ['agenda:set', [[{ ...customAgenda[0], title: { nl: deep, en: deep } }]]],
        ['agenda:set', [[{ ...customAgenda[0], durationMs: '1500000' }]]],
        ['agenda:set', [[polluted]]],
        ['agenda:set', []],
        ['timer:start', [huge]],
        ['timer:start', [{ id: 'p2' }]],
        ['timer:start', [['p2']]],
        ['timer:start', [null]],
        ['timer:start', ['__proto__']],
        ['timer:extend', ['300000']],
        ['timer:extend', [{ ms: 1 }]],
        ['timer:extend', [deep]],
        ['timer:extend', [1e15]],
        ['timer:extend', []],
        ['spotlight:set', [{ groupId: huge, onLaptops: true }]],
        ['spotlight:set', [{ groupId: deep }]],
        ['spotlight:set', [{ groupId: [ctx.g1] }]],
        ['spotlight:set', [{ groupId: '__proto__' }]],
        ['announce:set', [42]],
        ['announce:set', [{ text: 'hi' }]],
        ['announce:set', [['hi']]],
        ['announce:set', ['   ']],
        ['announce:set', [deep]],
        ['announce:set', []],
      ];
      await command(ctx.admin, 'timer:start', 'p2');
      const before = await snapshot(ctx);
      for (const [name, args] of refused) {
        const result = await request<CommandResult>(fac, name, args, ackTimeoutMs);
        expect(result, `${name} ${JSON.stringify(args).slice(0, 60)}`).toMatchObject({
          ok: false,
          error: { code: 'bad-request', message: expect.any(String) },
        });
      }
      expect(await snapshot(ctx)).toBe(before);

      // Participants' commands too.
      await server.control.setVoting(ctx.eventId, { open: true });
      for (const vote of [
        huge,
        deep,
        polluted,
        { groupId: ctx.g1, solutionId: deep, delta: 1 },
        [ctx.g1, solutionId, 1],
      ]) {
        expect(await command(ctx.clients.participant, 'vote:cast', vote)).toMatchObject({
          ok: false,
          error: { code: 'bad-request' },
        });
      }

      // Flags take only a real true; junk never leaves a non-boolean in the state.
      for (const [name, junk] of [
        ['boards:lock', deep],
        ['boards:lock', 'true'],
        ['projector:names', { show: true }],
        ['voting:set', polluted],
        ['voting:set', { open: 'yes', budget: 1e9, maxPerSolution: -1 }],
        ['voting:reveal', [true]],
        ['timer:end', huge],
      ] as const) {
        const result = await request<CommandResult>(fac, name, [junk], ackTimeoutMs);
        if (!result.ok) expect(result.error.code, name).toBe('bad-request');
        const state = await server.control.state(ctx.eventId);
        expect(typeof state.locked).toBe('boolean');
        expect(typeof state.showNames).toBe('boolean');
        expect(state.voting).toEqual({
          open: expect.any(Boolean),
          revealed: expect.any(Boolean),
          budget: expect.any(Number),
          maxPerSolution: expect.any(Number),
        });
        expect(state.voting.budget).toBeGreaterThanOrEqual(1);
        expect(state.voting.budget).toBeLessThanOrEqual(20);
        expect(state.voting.maxPerSolution).toBeGreaterThanOrEqual(1);
        expect(state.voting.maxPerSolution).toBeLessThanOrEqual(20);
      }
      expect(Object.prototype).not.toHaveProperty('open');
      expect(Object.prototype).not.toHaveProperty('budget');

      // A long announcement is cut to the limit, not refused.
      expect(await command(fac, 'announce:set', huge)).toEqual({ ok: true });
      expect((await server.control.state(ctx.eventId)).announcement?.text).toBe('x'.repeat(280));

      // Still serving everyone.
      for (const role of everyRole) {
        expect(ctx.clients[role].socket.connected, role).toBe(true);
        expect(typeof (await request(ctx.clients[role], 'time:sync'))).toBe('number');
      }
      expect(await command(fac, 'timer:start', 'p4')).toEqual({ ok: true });
      expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
    });

    it('a packet over the size limit drops that socket only; the state is unchanged', async () => {
      const fac = ctx.clients.facilitator;
      const before = await snapshot(ctx);
      emitRaw(fac, 'announce:set', 'x'.repeat(300 * 1024));
      await waitFor(() => fac.disconnects.length > 0, 10_000, 'the oversized socket to be dropped');
      expect(await snapshot(ctx)).toBe(before);
      const again = await connectControl(server.url, ctx.setup.tokens.facilitator);
      expect(await command(again, 'announce:set', 'Weer verbonden')).toEqual({ ok: true });
      expect(ctx.clients.organizer.socket.connected).toBe(true);
    });
  });

  describe('a closed event', () => {
    it('refuses new connections for every role of it', async () => {
      const { status } = await api(server.url, 'POST', `/api/events/${ctx.eventId}/close`, {
        token: ctx.setup.tokens.organizer,
      });
      expect(status).toBe(200);
      for (const role of everyRole) {
        const error = await controlConnectError(server.url, ctx.setup.tokens[role]);
        expect(error.message, role).toMatch(/^unauthorized: .*closed/);
      }
    });

    it('disconnects a connected socket on its next packet, without carrying it out', async () => {
      const before = await snapshot(ctx);
      const { status } = await api(server.url, 'POST', `/api/events/${ctx.eventId}/close`, {
        token: ctx.setup.tokens.organizer,
      });
      expect(status).toBe(200);
      // Nobody is dropped for being idle; the next packet is what is checked.
      for (const role of everyRole) expect(ctx.clients[role].socket.connected, role).toBe(true);

      const fac = ctx.clients.facilitator;
      expect(await command(fac, 'timer:start', 'p2')).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
      await waitFor(() => fac.disconnects.length > 0, 10_000, 'the facilitator to be disconnected');
      expect(fac.disconnects).toEqual(['io server disconnect']);

      const anna = ctx.clients.participant;
      expect(await command(anna, 'group:ready', true)).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
      await waitFor(() => anna.disconnects.length > 0, 10_000, 'the participant to be disconnected');

      // Without an acknowledgement: control:error, then the disconnect.
      const wall = ctx.clients.projector;
      const from = wall.received.length;
      emitRaw(wall, 'votes:ballot');
      const [error] = await nextEvent(wall, 'control:error', { from });
      expect(error).toMatchObject({ code: 'unauthorized' });
      await waitFor(() => wall.disconnects.length > 0, 10_000, 'the projector to be disconnected');
      expect(wall.received.slice(from).map((r) => r.event)).not.toContain('votes:ballot');

      expect(await snapshot(ctx)).toBe(before);
    });
  });

  describe('another event', () => {
    it("a token of another event acts only on its own event and hears nothing of this one's", async () => {
      const other = await eventWithRoles(server.url, 'Other event');
      const otherOrganizer = await connectControl(server.url, other.tokens.organizer);
      const otherParticipant = await connectControl(server.url, other.tokens.participant);
      const before = await snapshot(ctx);
      const marks = everyRole.map((role) => ctx.clients[role].states.length);

      expect(await command(otherOrganizer, 'timer:start', 'p2')).toEqual({ ok: true });
      expect(await command(otherOrganizer, 'boards:lock', true)).toEqual({ ok: true });
      expect(await command(otherOrganizer, 'spotlight:set', { groupId: ctx.g1, onLaptops: true })).toEqual({
        ok: false,
        error: { code: 'bad-request', message: 'no such group' },
      });
      expect(await command(otherOrganizer, 'voting:set', { open: true })).toEqual({ ok: true });
      expect(await command(otherParticipant, 'vote:cast', { groupId: ctx.g1, solutionId, delta: 1 })).toEqual(
        {
          ok: false,
          error: { code: 'bad-request', message: 'no such group' },
        },
      );
      expect(await command(otherParticipant, 'group:ready', true)).toEqual({ ok: true });

      expect(await snapshot(ctx)).toBe(before);
      expect(server.control.isLocked(ctx.eventId)).toBe(false);
      expect(server.control.isLocked(other.event.eventId)).toBe(true);
      expect((await server.control.state(other.event.eventId)).ready).toEqual([
        other.event.groups[0]!.groupId,
      ]);

      // This event's next change is the first state its clients get since: none of the other's.
      const otherMark = otherOrganizer.states.length;
      expect(await command(ctx.admin, 'announce:set', 'Alleen voor ons')).toEqual({ ok: true });
      for (const [i, role] of everyRole.entries()) {
        const client = ctx.clients[role];
        await waitFor(() => client.states.length > marks[i]!, 10_000, `${role} to get this event's change`);
        expect(
          client.states.slice(marks[i]).map((s: ControlState) => s.announcement?.text),
          role,
        ).toEqual(['Alleen voor ons']);
      }
      await request(otherOrganizer, 'time:sync');
      expect(otherOrganizer.states.slice(otherMark)).toEqual([]);
    });

    it('a token of another event cannot open, mint for or close this event over HTTP', async () => {
      const other = await createEvent(server.url, ['Elders'], 'Other event');
      const paths = [
        ['POST', `/api/events/${ctx.eventId}/tokens`, { role: 'facilitator' }],
        ['POST', `/api/events/${ctx.eventId}/close`, undefined],
        ['GET', `/api/events/${ctx.eventId}/participants`, undefined],
      ] as const;
      for (const [method, path, body] of paths) {
        const response = await api(server.url, method, path, { token: other.organizerToken, body });
        expect(response.status, path).toBe(403);
      }
      expect((await server.events.getEvent(ctx.eventId))?.closedAtMs).toBeNull();
    });
  });
});

type Access = 'write' | 'read' | 'none';

/** Doc access per role, written out by hand (group 1 is the participant's own group). */
const docAccessTable: Record<Role, { 'group 1': Access; 'group 2': Access; event: Access }> = {
  participant: { 'group 1': 'write', 'group 2': 'none', event: 'read' },
  facilitator: { 'group 1': 'write', 'group 2': 'write', event: 'read' },
  'problem-owner': { 'group 1': 'read', 'group 2': 'read', event: 'write' },
  organizer: { 'group 1': 'write', 'group 2': 'write', event: 'write' },
  projector: { 'group 1': 'read', 'group 2': 'read', event: 'read' },
};

describe('who may open which board, and do what, over HTTP', () => {
  let server: TestServer;
  let setup: EventWithRoles;
  const sockets: WebSocket[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    setup = await eventWithRoles(server.url, 'HTTP roles event');
  });

  afterEach(async () => {
    for (const ws of sockets.splice(0)) ws.terminate();
    closeControlClients();
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  /** Opens the doc and writes to it: refused at the upgrade, closed for the write, or stored. */
  async function access(docName: string, token: string, marker: string): Promise<string> {
    const url = new URL(boardUrl(server.url, docName, token));
    url.searchParams.set('acks', '1');
    let ws: WebSocket;
    try {
      ws = await openSocket(url.toString());
    } catch (error) {
      const status = /refused with (\d+)/.exec(String(error))?.[1];
      return status === '403' ? 'none' : `upgrade refused with ${status ?? String(error)}`;
    }
    sockets.push(ws);
    let stored = false;
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === messageType.stored) stored = true;
    });
    let closeCode: number | null = null;
    void closeCodeOf(ws).then(
      (code) => (closeCode = code),
      () => {},
    );
    const doc = new Y.Doc();
    doc.getMap('probe').set(marker, true);
    ws.send(syncStep1Frame());
    ws.send(updateFrame(Y.encodeStateAsUpdate(doc)));
    doc.destroy();
    await waitFor(() => stored || closeCode !== null, 10_000, `an answer to the write on ${docName}`);
    if (stored) return 'write';
    return closeCode === 4403 ? 'read' : `closed with ${closeCode}`;
  }

  it('the websocket upgrade gives each role the access of the table', async () => {
    const { eventId } = setup.event;
    const docs = {
      'group 1': `g/${eventId}/${setup.event.groups[0]!.groupId}`,
      'group 2': `g/${eventId}/${setup.event.groups[1]!.groupId}`,
      event: `e/${eventId}`,
    } as const;
    const actual: Record<string, Record<string, string>> = {};
    for (const role of everyRole) {
      actual[role] = {};
      for (const [column, docName] of Object.entries(docs)) {
        actual[role][column] = await access(docName, setup.tokens[role], `${role}-${column}`);
      }
    }
    expect(actual).toEqual(docAccessTable);
    // What was allowed is stored; nothing else is.
    for (const [column, docName] of Object.entries(docs)) {
      const room = server.rooms.get(docName)!;
      await room.flushed();
      const writers = everyRole.filter(
        (role) => docAccessTable[role][column as keyof typeof docs] === 'write',
      );
      expect([...room.doc.getMap('probe').keys()].sort(), column).toEqual(
        writers.map((r) => `${r}-${column}`).sort(),
      );
    }
  });

  it('a token of another event opens none of these docs', async () => {
    const other = await eventWithRoles(server.url, 'Other event');
    const { eventId } = setup.event;
    for (const role of everyRole) {
      for (const docName of [`g/${eventId}/${setup.event.groups[0]!.groupId}`, `e/${eventId}`]) {
        expect(await access(docName, other.tokens[role], role), `${role} on ${docName}`).toBe('none');
      }
    }
  });

  it('only the organizer mints links and lists participants with the facilitator; everyone has a session', async () => {
    const { eventId } = setup.event;
    const expected: Record<string, Record<string, number>> = {
      participant: { mint: 403, participants: 403, session: 200 },
      facilitator: { mint: 403, participants: 200, session: 200 },
      'problem-owner': { mint: 403, participants: 403, session: 200 },
      organizer: { mint: 201, participants: 200, session: 200 },
      projector: { mint: 403, participants: 403, session: 200 },
    };
    const actual: Record<string, Record<string, number>> = {};
    for (const role of everyRole) {
      const token = setup.tokens[role];
      const mint = await api(server.url, 'POST', `/api/events/${eventId}/tokens`, {
        token,
        body: { role: 'projector' },
      });
      const participants = await api(server.url, 'GET', `/api/events/${eventId}/participants`, { token });
      const session = await api<SessionResponse>(server.url, 'GET', '/api/session', { token });
      actual[role] = { mint: mint.status, participants: participants.status, session: session.status };
      expect(session.body.role).toBe(role);
      // Participants see only their own group's doc; everyone else sees every group's.
      const groups =
        role === participant ? [setup.event.groups[0]!.groupId] : setup.event.groups.map((g) => g.groupId);
      expect(Object.keys(session.body.docs.groups).sort(), role).toEqual([...groups].sort());
    }
    expect(actual).toEqual(expected);
  });

  it('only the organizer closes the event; afterwards no token of it works', async () => {
    const { eventId } = setup.event;
    for (const role of everyRole.filter((r) => r !== organizer)) {
      const response = await api(server.url, 'POST', `/api/events/${eventId}/close`, {
        token: setup.tokens[role],
      });
      expect(response.status, role).toBe(403);
      expect((await server.events.getEvent(eventId))?.closedAtMs, role).toBeNull();
    }
    const bram = await join(server.url, setup.event.joinCode, 'Bram', setup.event.groups[1]!.groupId);
    const closed = await api(server.url, 'POST', `/api/events/${eventId}/close`, {
      token: setup.tokens.organizer,
    });
    expect(closed).toEqual({ status: 200, body: { status: 'closed' } });
    for (const token of [...Object.values(setup.tokens), bram.token]) {
      const session = await api<{ error: { code: string }; closed?: boolean }>(
        server.url,
        'GET',
        '/api/session',
        {
          token,
        },
      );
      if (token === setup.tokens.organizer) {
        // The organizer still gets in, for the exports (docs/OUTCOMES.md); nothing else.
        expect(session).toMatchObject({ status: 200, body: { closed: true } });
      } else {
        expect(session.status).toBe(401);
        expect(session.body.error.code).toBe('event-closed');
      }
      expect(await access(`e/${eventId}`, token, 'closed'), 'upgrade after close').toBe(
        'upgrade refused with 401',
      );
    }
  });
});
