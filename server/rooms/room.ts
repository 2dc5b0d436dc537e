import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { limits, timing } from '../../shared/protocol/limits.ts';
import { closeCode, type ServerNotice } from '../../shared/protocol/wire.ts';
import type { DocStore } from '../store/types.ts';
import {
  awarenessFrame,
  awarenessMessage,
  noticeMessage,
  storedMessage,
  syncStep1Message,
  syncStep2Frame,
  syncStep2Message,
  updateMessage,
} from './messages.ts';
import type { RoomPeer } from './peer.ts';
import { admitUpdate, inspectUpdate, unlimited } from './updateGuard.ts';

type Task =
  | { kind: 'sync-step1'; peer: RoomPeer; stateVector: Uint8Array }
  | { kind: 'update'; peer: RoomPeer; update: Uint8Array; writeIndex: number };

export type RoomState = 'loading' | 'ready' | 'failed' | 'closed';

/** Transaction origins the room itself uses (peers are the origin of their own updates). */
const loadOrigin = Object.freeze({ kind: 'load' });

export interface RoomOptions {
  docName: string;
  store: DocStore;
  /** Called once per outage, so the operator sees a failing disk at once. */
  onStoreError?: (docName: string, error: unknown) => void;
  /** Runs after load, before any client sees the doc; its changes are stored first. */
  migrate?: (doc: Y.Doc) => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One live document and the connections on it. Everything that changes the doc or answers
 * a client goes through one queue, processed in batches:
 *
 *   apply the batch's updates → append what changed to the store (retried until it works)
 *   → broadcast → answer sync requests → acknowledge writes
 *
 * so nothing is sent to anyone before it is stored, a sync answer never contains content
 * the store does not have, and writes that arrive while the store is busy share one append
 * (group commit).
 */
export class Room {
  readonly docName: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Each peer with the awareness client ids it announced (an array: usually one id, often none). */
  readonly #peers = new Map<RoomPeer, number[]>();
  readonly #awarenessOwner = new Map<number, RoomPeer>();
  readonly #options: RoomOptions;
  readonly #sleep: (ms: number) => Promise<void>;
  #state: RoomState = 'loading';
  #queue: Task[] = [];
  #flushing: Promise<void> | null = null;
  #lastSeq = 0;
  #storedBytes = 0;
  #updatesSinceSnapshot = 0;
  #storeFailing = false;
  /** Conflict-scan steps the doc holds (a load replays them): estimated at load, then added. */
  #scanSteps = 0;
  #compactSoon = false;
  /** Sync step 2 with the whole doc, while the doc has not changed (see #syncAnswer). */
  #wholeDocAnswer: Uint8Array | null = null;
  /** The frame to relay for the awareness update being applied (see applyAwareness). */
  #relaying: { origin: RoomPeer; message: Uint8Array } | null = null;
  /** A compaction writing in the background; the queue does not wait for it. */
  #compacting: Promise<void> | null = null;
  readonly #loaded: Promise<void>;

  constructor(options: RoomOptions) {
    this.docName = options.docName;
    this.#options = options;
    this.#sleep = options.sleep ?? defaultSleep;
    this.doc = new Y.Doc({ gc: true });
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.#onAwarenessUpdate);
    this.#loaded = this.#load();
  }

  get state(): RoomState {
    return this.#state;
  }

  get peerCount(): number {
    return this.#peers.size;
  }

  /** Resolves when the stored content is in memory; rejects when the load failed. */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  /** True when nothing is queued or being stored: safe to unload. */
  get idle(): boolean {
    return this.#flushing === null && this.#queue.length === 0 && this.#compacting === null;
  }

