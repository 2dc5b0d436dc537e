import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { closeCode, messageType, syncType } from '../../shared/protocol/wire.ts';
import type { RoomPeer } from '../rooms/peer.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import { ReadOnlyAwarenessError, type Room } from '../rooms/room.ts';
import { RateLimiter } from './rateLimiter.ts';
import { limits } from '../../shared/protocol/limits.ts';

/** A websocket on /yjs/<docName>, after its token and access were checked at the upgrade. */
export class Connection implements RoomPeer {
  readonly canWrite: boolean;
  readonly wantsAcks: boolean;
  readonly identity: string;
  /** Write messages (sync step 2 and updates) received, counted as the client counts them. */
  #writesReceived = 0;
  lastSentMs = Date.now();
  alive = true;
  readonly #ws: WebSocket;
  readonly #room: Room;
  readonly #rooms: RoomRegistry;
  readonly #awarenessLimiter = new RateLimiter(limits.maxAwarenessPerSecond, 5);
  readonly #writeGate: () => boolean;

  constructor(
    ws: WebSocket,
    options: {
      docName: string;
      canWrite: boolean;
      wantsAcks: boolean;
      identity: string;
      rooms: RoomRegistry;
      writeGate?: () => boolean;
      /** After the socket closed and the connection left its room. */
      onClose?: (connection: Connection) => void;
    },
  ) {
    this.#writeGate = options.writeGate ?? (() => true);
    this.#ws = ws;
    this.canWrite = options.canWrite;
    this.wantsAcks = options.wantsAcks;
    this.identity = options.identity;
    this.#rooms = options.rooms;
    this.#room = options.rooms.join(options.docName, this);
    ws.on('message', (data, isBinary) => this.#onMessage(data, isBinary));
    const onClose = options.onClose;
    ws.on('close', () => {
      this.#rooms.leave(this.#room, this);
      onClose?.(this);
    });
    ws.on('error', terminateSocket);
    ws.on('pong', () => {
      this.alive = true;
    });
  }

  mayWriteNow(): boolean {
    return this.canWrite && this.#writeGate();
  }

  send(message: Uint8Array): void {
    if (this.#ws.readyState !== this.#ws.OPEN) return;
    this.lastSentMs = Date.now();
    // No callback: a failed write errors the socket, which ws closes (and we terminate).
    this.#ws.send(message);
  }

  close(code: number, reason: string): void {
    if (this.#ws.readyState === this.#ws.OPEN || this.#ws.readyState === this.#ws.CONNECTING) {
      this.#ws.close(code, reason);
    }
  }

  ping(): void {
    this.alive = false;
    this.#ws.ping();
  }

  terminate(): void {
    this.#ws.terminate();
  }

  #onMessage(data: unknown, isBinary: boolean): void {
    if (!isBinary) {
      this.close(closeCode.malformedMessage, 'text frames are not part of the protocol');
      return;
    }
    const bytes = toBytes(data);
    try {
      this.#dispatch(bytes);
    } catch (error) {
      if (error instanceof ReadOnlyAwarenessError) {
        this.close(closeCode.forbiddenWrite, 'this connection is read-only');
      } else {
        this.close(closeCode.malformedMessage, 'malformed message');
      }
    }
  }

  #dispatch(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case messageType.sync: {
        const sub = decoding.readVarUint(decoder);
        if (sub === syncType.step1) {
          const stateVector = decoding.readVarUint8Array(decoder);
          Y.decodeStateVector(stateVector); // throws on garbage, before it is queued
          this.#room.requestSync(this, stateVector);
        } else if (sub === syncType.step2 || sub === syncType.update) {
          if (!this.canWrite) {
            this.close(closeCode.forbiddenWrite, 'this connection is read-only');
            return;
          }
          if (!this.#writeGate()) {
            // Transient: the client keeps its change, reconnects with backoff, and sends it
            // once the facilitator unlocks the boards.
            this.close(closeCode.boardLocked, 'the boards are locked by the facilitator');
            return;
          }
          const update = decoding.readVarUint8Array(decoder);
          this.#writesReceived++;
          this.#room.submitUpdate(this, update, this.#writesReceived);
        } else {
          this.close(closeCode.malformedMessage, 'unknown sync message');
        }
        return;
      }
      case messageType.awareness: {
        // Read-only connections get here too: stock clients echo the presence they receive.
        const update = decoding.readVarUint8Array(decoder);
        if (!this.#awarenessLimiter.take()) return; // dropped: presence is lossy by design
        this.#room.applyAwareness(this, update);
        return;
      }
      case messageType.queryAwareness:
        this.#room.sendAwarenessTo(this);
        return;
      default:
        this.close(closeCode.malformedMessage, `unknown message type ${type}`);
    }
  }
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  throw new TypeError('unexpected websocket payload');
}

/** Shared by every connection (a closure per socket would stay for its whole life). */
function terminateSocket(this: WebSocket): void {
  this.terminate();
}
