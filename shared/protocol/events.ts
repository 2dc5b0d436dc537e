import type { AgendaPhase } from '../control/agenda.ts';
import type { BallotEntry, BoardComment, ControlState, VoteTally } from '../control/state.ts';
import type { Synthesis } from '../outcomes/synthesis.ts';
import type { GroupId, ParticipantId } from './ids.ts';

/**
 * socket.io event maps, shared by server and client. The server decides everything sent
 * on this channel; clients ask with commands whose acknowledgement says whether it worked.
 */

export interface OnlineMember {
  participantId: ParticipantId | null;
  name: string;
  role: string;
}

export interface GroupPresence {
  groupId: GroupId;
  members: OnlineMember[];
}

export interface ControlError {
  code: 'unauthorized' | 'forbidden' | 'bad-request' | 'rate-limited' | 'conflict';
  message: string;
}

/** Every command is acknowledged: ok, or why not (the UI shows the message). */
export type CommandResult = { ok: true } | { ok: false; error: ControlError };
export type Ack = (result: CommandResult) => void;

export interface MyVotes {
  /** Dots this participant put on each solution (`<groupId>/<solutionId>`). */
  allocations: Record<string, number>;
  remaining: number;
}

/** What staff see about each participant's laptop: online, and changes it has not yet saved. */
export interface LaptopStatus {
  participantId: ParticipantId;
  name: string;
  groupId: GroupId;
  online: boolean;
  /** Local changes the laptop reported as not yet stored on the server. */
  unsaved: number;
  lastSeenMs: number | null;
}

export interface ServerToClientEvents {
  /** Who is online, per group the receiver may see; sent on connect and on every change. */
  presence: (groups: GroupPresence[]) => void;
  /** The event's agenda, timer, lock, spotlight, announcement, voting; on connect and every change. */
  'control:state': (state: ControlState) => void;
  /** Participants only: their own dots. */
  'votes:mine': (votes: MyVotes) => void;
  /** Every group's solutions while voting is open (sent when it opens and on request). */
  'votes:ballot': (entries: BallotEntry[]) => void;
  /** Everyone, once the facilitator revealed the votes (null when hidden again). */
  'votes:results': (tallies: VoteTally[] | null) => void;
  /** Comments on the groups the receiver may see; on connect and on every change. */
  comments: (comments: BoardComment[]) => void;
  /** Staff only: every participant's laptop. */
  laptops: (laptops: LaptopStatus[]) => void;
  /** Staff and projectors: the synthesis across groups, on connect and as groups work. */
  synthesis: (synthesis: Synthesis) => void;
  'control:error': (error: ControlError) => void;
}

export interface ClientToServerEvents {
  /** Ask for the current presence again (e.g. after the tab was hidden). */
  'presence:refresh': () => void;
  /** A participant's laptop reports how many of its changes are not yet saved. */
  'status:report': (status: { unsaved: number }) => void;
  /** Ask for the ballot again (e.g. after a group renamed a solution). */
  'votes:ballot': () => void;
  /** Staff and projectors: send the synthesis again now. */
  'synthesis:get': () => void;
  /** Clock sync: the ack carries the server's clock, for the client's offset estimate. */
  'time:sync': (ack: (serverNowMs: number) => void) => void;

  // Facilitator and organizer.
  'agenda:set': (agenda: AgendaPhase[], ack: Ack) => void;
  'timer:start': (phaseId: string, ack: Ack) => void;
  'timer:pause': (ack: Ack) => void;
  'timer:resume': (ack: Ack) => void;
  'timer:extend': (byMs: number, ack: Ack) => void;
  'timer:end': (options: { lock: boolean }, ack: Ack) => void;
  'boards:lock': (locked: boolean, ack: Ack) => void;
  'spotlight:set': (spotlight: { groupId: GroupId | null; onLaptops: boolean }, ack: Ack) => void;
  'announce:set': (text: string | null, ack: Ack) => void;
  'projector:names': (show: boolean, ack: Ack) => void;
  'voting:set': (settings: { open: boolean; budget?: number; maxPerSolution?: number }, ack: Ack) => void;
  'voting:reveal': (revealed: boolean, ack: Ack) => void;
  'voting:reset': (ack: Ack) => void;

  // Problem owner, facilitator and organizer: comments on a group's work.
  'comment:add': (comment: { groupId: GroupId; targetId: string | null; text: string }, ack: Ack) => void;
  'comment:delete': (commentId: string, ack: Ack) => void;

  // Participants.
  'vote:cast': (vote: { groupId: GroupId; solutionId: string; delta: 1 | -1 }, ack: Ack) => void;
  'group:ready': (ready: boolean, ack: Ack) => void;
}

export interface HandshakeAuth {
  token: string;
}

/** Which roles may send each command; the server checks every packet against this. */
export const commandRoles: Record<
  Exclude<keyof ClientToServerEvents, 'presence:refresh' | 'time:sync' | 'votes:ballot' | 'status:report'>,
  readonly string[]
> = {
  'agenda:set': ['facilitator', 'organizer'],
  'timer:start': ['facilitator', 'organizer'],
  'timer:pause': ['facilitator', 'organizer'],
  'timer:resume': ['facilitator', 'organizer'],
  'timer:extend': ['facilitator', 'organizer'],
  'timer:end': ['facilitator', 'organizer'],
  'boards:lock': ['facilitator', 'organizer'],
  'spotlight:set': ['facilitator', 'organizer'],
  'announce:set': ['facilitator', 'organizer'],
  'projector:names': ['facilitator', 'organizer'],
  'voting:set': ['facilitator', 'organizer'],
  'voting:reveal': ['facilitator', 'organizer'],
  'voting:reset': ['facilitator', 'organizer'],
  'comment:add': ['problem-owner', 'facilitator', 'organizer'],
  'comment:delete': ['problem-owner', 'facilitator', 'organizer'],
  'synthesis:get': ['organizer', 'facilitator', 'problem-owner', 'projector'],
  'vote:cast': ['participant'],
  'group:ready': ['participant'],
};