  async #load(): Promise<void> {
    try {
      const stored = await this.#options.store.loadDoc(this.docName);
      const answered = await this.#answerFromStore(stored.updates);
      this.doc.transact(() => {
        for (const update of stored.updates) {
          const verdict = inspectUpdate(this.doc, update, { limits: unlimited });
          if (verdict.ok) this.#scanSteps += verdict.scanSteps;
          Y.applyUpdate(this.doc, update, loadOrigin);
        }
      }, loadOrigin);
      this.#lastSeq = stored.lastSeq;
      this.#storedBytes = stored.totalBytes;
      this.#updatesSinceSnapshot = stored.updates.length;
      if (this.#options.migrate) {
        const changes: Uint8Array[] = [];
        const collect = (update: Uint8Array): void => void changes.push(update);
        this.doc.on('update', collect);
        this.#options.migrate(this.doc);
        this.doc.off('update', collect);
        if (changes.length > 0) {
          await this.#append(changes);
          // Those answered from the store have not seen what the migration changed.
          for (const change of changes) for (const peer of answered) peer.send(updateMessage(change));
        }
      }
    } catch (error) {
      // Nothing was written: a failed load must never replace what the store holds.
      this.#state = 'failed';
      for (const peer of this.#peers.keys()) peer.close(closeCode.loadFailed, 'document could not be loaded');
      this.#peers.clear();
      throw error;
    }
    if (this.#state !== 'loading') return;
    this.#state = 'ready';
    for (const peer of this.#peers.keys()) this.#greet(peer);
    void this.#kick();
  }

  /**
   * Answers the sync requests that came in while the store was read, from the stored bytes,
   * before the doc is built from them: on a big board Yjs needs longer to apply the updates
   * (and the guard to count their scans) than the client needs to receive them. The answer
   * is exactly what the store holds, so no one sees content that is not stored. Every update
   * but the last goes as an update message and the last as sync step 2, so a stock client
   * reports `synced` only with all of it. Returns the peers answered.
   */
  async #answerFromStore(updates: Uint8Array[]): Promise<Set<RoomPeer>> {
    const answered = new Set<RoomPeer>();
    if (updates.length === 0) return answered;
    // One turn for sync requests that arrived while the store was read.
    await new Promise((resolve) => setImmediate(resolve));
    const requests = this.#queue.filter(
      (task): task is Extract<Task, { kind: 'sync-step1' }> =>
        task.kind === 'sync-step1' && this.#peers.has(task.peer),
    );
    if (requests.length === 0) return answered;
    for (const request of requests) {
      const fresh = request.stateVector.byteLength === 1 && request.stateVector[0] === 0;
      const parts = fresh ? updates : updates.map((update) => Y.diffUpdate(update, request.stateVector));
      parts.forEach((part, i) =>
        request.peer.send(i < parts.length - 1 ? updateMessage(part) : syncStep2Frame(part)),
      );
      answered.add(request.peer);
    }
    const answeredTasks = new Set<Task>(requests);
    this.#queue = this.#queue.filter((task) => !answeredTasks.has(task));
    return answered;
  }

  addPeer(peer: RoomPeer): void {
    if (this.#state === 'failed' || this.#state === 'closed') {
      peer.close(closeCode.loadFailed, 'document is not available; try again');
      return;
    }
    this.#peers.set(peer, []);
    if (this.#state === 'ready') this.#greet(peer);
  }

  #greet(peer: RoomPeer): void {
    // Only writers get our state vector: it asks them for what we lack, and read-only
    // peers have nothing they may send.
    if (peer.canWrite && peer.mayWriteNow()) peer.send(syncStep1Message(this.doc));
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length > 0) peer.send(awarenessMessage(this.awareness, clients));
    if (this.#storeFailing) peer.send(noticeMessage('store-failing'));
  }

  removePeer(peer: RoomPeer): void {
    const owned = this.#peers.get(peer);
    if (!owned) return;
    this.#peers.delete(peer);
    this.#queue = this.#queue.filter((task) => task.kind === 'update' || task.peer !== peer);
    if (owned.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, owned.slice(), null);
  }

