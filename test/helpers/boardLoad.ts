import fs from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { addCard, cardText } from '../../shared/board/commands.ts';
import { cardsMap } from '../../shared/board/layout.ts';
import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import { createEvent, join } from './api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from './clients.ts';
import { stressorCard } from './fixtures.ts';
import { LeanClient } from './leanClient.ts';
import { killAllVonks } from './process.ts';
import { makeDataDir } from './server.ts';

/**
 * Many writing clients on many group boards of one event, for the reliability tests.
 *
 * Every client owns one card (created when it joins) and appends tokens `<n>;` to the card's
 * text, one update per write. The content of a doc is therefore a set of entries — each card
 * id and `<cardId>#<n>` for each token — and what a client *received* is every entry of its
 * doc outside its own card: it came from the server. Most clients are lean protocol clients
 * (LeanClient); a few per group are stock WebsocketProviders with the browser's SaveTracker.
 */

export interface LoadPlan {
  groups: number;
  perGroup: number;
  /** Stock WebsocketProvider clients per group; the rest are lean clients. */
  probesPerGroup: number;
  /** Each client writes once every min..max ms (uniformly random). */
  intervalMs: readonly [number, number];
  /** Text writes per client, after its card. */
  maxWritesPerClient: number;
}

export interface LoadClient {
  group: number;
  name: string;
  participant: JoinResponse;
  cardId: string;
  doc: Y.Doc;
  lean: LeanClient | null;
  probe: BoardClient | null;
  /** Entries this client sent, in order: its card id, then `<cardId>#<n>`. */
  written: string[];
  /** Lean clients: the write frame that carried each written entry. */
  writeIndex: number[];
  /** Probes: the first close of their socket. */
  probeClose: { code: number | undefined } | null;
  nextWriteAt: number;
}

export interface LoadGroup {
  index: number;
  groupId: string;
  docName: string;
  clients: LoadClient[];
}

export interface BoardLoad {
  event: CreateEventResponse;
  groups: LoadGroup[];
  clients: LoadClient[];
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!);
      }
    }),
  );
  return results;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Creates an event with `plan.groups` groups, joins `plan.perGroup` participants to each,
 * connects one client per participant, waits until all are synced, and has each client
 * create its card. `track` is called with every client as soon as it exists, so the
 * caller can clean up even when setting up fails half-way.
 */
export async function setUpLoad(
  url: string,
  plan: LoadPlan,
  track: (client: LoadClient) => void,
): Promise<BoardLoad> {
  const event = await createEvent(
    url,
    Array.from({ length: plan.groups }, (_, g) => `Groep ${g + 1}`),
    'Reliability event',
  );
  const seats = event.groups.flatMap((group, g) =>
    Array.from({ length: plan.perGroup }, (_, i) => ({ g, i, groupId: group.groupId })),
  );
  const participants = await inBatches(seats, 16, (seat) =>
    join(url, event.joinCode, `P${pad(seat.g, 2)}-${pad(seat.i, 2)}`, seat.groupId),
  );
  const groups: LoadGroup[] = event.groups.map((group, g) => ({
    index: g,
    groupId: group.groupId,
    docName: participants[g * plan.perGroup]!.docs.group,
    clients: [],
  }));
  const clients = await inBatches(seats, 25, async (seat): Promise<LoadClient> => {
    const participant = participants[seat.g * plan.perGroup + seat.i]!;
    const docName = groups[seat.g]!.docName;
    const isProbe = seat.i < plan.probesPerGroup;
    const probe = isProbe ? connectBoard(url, docName, participant.token) : null;
    const lean = isProbe ? null : new LeanClient(url, docName, participant.token);
    const client: LoadClient = {
      group: seat.g,
      name: `${isProbe ? 'probe' : 'lean'} g${seat.g}/${seat.i}`,
      participant,
      cardId: `cg${pad(seat.g, 2)}w${pad(seat.i, 3)}`,
      doc: probe ? probe.doc : lean!.doc,
      lean,
      probe,
      written: [],
      writeIndex: [],
      probeClose: null,
      nextWriteAt: 0,
    };
    track(client);
    if (probe) {
      probe.provider.on('connection-close', (closeEvent) => {
        client.probeClose ??= { code: closeEvent?.code };
      });
      await waitForSynced(probe, 30_000);
    } else {
      await withTimeout(lean!.ready, 30_000, `${client.name} to sync`);
    }
    return client;
  });
  for (const client of clients) groups[client.group]!.clients.push(client);
  for (const client of clients) {
    if (!sendWrite(client, client.cardId, (doc) => addCard(doc, stressorCard(client.cardId, '')))) {
      throw new Error(`${client.name} could not create its card`);
    }
  }
  // Every client sees every card of its group before the writing starts, so the burst of
  // card creations is not part of what the tests measure.
  await waitFor(
    () => clients.every((client) => cardsMap(client.doc).size === plan.perGroup),
    30_000,
    'every client to see every card of its group',
  );
  return { event, groups, clients };
}

