import { describe, expect, it } from 'vitest';
import { defaultAgenda, type AgendaPhase } from '../../shared/control/agenda.ts';
import type { BallotEntry, VotingSettings } from '../../shared/control/state.ts';
import { idleTimer, startTimer, pauseTimer, endTimer } from '../../shared/control/timer.ts';
import type { GroupId } from '../../shared/protocol/ids.ts';
import { catalog } from '../../client/src/lib/i18n/catalog.ts';
import { participantMessages } from '../../client/src/lib/i18n/messages/participant.ts';
import {
  clockView,
  dotsLeft,
  editableKey,
  groupBallot,
  parseDismissed,
  rankResults,
  refusalKey,
  resultsNeedBallot,
  spotlightView,
  voteKey,
  withDismissed,
} from '../../client/src/lib/participant.ts';

const g = (id: string) => id as GroupId;
const phase = (id: string): AgendaPhase => defaultAgenda().find((p) => p.id === id)!;

describe('editableKey', () => {
  it('says which canvases are open in a phase', () => {
    expect(editableKey({ analysis: true, solutions: true })).toBe('phase.editable.both');
    expect(editableKey({ analysis: true, solutions: false })).toBe('phase.editable.analysis');
    expect(editableKey({ analysis: false, solutions: true })).toBe('phase.editable.solutions');
    expect(editableKey({ analysis: false, solutions: false })).toBe('phase.editable.none');
  });

  it('returns keys that exist in the catalog', () => {
    for (const editable of [
      { analysis: true, solutions: true },
      { analysis: true, solutions: false },
      { analysis: false, solutions: true },
      { analysis: false, solutions: false },
    ]) {
      expect(catalog[editableKey(editable)]).toBeDefined();
    }
  });
});

describe('clockView', () => {
  const p3 = phase('p3');

  it('shows nothing when no phase runs', () => {
    expect(clockView(idleTimer, undefined, 0)).toBeNull();
    expect(clockView(idleTimer, p3, 0)).toBeNull();
    expect(clockView(startTimer('gone', 60_000, 0), undefined, 60_000)).toBeNull();
  });

  it('counts down while running, rounding up to whole seconds', () => {
    const timer = startTimer('p3', p3.durationMs, 1_000);
    expect(clockView(timer, p3, 90 * 60_000)).toEqual({ kind: 'running', clock: '1:30:00' });
    expect(clockView(timer, p3, 12 * 60_000 + 4_001)).toEqual({ kind: 'running', clock: '12:05' });
    expect(clockView(timer, p3, 1)).toEqual({ kind: 'running', clock: '0:01' });
  });

  it('says time is up at zero and once the phase ended', () => {
    const timer = startTimer('p3', p3.durationMs, 0);
    expect(clockView(timer, p3, 0)).toEqual({ kind: 'up' });
    expect(clockView(endTimer(timer), p3, 0)).toEqual({ kind: 'up' });
  });

  it('keeps the time left while paused', () => {
    const timer = pauseTimer(startTimer('p3', p3.durationMs, 0), 60_000);
    expect(clockView(timer, p3, timer.remainingMs)).toEqual({ kind: 'paused', clock: '1:29:00' });
  });
});

describe('spotlightView', () => {
  const groups = [
    { groupId: 'g1', name: 'Groep 1' },
    { groupId: 'g2', name: 'Groep 2' },
  ];
  const participant = { groupId: 'g1', isParticipant: true, groups };
  const staff = { groupId: 'g1', isParticipant: false, groups };

  it('shows nothing unless the spotlight is on laptops and on a group', () => {
    expect(spotlightView({ groupId: 'g2', onLaptops: false }, participant)).toBeNull();
    expect(spotlightView({ groupId: null, onLaptops: true }, participant)).toBeNull();
  });

  it("tells a participant their own group is in the spotlight, and names another group's", () => {
    expect(spotlightView({ groupId: 'g1', onLaptops: true }, participant)).toEqual({ kind: 'mine' });
    expect(spotlightView({ groupId: 'g2', onLaptops: true }, participant)).toEqual({
      kind: 'other',
      groupId: 'g2',
      groupName: 'Groep 2',
      link: null,
    });
  });

  it('gives staff a link to the presenting board, not to the one they are on', () => {
    expect(spotlightView({ groupId: 'g2', onLaptops: true }, staff)).toMatchObject({
      kind: 'other',
      link: '/board?group=g2',
    });
    expect(spotlightView({ groupId: 'g1', onLaptops: true }, staff)).toMatchObject({
      kind: 'other',
      groupName: 'Groep 1',
      link: null,
    });
  });
});

const ballot: BallotEntry[] = [
  { groupId: g('g1'), groupName: 'Groep 1', solutionId: 's-a', title: 'Schrijftijd' },
  { groupId: g('g1'), groupName: 'Groep 1', solutionId: 's-b', title: '' },
  { groupId: g('g2'), groupName: 'Groep 2', solutionId: 's-c', title: 'Intervisie' },
];

