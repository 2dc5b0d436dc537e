import type { AgendaPhase } from '../../../shared/control/agenda.ts';
import type { BallotEntry, VoteTally, VotingSettings } from '../../../shared/control/state.ts';
import { formatClock, type TimerState } from '../../../shared/control/timer.ts';
import type { MyVotes } from '../../../shared/protocol/events.ts';
import type { MessageKey } from './i18n/catalog.ts';

/**
 * The participant side of facilitation as plain functions (no runes, no DOM): what the
 * phase bar says, how the ballot is grouped, how many dots are left, the results' order.
 * Components turn the message keys into text in the current language.
 */

/** What participants may edit in a phase, as one message key. */
export function editableKey(editable: AgendaPhase['editable']): MessageKey {
  if (editable.analysis && editable.solutions) return 'phase.editable.both';
  if (editable.analysis) return 'phase.editable.analysis';
  if (editable.solutions) return 'phase.editable.solutions';
  return 'phase.editable.none';
}

export type ClockView =
  { kind: 'running'; clock: string } | { kind: 'paused'; clock: string } | { kind: 'up' };

/**
 * The countdown of the running phase: null when no phase runs (idle timer or a phase
 * that is no longer on the agenda); "time is up" at zero and after the phase ended.
 */
export function clockView(
  timer: TimerState,
  phase: AgendaPhase | undefined,
  remainingMs: number,
): ClockView | null {
  if (!phase || timer.status === 'idle') return null;
  if (timer.status === 'ended') return { kind: 'up' };
  if (timer.status === 'paused') return { kind: 'paused', clock: formatClock(remainingMs) };
  // formatClock rounds up, so the display reads 0:00 only when nothing is left.
  return remainingMs > 0 ? { kind: 'running', clock: formatClock(remainingMs) } : { kind: 'up' };
}

export type SpotlightView =
  { kind: 'mine' } | { kind: 'other'; groupId: string; groupName: string; link: string | null };

/**
 * The spotlight as shown on a laptop: nothing unless the facilitator put it on laptops.
 * Participants see only the presenting group's name (they cannot open other boards);
 * staff get a link to that board.
 */
export function spotlightView(
  spotlight: { groupId: string | null; onLaptops: boolean },
  options: { groupId: string; isParticipant: boolean; groups: { groupId: string; name: string }[] },
): SpotlightView | null {
  if (!spotlight.onLaptops || spotlight.groupId === null) return null;
  if (spotlight.groupId === options.groupId && options.isParticipant) return { kind: 'mine' };
  const group = options.groups.find((g) => g.groupId === spotlight.groupId);
  const groupName = group?.name ?? spotlight.groupId;
  const link =
    options.isParticipant || spotlight.groupId === options.groupId || !group
      ? null
      : `/board?group=${encodeURIComponent(spotlight.groupId)}`;
  return { kind: 'other', groupId: spotlight.groupId, groupName, link };
}

/** `<groupId>/<solutionId>`, the key of `MyVotes.allocations`. */
export function voteKey(groupId: string, solutionId: string): string {
  return `${groupId}/${solutionId}`;
}

export interface BallotItem extends BallotEntry {
  key: string;
  /** This participant's dots on it. */
  mine: number;
}

export interface BallotGroup {
  groupId: string;
  groupName: string;
  items: BallotItem[];
}

/** The ballot by group, in the order the server sent it (the event's group order). */
export function groupBallot(ballot: readonly BallotEntry[], myVotes: MyVotes | null): BallotGroup[] {
  const groups = new Map<string, BallotGroup>();
  for (const entry of ballot) {
    let group = groups.get(entry.groupId);
    if (!group) {
      group = { groupId: entry.groupId, groupName: entry.groupName, items: [] };
      groups.set(entry.groupId, group);
    }
    const key = voteKey(entry.groupId, entry.solutionId);
    group.items.push({ ...entry, key, mine: myVotes?.allocations[key] ?? 0 });
  }
  return [...groups.values()];
}

/** "N of M dots left": the server's count once it has sent one, the full budget before. */
export function dotsLeft(voting: VotingSettings, myVotes: MyVotes | null): { left: number; total: number } {
  const total = voting.budget;
  const left = myVotes ? Math.min(total, Math.max(0, myVotes.remaining)) : total;
  return { left, total };
}

/** The server's refusal reasons for a vote, as messages in both languages. */
const refusalKeys: Record<string, MessageKey> = {
  'no dots left': 'vote.refused.noDots',
  'this solution has your maximum': 'vote.refused.max',
  'no dot on this solution to take back': 'vote.refused.none',
  'voting is not open': 'vote.refused.closed',
};

/** A known refusal's message key, or null (the UI then shows the server's own words). */
export function refusalKey(message: string): MessageKey | null {
  return refusalKeys[message] ?? null;
}

export interface ResultRow {
  key: string;
  /** 1-based; equal votes share a rank ("1, 2, 2, 4"). */
  rank: number;
  groupId: string;
  groupName: string;
  solutionId: string;
  /** '' when the title is unknown or empty (the UI says "untitled"). */
  title: string;
  votes: number;
}

/**
 * The revealed tallies with names and titles, most votes first (then by group name and
 * title, so equal results keep a stable order).
 */
export function rankResults(
  tallies: readonly VoteTally[],
  ballot: readonly BallotEntry[],
  groups: readonly { groupId: string; name: string }[],
): ResultRow[] {
  const titles = new Map(ballot.map((entry) => [voteKey(entry.groupId, entry.solutionId), entry]));
  const rows = tallies
    .filter((tally) => tally.votes > 0)
    .map((tally) => {
      const key = voteKey(tally.groupId, tally.solutionId);
      const entry = titles.get(key);
      return {
        key,
        rank: 0,
        groupId: tally.groupId,
        groupName: groups.find((g) => g.groupId === tally.groupId)?.name ?? entry?.groupName ?? tally.groupId,
        solutionId: tally.solutionId,
        title: entry?.title ?? '',
        votes: tally.votes,
      };
    })
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        a.groupName.localeCompare(b.groupName) ||
        a.title.localeCompare(b.title) ||
        a.solutionId.localeCompare(b.solutionId),
    );
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    row.rank = previous && previous.votes === row.votes ? previous.rank : index + 1;
  });
  return rows;
}

/** True when some result has no title on the ballot we hold (ask the server for it again). */
export function resultsNeedBallot(tallies: readonly VoteTally[], ballot: readonly BallotEntry[]): boolean {
  const known = new Set(ballot.map((entry) => voteKey(entry.groupId, entry.solutionId)));
  return tallies.some((tally) => tally.votes > 0 && !known.has(voteKey(tally.groupId, tally.solutionId)));
}

const dismissedLimit = 20;

/** The announcements (by `atMs`) dismissed in this browser tab, from sessionStorage's text. */
export function parseDismissed(raw: string | null): number[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value)
      ? value.filter((n): n is number => typeof n === 'number').slice(-dismissedLimit)
      : [];
  } catch {
    return [];
  }
}

/** Adds one dismissed announcement, keeping only the latest few. */
export function withDismissed(dismissed: readonly number[], atMs: number): number[] {
  return [...dismissed.filter((n) => n !== atMs), atMs].slice(-dismissedLimit);
}