/** True when the client can send a write now (its socket is open and synced). */
export function canWrite(client: LoadClient): boolean {
  if (client.lean) return client.lean.open && client.lean.synced;
  return client.probe!.provider.wsconnected && client.probe!.provider.synced;
}

function sendWrite(client: LoadClient, entry: string, change: (doc: Y.Doc) => void): boolean {
  if (!canWrite(client)) return false;
  if (client.lean) {
    const index = client.lean.write(change);
    if (index === null) return false;
    client.written.push(entry);
    client.writeIndex.push(index);
    return true;
  }
  // Recorded first: a change counts as written the moment the provider may send it.
  client.written.push(entry);
  change(client.doc);
  return true;
}

/** Appends the client's next token to its card's text; false when it could not write. */
export function writeToken(client: LoadClient): boolean {
  const n = client.written.length;
  return sendWrite(client, `${client.cardId}#${n}`, (doc) => {
    const text = cardText(doc, client.cardId);
    if (!text) throw new Error(`${client.name} lost its own card`);
    text.insert(text.length, `${n};`);
  });
}

/** Every entry of a doc: card ids and `<cardId>#<n>` per token in a card's text. */
export function contentOf(doc: Y.Doc, exceptCard?: string): Set<string> {
  const entries = new Set<string>();
  for (const [id, card] of cardsMap(doc).entries()) {
    if (id === exceptCard) continue;
    entries.add(id);
    const text: unknown = card.get('text');
    if (text === undefined || text === null) continue;
    for (const token of String(text).split(';')) if (token !== '') entries.add(`${id}#${token}`);
  }
  return entries;
}

/** What the client has from other clients: everything the server sent it. */
export function receivedBy(client: LoadClient): Set<string> {
  return contentOf(client.doc, client.cardId);
}

/**
 * What the server acknowledged to the client as stored. Lean clients: the entries of write
 * frames 1..storedAck. Probes: acknowledgements are cumulative and in order on one socket,
 * so the `unsaved` changes are the last ones written (as in test/integration/crash.test.ts).
 */
export function acknowledgedTo(client: LoadClient): string[] {
  if (client.lean) {
    const stored = client.lean.storedAck;
    return client.written.filter((_, i) => client.writeIndex[i]! <= stored);
  }
  const unsaved = client.probe!.saves.state.unsaved;
  return client.written.slice(0, client.written.length - unsaved);
}

/** Writes sent but not (yet) acknowledged. */
export function inFlight(client: LoadClient): number {
  return client.written.length - acknowledgedTo(client).length;
}

export function isClosed(client: LoadClient): boolean {
  if (client.lean) return client.lean.closeCode !== null;
  return client.probeClose !== null;
}

export function destroyClient(client: LoadClient): void {
  if (client.lean) client.lean.destroy();
  if (client.probe) client.probe.destroy();
}

/**
 * One timer drives every writer (cheaper than 300 timers, and a test can act inside a
 * writing tick: right after a burst, with writes in flight).
 */
export class WriteScheduler {
  readonly #clients: LoadClient[];
  readonly #plan: LoadPlan;
  #timer: NodeJS.Timeout | undefined;
  startedAt = 0;

  constructor(clients: LoadClient[], plan: LoadPlan) {
    this.#clients = clients;
    this.#plan = plan;
  }

