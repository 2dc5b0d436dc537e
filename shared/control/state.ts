import type { GroupId } from '../protocol/ids.ts';
import { defaultAgenda, type AgendaPhase } from './agenda.ts';
import { idleTimer, type TimerState } from './timer.ts';

/**
 * What the server decides for a whole event, sent to every client of the event over
 * socket.io and kept in the store (so a restart resumes the same phase and timer).
 */
export interface ControlState {
  agenda: AgendaPhase[];
  timer: TimerState;
  /** Boards are read-only for participants (set by ending a phase with "lock"). */
  locked: boolean;
  spotlight: { groupId: GroupId | null; onLaptops: boolean };
  announcement: { text: string; atMs: number } | null;
  /** The projector may show participants' names (off by default: privacy). */
  showNames: boolean;
  voting: VotingSettings;
  /** Groups that said they are ready for the next step. */
  ready: GroupId[];
}

export interface VotingSettings {
  open: boolean;
  revealed: boolean;
  /** Dots per participant. */
  budget: number;
  /** How many dots one participant may put on one solution. */
  maxPerSolution: number;
}

export const maxAnnouncementChars = 280;
export const maxVoteBudget = 20;

export function initialControlState(): ControlState {
  return {
    agenda: defaultAgenda(),
    timer: idleTimer,
    locked: false,
    spotlight: { groupId: null, onLaptops: false },
    announcement: null,
    showNames: false,
    voting: { open: false, revealed: false, budget: 3, maxPerSolution: 3 },
    ready: [],
  };
}

/** The phase the timer is on, if any. */
export function currentPhase(state: ControlState): AgendaPhase | undefined {
  return state.agenda.find((phase) => phase.id === state.timer.phaseId);
}

/** A solution someone can vote on: `<groupId>/<solutionId>`. */
export type VoteKey = `${string}/${string}`;

export interface VoteTally {
  groupId: GroupId;
  solutionId: string;
  votes: number;
}

/** A solution on the ballot: what participants vote on across groups. */
export interface BallotEntry {
  groupId: GroupId;
  groupName: string;
  solutionId: string;
  /** Empty when the group has not named it yet (the UI says "untitled"). */
  title: string;
}

/** A comment from the problem owner or staff on a group's work (a card, a solution, or the board). */
export interface BoardComment {
  id: string;
  groupId: GroupId;
  /** A card or solution id of that group, or null for the board as a whole. */
  targetId: string | null;
  authorRole: string;
  authorName: string;
  text: string;
  atMs: number;
}

export const maxCommentChars = 1_000;
