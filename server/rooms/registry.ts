import type * as Y from 'yjs';
import { timing } from '../../shared/protocol/limits.ts';
import type { DocStore } from '../store/types.ts';
import type { RoomPeer } from './peer.ts';
import { Room } from './room.ts';

export interface RoomRegistryOptions {
  store: DocStore;
  unloadGraceMs?: number;
  onStoreError?: (docName: string, error: unknown) => void;
  onLoadError?: (docName: string, error: unknown) => void;
  migrate?: (docName: string, doc: Y.Doc) => void;
}

/**
 * Live rooms by doc name. A room is created by its first peer, loads once, and is
 * unloaded (its memory freed) when it has been empty for the grace period and has nothing
 * left to store.
 */
export class RoomRegistry {
  readonly #rooms = new Map<string, Room>();
  readonly #unloadTimers = new Map<Room, NodeJS.Timeout>();
  readonly #options: RoomRegistryOptions;
  readonly #graceMs: number;
  readonly #changeListeners = new Set<(docName: string) => void>();

  constructor(options: RoomRegistryOptions) {
    this.#options = options;
    this.#graceMs = options.unloadGraceMs ?? timing.roomUnloadGraceMs;
  }

  /**
   * Called whenever a live doc changes (applied, stored or about to be), e.g. to recompute
   * the synthesis. Listeners must be cheap: they run inside the room's pipeline.
   */
  onDocChange(listener: (docName: string) => void): void {
    this.#changeListeners.add(listener);
  }

  get size(): number {
    return this.#rooms.size;
  }

  /** Live rooms whose doc name starts with `prefix` (e.g. every group of one event). */
  withPrefix(prefix: string): Room[] {
    return [...this.#rooms.values()].filter(
      (room) => room.docName.startsWith(prefix) && room.state === 'ready',
    );
  }

  get(docName: string): Room | undefined {
    return this.#rooms.get(docName);
  }

  /** Adds the peer to the doc's room, creating and loading the room when needed. */
  join(docName: string, peer: RoomPeer): Room {
    let room = this.#rooms.get(docName);
    // A room closed or failed behind our back is never handed out again.
    if (!room || room.state === 'closed' || room.state === 'failed') {
      const migrate = this.#options.migrate;
      room = new Room({
        docName,
        store: this.#options.store,
        onStoreError: this.#options.onStoreError,
        migrate: migrate ? (doc) => migrate(docName, doc) : undefined,
      });
      const created = room;
      this.#rooms.set(docName, created);
      created.doc.on('update', () => {
        for (const listener of this.#changeListeners) listener(docName);
      });
      created.loaded.catch((error: unknown) => {
        this.#options.onLoadError?.(docName, error);
        // Forget the failed room so the next connection tries to load again.
        if (this.#rooms.get(docName) === created) this.#rooms.delete(docName);
      });
    }
    const timer = this.#unloadTimers.get(room);
    if (timer) {
      clearTimeout(timer);
      this.#unloadTimers.delete(room);
    }
    room.addPeer(peer);
    return room;
  }

  leave(room: Room, peer: RoomPeer): void {
    room.removePeer(peer);
    if (room.peerCount === 0) this.#scheduleUnload(room);
  }

  #scheduleUnload(room: Room): void {
    if (this.#unloadTimers.has(room)) return;
    const timer = setTimeout(() => {
      this.#unloadTimers.delete(room);
      if (room.peerCount > 0 || this.#rooms.get(room.docName) !== room) return;
      if (!room.idle) {
        // Still storing (maybe a failing disk): keep it in memory and look again later.
        this.#scheduleUnload(room);
        return;
      }
      this.#rooms.delete(room.docName);
      void room.close();
    }, this.#graceMs);
    timer.unref();
    this.#unloadTimers.set(room, timer);
  }

  /** Stores everything queued and closes every room; gives up after `timeoutMs`. */
  async closeAll(closeCode: number, reason: string, timeoutMs: number): Promise<boolean> {
    for (const timer of this.#unloadTimers.values()) clearTimeout(timer);
    this.#unloadTimers.clear();
    const rooms = [...this.#rooms.values()];
    this.#rooms.clear();
    let timeout: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timeout = setTimeout(() => resolve(false), timeoutMs);
    });
    const closed = Promise.allSettled(rooms.map((room) => room.close(closeCode, reason))).then(() => true);
    const result = await Promise.race([closed, timedOut]);
    clearTimeout(timeout);
    return result;
  }
}
