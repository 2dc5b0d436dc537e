import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { messageType, syncType, type ServerNotice } from '../../../../shared/protocol/wire.ts';

interface PendingChange {
  update: Uint8Array;
  /** How many changes it stands for: 1, or the count restored with the device copy. */
  weight: number;
  /** The socket whose write message carries it, or null while it waits for the next sync. */
  socket: number | null;
  writeIndex: number;
}

/** Where the unsaved count outlives a reload (per doc; localStorage in the browser). */
export interface UnsavedCountStore {
  load(): number;
  save(count: number): void;
}

/** The unsaved count of one doc in localStorage; a blocked or full storage keeps nothing. */
export function localUnsavedCount(key: string): UnsavedCountStore {
  return {
    load() {
      try {
        const count = Number(localStorage.getItem(key));
        return Number.isSafeInteger(count) && count > 0 ? count : 0;
      } catch {
        return 0;
      }
    },
    save(count) {
      try {
        if (count > 0) localStorage.setItem(key, String(count));
        else localStorage.removeItem(key);
      } catch {
        // Nothing kept: after a reload the device copy counts as 1 change, as without a store.
      }
    },
  };
}

export interface SaveState {
  /** Local changes the server has not confirmed as stored. */
  unsaved: number;
  storeFailing: boolean;
}

/**
 * Knows which local changes the server has stored. The server acknowledges "the first n
 * write messages of this connection are stored"; this class counts the write messages the
 * provider sends on each socket (by wrapping its WebSocket class) and which local changes
 * each one carries:
 *   - a sync step 2 carries every change made so far (Yjs sends the whole delete set and
 *     every struct the server lacks);
 *   - an update message carries exactly the change it was made from.
 * When a socket closes, its unacknowledged changes wait for the next socket's sync step 2.
 * Construct it before the provider, so it sees each change before the provider sends it.
 *
 * Across a reload: the device copy (y-indexeddb) comes back as one Yjs update, which alone
 * would count as 1 change whatever was unsaved before. With an `UnsavedCountStore` the count
 * is written whenever it changes (synchronously, before y-indexeddb's asynchronous write of
 * the same change) and the device copy counts as the number stored before the reload, until
 * the server acknowledges the write that carries it (the next sync step 2). That number is
 * exact for one tab; the store is per doc, so with two tabs on one board the last to change
 * it wins. If nothing was unsaved, the device copy counts as 0, unless it arrives after the
 * server's content (then it holds something the server lacks: at least 1).
 */
export class SaveTracker {
  readonly #doc: Y.Doc;
  #provider: WebsocketProvider | null = null;
  readonly #pending: PendingChange[] = [];
  readonly #sockets = new WeakMap<object, { id: number; writes: number }>();
  #nextSocketId = 1;
  #storeFailing = false;
  /** Sum of the pending changes' weights. */
  #unsaved = 0;
  readonly #persisted: UnsavedCountStore | null;
  /** The origin of the device copy's load, until it loaded. */
  #deviceOrigin: unknown = null;
  readonly #listeners = new Set<(state: SaveState) => void>();

