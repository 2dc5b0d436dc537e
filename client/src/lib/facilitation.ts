import { solutionCompleteness } from '../../../shared/board/completeness.ts';
import type { BoardView, CardView } from '../../../shared/board/projection.ts';
import type { SolutionView } from '../../../shared/board/solutions.ts';
import {
  maxAgendaPhases,
  maxPhaseDurationMs,
  minute,
  type AgendaPhase,
} from '../../../shared/control/agenda.ts';
import type { BallotEntry, VoteTally } from '../../../shared/control/state.ts';
import type { TimerState } from '../../../shared/control/timer.ts';
import type { GroupSummary as GroupInfo } from '../../../shared/protocol/api.ts';
import { tagCount } from './analysis.ts';

/**
 * The logic behind the projector wall and the facilitator console: plain functions over
 * the validated board, solution and control views, with no Svelte and no i18n, so they
 * are unit-tested on their own.
 */

// ---------------------------------------------------------------------------------------
// Privacy: what may reach the projector
// ---------------------------------------------------------------------------------------

/**
 * The cards a shared screen may show: never a sensitive card, and no author names unless
 * the facilitator switched names on for the wall.
 */
export function wallCards(board: BoardView, showNames: boolean): CardView[] {
  return board.cards
    .filter((card) => !card.sensitive)
    .map((card) => (showNames ? card : { ...card, authorId: null, authorName: null }));
}

// ---------------------------------------------------------------------------------------
// Group progress
// ---------------------------------------------------------------------------------------

export interface SolutionProgress {
  id: string;
  /** Empty when the group has not named it yet. */
  title: string;
  percent: number;
}

export interface GroupProgress {
  stressors: number;
  energy: number;
  /** All cards counted here (stressors + energy). */
  cards: number;
  /** Cards with at least one tag (code, context, need or career phase). */
  tagged: number;
  /** The newest cards first. */
  latest: CardView[];
  solutions: SolutionProgress[];
  /** The most complete solution's percentage; null without solutions. */
  bestPercent: number | null;
}

/**
 * What one group has done so far. Pass the cards the screen may show (the wall passes
 * `wallCards`, so sensitive cards are neither counted nor shown there).
 */
export function groupProgress(cards: CardView[], solutions: SolutionView[], latestCount = 3): GroupProgress {
  let stressors = 0;
  let energy = 0;
  let tagged = 0;
  for (const card of cards) {
    if (card.polarity === 'stressor') stressors++;
    else energy++;
    if (tagCount(card) > 0) tagged++;
  }
  const latest = [...cards]
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, latestCount));
  const progress = solutions.map((solution) => ({
    id: solution.id,
    title: solution.title.trim(),
    percent: solutionCompleteness(solution).percent,
  }));
  return {
    stressors,
    energy,
    cards: cards.length,
    tagged,
    latest,
    solutions: progress,
    bestPercent: progress.length === 0 ? null : Math.max(...progress.map((s) => s.percent)),
  };
}

/** Lane cards for the spotlight: at most `max` shown, and how many more there are. */
export function laneCards(
  cards: CardView[],
  polarity: CardView['polarity'],
  max: number,
): { shown: CardView[]; more: number } {
  const lane = cards.filter((card) => card.polarity === polarity);
  return { shown: lane.slice(0, max), more: Math.max(0, lane.length - max) };
}

// ---------------------------------------------------------------------------------------
// The wall grid and its rotation
// ---------------------------------------------------------------------------------------

/**
 * How many columns make the biggest tiles for `count` groups in an area of the given
 * aspect ratio (width / height), for tiles that look best at `tileAspect`.
 */
export function gridColumns(count: number, areaAspect: number, tileAspect = 1.5): number {
  if (count <= 1) return 1;
  let best = { columns: 1, size: 0 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const width = areaAspect / columns;
    const height = 1 / rows;
    // The tile's usable size: limited by whichever side runs out first.
    const size = Math.min(width / tileAspect, height);
    if (size > best.size + 1e-9) best = { columns, size };
  }
  return best.columns;
}

