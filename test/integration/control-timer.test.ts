import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAgenda, minute, type AgendaPhase } from '../../shared/control/agenda.ts';
import type { ControlState } from '../../shared/control/state.ts';
import { remainingMs } from '../../shared/control/timer.ts';
import { join } from '../helpers/api.ts';
import { waitFor } from '../helpers/clients.ts';
import {
  closeControlClients,
  command,
  connectControl,
  eventWithRoles,
  nextState,
  request,
  type ControlClient,
  type EventWithRoles,
} from '../helpers/control.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const brainstorm = defaultAgenda().find((phase) => phase.id === 'p2')!;

describe('the phase timer over socket.io', () => {
  let server: TestServer;
  const servers: TestServer[] = [];
  let setup: EventWithRoles;
  let facilitator: ControlClient;
  let projector: ControlClient;
  let participant: ControlClient;

  beforeEach(async () => {
    server = await startTestServer();
    servers.push(server);
    setup = await eventWithRoles(server.url, 'Timer event');
    [facilitator, projector, participant] = await Promise.all([
      connectControl(server.url, setup.tokens.facilitator),
      connectControl(server.url, setup.tokens.projector),
      connectControl(server.url, setup.tokens.participant),
    ]);
  });

  afterEach(async () => {
    closeControlClients();
    for (const s of servers.splice(0)) {
      await s.close();
      await fs.rm(s.dataDir, { recursive: true, force: true });
    }
  });

  const everyone = (): ControlClient[] => [facilitator, projector, participant];
  const eventId = () => setup.event.eventId;

  /** Runs a command as the facilitator; resolves with the state every client received for it. */
  async function run(
    name: string,
    args: unknown[],
    predicate: (state: ControlState) => boolean,
  ): Promise<{ states: ControlState[]; beforeMs: number; afterMs: number }> {
    const marks = everyone().map((client) => client.states.length);
    const beforeMs = Date.now();
    expect(await command(facilitator, name, ...args)).toEqual({ ok: true });
    const afterMs = Date.now();
    const states = await Promise.all(
      everyone().map((client, i) =>
        nextState(client, predicate, { from: marks[i], what: `state after ${name}` }),
      ),
    );
    return { states, beforeMs, afterMs };
  }

  it('start, pause, resume, extend and end reach every client on the server clock', async () => {
    expect(facilitator.latest().timer).toEqual({
      phaseId: null,
      status: 'idle',
      endsAtMs: null,
      remainingMs: 0,
    });

    // Start: every client gets the same absolute end time.
    const started = await run('timer:start', ['p2'], (s) => s.timer.status === 'running');
    for (const state of started.states) {
      expect(state).toEqual(started.states[0]);
      expect(state.timer.phaseId).toBe('p2');
      expect(state.timer.endsAtMs).toBeGreaterThanOrEqual(started.beforeMs + brainstorm.durationMs);
      expect(state.timer.endsAtMs).toBeLessThanOrEqual(started.afterMs + brainstorm.durationMs);
    }
    expect(await server.control.state(eventId())).toEqual(started.states[0]);

    // Pause: what is left is frozen in the state, however long the pause lasts.
    const paused = await run('timer:pause', [], (s) => s.timer.status === 'paused');
    const frozen = paused.states[0]!.timer;
    expect(frozen.endsAtMs).toBeNull();
    expect(frozen.remainingMs).toBeLessThanOrEqual(brainstorm.durationMs);
    expect(frozen.remainingMs).toBeGreaterThanOrEqual(started.states[0]!.timer.endsAtMs! - paused.afterMs);
    for (const state of paused.states) expect(state.timer).toEqual(frozen);
    const pausedAt = Date.now();
    await waitFor(() => Date.now() - pausedAt >= 50, 5_000, 'the clock to move on');
    expect(remainingMs(frozen, Date.now())).toBe(frozen.remainingMs);
    // An unrelated change broadcasts the state again: the pause still holds the same time.
    const announced = await run('announce:set', ['Koffie'], (s) => s.announcement?.text === 'Koffie');
    for (const state of announced.states) expect(state.timer).toEqual(frozen);

    // Resume: a new end time, the frozen remainder after the resume.
    const resumed = await run('timer:resume', [], (s) => s.timer.status === 'running');
    const endsAtMs = resumed.states[0]!.timer.endsAtMs!;
    expect(endsAtMs).toBeGreaterThanOrEqual(resumed.beforeMs + frozen.remainingMs);
    expect(endsAtMs).toBeLessThanOrEqual(resumed.afterMs + frozen.remainingMs);
    expect(endsAtMs).toBeGreaterThan(started.states[0]!.timer.endsAtMs!);
    for (const state of resumed.states) expect(state.timer.endsAtMs).toBe(endsAtMs);

    // Extend by five minutes: exactly five minutes later.
    const extended = await run('timer:extend', [5 * minute], (s) => s.timer.endsAtMs !== endsAtMs);
    for (const state of extended.states) {
      expect(state.timer).toMatchObject({
        status: 'running',
        phaseId: 'p2',
        endsAtMs: endsAtMs + 5 * minute,
      });
    }

    // End with lock.
    const ended = await run('timer:end', [{ lock: true }], (s) => s.timer.status === 'ended');
    for (const state of ended.states) {
      expect(state.timer).toEqual({ phaseId: 'p2', status: 'ended', endsAtMs: null, remainingMs: 0 });
      expect(state.locked).toBe(true);
    }
    expect(await server.control.state(eventId())).toMatchObject({ locked: true, timer: { status: 'ended' } });
  });

  it('extends a paused phase by adding to what is left; shortening never goes below zero', async () => {
    await run('timer:start', ['p1'], (s) => s.timer.status === 'running');
    const paused = await run('timer:pause', [], (s) => s.timer.status === 'paused');
    const left = paused.states[0]!.timer.remainingMs;
    const longer = await run('timer:extend', [5 * minute], (s) => s.timer.remainingMs !== left);
    for (const state of longer.states)
      expect(state.timer).toMatchObject({ status: 'paused', remainingMs: left + 5 * minute });
    const shorter = await run('timer:extend', [-4 * 60 * minute], (s) => s.timer.remainingMs === 0);
    for (const state of shorter.states)
      expect(state.timer).toMatchObject({ status: 'paused', remainingMs: 0 });
  });

  it('refuses an extension that is not a number of milliseconds, and a phase not on the agenda', async () => {
    await run('timer:start', ['p1'], (s) => s.timer.status === 'running');
    const before = await server.control.state(eventId());
    for (const byMs of ['300000', null, NaN, 5 * 60 * minute, { ms: 1 }]) {
      const result = await command(facilitator, 'timer:extend', byMs);
      expect(result, String(byMs)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await command(facilitator, 'timer:start', 'p99')).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'no such phase in the agenda' },
    });
    expect(await server.control.state(eventId())).toEqual(before);
  });

  it('a client that connects later gets the current state at once', async () => {
    const started = await run('timer:start', ['p3'], (s) => s.timer.status === 'running');
    await run('timer:extend', [minute], (s) => s.timer.endsAtMs !== started.states[0]!.timer.endsAtMs);
    const current = await server.control.state(eventId());

    const late = await connectControl(server.url, setup.tokens.projector);
    expect(late.states[0]).toEqual(current);
    expect(late.states[0]!.timer).toMatchObject({ phaseId: 'p3', status: 'running' });
    const lateParticipant = await connectControl(server.url, setup.tokens.participant);
    expect(lateParticipant.states[0]).toEqual(current);
  });

  it('time:sync answers with the server clock, for every role', async () => {
    for (const client of everyone()) {
      const beforeMs = Date.now();
      const serverNowMs = await request<number>(client, 'time:sync');
      const afterMs = Date.now();
      expect(typeof serverNowMs).toBe('number');
      // Same machine, same clock: the answer lies within the round trip.
      expect(serverNowMs).toBeGreaterThanOrEqual(beforeMs);
      expect(serverNowMs).toBeLessThanOrEqual(afterMs);
    }
  });

  describe('agenda:set', () => {
    const custom: AgendaPhase[] = [
      {
        id: 'kick-off',
        day: 1,
        title: { nl: 'Aftrap', en: 'Kick-off' },
        durationMs: 15 * minute,
        editable: { analysis: false, solutions: false },
        anonymousCards: false,
      },
      {
        id: 'ideas',
        day: 1,
        title: { nl: 'Ideeën', en: 'Ideas' },
        durationMs: 20 * minute,
        editable: { analysis: true, solutions: false },
        anonymousCards: true,
      },
      {
        id: 'pitch',
        day: 2,
        title: { nl: 'Pitch', en: 'Pitch' },
        durationMs: 30 * minute,
        editable: { analysis: false, solutions: true },
        anonymousCards: false,
      },
    ];

    it('refuses invalid agendas and keeps the old one', async () => {
      const before = await server.control.state(eventId());
      const invalid: [string, unknown][] = [
        ['empty', []],
        ['duplicate ids', [custom[0], { ...custom[1], id: 'kick-off' }]],
        ['a missing title', [custom[0], { ...custom[1], title: undefined }]],
        ['an English title only', [{ ...custom[0], title: { en: 'Kick-off' } }]],
        ['a blank Dutch title', [{ ...custom[0], title: { nl: '   ', en: 'Kick-off' } }]],
        ['a 0-minute phase', [custom[0], { ...custom[2], durationMs: 0 }]],
        ['a phase under a minute', [{ ...custom[0], durationMs: 59_999 }]],
        ['day 3', [{ ...custom[0], day: 3 }]],
        ['not an array', { phases: custom }],
        ['null', null],
      ];
      for (const [what, agenda] of invalid) {
        const result = await command(facilitator, 'agenda:set', agenda);
        expect(result, what).toMatchObject({
          ok: false,
          error: { code: 'bad-request', message: expect.any(String) },
        });
      }
      expect(await server.control.state(eventId())).toEqual(before);
      expect(before.agenda).toEqual(defaultAgenda());
      expect(facilitator.latest().agenda).toEqual(defaultAgenda());
    });

    it('stores a valid custom agenda, broadcasts it, and its phases can be started', async () => {
      const marks = everyone().map((client) => client.states.length);
      expect(await command(facilitator, 'agenda:set', custom)).toEqual({ ok: true });
      for (const [i, client] of everyone().entries()) {
        const state = await nextState(client, (s) => s.agenda[0]?.id === 'kick-off', { from: marks[i] });
        expect(state.agenda).toEqual(custom);
      }
      expect((await server.store.getRecord<ControlState>('control', eventId()))?.agenda).toEqual(custom);
      // The default phases are gone; the custom ones run.
      expect(await command(facilitator, 'timer:start', 'p2')).toMatchObject({ ok: false });
      const started = await run('timer:start', ['ideas'], (s) => s.timer.phaseId === 'ideas');
      expect(started.states[0]!.timer.endsAtMs).toBeLessThanOrEqual(started.afterMs + 20 * minute);
      expect(started.states[0]!.timer.endsAtMs).toBeGreaterThanOrEqual(started.beforeMs + 20 * minute);
    });
  });

  describe('commands at the same moment', () => {
    it('keeps both changes when two staff members change different things at once', async () => {
      await run('timer:start', ['p2'], (s) => s.timer.status === 'running');
      const organizer = await connectControl(server.url, setup.tokens.organizer);
      const results = await Promise.all([
        command(facilitator, 'timer:pause'),
        command(organizer, 'announce:set', 'Lunch om 12:30'),
        command(organizer, 'projector:names', true),
      ]);
      expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
      const state = await server.control.state(eventId());
      expect({
        timer: state.timer.status,
        announcement: state.announcement?.text,
        showNames: state.showNames,
      }).toEqual({ timer: 'paused', announcement: 'Lunch om 12:30', showNames: true });
      expect(await server.store.getRecord('control', eventId())).toEqual(state);
    });

    it('keeps every group that says it is ready at the same moment', async () => {
      const cas = await join(server.url, setup.event.joinCode, 'Cas', setup.event.groups[1]!.groupId);
      const other = await connectControl(server.url, cas.token);
      const results = await Promise.all([
        command(participant, 'group:ready', true),
        command(other, 'group:ready', true),
      ]);
      expect(results).toEqual([{ ok: true }, { ok: true }]);
      const state = await server.control.state(eventId());
      expect([...state.ready].sort()).toEqual(setup.event.groups.map((g) => g.groupId).sort());
    });
  });

  it('survives a restart on the same data dir: same phase, same end time', async () => {
    const started = await run('timer:start', ['p4'], (s) => s.timer.status === 'running');
    const { endsAtMs } = started.states[0]!.timer;
    closeControlClients();
    await server.close();

    server = await startTestServer({ dataDir: server.dataDir });
    servers.push(server);
    const after = await connectControl(server.url, setup.tokens.participant);
    expect(after.states[0]!.timer).toEqual({
      phaseId: 'p4',
      status: 'running',
      endsAtMs,
      remainingMs: defaultAgenda().find((phase) => phase.id === 'p4')!.durationMs,
    });
    expect(after.states[0]).toEqual(started.states[0]);

    // And the restarted server keeps running it: a pause freezes what was left of that end time.
    const staff = await connectControl(server.url, setup.tokens.facilitator);
    const mark = after.states.length;
    const beforeMs = Date.now();
    expect(await command(staff, 'timer:pause')).toEqual({ ok: true });
    const paused = await nextState(after, (s) => s.timer.status === 'paused', { from: mark });
    expect(paused.timer.remainingMs).toBeLessThanOrEqual(endsAtMs! - beforeMs);
    expect(paused.timer.remainingMs).toBeGreaterThanOrEqual(endsAtMs! - Date.now());
  });
});
