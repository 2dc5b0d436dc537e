import type { WebSocket } from 'ws';
import { timing } from '../../shared/protocol/limits.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import { heartbeatMessage } from '../rooms/messages.ts';
import { Connection } from './connection.ts';

/**
 * Every open board connection: counts per identity (for the per-identity limit), keeps
 * idle connections alive with heartbeats, and finds dead ones with pings.
 */
export class ConnectionSet {
  readonly #all = new Set<Connection>();
  readonly #perIdentity = new Map<string, number>();
  readonly #rooms: RoomRegistry;
  readonly #timer: NodeJS.Timeout;

  constructor(rooms: RoomRegistry) {
    this.#rooms = rooms;
    this.#timer = setInterval(() => this.#tick(), 1_000);
    this.#timer.unref();
  }

  get size(): number {
    return this.#all.size;
  }

  countFor(identity: string): number {
    return this.#perIdentity.get(identity) ?? 0;
  }

  accept(
    ws: WebSocket,
    options: {
      docName: string;
      canWrite: boolean;
      wantsAcks: boolean;
      identity: string;
      writeGate?: () => boolean;
    },
  ): void {
    const connection = new Connection(ws, { ...options, rooms: this.#rooms, onClose: this.#closed });
    this.#all.add(connection);
    this.#perIdentity.set(options.identity, this.countFor(options.identity) + 1);
  }

  readonly #closed = (connection: Connection): void => {
    this.#all.delete(connection);
    const left = this.countFor(connection.identity) - 1;
    if (left > 0) this.#perIdentity.set(connection.identity, left);
    else this.#perIdentity.delete(connection.identity);
  };

  #lastPingMs = Date.now();

  #tick(): void {
    const now = Date.now();
    for (const connection of this.#all) {
      if (now - connection.lastSentMs >= timing.heartbeatIntervalMs) connection.send(heartbeatMessage);
    }
    if (now - this.#lastPingMs >= timing.pingIntervalMs) {
      this.#lastPingMs = now;
      for (const connection of this.#all) {
        if (!connection.alive) connection.terminate();
        else connection.ping();
      }
    }
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
