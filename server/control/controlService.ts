import { parseAgenda } from '../../shared/control/agenda.ts';
import {
  currentPhase,
  initialControlState,
  maxAnnouncementChars,
  maxVoteBudget,
  type ControlState,
  type VoteTally,
} from '../../shared/control/state.ts';
import { endTimer, extendTimer, pauseTimer, resumeTimer, startTimer } from '../../shared/control/timer.ts';
import type { ControlError, MyVotes } from '../../shared/protocol/events.ts';
import type { EventId, GroupId, ParticipantId } from '../../shared/protocol/ids.ts';
import { solutionIdPattern } from '../../shared/board/solutions.ts';
import type { EventRecord } from '../events/registry.ts';
import type { RecordStore } from '../store/types.ts';

type Votes = Record<string, Record<string, number>>;

export class ControlRefusal extends Error {
  readonly error: ControlError;

  constructor(code: ControlError['code'], message: string) {
    super(message);
    this.error = { code, message };
  }
}

/** Commands take real booleans: a string "true" is a client bug, not a yes. */
export function requireBoolean(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new ControlRefusal('bad-request', `"${name}" must be true or false`);
  return value;
}

const refuse = (message: string): never => {
  throw new ControlRefusal('bad-request', message);
};

/**
 * The facilitation state of every event: agenda, timer, lock, spotlight, announcement,
 * voting and ready signals, plus the votes themselves. Every change is stored before it
 * is announced, so a restarted server resumes the same phase with the same end time.
 */
export class ControlService {
  readonly #store: RecordStore;
  readonly #states = new Map<EventId, ControlState>();
  readonly #votes = new Map<EventId, Votes>();
  readonly #now: () => number;
  readonly #listeners = new Set<(eventId: EventId, state: ControlState, previous: ControlState) => void>();
  /** One change at a time per event: each reads what the previous one stored. */
  readonly #queues = new Map<EventId, Promise<unknown>>();

  constructor(store: RecordStore, now: () => number = Date.now) {
    this.#store = store;
    this.#now = now;
  }

  onChange(listener: (eventId: EventId, state: ControlState, previous: ControlState) => void): void {
    this.#listeners.add(listener);
  }

  now(): number {
    return this.#now();
  }