describe('groupBallot', () => {
  it('groups solutions by group in the order received, with my dots on each', () => {
    const groups = groupBallot(ballot, { allocations: { 'g1/s-b': 2, 'g2/s-c': 1 }, remaining: 0 });
    expect(groups.map((group) => [group.groupName, group.items.map((i) => [i.solutionId, i.mine])])).toEqual([
      [
        'Groep 1',
        [
          ['s-a', 0],
          ['s-b', 2],
        ],
      ],
      ['Groep 2', [['s-c', 1]]],
    ]);
    expect(groups[0]!.items[1]!.key).toBe('g1/s-b');
  });

  it('shows zero dots before the server sent my votes, and nothing for an empty ballot', () => {
    expect(groupBallot(ballot, null).flatMap((group) => group.items.map((i) => i.mine))).toEqual([0, 0, 0]);
    expect(groupBallot([], null)).toEqual([]);
  });
});

describe('dotsLeft', () => {
  const voting: VotingSettings = { open: true, revealed: false, budget: 3, maxPerSolution: 2 };

  it("uses the server's count of my remaining dots", () => {
    expect(dotsLeft(voting, { allocations: { 'g1/s-a': 1 }, remaining: 2 })).toEqual({ left: 2, total: 3 });
    expect(dotsLeft(voting, { allocations: { 'g1/s-a': 3 }, remaining: 0 })).toEqual({ left: 0, total: 3 });
  });

  it('starts from the full budget and never shows more than it', () => {
    expect(dotsLeft(voting, null)).toEqual({ left: 3, total: 3 });
    // The budget was lowered after the server sent the count.
    expect(dotsLeft({ ...voting, budget: 2 }, { allocations: {}, remaining: 3 })).toEqual({
      left: 2,
      total: 2,
    });
  });
});

describe('refusalKey', () => {
  it("maps the server's vote refusals to messages", () => {
    expect(refusalKey('no dots left')).toBe('vote.refused.noDots');
    expect(refusalKey('this solution has your maximum')).toBe('vote.refused.max');
    expect(refusalKey('no dot on this solution to take back')).toBe('vote.refused.none');
    expect(refusalKey('voting is not open')).toBe('vote.refused.closed');
    expect(refusalKey('something else')).toBeNull();
  });
});

describe('rankResults', () => {
  const groups = [
    { groupId: 'g1', name: 'Groep 1' },
    { groupId: 'g2', name: 'Groep 2' },
  ];

  it('sorts by votes with names and titles, equal votes sharing a rank', () => {
    const rows = rankResults(
      [
        { groupId: g('g2'), solutionId: 's-c', votes: 4 },
        { groupId: g('g1'), solutionId: 's-b', votes: 4 },
        { groupId: g('g1'), solutionId: 's-a', votes: 7 },
        { groupId: g('g2'), solutionId: 's-x', votes: 1 },
      ],
      ballot,
      groups,
    );
    expect(rows.map((r) => [r.rank, r.groupName, r.title, r.votes])).toEqual([
      [1, 'Groep 1', 'Schrijftijd', 7],
      [2, 'Groep 1', '', 4],
      [2, 'Groep 2', 'Intervisie', 4],
      [4, 'Groep 2', '', 1],
    ]);
  });

  it('leaves out solutions without votes', () => {
    expect(rankResults([{ groupId: g('g1'), solutionId: 's-a', votes: 0 }], ballot, groups)).toEqual([]);
  });

  it('knows when the ballot lacks a title for a result', () => {
    expect(resultsNeedBallot([{ groupId: g('g1'), solutionId: 's-a', votes: 2 }], ballot)).toBe(false);
    expect(resultsNeedBallot([{ groupId: g('g1'), solutionId: 's-a', votes: 2 }], [])).toBe(true);
    expect(resultsNeedBallot([{ groupId: g('g2'), solutionId: 's-z', votes: 0 }], [])).toBe(false);
  });
});

describe('voteKey', () => {
  it('is the key of the allocations', () => {
    expect(voteKey('g1', 's-a')).toBe('g1/s-a');
  });
});

describe('dismissed announcements', () => {
  it('reads what sessionStorage holds, ignoring garbage', () => {
    expect(parseDismissed(null)).toEqual([]);
    expect(parseDismissed('not json')).toEqual([]);
    expect(parseDismissed('{"a":1}')).toEqual([]);
    expect(parseDismissed('[1, "x", 2]')).toEqual([1, 2]);
  });

  it('adds one once and keeps only the latest', () => {
    expect(withDismissed([1, 2], 2)).toEqual([1, 2]);
    expect(withDismissed([1, 2], 3)).toEqual([1, 2, 3]);
    const many = Array.from({ length: 25 }, (_, i) => i);
    const kept = withDismissed(many, 100);
    expect(kept).toHaveLength(20);
    expect(kept.at(-1)).toBe(100);
  });
});

describe('participant messages', () => {
  it('has every key in English and Dutch, non-empty, with the same placeholders', () => {
    for (const [key, message] of Object.entries(participantMessages)) {
      expect(key).toMatch(/^(phase|vote|spotlight|announce)\./);
      expect(message.en.trim(), key).not.toBe('');
      expect(message.nl.trim(), key).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(message.nl), key).toEqual(placeholders(message.en));
    }
  });
});