  constructor(doc: Y.Doc, options: { persisted?: UnsavedCountStore } = {}) {
    this.#doc = doc;
    this.#persisted = options.persisted ?? null;
    doc.on('update', this.#onUpdate);
  }

  get state(): SaveState {
    return { unsaved: this.#unsaved, storeFailing: this.#storeFailing };
  }

  /**
   * The device copy will be applied with this origin (the IndexeddbPersistence): its first
   * update counts as what was unsaved before the reload. Call `deviceCopyLoaded` after it.
   */
  expectDeviceCopy(origin: object): void {
    this.#deviceOrigin = origin;
  }

  /** The device copy is in the doc (or was empty): later updates of its origin count as 1. */
  deviceCopyLoaded(): void {
    if (this.#deviceOrigin === null) return;
    // Nothing came of it: it was empty, or the server's content already held all of it.
    this.#deviceOrigin = null;
    this.#save();
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Registers the handlers for the server's `stored` and `notice` messages. */
  attach(provider: WebsocketProvider): void {
    this.#provider = provider;
    provider.messageHandlers[messageType.stored] = (_encoder, decoder) => {
      const socket = provider.ws ? this.#sockets.get(provider.ws) : undefined;
      this.#onStored(socket?.id ?? -1, decoding.readVarUint(decoder));
    };
    provider.messageHandlers[messageType.notice] = (_encoder, decoder) => {
      const notice = decoding.readVarString(decoder) as ServerNotice;
      if (notice === 'store-failing') this.#storeFailing = true;
      if (notice === 'store-recovered') this.#storeFailing = false;
      this.#emit();
    };
  }

  /** A WebSocket class that reports every frame the provider sends to this tracker. */
  wrapWebSocket(Base: typeof WebSocket): typeof WebSocket {
    const register = (ws: WebSocket): void => {
      this.#sockets.set(ws, { id: this.#nextSocketId++, writes: 0 });
      ws.addEventListener('close', () => this.#onSocketClosed(ws));
    };
    const sent = (ws: WebSocket, data: unknown): void => {
      if (data instanceof Uint8Array || data instanceof ArrayBuffer) this.#onSend(ws, new Uint8Array(data));
    };
    return class TrackedWebSocket extends Base {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        register(this);
      }

      override send(data: Parameters<WebSocket['send']>[0]): void {
        sent(this, data);
        super.send(data);
      }
    } as typeof WebSocket;
  }

  destroy(): void {
    this.#doc.off('update', this.#onUpdate);
    this.#listeners.clear();
  }

  #onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== null && origin === this.#provider) return;
    let weight = 1;
    if (origin !== null && origin === this.#deviceOrigin && this.#persisted) {
      this.#deviceOrigin = null;
      const before = this.#persisted.load();
      // After the server's content it holds something the server lacks.
      weight = this.#provider?.synced ? Math.max(1, before) : before;
      if (weight === 0) return;
    }
    this.#pending.push({ update, weight, socket: null, writeIndex: 0 });
    this.#unsaved += weight;
    this.#emit();
  };

  #onSend(ws: object, bytes: Uint8Array): void {
    const socket = this.#sockets.get(ws);
    if (!socket) return;
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== messageType.sync) return;
    const sub = decoding.readVarUint(decoder);
    if (sub !== syncType.step2 && sub !== syncType.update) return;
    socket.writes++;
    if (sub === syncType.step2) {
      for (const change of this.#pending) {
        if (change.socket !== socket.id) {
          change.socket = socket.id;
          change.writeIndex = socket.writes;
        }
      }
      return;
    }
    const payload = decoding.readVarUint8Array(decoder);
    for (let i = this.#pending.length - 1; i >= 0; i--) {
      const change = this.#pending[i]!;
      if (change.socket !== socket.id && sameBytes(change.update, payload)) {
        change.socket = socket.id;
        change.writeIndex = socket.writes;
        return;
      }
    }
  }

  #onStored(socketId: number, writesStored: number): void {
    const before = this.#pending.length;
    for (let i = this.#pending.length - 1; i >= 0; i--) {
      const change = this.#pending[i]!;
      if (change.socket === socketId && change.writeIndex <= writesStored) {
        this.#pending.splice(i, 1);
        this.#unsaved -= change.weight;
      }
    }
    if (this.#pending.length !== before) this.#emit();
    // Also when nothing changed: a count kept from before the reload is stale once the
    // server acknowledged a sync step 2 (which carries everything).
    else this.#save();
  }

  #onSocketClosed(ws: object): void {
    const socket = this.#sockets.get(ws);
    if (!socket) return;
    for (const change of this.#pending) if (change.socket === socket.id) change.socket = null;
  }

  /** Keeps the count for after a reload; not before the device copy took the one kept. */
  #save(): void {
    if (this.#deviceOrigin === null) this.#persisted?.save(this.#unsaved);
  }

  #emit(): void {
    const state = this.state;
    this.#save();
    for (const listener of this.#listeners) listener(state);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
