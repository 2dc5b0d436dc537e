import { describe, expect, it } from 'vitest';
import {
  defaultAgenda,
  maxAgendaPhases,
  maxPhaseDurationMs,
  minute,
  parseAgenda,
  type AgendaPhase,
} from '../../shared/control/agenda.ts';
import {
  endTimer,
  extendTimer,
  formatClock,
  idleTimer,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  type TimerState,
} from '../../shared/control/timer.ts';

const t0 = 1_700_000_000_000;

describe('timer on the server clock', () => {
  it('start runs until now + duration', () => {
    const timer = startTimer('p2', 45 * minute, t0);
    expect(timer).toEqual({
      phaseId: 'p2',
      status: 'running',
      endsAtMs: t0 + 45 * minute,
      remainingMs: 45 * minute,
    });
    expect(remainingMs(timer, t0)).toBe(45 * minute);
    expect(remainingMs(timer, t0 + 10 * minute)).toBe(35 * minute);
    expect(remainingMs(timer, t0 + 45 * minute)).toBe(0);
    expect(remainingMs(timer, t0 + 60 * minute)).toBe(0);
  });

  it('pause freezes what is left; resume ends that much after the resume', () => {
    const paused = pauseTimer(startTimer('p2', 10 * minute, t0), t0 + 4 * minute);
    expect(paused).toEqual({ phaseId: 'p2', status: 'paused', endsAtMs: null, remainingMs: 6 * minute });
    // Time passing while paused changes nothing.
    expect(remainingMs(paused, t0 + 4 * minute)).toBe(6 * minute);
    expect(remainingMs(paused, t0 + 60 * minute)).toBe(6 * minute);

    const resumed = resumeTimer(paused, t0 + 30 * minute);
    expect(resumed).toMatchObject({ status: 'running', endsAtMs: t0 + 36 * minute, phaseId: 'p2' });
    expect(remainingMs(resumed, t0 + 31 * minute)).toBe(5 * minute);
  });

  it('pausing after the end time leaves zero, not a negative remainder', () => {
    const paused = pauseTimer(startTimer('p1', minute, t0), t0 + 5 * minute);
    expect(paused.remainingMs).toBe(0);
  });

  it('pause and resume are no-ops in the wrong state', () => {
    const running = startTimer('p1', minute, t0);
    const paused = pauseTimer(running, t0 + 1000);
    expect(pauseTimer(paused, t0 + 5000)).toBe(paused);
    expect(resumeTimer(running, t0 + 5000)).toBe(running);
    expect(pauseTimer(idleTimer, t0)).toBe(idleTimer);
    expect(resumeTimer(idleTimer, t0)).toBe(idleTimer);
    const ended = endTimer(running);
    expect(pauseTimer(ended, t0)).toBe(ended);
    expect(resumeTimer(ended, t0)).toBe(ended);
  });

  it('extend adds to a running or paused phase and never goes below zero', () => {
    const running = startTimer('p3', 10 * minute, t0);
    expect(extendTimer(running, 5 * minute, t0 + minute).endsAtMs).toBe(t0 + 15 * minute);
    // Shortening a running phase past now ends it now, not in the past.
    expect(extendTimer(running, -20 * minute, t0 + 2 * minute).endsAtMs).toBe(t0 + 2 * minute);
    expect(remainingMs(extendTimer(running, -20 * minute, t0 + 2 * minute), t0 + 2 * minute)).toBe(0);

    const paused = pauseTimer(running, t0 + 4 * minute);
    expect(extendTimer(paused, 5 * minute, t0 + 9 * minute).remainingMs).toBe(11 * minute);
    expect(extendTimer(paused, -7 * minute, t0 + 9 * minute).remainingMs).toBe(0);
    expect(extendTimer(paused, 5 * minute, t0).status).toBe('paused');
  });

  it('extend does nothing to an idle or ended timer', () => {
    expect(extendTimer(idleTimer, 5 * minute, t0)).toBe(idleTimer);
    const ended = endTimer(startTimer('p1', minute, t0));
    expect(extendTimer(ended, 5 * minute, t0)).toBe(ended);
  });

  it('end keeps the phase and leaves nothing', () => {
    const ended = endTimer(startTimer('p4', 90 * minute, t0));
    expect(ended).toEqual({ phaseId: 'p4', status: 'ended', endsAtMs: null, remainingMs: 0 });
    expect(remainingMs(ended, t0)).toBe(0);
    const endedWhilePaused = endTimer(pauseTimer(startTimer('p4', 90 * minute, t0), t0 + minute));
    expect(endedWhilePaused).toEqual({ phaseId: 'p4', status: 'ended', endsAtMs: null, remainingMs: 0 });
  });

  it('an idle timer shows nothing left', () => {
    expect(remainingMs(idleTimer, t0)).toBe(0);
    // A running state without an end time is corrupt; it must not show time.
    const corrupt: TimerState = { phaseId: 'p1', status: 'running', endsAtMs: null, remainingMs: 5000 };
    expect(remainingMs(corrupt, t0)).toBe(0);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [-5000, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [59_000, '0:59'],
    [60_000, '1:00'],
    [599_000, '9:59'],
    [598_001, '9:59'],
    [600_000, '10:00'],
    [3_599_000, '59:59'],
    [3_599_001, '1:00:00'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [36_000_000, '10:00:00'],
  ])('%i ms shows as %s (whole seconds, rounded up)', (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });
});

describe('defaultAgenda', () => {
  it('is the Leiden format: Day 1 and Day 2 phases in order', () => {
    const agenda = defaultAgenda();
    expect(agenda.map((phase) => [phase.day, phase.title.en])).toEqual([
      [1, 'Introduction'],
      [1, 'Brainstorm'],
      [1, 'Problem analysis'],
      [1, 'First solutions'],
      [1, 'Check-in'],
      [2, 'Elaboration'],
      [2, 'Pitch preparation'],
      [2, 'Presentations'],
      [2, 'Synthesis'],
    ]);
    for (const phase of agenda) expect(phase.title.nl.trim()).not.toBe('');
  });

  it('is a valid agenda by its own rules, with unique ids', () => {
    const agenda = defaultAgenda();
    expect(parseAgenda(agenda)).toEqual({ agenda });
    expect(new Set(agenda.map((phase) => phase.id)).size).toBe(agenda.length);
  });

  it('is a fresh copy every time (editing one never changes the next event)', () => {
    const first = defaultAgenda();
    first[0]!.title.en = 'Changed';
    expect(defaultAgenda()[0]!.title.en).toBe('Introduction');
  });
});

describe('parseAgenda', () => {
  const phase = (
    overrides: Partial<AgendaPhase> & Record<string, unknown> = {},
  ): Record<string, unknown> => ({
    id: 'x1',
    day: 1,
    title: { nl: 'Een', en: 'One' },
    durationMs: 10 * minute,
    editable: { analysis: true, solutions: false },
    anonymousCards: false,
    ...overrides,
  });
  const refused = (input: unknown): string => {
    const result = parseAgenda(input);
    if (!('error' in result)) throw new Error(`accepted: ${JSON.stringify(input).slice(0, 200)}`);
    return result.error;
  };

  it('accepts a valid custom agenda and returns a clean copy', () => {
    const input = [
      phase({ id: 'kick-off', title: { nl: '  Start  ', en: ' Start ' }, durationMs: minute }),
      { ...phase({ id: 'build', day: 2, durationMs: maxPhaseDurationMs }), extra: 'dropped' },
    ];
    expect(parseAgenda(input)).toEqual({
      agenda: [
        {
          id: 'kick-off',
          day: 1,
          title: { nl: 'Start', en: 'Start' },
          durationMs: minute,
          editable: { analysis: true, solutions: false },
          anonymousCards: false,
        },
        {
          id: 'build',
          day: 2,
          title: { nl: 'Een', en: 'One' },
          durationMs: maxPhaseDurationMs,
          editable: { analysis: true, solutions: false },
          anonymousCards: false,
        },
      ],
    });
  });

  it('keeps only real booleans as flags and caps titles at 80 characters', () => {
    const result = parseAgenda([
      phase({
        editable: { analysis: 'yes', solutions: 1 } as never,
        anonymousCards: 'true' as never,
        title: { nl: 'n'.repeat(500), en: 'e'.repeat(500) },
        durationMs: 90_000.4,
      }),
    ]);
    expect(result).toEqual({
      agenda: [
        {
          id: 'x1',
          day: 1,
          title: { nl: 'n'.repeat(80), en: 'e'.repeat(80) },
          durationMs: 90_000,
          editable: { analysis: false, solutions: false },
          anonymousCards: false,
        },
      ],
    });
  });

  it('refuses anything but a non-empty array of at most the maximum phases', () => {
    for (const input of [[], null, undefined, 'p1', 42, { 0: phase() }]) {
      expect(refused(input)).toMatch(/1–30 phases/);
    }
    const tooMany = Array.from({ length: maxAgendaPhases + 1 }, (_, i) => phase({ id: `p${i}` }));
    expect(refused(tooMany)).toMatch(/phases/);
    const most = Array.from({ length: maxAgendaPhases }, (_, i) => phase({ id: `p${i}` }));
    expect('agenda' in parseAgenda(most)).toBe(true);
  });

  it('refuses duplicate and malformed ids', () => {
    expect(refused([phase({ id: 'a' }), phase({ id: 'a' })])).toMatch(/unique/);
    for (const id of ['', 'A1', 'has space', 'x'.repeat(25), '__proto__', 7, null]) {
      expect(refused([phase({ id: id as never })]), String(id)).toMatch(/unique/);
    }
  });

  it('refuses a phase without both titles', () => {
    for (const title of [
      undefined,
      null,
      'One',
      { nl: 'Een' },
      { en: 'One' },
      { nl: ' ', en: 'One' },
      { nl: 'Een', en: 5 },
    ]) {
      expect(refused([phase({ title: title as never })]), JSON.stringify(title)).toMatch(/title/);
    }
  });

  it('refuses a day other than 1 or 2', () => {
    for (const day of [0, 3, '1', null]) expect(refused([phase({ day: day as never })])).toMatch(/day/);
  });

  it('refuses phases shorter than a minute, longer than 8 hours, or not a number', () => {
    for (const durationMs of [
      0,
      -minute,
      minute - 1,
      maxPhaseDurationMs + 1,
      NaN,
      Infinity,
      '600000',
      null,
    ]) {
      expect(refused([phase({ durationMs: durationMs as never })]), String(durationMs)).toMatch(/1 minute/);
    }
  });

  it('refuses non-object phases', () => {
    for (const raw of [null, 'p1', 3, true]) expect(refused([raw])).toMatch(/object/);
  });
});