  /** Starts writing; `onTick` runs after each tick's writes. */
  start(onTick: (elapsedMs: number) => void = () => {}): void {
    const [min, max] = this.#plan.intervalMs;
    this.startedAt = Date.now();
    // Spread the first writes over one interval, so the load is even from the start.
    for (const client of this.#clients) client.nextWriteAt = this.startedAt + Math.random() * max;
    this.#timer = setInterval(() => {
      const now = Date.now();
      for (const client of this.#clients) {
        if (client.nextWriteAt > now || this.textWrites(client) >= this.#plan.maxWritesPerClient) continue;
        writeToken(client);
        client.nextWriteAt = Math.max(client.nextWriteAt + min + Math.random() * (max - min), now);
      }
      onTick(now - this.startedAt);
    }, 10);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  textWrites(client: LoadClient): number {
    return Math.max(0, client.written.length - 1);
  }

  /** True when every client wrote all it was to write. */
  get done(): boolean {
    return this.#clients.every((client) => this.textWrites(client) >= this.#plan.maxWritesPerClient);
  }
}

export interface LoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/**
 * Measures this process's event-loop delay (beyond the 10 ms sampling interval). When the
 * test process itself is saturated, what it measures is its own queueing, not the server.
 */
export function monitorLoopDelay(): { stop(): LoopDelay } {
  const resolutionMs = 10;
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  const beyond = (ns: number): number => Math.max(0, Math.round((ns / 1e6 - resolutionMs) * 10) / 10);
  return {
    stop: () => {
      histogram.disable();
      return {
        p50Ms: beyond(histogram.percentile(50)),
        p99Ms: beyond(histogram.percentile(99)),
        maxMs: beyond(histogram.max),
        meanMs: beyond(histogram.mean),
      };
    },
  };
}

/** Above this p99 the load generator itself is saturated and the run proves little. */
export const maxUsefulLoopDelayP99Ms = 500;

export function loopDelayVerdict(delay: LoopDelay, attempts: number): string {
  return (
    `the test process's event loop was saturated in all ${attempts} attempts (last p99 delay ` +
    `${delay.p99Ms} ms > ${maxUsefulLoopDelayP99Ms} ms): the load generator, not the server, was ` +
    'the bottleneck, so the run says little; is something else loading the machine? If not, ' +
    'lower the write rate or the client count'
  );
}

/**
 * Runs a load scenario; when the test process's event loop was saturated (on a shared
 * 2-core machine another process can starve it), the run proves little, so it is cleaned
 * up and run again, up to `attempts` times. `run` makes its durability assertions itself,
 * in every attempt: a loss fails at once and is never retried away. Returns the last
 * attempt's delay; the caller asserts it (with loopDelayVerdict).
 */
export async function runUnsaturated(
  name: string,
  attempts: number,
  run: (attempt: number) => Promise<LoopDelay>,
  cleanUp: () => Promise<void>,
): Promise<LoopDelay> {
  for (let attempt = 1; ; attempt++) {
    const delay = await run(attempt);
    if (delay.p99Ms <= maxUsefulLoopDelayP99Ms || attempt >= attempts) return delay;
    console.log(
      `${name}: attempt ${attempt} ran with a saturated event loop (p99 ${delay.p99Ms} ms > ` +
        `${maxUsefulLoopDelayP99Ms} ms); nothing was lost, but running it again`,
    );
    await cleanUp();
  }
}

/** A fresh stock client on a (restarted) server; resolves with the doc's content once synced. */
export async function readBack(url: string, docName: string, token: string): Promise<Set<string>> {
  const reader = connectBoard(url, docName, token);
  try {
    await waitForSynced(reader, 30_000);
    return contentOf(reader.doc);
  } finally {
    reader.destroy();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** What one reliability run owns, so a failed attempt and afterEach clean up all of it. */
export class LoadRun {
  readonly clients: LoadClient[] = [];
  readonly dataDirs: string[] = [];
  scheduler: WriteScheduler | undefined;

  readonly cleanUp = async (): Promise<void> => {
    this.scheduler?.stop();
    for (const client of this.clients.splice(0)) destroyClient(client);
    await killAllVonks();
    for (const dir of this.dataDirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  };

  async newDataDir(): Promise<string> {
    const dir = await makeDataDir();
    this.dataDirs.push(dir);
    return dir;
  }
}