  /**
   * Asks every peer that may write now for what we lack (our sync step 1): after the boards
   * are unlocked, edits made during the lock come in and are stored.
   */
  resyncWriters(): void {
    if (this.#state !== 'ready') return;
    const message = syncStep1Message(this.doc);
    for (const peer of this.#peers.keys()) if (peer.canWrite && peer.mayWriteNow()) peer.send(message);
  }

  notifyAll(notice: ServerNotice): void {
    this.#notify(notice);
  }

  requestSync(peer: RoomPeer, stateVector: Uint8Array): void {
    this.#enqueue({ kind: 'sync-step1', peer, stateVector });
  }

  /** Updates are kept even if the peer leaves before they are stored: someone wrote them. */
  submitUpdate(peer: RoomPeer, update: Uint8Array, writeIndex: number): void {
    this.#enqueue({ kind: 'update', peer, update, writeIndex });
  }

  /**
   * Applies an awareness update after checking it: well-formed JSON states, and no client id
   * that another connection owns (a peer cannot move someone else's cursor or rename them).
   * Stock y-websocket clients re-send every awareness change they receive, so entries for
   * other connections' clients and entries that change nothing are echoes: they are dropped,
   * never applied, and never a reason to close. Read-only peers may only echo.
   */
  applyAwareness(peer: RoomPeer, update: Uint8Array): void {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const kept: { clientId: number; clock: number; state: string }[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      JSON.parse(state);
      const owner = this.#awarenessOwner.get(clientId);
      if (owner !== undefined && owner !== peer) continue;
      const known = this.awareness.meta.get(clientId)?.clock ?? 0;
      const removesKnown = clock === known && state === 'null' && this.awareness.states.has(clientId);
      if (clock <= known && !removesKnown) continue;
      if (!peer.canWrite) throw new ReadOnlyAwarenessError();
      kept.push({ clientId, clock, state });
    }
    if (kept.length === 0) return;
    let checked = update;
    // Trailing bytes after the entries are not relayed: re-encode then, too.
    if (kept.length < count || decoder.pos !== update.byteLength) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, kept.length);
      for (const entry of kept) {
        encoding.writeVarUint(encoder, entry.clientId);
        encoding.writeVarUint(encoder, entry.clock);
        encoding.writeVarString(encoder, entry.state);
      }
      checked = encoding.toUint8Array(encoder);
    }
    // The checked bytes are exactly what applying them changes (the same clock rule as
    // y-protocols), so they are relayed as they came instead of encoding the states again.
    this.#relaying = { origin: peer, message: awarenessFrame(checked) };
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, checked, peer);
    } finally {
      this.#relaying = null;
    }
  }

  sendAwarenessTo(peer: RoomPeer): void {
    const clients = [...this.awareness.getStates().keys()];
    peer.send(awarenessMessage(this.awareness, clients));
  }

  #onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = this.#peers.get(origin as RoomPeer);
    if (owned) {
      for (const ids of [added, updated]) {
        for (const id of ids) {
          if (!owned.includes(id)) owned.push(id);
          this.#awarenessOwner.set(id, origin as RoomPeer);
        }
      }
    }
    for (const id of removed) {
      const owner = this.#awarenessOwner.get(id);
      const ownerIds = owner ? this.#peers.get(owner) : undefined;
      const index = ownerIds?.indexOf(id) ?? -1;
      if (index >= 0) ownerIds!.splice(index, 1);
      this.#awarenessOwner.delete(id);
    }
    const relaying = this.#relaying;
    const message =
      relaying !== null && relaying.origin === origin
        ? relaying.message
        : awarenessMessage(this.awareness, [...added, ...updated, ...removed]);
    for (const peer of this.#peers.keys()) peer.send(message);
  };

  #enqueue(task: Task): void {
    this.#queue.push(task);
    void this.#kick();
  }

  #kick(): Promise<void> {
    if (this.#state !== 'ready') return this.#flushing ?? Promise.resolve();
    if (!this.#flushing) {
      // A microtask first, so that frames arriving in the same tick share one store append.
      this.#flushing = Promise.resolve()
        .then(() => this.#drain())
        .finally(() => {
          this.#flushing = null;
          if (this.#queue.length > 0 && this.#state === 'ready') void this.#kick();
        });
    }
    return this.#flushing;
  }

  /** Resolves when everything queued so far is stored and sent. */
  async flushed(): Promise<void> {
    while (this.#flushing || (this.#queue.length > 0 && this.#state === 'ready')) {
      await this.#kick();
    }
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0 && this.#state === 'ready') {
      const batch = this.#queue;
      this.#queue = [];
      await this.#process(batch);
    }
  }

  async #process(tasks: Task[]): Promise<void> {
    let batch = tasks;
    // `echo`: the change also goes back to its sender, because applying it completed content
    // that was waiting for it (content the sender has not seen either).
    const changes: { update: Uint8Array; origin: unknown; echo: boolean }[] = [];
    let echo = false;
    const collect = (update: Uint8Array, origin: unknown): void =>
      void changes.push({ update, origin, echo });
    const refused = new Set<RoomPeer>();
    const accepted: Uint8Array[] = [];
    // Bytes this batch adds: storedBytes only grows once the batch is stored.
    let batchBytes = 0;
    // Yjs can throw from inside its own transaction cleanup (e.g. lengths past 2^53); the
    // doc then never emits an update again. afterAllTransactions is the last thing a
    // completed cleanup does, so its absence shows the doc is wedged.
    let settled: boolean | undefined;
    let wedged = false;
    const onSettled = (): void => void (settled = true);
    // Conflict-scan steps this batch costs; past the per-update limit the rest waits for the
    // next batch, so the event loop gets a turn between them.
    let batchSteps = 0;
    let deferred = false;
    this.doc.on('update', collect);
    this.doc.on('afterAllTransactions', onSettled);
    try {
      for (let i = 0; i < batch.length; i++) {
        const task = batch[i]!;
        if (task.kind !== 'update' || refused.has(task.peer)) continue;
        if (this.#storedBytes + batchBytes + task.update.byteLength > limits.maxDocBytes) {
          refused.add(task.peer);
          task.peer.close(closeCode.docTooLarge, 'the board is full; start a new one or remove content');
          continue;
        }
        // Every writer, staff included: the guard bounds what Yjs will do before it does it.
        const admission = admitUpdate(this.doc, task.update);
        if (!admission.ok) {
          refused.add(task.peer);
          task.peer.close(
            admission.retry ? closeCode.updateDeferred : closeCode.malformedMessage,
            admission.reason,
          );
          continue;
        }
        const { scanSteps: steps, newClients } = admission.verdict;
        // Both limits are properties of the doc (a load replays its scans, and every update
        // costs Yjs time per client id the doc holds), so they refuse like the size limit.
        if (steps > 0 && this.#scanSteps + steps > limits.maxScanStepsPerDoc) {
          refused.add(task.peer);
          task.peer.close(closeCode.docTooLarge, 'the board holds too many concurrent inserts at one spot');
          continue;
        }
        if (newClients > 0 && this.doc.store.clients.size + newClients > limits.maxClientIdsPerDoc) {
          refused.add(task.peer);
          task.peer.close(closeCode.docTooLarge, 'the board has had too many editing sessions');
          continue;
        }
        if (steps > 0 && batchSteps > 0 && batchSteps + steps > limits.maxScanStepsPerUpdate) {
          this.#queue = [...batch.slice(i), ...this.#queue];
          batch = batch.slice(0, i);
          deferred = true;
          break;
        }
        if (admission.dropPending) {
          // Pending structs only ever come from a client: forget them rather than refuse an
          // update for someone else's bytes, and compact so that a load does not replay them.
          this.doc.store.pendingStructs = null;
          this.#compactSoon = true;
        }
        settled = false;
        try {
          echo = this.#hasPending();
          Y.applyUpdate(this.doc, task.update, task.peer);
          accepted.push(task.update);
          batchBytes += task.update.byteLength;
          batchSteps += steps;
          this.#scanSteps += steps;
        } catch {
          // Whatever part of it Yjs integrated was emitted as a change and is stored below,
          // so memory and store stay the same.
          refused.add(task.peer);
          task.peer.close(closeCode.malformedMessage, 'malformed update');
        }
        if (!settled) {
          wedged = true;
          break;
        }
      }
    } finally {
      this.doc.off('update', collect);
      this.doc.off('afterAllTransactions', onSettled);
    }
    if (wedged) {
      // Keep what Yjs did emit, then start over from the store: every peer reconnects
      // (4503 is retried) and resends what was not acknowledged.
      const emitted = changes.map((change) => change.update);
      if (emitted.length > 0) await this.#append(emitted);
      this.#state = 'failed';
      this.#queue = [];
      for (const peer of this.#peers.keys()) peer.close(closeCode.loadFailed, 'document is reloading');
      this.#peers.clear();
      return;
    }
    // Pending structs are in the answer too, and an update that only waits changes no content.
    if (changes.length > 0 || accepted.length > 0) this.#wholeDocAnswer = null;
    const toStore = changes.map((change) => change.update);
    // An update waiting for content we do not have yet emits nothing; keep its bytes so
    // that acknowledging it is not a lie after a restart.
    if (this.#hasPending()) toStore.push(...accepted);
    if (toStore.length > 0) await this.#append(toStore);
    if (this.#state === 'closed') return;

    for (const change of changes) {
      const message = updateMessage(change.update);
      for (const peer of this.#peers.keys()) if (change.echo || peer !== change.origin) peer.send(message);
    }
    const acks = new Map<RoomPeer, number>();
    for (const task of batch) {
      if (!this.#peers.has(task.peer) || refused.has(task.peer)) continue;
      if (task.kind === 'sync-step1') {
        task.peer.send(this.#syncAnswer(task.stateVector));
      } else {
        acks.set(task.peer, task.writeIndex);
      }
    }
    for (const [peer, writeIndex] of acks) if (peer.wantsAcks) peer.send(storedMessage(writeIndex));
    if (
      (this.#updatesSinceSnapshot >= timing.compactAfterUpdates || this.#compactSoon) &&
      !this.#compacting
    ) {
      // Off the critical path: the snapshot is taken now (the doc is exactly what is stored
      // through lastSeq), and the next batch appends after it while the store writes it.
      this.#compactSoon = false;
      this.#compacting = this.#compact().finally(() => (this.#compacting = null));
    }
    // A macrotask, so that HTTP requests and other rooms run before the deferred rest.
    if (deferred) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Appends to the store, retrying with backoff; the doc stays in memory meanwhile. */
  async #append(updates: Uint8Array[]): Promise<void> {
    let delayMs: number = timing.storeRetryInitialMs;
    for (;;) {
      try {
        // A journaled store writes synchronously: no event-loop turn between apply and broadcast.
        const written = this.#options.store.appendUpdates(this.docName, this.#lastSeq + 1, updates);
        if (written) await written;
        this.#lastSeq += updates.length;
        this.#updatesSinceSnapshot += updates.length;
        this.#storedBytes += updates.reduce((sum, update) => sum + update.byteLength, 0);
        if (this.#storeFailing) {
          this.#storeFailing = false;
          this.#notify('store-recovered');
        }
        return;
      } catch (error) {
        if (!this.#storeFailing) {
          this.#storeFailing = true;
          this.#options.onStoreError?.(this.docName, error);
          this.#notify('store-failing');
        }
        if (this.#state === 'closed') throw error;
        await this.#sleep(delayMs);
        delayMs = Math.min(delayMs * 2, timing.storeRetryMaxMs);
      }
    }
  }

  /**
   * Folds the log into a snapshot of the live doc. No untrusted bytes are decoded here
   * (the snapshot is encoded from memory), so compaction cannot be made to spin.
   */
  /**
   * Sync step 2 for a state vector. A client with nothing (a fresh laptop, the projector)
   * gets the whole doc: encoded once and kept until the doc changes, since a class joins a
   * board together and encoding a big board takes tens of milliseconds every time.
   */
  #syncAnswer(stateVector: Uint8Array): Uint8Array {
    if (stateVector.byteLength !== 1 || stateVector[0] !== 0) return syncStep2Message(this.doc, stateVector);
    this.#wholeDocAnswer ??= syncStep2Message(this.doc, stateVector);
    return this.#wholeDocAnswer;
  }

  #hasPending(): boolean {
    return this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
  }

  async #compact(): Promise<void> {
    // Pending structs and deletions are part of the snapshot (encodeStateAsUpdate adds them,
    // as it does for every sync step 2), so a never-resolving one cannot stop compaction.
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const throughSeq = this.#lastSeq;
    const countedUpdates = this.#updatesSinceSnapshot;
    const countedBytes = this.#storedBytes;
    try {
      await this.#options.store.compactDoc(this.docName, snapshot, throughSeq);
      // Appends made while it wrote stay in the log after the snapshot: keep counting them.
      this.#updatesSinceSnapshot -= countedUpdates;
      this.#storedBytes = snapshot.byteLength + (this.#storedBytes - countedBytes);
    } catch (error) {
      // The log is intact; compaction is retried after the next batch.
      this.#options.onStoreError?.(this.docName, error);
    }
  }

  #notify(notice: ServerNotice): void {
    const message = noticeMessage(notice);
    for (const peer of this.#peers.keys()) peer.send(message);
  }

  /** Stores what is queued, tells every peer, and frees the doc. */
  async close(
    closeCodeForPeers: number = closeCode.serviceRestart,
    reason = 'server restarting',
  ): Promise<void> {
    if (this.#state === 'closed') return;
    if (this.#state === 'ready') await this.flushed();
    await this.#compacting;
    this.#state = 'closed';
    if (closeCodeForPeers === closeCode.serviceRestart) this.#notify('shutting-down');
    for (const peer of this.#peers.keys()) peer.close(closeCodeForPeers, reason);
    this.#peers.clear();
    this.awareness.off('update', this.#onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** A read-only connection announced a presence of its own. */
export class ReadOnlyAwarenessError extends Error {
  constructor() {
    super('a read-only connection may not announce a presence');
  }
}