/** `?rotate=20` → 20 seconds between groups; null for off or nonsense (bounded to 5 s–10 min). */
export function parseRotateSeconds(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.min(600, Math.max(5, Math.round(seconds)));
}

export const defaultRotateSeconds = 20;

/**
 * The groups the wall rotates through, in the event's order: those with something to show
 * (a card or a solution) — or all of them while nobody has written anything yet.
 */
export function rotationOrder(groups: { groupId: string; hasContent: boolean }[]): string[] {
  const withContent = groups.filter((group) => group.hasContent).map((group) => group.groupId);
  return withContent.length > 0 ? withContent : groups.map((group) => group.groupId);
}

/** The group shown at rotation step `step` (steps keep counting; the order may change). */
export function rotationAt(order: string[], step: number): string | null {
  if (order.length === 0) return null;
  const index = ((Math.floor(step) % order.length) + order.length) % order.length;
  return order[index] ?? null;
}

// ---------------------------------------------------------------------------------------
// Vote results
// ---------------------------------------------------------------------------------------

export interface ResultBar {
  key: string;
  groupId: string;
  groupName: string;
  solutionId: string;
  /** Empty when the solution has no title (the UI says "untitled"). */
  title: string;
  votes: number;
  /** 1 for the most votes, equal votes share a rank. */
  rank: number;
  /** Width of the bar, 0–1 of the most votes. */
  share: number;
}

/**
 * The revealed tallies as bars, most votes first. Titles come from the groups' docs
 * (`titles`, keyed `<groupId>/<solutionId>`) or else the ballot; a group the screen does
 * not know keeps its id as name.
 */
export function resultBars(
  tallies: VoteTally[],
  groups: GroupInfo[],
  titles: Map<string, string>,
  ballot: BallotEntry[] = [],
  limit = Number.POSITIVE_INFINITY,
): ResultBar[] {
  const groupNames = new Map(groups.map((group) => [group.groupId as string, group.name]));
  const ballotTitles = new Map(ballot.map((entry) => [`${entry.groupId}/${entry.solutionId}`, entry.title]));
  const sorted = tallies
    .filter((tally) => tally.votes > 0)
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0) ||
        (a.solutionId < b.solutionId ? -1 : a.solutionId > b.solutionId ? 1 : 0),
    );
  const most = sorted[0]?.votes ?? 0;
  let rank = 0;
  let previousVotes = -1;
  return sorted.slice(0, limit).map((tally, index) => {
    if (tally.votes !== previousVotes) rank = index + 1;
    previousVotes = tally.votes;
    const key = `${tally.groupId}/${tally.solutionId}`;
    return {
      key,
      groupId: tally.groupId,
      groupName: groupNames.get(tally.groupId) ?? tally.groupId,
      solutionId: tally.solutionId,
      title: (titles.get(key) ?? ballotTitles.get(key) ?? '').trim(),
      votes: tally.votes,
      rank,
      share: most > 0 ? tally.votes / most : 0,
    };
  });
}

/** `<groupId>/<solutionId>` → title, from the groups' solution lists. */
export function solutionTitles(
  byGroup: { groupId: string; solutions: SolutionView[] }[],
): Map<string, string> {
  const titles = new Map<string, string>();
  for (const group of byGroup) {
    for (const solution of group.solutions) titles.set(`${group.groupId}/${solution.id}`, solution.title);
  }
  return titles;
}

// ---------------------------------------------------------------------------------------
// Agenda and timer
// ---------------------------------------------------------------------------------------

export type PhaseStatus = 'running' | 'paused' | 'ended' | 'idle';

/** Where a phase stands: the timer's phase has the timer's status, every other is idle. */
export function phaseStatus(phaseId: string, timer: TimerState): PhaseStatus {
  if (timer.phaseId !== phaseId) return 'idle';
  return timer.status === 'idle' ? 'idle' : timer.status;
}

