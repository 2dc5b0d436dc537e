import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import { percentile } from './metrics.ts';

/**
 * The load generator: lean y-websocket protocol clients (raw `ws`, y-protocols framing by
 * hand, no Y.Doc for what they receive). Every update or presence state a client sends
 * carries a marker `@@T<sender>.<seq>.<µs>;` inside the Yjs string content, so a receiver
 * finds it with one Buffer.indexOf and measures delivery latency without decoding Yjs.
 */

const markerPrefix = Buffer.from('@@T');
const semicolon = 0x3b;
export const nowUs = (): number => Math.round(performance.now() * 1000);

interface Pending {
  sentUs: number;
  remaining: number;
  phase: string;
}

export interface PhaseStats {
  sent: number;
  received: number;
  latenciesMs: number[];
  fullyDelivered: number;
  /** Fully delivered within `deadlineMs` of sending. */
  fullyDeliveredInDeadline: number;
}

/** Which update reached how many of its receivers, and how fast. */
export class Tracker {
  readonly #pending = new Map<string, Pending>();
  readonly #phases = new Map<string, PhaseStats>();
  phase: string | null = null;
  deadlineMs = 1_000;

  stats(phase: string): PhaseStats {
    let stats = this.#phases.get(phase);
    if (!stats) {
      stats = { sent: 0, received: 0, latenciesMs: [], fullyDelivered: 0, fullyDeliveredInDeadline: 0 };
      this.#phases.set(phase, stats);
    }
    return stats;
  }

  expect(key: string, sentUs: number, receivers: number): void {
    if (this.phase === null) return;
    this.stats(this.phase).sent++;
    if (receivers <= 0) return;
    this.#pending.set(key, { sentUs, remaining: receivers, phase: this.phase });
  }

  receive(key: string, atUs: number): void {
    const pending = this.#pending.get(key);
    if (!pending) return;
    const stats = this.stats(pending.phase);
    const latencyMs = (atUs - pending.sentUs) / 1000;
    stats.received++;
    stats.latenciesMs.push(latencyMs);
    if (--pending.remaining === 0) {
      this.#pending.delete(key);
      stats.fullyDelivered++;
      if (latencyMs <= this.deadlineMs) stats.fullyDeliveredInDeadline++;
    }
  }

  /** Updates of a phase that some receiver still has not seen. */
  outstanding(phase: string): number {
    let count = 0;
    for (const pending of this.#pending.values()) if (pending.phase === phase) count++;
    return count;
  }

  forget(phase: string): void {
    for (const [key, pending] of this.#pending) if (pending.phase === phase) this.#pending.delete(key);
  }
}

function frame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (sub !== null) encoding.writeVarUint(encoder, sub);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export interface LeanOptions {
  index: number;
  group: number;
  url: string;
  writer: boolean;
  tracker: Tracker;
  /** How many lean receivers (other than the sender) a message to this group reaches. */
  receivers: (group: number) => number;
  onDrop: (client: LeanClient, code: number) => void;
}

export class LeanClient {
  readonly index: number;
  readonly group: number;
  readonly writer: boolean;
  ws: WebSocket | null = null;
  open = false;
  closing = false;
  /** The client's own changes only (it never applies what it receives). */
  readonly doc: Y.Doc | null;
  #card: Y.Map<unknown> | null = null;
  #seq = 0;
  #awarenessClock = 0;
  readonly #options: LeanOptions;

  constructor(options: LeanOptions) {
    this.#options = options;
    this.index = options.index;
    this.group = options.group;
    this.writer = options.writer;
    this.doc = options.writer ? new Y.Doc() : null;
    this.doc?.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') this.#send(frame(0, 2, update));
    });
  }

