import { io, type Socket } from 'socket.io-client';
import { remainingMs } from '../../../../shared/control/timer.ts';
import type { BallotEntry, BoardComment, ControlState, VoteTally } from '../../../../shared/control/state.ts';
import type { Synthesis } from '../../../../shared/outcomes/synthesis.ts';
import type {
  ClientToServerEvents,
  CommandResult,
  GroupPresence,
  LaptopStatus,
  MyVotes,
  ServerToClientEvents,
} from '../../../../shared/protocol/events.ts';

type Commands = Omit<
  ClientToServerEvents,
  'presence:refresh' | 'time:sync' | 'votes:ballot' | 'status:report'
>;
/** The arguments of a command, without its trailing acknowledgement. */
type CommandArgs<Name extends keyof Commands> =
  Parameters<Commands[Name]> extends [...infer Args, unknown] ? Args : never;

const commandTimeoutMs = 8_000;
const clockSamples = 5;

/**
 * The event's socket.io channel as the UI sees it: who is online, the facilitation state
 * (agenda, timer, lock, spotlight, announcement, voting), the participant's own votes and,
 * after the reveal, the results. The timer is shown on the server's clock: the offset is
 * measured on every (re)connect from the fastest of a few round trips.
 */
export class EventChannel {
  #groups = $state.raw<GroupPresence[]>([]);
  #control = $state.raw<ControlState | null>(null);
  #myVotes = $state.raw<MyVotes | null>(null);
  #results = $state.raw<VoteTally[] | null>(null);
  #ballot = $state.raw<BallotEntry[]>([]);
  #comments = $state.raw<BoardComment[]>([]);
  #laptops = $state.raw<LaptopStatus[]>([]);
  #synthesis = $state.raw<Synthesis | null>(null);
  #connected = $state(false);
  #offsetMs = $state(0);
  #clientNowMs = $state(Date.now());
  readonly #socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly #ticker: ReturnType<typeof setInterval>;

  constructor(token: string) {
    this.#socket = io({ auth: { token }, transports: ['websocket'] });
    this.#socket.on('presence', (groups) => (this.#groups = groups));
    this.#socket.on('control:state', (state) => (this.#control = state));
    this.#socket.on('votes:mine', (votes) => (this.#myVotes = votes));
    this.#socket.on('votes:results', (tallies) => (this.#results = tallies));
    this.#socket.on('votes:ballot', (entries) => (this.#ballot = entries));
    this.#socket.on('comments', (comments) => (this.#comments = comments));
    this.#socket.on('laptops', (laptops) => (this.#laptops = laptops));
    this.#socket.on('synthesis', (synthesis) => (this.#synthesis = synthesis));
    this.#socket.on('connect', () => {
      this.#connected = true;
      void this.#syncClock();
    });
    this.#socket.on('disconnect', () => (this.#connected = false));
    // A quarter-second tick is smooth enough for a countdown and cheap on a laptop.
    this.#ticker = setInterval(() => (this.#clientNowMs = Date.now()), 250);
  }

  async #syncClock(): Promise<void> {
    let best: { rttMs: number; offsetMs: number } | null = null;
    for (let i = 0; i < clockSamples; i++) {
      const sentMs = Date.now();
      const serverMs = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 2_000);
        this.#socket.emit('time:sync', (now) => {
          clearTimeout(timer);
          resolve(now);
        });
      });
      if (serverMs === null) continue;
      const receivedMs = Date.now();
      const rttMs = receivedMs - sentMs;
      if (!best || rttMs < best.rttMs) best = { rttMs, offsetMs: serverMs + rttMs / 2 - receivedMs };
    }
    if (best) this.#offsetMs = best.offsetMs;
  }

  get connected(): boolean {
    return this.#connected;
  }

  get groups(): GroupPresence[] {
    return this.#groups;
  }

  membersOf(groupId: string): GroupPresence['members'] {
    return this.#groups.find((group) => group.groupId === groupId)?.members ?? [];
  }

  get control(): ControlState | null {
    return this.#control;
  }

  get myVotes(): MyVotes | null {
    return this.#myVotes;
  }

  get results(): VoteTally[] | null {
    return this.#results;
  }

  /** Every group's solutions while voting is open. */
  get ballot(): BallotEntry[] {
    return this.#ballot;
  }

  /** Comments on the groups this person may see, oldest first. */
  get comments(): BoardComment[] {
    return this.#comments;
  }

  commentsFor(groupId: string): BoardComment[] {
    return this.#comments.filter((comment) => comment.groupId === groupId);
  }

  /** Staff: every participant's laptop (online, changes not yet saved). */
  get laptops(): LaptopStatus[] {
    return this.#laptops;
  }

  /** Staff and projectors: the synthesis across groups (null until the server sent one). */
  get synthesis(): Synthesis | null {
    return this.#synthesis;
  }

  /** Staff and projectors: ask the server for the synthesis again now (no answer but the event). */
  requestSynthesis(): void {
    if (this.#connected) this.#socket.emit('synthesis:get');
  }

  /** Participants: tell the facilitator how many of our changes are not saved yet. */
  reportStatus(unsaved: number): void {
    if (this.#connected) this.#socket.emit('status:report', { unsaved });
  }

  refreshBallot(): void {
    this.#socket.emit('votes:ballot');
  }

  /** The server's clock now, ticking. */
  get serverNowMs(): number {
    return this.#clientNowMs + this.#offsetMs;
  }

  /** Time left in the current phase, ticking. */
  get remainingMs(): number {
    return this.#control ? remainingMs(this.#control.timer, this.serverNowMs) : 0;
  }

  /** Sends a command; resolves with the server's answer (or a timeout the UI can show). */
  command<Name extends keyof Commands>(name: Name, ...args: CommandArgs<Name>): Promise<CommandResult> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () =>
          resolve({
            ok: false,
            error: { code: 'rate-limited', message: 'no answer from the server; check the connection' },
          }),
        commandTimeoutMs,
      );
      const emit = this.#socket.emit.bind(this.#socket) as (event: string, ...rest: unknown[]) => void;
      emit(name, ...args, (result: CommandResult) => {
        clearTimeout(timer);
        resolve(result);
      });
    });
  }

  destroy(): void {
    clearInterval(this.#ticker);
    this.#socket.disconnect();
  }
}
