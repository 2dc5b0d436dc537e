import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  GroupPresence,
  ServerToClientEvents,
} from '../../../../shared/protocol/events.ts';

/** Who is online per group, as the server tells it over socket.io. */
export class PresenceSession {
  #groups = $state.raw<GroupPresence[]>([]);
  #connected = $state(false);
  readonly #socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  constructor(token: string) {
    this.#socket = io({ auth: { token }, transports: ['websocket'] });
    this.#socket.on('presence', (groups) => {
      this.#groups = groups;
    });
    this.#socket.on('connect', () => {
      this.#connected = true;
    });
    this.#socket.on('disconnect', () => {
      this.#connected = false;
    });
  }

  get groups(): GroupPresence[] {
    return this.#groups;
  }

  get connected(): boolean {
    return this.#connected;
  }

  membersOf(groupId: string): GroupPresence['members'] {
    return this.#groups.find((group) => group.groupId === groupId)?.members ?? [];
  }

  destroy(): void {
    this.#socket.disconnect();
  }
}