  /** Resolves with the milliseconds from opening the socket to the server's sync step 2. */
  connect(timeoutMs = 30_000): Promise<number> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.#options.url, { perMessageDeflate: false });
      this.ws = ws;
      let synced = false;
      const timer = setTimeout(() => {
        if (!synced) {
          ws.terminate();
          reject(new Error(`client ${this.index}: not synced within ${timeoutMs} ms`));
        }
      }, timeoutMs);
      ws.on('open', () => {
        this.open = true;
        // Our state vector: asks the server for everything (the reply is sync step 2).
        const sv = this.doc ? Y.encodeStateVector(this.doc) : new Uint8Array([0]);
        ws.send(frame(0, 0, sv));
      });
      ws.on('message', (data: Buffer) => {
        const type = data[0];
        if (type === 0) {
          const sub = data[1];
          if (sub === 1) {
            if (!synced) {
              synced = true;
              clearTimeout(timer);
              resolve(performance.now() - started);
            }
          } else if (sub === 0) {
            // The server asks for what it lacks; read-only clients never answer.
            if (this.doc) {
              const decoder = decoding.createDecoder(data);
              decoding.readVarUint(decoder);
              decoding.readVarUint(decoder);
              const sv = decoding.readVarUint8Array(decoder);
              this.#send(frame(0, 1, Y.encodeStateAsUpdate(this.doc, sv)));
            }
          } else this.#scan(data);
        } else if (type === 1) this.#scan(data);
      });
      ws.on('unexpected-response', (_request, response) => {
        clearTimeout(timer);
        reject(new Error(`client ${this.index}: upgrade refused with ${response.statusCode}`));
      });
      ws.on('error', (error) => {
        if (!synced) {
          clearTimeout(timer);
          reject(error);
        }
      });
      ws.on('close', (code) => {
        this.open = false;
        if (!this.closing) this.#options.onDrop(this, code);
      });
    });
  }

  #scan(data: Buffer): void {
    let at = data.indexOf(markerPrefix);
    if (at < 0) return;
    const receivedUs = nowUs();
    while (at >= 0) {
      const end = data.indexOf(semicolon, at + 3);
      if (end < 0) return;
      const [sender, seq] = data.toString('latin1', at + 3, end).split('.');
      if (Number(sender) !== this.index) this.#options.tracker.receive(`${sender}.${seq}`, receivedUs);
      at = data.indexOf(markerPrefix, end);
    }
  }

  #send(bytes: Uint8Array): void {
    if (this.open && this.ws) this.ws.send(bytes);
  }

  #marker(): string {
    const seq = ++this.#seq;
    const sentUs = nowUs();
    this.#options.tracker.expect(`${this.index}.${seq}`, sentUs, this.#options.receivers(this.group));
    return `@@T${this.index}.${seq}.${sentUs};`;
  }

  #ensureCard(): Y.Map<unknown> {
    if (this.#card) return this.#card;
    const card = new Y.Map<unknown>();
    this.doc!.transact(() => {
      this.doc!.getMap('cards').set(`cbench${this.index.toString(36).padStart(4, '0')}`, card);
      card.set('polarity', 'stressor');
      card.set('text', new Y.Text());
      card.set('order', 'a0');
      card.set('authorId', null);
      card.set('createdAt', Date.now());
    });
    this.#card = card;
    return card;
  }

  /** One typed "keystroke": appends a marker to the client's own card text. */
  type(): void {
    if (!this.doc || !this.open) return;
    const text = this.#ensureCard().get('text') as Y.Text;
    text.insert(text.length, this.#marker());
  }

  /** One drag step: the card's position, as a client moving it would set it. */
  drag(step: number): void {
    if (!this.doc || !this.open) return;
    this.#ensureCard().set('pos', `${this.#marker()}${step % 800},${(step * 7) % 600}`);
  }

  /** One cursor move: an awareness update (built by hand, no Awareness instance). */
  cursor(step: number): void {
    if (!this.doc || !this.open) return;
    const state = JSON.stringify({
      user: { name: `s${this.index}` },
      cursor: { x: step % 900, y: step % 500 },
      m: this.#marker(),
    });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, this.doc.clientID);
    encoding.writeVarUint(encoder, ++this.#awarenessClock);
    encoding.writeVarString(encoder, state);
    this.#send(frame(1, null, encoding.toUint8Array(encoder)));
  }

  /** The card text this client wrote (for the end-to-end probe check). */
  cardText(): string {
    return this.#card ? (this.#card.get('text') as Y.Text).toString() : '';
  }

  cardId(): string {
    return `cbench${this.index.toString(36).padStart(4, '0')}`;
  }

  close(): Promise<void> {
    this.closing = true;
    const ws = this.ws;
    if (!ws || ws.readyState === ws.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        ws.terminate();
        resolve();
      }, 3_000);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      ws.close();
    });
  }
}

/** A stock y-websocket WebsocketProvider with a real Y.Doc: an end-to-end probe. */
export interface ProbeClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export function connectProbe(
  base: string,
  docName: string,
  params: Record<string, string>,
  readOnly = false,
): ProbeClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(base, docName, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
  });
  if (readOnly) provider.awareness.setLocalState(null);
  provider.connect();
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Runs `act` for every client at `ratePerSec`, spread evenly, for `durationMs`. */
export async function drive(
  clients: LeanClient[],
  ratePerSec: number,
  durationMs: number,
  act: (client: LeanClient, step: number) => void,
): Promise<void> {
  const periodMs = 1000 / ratePerSec;
  const timers: NodeJS.Timeout[] = [];
  const starts: NodeJS.Timeout[] = [];
  clients.forEach((client, i) => {
    let step = 0;
    const offset = (periodMs * i) / clients.length;
    starts.push(
      setTimeout(() => {
        act(client, step++);
        timers.push(setInterval(() => act(client, step++), periodMs));
      }, offset),
    );
  });
  await sleep(durationMs);
  for (const timer of starts) clearTimeout(timer);
  for (const timer of timers) clearInterval(timer);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) return false;
    await sleep(20);
  }
  return true;
}

/** The load generator's own event-loop delay over a phase (it must stay below saturation). */
export class LoopDelay {
  readonly #histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 1 });
  start(): void {
    this.#histogram.reset();
    this.#histogram.enable();
  }
  stop(): { p50Ms: number; p99Ms: number; maxMs: number } {
    this.#histogram.disable();
    return {
      p50Ms: this.#histogram.percentile(50) / 1e6,
      p99Ms: this.#histogram.percentile(99) / 1e6,
      maxMs: this.#histogram.max / 1e6,
    };
  }
}

export function latencySummary(latenciesMs: number[]): { p50Ms: number | null; p99Ms: number | null } {
  return { p50Ms: percentile(latenciesMs, 50), p99Ms: percentile(latenciesMs, 99) };
}
