import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { messageType } from '../../shared/protocol/wire.ts';
import { boardUrl, updateFrame } from './ws.ts';

/**
 * A board client with nothing but a `ws` socket, a Y.Doc and y-protocols/sync: far cheaper
 * than a WebsocketProvider (no awareness, no reconnects, no timers), so hundreds of them
 * fit in one test process. It speaks the protocol as the stock client does:
 *
 *   open → our sync step 1; the server's step 1 → our step 2; step 2 and updates → applied
 *   (in batches, see scheduleApply); every local change → one update frame.
 *
 * It counts write frames (sync step 2 and updates) as the server does, so the server's
 * `stored` acknowledgement (type 20, asked for with `?acks=1`) says which local changes are
 * stored: write frames 1..storedAck. It never reconnects: a closed socket stays closed.
 */
export class LeanClient {
  readonly doc: Y.Doc;
  readonly ws: WebSocket;
  /** Write frames (sync step 2 and updates) sent on this socket, as the server counts them. */
  writesSent = 0;
  /** The newest `stored` acknowledgement: the first `storedAck` write frames are stored. */
  storedAck = 0;
  /** Sync and update frames from the server that carried document content. */
  updatesReceived = 0;
  /** `notice` messages (type 21), in arrival order. */
  readonly notices: string[] = [];
  /** Content from the server that Yjs could not apply (there should be none). */
  readonly errors: Error[] = [];
  /** The close code, once the socket closed (1006 when the connection just died). */
  closeCode: number | null = null;
  /** True once the server answered our sync step 1: everything stored is in `doc`. */
  synced = false;
  /** Resolves when synced; rejects when the socket fails or closes first. */
  readonly ready: Promise<void>;
  /** Resolves with the close code. */
  readonly closed: Promise<number>;

  constructor(baseUrl: string, docName: string, token: string, options: { acks?: boolean } = {}) {
    this.doc = new Y.Doc();
    const url = new URL(boardUrl(baseUrl, docName, token));
    if (options.acks !== false) url.searchParams.set('acks', '1');
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    let resolveReady!: () => void;
    let rejectReady!: (error: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    });
    // Nobody may be left with an unhandled rejection when a client dies before it synced.
    this.ready.catch(() => {});
    this.#resolveReady = resolveReady;
    this.closed = new Promise<number>((resolve) => {
      this.ws.on('close', (code) => {
        this.applyReceived();
        this.closeCode = code;
        rejectReady(new Error(`socket closed with ${code} before it synced`));
        resolve(code);
      });
    });
    this.ws.on('unexpected-response', (_request, response) => {
      rejectReady(new Error(`upgrade refused with ${response.statusCode}`));
      response.resume();
    });
    this.ws.on('error', (error) => rejectReady(error));
    this.ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageType.sync);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.ws.send(encoding.toUint8Array(encoder));
    });
    this.ws.on('message', (data, isBinary) => {
      if (isBinary) this.#onMessage(data as Buffer);
    });
  }

  readonly #resolveReady: () => void;
  /** Updates received and not applied yet. */
  #inbox: Uint8Array[] = [];

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /**
   * Runs `change` in one local transaction; its update goes out as one write frame.
   * Returns that frame's write index, or null when the socket is not open (nothing is done).
   */
  write(change: (doc: Y.Doc) => void): number | null {
    if (!this.open) return null;
    const before = this.writesSent;
    // Listening only around our own writes: with an 'update' listener Yjs encodes every
    // transaction, including the remote ones, which would double the cost of observing.
    this.doc.on('update', this.#onLocalUpdate);
    try {
      this.doc.transact(() => change(this.doc), this);
    } finally {
      this.doc.off('update', this.#onLocalUpdate);
    }
    return this.writesSent > before ? this.writesSent : null;
  }

  /** Applies what arrived and is not applied yet (see #onMessage). */
  applyReceived(): void {
    if (this.#inbox.length === 0) return;
    const updates = this.#inbox;
    this.#inbox = [];
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update, remoteOrigin);
        } catch (error) {
          this.errors.push(error as Error);
        }
      }
    }, remoteOrigin);
  }

  /** Closes the socket (no reconnect) and frees the doc. */
  destroy(): void {
    this.#inbox = [];
    waitingToApply.delete(this);
    this.ws.terminate();
    this.doc.destroy();
  }

  #onLocalUpdate = (update: Uint8Array): void => {
    this.ws.send(updateFrame(update));
    this.writesSent++;
  };

  #onMessage(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case messageType.sync: {
        const sub = decoding.readVarUint(decoder);
        if (sub === syncProtocol.messageYjsSyncStep1) {
          // Our answer (sync step 2) is a write message: the server counts it, so do we.
          this.applyReceived();
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, messageType.sync);
          syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder));
          this.ws.send(encoding.toUint8Array(encoder));
          this.writesSent++;
          return;
        }
        if (sub !== syncProtocol.messageYjsSyncStep2 && sub !== syncProtocol.messageYjsUpdate) {
          this.errors.push(new Error(`unknown sync message ${sub}`));
          return;
        }
        this.updatesReceived++;
        this.#inbox.push(decoding.readVarUint8Array(decoder));
        scheduleApply(this);
        if (sub === syncProtocol.messageYjsSyncStep2 && !this.synced) {
          this.applyReceived();
          this.synced = true;
          this.#resolveReady();
        }
        return;
      }
      case messageType.stored:
        this.storedAck = Math.max(this.storedAck, decoding.readVarUint(decoder));
        return;
      case messageType.notice:
        this.notices.push(decoding.readVarString(decoder));
        return;
      default:
        // Awareness and anything else: a lean client has no presence to show.
        return;
    }
  }
}

/** The origin of changes that came from the server (never sent back). */
const remoteOrigin = Object.freeze({ kind: 'remote' });

/**
 * Received updates are applied in batches, every `applyBatchMs`, each client's in one
 * transaction: Yjs computes two state vectors and cleans up per transaction, which made
 * applying frames one by one the main cost of a few hundred clients in one process (the
 * server sends every broadcast as its own frame). One timer serves every client. A client
 * applies at once when it needs its doc complete: when it syncs, answers a sync step 1, or
 * closes.
 */
const applyBatchMs = 50;
const waitingToApply = new Set<LeanClient>();
let applyTimer: NodeJS.Timeout | null = null;

function scheduleApply(client: LeanClient): void {
  waitingToApply.add(client);
  if (applyTimer) return;
  applyTimer = setTimeout(() => {
    applyTimer = null;
    const clients = [...waitingToApply];
    waitingToApply.clear();
    for (const waiting of clients) waiting.applyReceived();
  }, applyBatchMs);
  applyTimer.unref();
}