  async state(eventId: EventId): Promise<ControlState> {
    let state = this.#states.get(eventId);
    if (!state) {
      state = (await this.#store.getRecord<ControlState>('control', eventId)) ?? initialControlState();
      this.#states.set(eventId, state);
    }
    return state;
  }

  /** Synchronous, for the websocket write path; false until the event's state was loaded. */
  isLocked(eventId: EventId): boolean {
    return this.#states.get(eventId)?.locked ?? false;
  }

  #serialized<T>(eventId: EventId, task: () => Promise<T>): Promise<T> {
    const result = (this.#queues.get(eventId) ?? Promise.resolve()).then(task);
    const settled = result.catch(() => undefined);
    this.#queues.set(eventId, settled);
    void settled.then(() => {
      if (this.#queues.get(eventId) === settled) this.#queues.delete(eventId);
    });
    return result;
  }

  #update(eventId: EventId, change: (state: ControlState) => ControlState): Promise<ControlState> {
    return this.#serialized(eventId, () => this.#apply(eventId, change));
  }

  async #apply(eventId: EventId, change: (state: ControlState) => ControlState): Promise<ControlState> {
    const previous = await this.state(eventId);
    const next = change(previous);
    await this.#store.putRecord('control', eventId, next);
    this.#states.set(eventId, next);
    for (const listener of this.#listeners) listener(eventId, next, previous);
    return next;
  }

  setAgenda(eventId: EventId, input: unknown): Promise<ControlState> {
    const parsed = parseAgenda(input);
    if ('error' in parsed) refuse(parsed.error);
    return this.#update(eventId, (state) => ({
      ...state,
      agenda: (parsed as { agenda: ControlState['agenda'] }).agenda,
    }));
  }

  startPhase(eventId: EventId, phaseId: unknown): Promise<ControlState> {
    return this.#update(eventId, (state) => {
      const phase = state.agenda.find((p) => p.id === phaseId);
      if (!phase) return refuse('no such phase in the agenda');
      // Starting a phase opens the boards again: a lock belongs to the phase it ended.
      return {
        ...state,
        timer: startTimer(phase.id, phase.durationMs, this.#now()),
        locked: false,
        ready: [],
      };
    });
  }

  pause(eventId: EventId): Promise<ControlState> {
    return this.#update(eventId, (state) => ({ ...state, timer: pauseTimer(state.timer, this.#now()) }));
  }

  resume(eventId: EventId): Promise<ControlState> {
    return this.#update(eventId, (state) => ({ ...state, timer: resumeTimer(state.timer, this.#now()) }));
  }

  extend(eventId: EventId, byMs: unknown): Promise<ControlState> {
    if (typeof byMs !== 'number' || !Number.isFinite(byMs) || Math.abs(byMs) > 4 * 3_600_000) {
      refuse('extend by a number of milliseconds (at most 4 hours)');
    }
    return this.#update(eventId, (state) => ({
      ...state,
      timer: extendTimer(state.timer, byMs as number, this.#now()),
    }));
  }

  end(eventId: EventId, lock: boolean): Promise<ControlState> {
    return this.#update(eventId, (state) => ({ ...state, timer: endTimer(state.timer), locked: lock }));
  }

  setLocked(eventId: EventId, locked: boolean): Promise<ControlState> {
    return this.#update(eventId, (state) => ({ ...state, locked }));
  }

  setSpotlight(event: EventRecord, spotlight: unknown): Promise<ControlState> {
    const input = (spotlight ?? {}) as { groupId?: unknown; onLaptops?: unknown };
    const groupId = input.groupId ?? null;
    if (groupId !== null && !event.groups.some((group) => group.groupId === groupId)) refuse('no such group');
    return this.#update(event.eventId, (state) => ({
      ...state,
      spotlight: {
        groupId: groupId as GroupId | null,
        onLaptops: input.onLaptops === true && groupId !== null,
      },
    }));
  }

  announce(eventId: EventId, text: unknown): Promise<ControlState> {
    if (text !== null && (typeof text !== 'string' || text.trim().length === 0))
      refuse('announce a text, or null to clear');
    const announcement =
      text === null
        ? null
        : { text: (text as string).trim().slice(0, maxAnnouncementChars), atMs: this.#now() };
    return this.#update(eventId, (state) => ({ ...state, announcement }));
  }

  showNames(eventId: EventId, show: unknown): Promise<ControlState> {
    return this.#update(eventId, (state) => ({ ...state, showNames: show === true }));
  }

  setVoting(eventId: EventId, settings: unknown): Promise<ControlState> {
    const input = (settings ?? {}) as { open?: unknown; budget?: unknown; maxPerSolution?: unknown };
    const whole = (value: unknown, fallback: number): number =>
      typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxVoteBudget
        ? value
        : fallback;
    return this.#update(eventId, (state) => ({
      ...state,
      voting: {
        ...state.voting,
        open: input.open === true,
        budget: whole(input.budget, state.voting.budget),
        maxPerSolution: whole(input.maxPerSolution, state.voting.maxPerSolution),
      },
    }));
  }

  reveal(eventId: EventId, revealed: unknown): Promise<ControlState> {
    return this.#update(eventId, (state) => ({
      ...state,
      voting: { ...state.voting, revealed: revealed === true },
    }));
  }

  resetVotes(eventId: EventId): Promise<ControlState> {
    return this.#serialized(eventId, async () => {
      await this.#store.putRecord('votes', eventId, {});
      this.#votes.set(eventId, {});
      return this.#apply(eventId, (state) => ({ ...state, voting: { ...state.voting, revealed: false } }));
    });
  }

  /** Every participant's dots, for exports: participant id → `<groupId>/<solutionId>` → dots. */
  async allVotes(eventId: EventId): Promise<Readonly<Votes>> {
    return this.#allVotes(eventId);
  }

  async #allVotes(eventId: EventId): Promise<Votes> {
    let votes = this.#votes.get(eventId);
    if (!votes) {
      votes = (await this.#store.getRecord<Votes>('votes', eventId)) ?? {};
      this.#votes.set(eventId, votes);
    }
    return votes;
  }

  /** Adds or takes back one dot, within the budget and the per-solution maximum. */
  castVote(event: EventRecord, participantId: ParticipantId, vote: unknown): Promise<MyVotes> {
    return this.#serialized(event.eventId, () => this.#castVote(event, participantId, vote));
  }

  async #castVote(event: EventRecord, participantId: ParticipantId, vote: unknown): Promise<MyVotes> {
    const state = await this.state(event.eventId);
    if (!state.voting.open) throw new ControlRefusal('conflict', 'voting is not open');
    const input = (vote ?? {}) as { groupId?: unknown; solutionId?: unknown; delta?: unknown };
    if (!event.groups.some((group) => group.groupId === input.groupId)) refuse('no such group');
    if (typeof input.solutionId !== 'string' || !solutionIdPattern.test(input.solutionId))
      refuse('no such solution');
    if (input.delta !== 1 && input.delta !== -1) refuse('a vote adds or removes one dot');
    const key = `${input.groupId as string}/${input.solutionId as string}`;
    const votes = await this.#allVotes(event.eventId);
    const mine = { ...(votes[participantId] ?? {}) };
    const used = Object.values(mine).reduce((sum, n) => sum + n, 0);
    const current = mine[key] ?? 0;
    if (input.delta === 1) {
      if (used >= state.voting.budget) throw new ControlRefusal('conflict', 'no dots left');
      if (current >= state.voting.maxPerSolution)
        throw new ControlRefusal('conflict', 'this solution has your maximum');
      mine[key] = current + 1;
    } else {
      if (current === 0) throw new ControlRefusal('conflict', 'no dot on this solution to take back');
      if (current === 1) delete mine[key];
      else mine[key] = current - 1;
    }
    const next = { ...votes, [participantId]: mine };
    await this.#store.putRecord('votes', event.eventId, next);
    this.#votes.set(event.eventId, next);
    return this.#mine(state, mine);
  }

  async myVotes(eventId: EventId, participantId: ParticipantId): Promise<MyVotes> {
    const state = await this.state(eventId);
    return this.#mine(state, (await this.#allVotes(eventId))[participantId] ?? {});
  }

  #mine(state: ControlState, allocations: Record<string, number>): MyVotes {
    const used = Object.values(allocations).reduce((sum, n) => sum + n, 0);
    return { allocations, remaining: Math.max(0, state.voting.budget - used) };
  }

  /** Totals per solution, highest first; only the server ever sees them before the reveal. */
  async tallies(eventId: EventId): Promise<VoteTally[]> {
    const totals = new Map<string, number>();
    for (const allocations of Object.values(await this.#allVotes(eventId))) {
      for (const [key, count] of Object.entries(allocations)) totals.set(key, (totals.get(key) ?? 0) + count);
    }
    return [...totals.entries()]
      .map(([key, votes]) => {
        const [groupId, solutionId] = key.split('/') as [GroupId, string];
        return { groupId, solutionId, votes };
      })
      .sort(
        (a, b) =>
          b.votes - a.votes || a.groupId.localeCompare(b.groupId) || a.solutionId.localeCompare(b.solutionId),
      );
  }

  async setReady(eventId: EventId, groupId: GroupId, ready: boolean): Promise<ControlState> {
    return this.#update(eventId, (state) => {
      const others = state.ready.filter((id) => id !== groupId);
      return { ...state, ready: ready ? [...others, groupId] : others };
    });
  }

  phaseOf(state: ControlState) {
    return currentPhase(state);
  }
}