/** Time is up: the phase ended, or its clock reached zero while running. */
export function timeIsUp(timer: TimerState, remainingMs: number): boolean {
  return timer.status === 'ended' || (timer.status === 'running' && remainingMs <= 0);
}

/** The phase that usually comes next: the one after the timer's phase, or the first. */
export function nextPhaseId(agenda: AgendaPhase[], timer: TimerState): string | null {
  const index = agenda.findIndex((phase) => phase.id === timer.phaseId);
  if (index === -1) return agenda[0]?.id ?? null;
  return agenda[index + 1]?.id ?? null;
}

/** The agenda's phases per day, in agenda order. */
export function phasesByDay(agenda: AgendaPhase[]): { day: 1 | 2; phases: AgendaPhase[] }[] {
  return ([1, 2] as const)
    .map((day) => ({ day, phases: agenda.filter((phase) => phase.day === day) }))
    .filter((entry) => entry.phases.length > 0);
}

/** A phase id not used in the agenda yet: p1, p2, … */
export function newPhaseId(agenda: AgendaPhase[]): string {
  const ids = new Set(agenda.map((phase) => phase.id));
  let n = agenda.length + 1;
  while (ids.has(`p${n}`)) n++;
  return `p${n}`;
}

/** A new phase for the editor: on the last phase's day, 30 minutes, nothing editable. */
export function blankPhase(agenda: AgendaPhase[]): AgendaPhase {
  return {
    id: newPhaseId(agenda),
    day: agenda.at(-1)?.day ?? 1,
    title: { nl: '', en: '' },
    durationMs: 30 * minute,
    editable: { analysis: false, solutions: false },
    anonymousCards: false,
  };
}

/** The list with the item at `index` moved by `delta` places (unchanged at the ends). */
export function movePhase<T>(list: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}

export function durationMinutes(durationMs: number): number {
  return Math.round(durationMs / minute);
}

export const maxPhaseMinutes = maxPhaseDurationMs / minute;

/** Why the edited agenda cannot be saved yet (the server checks it again), or null. */
export function agendaProblem(
  agenda: AgendaPhase[],
): 'empty' | 'tooMany' | 'title' | 'duration' | 'duplicate' | null {
  if (agenda.length === 0) return 'empty';
  if (agenda.length > maxAgendaPhases) return 'tooMany';
  const ids = new Set<string>();
  for (const phase of agenda) {
    if (ids.has(phase.id)) return 'duplicate';
    ids.add(phase.id);
    if (!phase.title.nl.trim() || !phase.title.en.trim()) return 'title';
    if (!(phase.durationMs >= minute) || phase.durationMs > maxPhaseDurationMs) return 'duration';
  }
  return null;
}

/** A deep copy the editor may change freely. */
export function copyAgenda(agenda: AgendaPhase[]): AgendaPhase[] {
  return agenda.map((phase) => ({
    ...phase,
    title: { ...phase.title },
    editable: { ...phase.editable },
  }));
}

// ---------------------------------------------------------------------------------------
// Tokens of the two screens
// ---------------------------------------------------------------------------------------

/**
 * The wall and the console usually run in the same browser as each other (and as the
 * organizer page): each keeps the token of its own link, so opening the projector link
 * never replaces the facilitator's token.
 */
export type Screen = 'wall' | 'facilitator';
const screenKey = (screen: Screen): string => `vonk.token.${screen}`;

export function screenOfPath(path: string): Screen | null {
  return path === '/wall' ? 'wall' : path === '/facilitator' ? 'facilitator' : null;
}

export function saveScreenToken(screen: Screen, token: string): void {
  try {
    localStorage.setItem(screenKey(screen), token);
  } catch {
    // Not remembered: the link still works for this page load.
  }
}

export function loadScreenToken(screen: Screen): string | null {
  try {
    return localStorage.getItem(screenKey(screen));
  } catch {
    return null;
  }
}
