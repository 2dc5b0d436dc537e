import fs from 'node:fs/promises';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCard,
  cardText,
  deleteCard,
  editCardText,
  moveCard,
  newCardId,
  setCardSensitive,
  setCardTag,
  spliceText,
  toggleCardSetMember,
  type CardSetField,
  type CardTagField,
} from '../../shared/board/commands.ts';
import type { CostPeriod } from '../../shared/board/costs.ts';
import type { Polarity } from '../../shared/board/layout.ts';
import { localUserOrigin } from '../../shared/board/origins.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import {
  addCostRow,
  createSolution,
  deleteCostRow,
  deleteSolution,
  newSolutionId,
  projectSolutions,
  setCostPeople,
  setCostPeriod,
  setSolutionDomain,
  setSolutionStatus,
  solutionSetFields,
  solutionStatuses,
  solutionText,
  solutionTextFields,
  toggleSolutionSetMember,
  updateCostRow,
} from '../../shared/board/solutions.ts';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { seededRandom } from '../helpers/hostile.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/**
 * Seeded random edits by several peers through the real board commands, with delays,
 * reordering, dropped connections and offline edits; at the end every peer and a fresh late
 * joiner must hold the same Yjs state and the same projections.
 *
 * Two harnesses:
 *   - in-process: Y.Docs and a hub doc (the server's role) exchanging y-protocols sync
 *     messages through queues; a step delivers any queued message (so out of order),
 *     drops a connection with what it had in flight, or reconnects it (sync step 1 both
 *     ways, as y-websocket does). Fully deterministic: a seed replays exactly, and a failing
 *     seed is narrowed down to the first step after which the peers no longer converge.
 *   - server: stock WebsocketProvider clients (connectBoard) through a real Vonk server,
 *     disconnecting and reconnecting at random; the edits are seeded, the timing is not.
 *     After the run the server is restarted on its data dir and a late joiner reads back.
 *
 * Each run tries a few fresh seeds (set VONK_FUZZ_SEEDS=1,2,3 to replay particular ones);
 * when one fails, the message names the harness, the seed and the step. Keep such a seed
 * in `regressionSeeds` below, where it runs as a named test every time.
 */
interface RegressionSeed {
  harness: 'in-process' | 'server';
  seed: number;
  note: string;
}

const regressionSeeds: RegressionSeed[] = [
  // The seeds this file was first run with. Seeds 1, 5 and 20260101 found the harness's own
  // mistake (checking "no card left out" between steps, where reordered updates leave a
  // card without its order for a moment — see checkAtRest); they keep the mechanism honest.
  { harness: 'in-process', seed: 1, note: 'first run; a card briefly without order at step 519' },
  { harness: 'in-process', seed: 5, note: 'first run; a card briefly without order at step 93' },
  { harness: 'in-process', seed: 20260101, note: 'first run; a card briefly without order at step 62' },
  { harness: 'server', seed: 1, note: 'first run; Y.Map key order differs between converged peers' },
];

const inProcess = { seedsPerRun: 10, steps: 1_000, maxPeers: 5 };
const overServer = { seedsPerRun: 2, steps: 400, checkpointEvery: 100, maxPeers: 5 };

function freshSeeds(count: number, salt: number): number[] {
  const fromEnv = process.env.VONK_FUZZ_SEEDS;
  if (fromEnv) return fromEnv.split(',').map((seed) => Number(seed.trim()) >>> 0);
  const base = (Date.now() ^ (salt * 0x9e3779b9)) >>> 0;
  return Array.from({ length: count }, (_, i) => (base + i * 0x6d2b79f5) >>> 0);
}

class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** One of `choices` by weight. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [weight, value] of choices) {
      at -= weight;
      if (at < 0) return value;
    }
    return choices.at(-1)![1];
  }
}

// ---------------------------------------------------------------------------------------
// Random edits through the real commands

const words = ['werkdruk', 'rooster', 'coach', 'nacht', 'team', 'ruimte', 'é', '😀', '😃', 'ß', ' ', '\n'];
const tagValues = [
  'context:organizational',
  'context:social',
  'need:autonomy',
  'need:competence',
  'careerPhase:anios',
  'careerPhase:aios',
  'theme:workload',
  'ev-12',
];
const templates = ['blank', 'coaching-every-anios'];

/** A new text from `current` by one random splice on code-point boundaries. */
function randomText(current: string, rng: Rng): string {
  const points = Array.from(current);
  const at = rng.int(points.length + 1);
  if (points.length > 0 && rng.chance(0.35)) {
    const start = Math.min(at, points.length - 1);
    points.splice(start, 1 + rng.int(Math.min(6, points.length - start)));
  } else {
    points.splice(at, 0, rng.pick(words));
  }
  return points.join('');
}

type Edit = (doc: Y.Doc, rng: Rng, clock: number) => string | null;

const cardIds = (doc: Y.Doc) => projectBoard(doc).cards.map((card) => card.id);
const solutionIds = (doc: Y.Doc) => projectSolutions(doc).map((solution) => solution.id);

const cardEdit =
  (run: (doc: Y.Doc, id: string, rng: Rng) => string): Edit =>
  (doc, rng) => {
    const ids = cardIds(doc);
    return ids.length === 0 ? null : run(doc, rng.pick(ids), rng);
  };

const solutionEdit =
  (run: (doc: Y.Doc, id: string, rng: Rng) => string): Edit =>
  (doc, rng) => {
    const ids = solutionIds(doc);
    return ids.length === 0 ? null : run(doc, rng.pick(ids), rng);
  };

const polarities: Polarity[] = ['stressor', 'energy'];

const edits: readonly (readonly [number, Edit])[] = [
  [
    4,
    (doc, rng, clock) => {
      const id = newCardId(rng.next);
      const polarity = rng.pick(polarities);
      addCard(doc, {
        id,
        polarity,
        text: rng.pick(words),
        authorId: null,
        authorName: 'P',
        createdAt: clock,
      });
      return `addCard ${id} ${polarity}`;
    },
  ],
  [
    8,
    cardEdit((doc, id, rng) => {
      const next = randomText(cardText(doc, id)?.toString() ?? '', rng);
      editCardText(doc, id, next);
      return `editCardText ${id} → ${JSON.stringify(next)}`;
    }),
  ],
  [
    3,
    cardEdit((doc, id, rng) => {
      const polarity = rng.pick(polarities);
      const index = rng.int(8);
      moveCard(doc, id, polarity, index);
      return `moveCard ${id} ${polarity} ${index}`;
    }),
  ],
  [
    1,
    cardEdit((doc, id) => {
      deleteCard(doc, id);
      return `deleteCard ${id}`;
    }),
  ],
  [
    2,
    cardEdit((doc, id, rng) => {
      const field = rng.pick<CardTagField>(['code', 'context', 'need']);
      const value = rng.chance(0.2) ? null : rng.pick(tagValues);
      setCardTag(doc, id, field, value);
      return `setCardTag ${id} ${field}=${value}`;
    }),
  ],
  [
    3,
    cardEdit((doc, id, rng) => {
      const field = rng.pick<CardSetField>(['phases', 'evidence']);
      const member = rng.pick(tagValues);
      const present = rng.chance(0.6);
      toggleCardSetMember(doc, id, field, member, present);
      return `toggleCardSetMember ${id} ${field} ${member} ${present}`;
    }),
  ],
  [
    0.5,
    cardEdit((doc, id, rng) => {
      const sensitive = rng.chance(0.5);
      setCardSensitive(doc, id, sensitive);
      return `setCardSensitive ${id} ${sensitive}`;
    }),
  ],
  [
    1.5,
    (doc, rng, clock) => {
      const id = newSolutionId(rng.next);
      const templateId = rng.pick(templates);
      const costItems = Array.from({ length: rng.int(3) }, () => rng.pick(words));
      createSolution(doc, { id, templateId, createdAt: clock, costItems }, localUserOrigin, rng.next);
      return `createSolution ${id} ${templateId} ${costItems.length} rows`;
    },
  ],
  [
    4,
    solutionEdit((doc, id, rng) => {
      const field = rng.pick(solutionTextFields);
      const text = solutionText(doc, id, field);
      if (!text) return `solutionText ${id} ${field}: none`;
      const next = randomText(text.toString(), rng);
      spliceText(text, next, localUserOrigin);
      return `solutionText ${id} ${field} → ${JSON.stringify(next)}`;
    }),
  ],
  [
    3,
    solutionEdit((doc, id, rng) => {
      const field = rng.pick(solutionSetFields);
      const member =
        field === 'stressorCards' ? (rng.pick([...cardIds(doc), 'cdeleted000']) ?? '') : rng.pick(tagValues);
      const present = rng.chance(0.6);
      toggleSolutionSetMember(doc, id, field, member, present);
      return `toggleSolutionSetMember ${id} ${field} ${member} ${present}`;
    }),
  ],
  [
    1,
    solutionEdit((doc, id, rng) => {
      const row = addCostRow(doc, id, rng.pick(words), localUserOrigin, rng.next);
      return `addCostRow ${id} ${row}`;
    }),
  ],
  [
    3,
    solutionEdit((doc, id, rng) => {
      const rows = projectSolutions(doc).find((s) => s.id === id)?.costs ?? [];
      if (rows.length === 0) return `updateCostRow ${id}: no rows`;
      const row = rng.pick(rows).id;
      const change = rng.weighted<{ item?: string; quantity?: number | null; unitCost?: number | null }>([
        [1, { item: rng.pick(words) }],
        [1, { quantity: rng.chance(0.2) ? null : rng.int(20) }],
        [1, { unitCost: rng.chance(0.2) ? null : rng.int(100_000) }],
      ]);
      updateCostRow(doc, id, row, change);
      return `updateCostRow ${id} ${row} ${JSON.stringify(change)}`;
    }),
  ],
  [
    0.5,
    solutionEdit((doc, id, rng) => {
      const rows = projectSolutions(doc).find((s) => s.id === id)?.costs ?? [];
      if (rows.length === 0) return `deleteCostRow ${id}: no rows`;
      const row = rng.pick(rows).id;
      deleteCostRow(doc, id, row);
      return `deleteCostRow ${id} ${row}`;
    }),
  ],
  [
    1.5,
    solutionEdit((doc, id, rng) => {
      const what = rng.int(4);
      if (what === 0) {
        const domain = rng.chance(0.3) ? null : rng.pick(tagValues);
        setSolutionDomain(doc, id, domain);
        return `setSolutionDomain ${id} ${domain}`;
      }
      if (what === 1) {
        const status = rng.pick(solutionStatuses);
        setSolutionStatus(doc, id, status);
        return `setSolutionStatus ${id} ${status}`;
      }
      if (what === 2) {
        const people = rng.chance(0.2) ? null : rng.int(200);
        setCostPeople(doc, id, people);
        return `setCostPeople ${id} ${people}`;
      }
      const period = rng.pick<CostPeriod>(['year', 'once']);
      setCostPeriod(doc, id, period);
      return `setCostPeriod ${id} ${period}`;
    }),
  ],
  [
    0.3,
    solutionEdit((doc, id) => {
      deleteSolution(doc, id);
      return `deleteSolution ${id}`;
    }),
  ],
];

/** One random edit; when it does not apply (no cards yet), a card is added instead. */
function randomEdit(doc: Y.Doc, rng: Rng, clock: number): string {
  return rng.weighted(edits)(doc, rng, clock) ?? edits[0]![1](doc, rng, clock)!;
}

// ---------------------------------------------------------------------------------------
// Comparing peers

/** JSON with object keys sorted: a Y.Map's key order depends on its history. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Uint8Array) return Array.from(value);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

const rootsOf = (doc: Y.Doc) =>
  canonical({
    meta: doc.getMap('meta').toJSON(),
    cards: doc.getMap('cards').toJSON(),
    solutions: doc.getMap('solutions').toJSON(),
  });

/** Everything two converged peers must agree on. */
function fingerprint(doc: Y.Doc): string {
  const board = projectBoard(doc);
  return JSON.stringify({
    stateVector: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b),
    deleteSet: [...Y.snapshot(doc).ds.clients]
      .sort(([a], [b]) => a - b)
      .map(([client, items]) => [client, items.map((item) => [item.clock, item.len])]),
    roots: rootsOf(doc),
    board,
    solutions: projectSolutions(doc),
  });
}

/** Null when every doc matches the first, else what differs (for the failure message). */
function divergence(docs: readonly Y.Doc[], names: readonly string[]): string | null {
  const reference = fingerprint(docs[0]!);
  for (let i = 1; i < docs.length; i++) {
    if (fingerprint(docs[i]!) === reference) continue;
    const a = docs[0]!;
    const b = docs[i]!;
    const parts: string[] = [];
    if (!Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b))) parts.push('state vector or delete set');
    if (JSON.stringify(projectBoard(a)) !== JSON.stringify(projectBoard(b))) parts.push('projectBoard');
    if (JSON.stringify(projectSolutions(a)) !== JSON.stringify(projectSolutions(b)))
      parts.push('projectSolutions');
    if (JSON.stringify(rootsOf(a)) !== JSON.stringify(rootsOf(b))) parts.push('doc content');
    return `${names[i]} differs from ${names[0]} in ${parts.join(', ') || 'fingerprint'}`;
  }
  return null;
}

/**
 * What must hold on a peer that has everything it will get (after settling). Not checked
 * between steps: with updates out of order, Yjs applies an update's deletions at once but
 * keeps its new items pending until their dependencies arrive, so a card can lack its
 * `order` for a moment (the old value is deleted, the new one pending) and be left out.
 */
function checkAtRest(doc: Y.Doc): void {
  const board = projectBoard(doc);
  if (board.rejected.length > 0) throw new Error(`projectBoard rejected cards ${board.rejected.join(', ')}`);
  const rawSolutions = doc.getMap('solutions').size;
  const solutions = projectSolutions(doc).length;
  if (rawSolutions !== solutions)
    throw new Error(`projectSolutions left out ${rawSolutions - solutions} of ${rawSolutions} solutions`);
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
    throw new Error('updates still pending (missing dependencies) after settling');
}

/** What must hold between any two steps: the projections never throw. */
function checkAnytime(doc: Y.Doc): void {
  projectBoard(doc);
  projectSolutions(doc);
}

class FuzzFailure extends Error {}

function failure(
  harness: string,
  seed: number,
  step: number,
  what: string,
  trace: readonly string[],
  cause?: unknown,
) {
  const tail = trace.slice(-8).map((line) => `    ${line}`);
  return new FuzzFailure(
    [
      `${harness} seed ${seed} failed at step ${step}: ${what}`,
      ...(cause
        ? [`  cause: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`]
        : []),
      '  last steps:',
      ...tail,
      `  replay: VONK_FUZZ_SEEDS=${seed} npx vitest run --project integration test/integration/convergence-fuzz.test.ts`,
    ].join('\n'),
  );
}

// ---------------------------------------------------------------------------------------
// In-process harness: peers and a hub exchanging y-protocols sync messages through queues

interface Connection {
  name: string;
  doc: Y.Doc;
  /** Peer → hub and hub → peer messages in flight. */
  up: Uint8Array[];
  down: Uint8Array[];
  connected: boolean;
}

class Network {
  readonly hub = new Y.Doc();
  readonly connections: Connection[] = [];
  /** A fault for the self-test: the hub silently ignores everything this peer sends. */
  blackHole: Connection | null = null;

  constructor() {
    this.hub.clientID = 1;
    this.hub.on('update', (update: Uint8Array, origin: unknown) => {
      for (const connection of this.connections) {
        if (connection !== origin && connection.connected) connection.down.push(updateMessage(update));
      }
    });
  }

  addPeer(name: string, clientId: number): Connection {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    const connection: Connection = { name, doc, up: [], down: [], connected: false };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== connection && connection.connected) connection.up.push(updateMessage(update));
    });
    this.connections.push(connection);
    return connection;
  }

  /** Both sides send sync step 1, as y-websocket and the server do on a new socket. */
  connect(connection: Connection): void {
    connection.connected = true;
    connection.up.push(step1Message(connection.doc));
    connection.down.push(step1Message(this.hub));
  }

  /** What was in flight is lost. */
  disconnect(connection: Connection): void {
    connection.connected = false;
    connection.up.length = 0;
    connection.down.length = 0;
  }

  /** Delivers message `index` of one direction (not necessarily the oldest: reordering). */
  deliver(connection: Connection, direction: 'up' | 'down', index: number): void {
    const queue = connection[direction];
    const [message] = queue.splice(index, 1);
    if (direction === 'up' && connection === this.blackHole) return;
    const target = direction === 'up' ? this.hub : connection.doc;
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoding.createDecoder(message!), reply, target, connection);
    if (encoding.length(reply) > 0 && connection.connected) {
      (direction === 'up' ? connection.down : connection.up).push(encoding.toUint8Array(reply));
    }
  }

  inFlight(): { connection: Connection; direction: 'up' | 'down' }[] {
    const queues: { connection: Connection; direction: 'up' | 'down' }[] = [];
    for (const connection of this.connections) {
      if (connection.up.length > 0) queues.push({ connection, direction: 'up' });
      if (connection.down.length > 0) queues.push({ connection, direction: 'down' });
    }
    return queues;
  }

  /** Everyone online, every message delivered (in random order) until nothing is left. */
  settle(rng: Rng): void {
    for (const connection of this.connections) if (!connection.connected) this.connect(connection);
    for (let deliveries = 0; ; deliveries++) {
      const queues = this.inFlight();
      if (queues.length === 0) return;
      if (deliveries > 100_000) throw new Error('messages kept flowing after 100 000 deliveries');
      const { connection, direction } = rng.pick(queues);
      this.deliver(connection, direction, rng.int(connection[direction].length));
    }
  }

  destroy(): void {
    for (const connection of this.connections) connection.doc.destroy();
    this.hub.destroy();
  }
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function step1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Only for the self-test of the failure report. */
interface Fault {
  /** From this step on, the hub ignores everything peer 0 sends. */
  blackHoleFromStep?: number;
}

interface InProcessResult {
  /** Null when every peer and the late joiner converged to a valid board; else what is wrong. */
  diverged: string | null;
  trace: string[];
}

/**
 * Runs `steps` random steps of `seed`, then settles and adds a late joiner. Throws a
 * FuzzFailure when a step throws or breaks an invariant.
 */
function runInProcess(seed: number, steps: number, fault: Fault = {}): InProcessResult {
  const rng = new Rng(seed);
  const network = new Network();
  const trace: string[] = [];
  try {
    const peerCount = 3 + rng.int(inProcess.maxPeers - 2);
    const peers = Array.from({ length: peerCount }, (_, i) => network.addPeer(`peer ${i}`, 100 + i));
    for (const peer of peers) if (rng.chance(0.8)) network.connect(peer);
    trace.push(`${peerCount} peers, connected: ${peers.filter((p) => p.connected).map((p) => p.name)}`);

    for (let step = 1; step <= steps; step++) {
      let what = '';
      if (step === fault.blackHoleFromStep) network.blackHole = peers[0]!;
      try {
        const action = rng.weighted<'edit' | 'deliver' | 'drop' | 'reconnect' | 'wait'>([
          [35, 'edit'],
          [50, 'deliver'],
          [3, 'drop'],
          [5, 'reconnect'],
          [7, 'wait'],
        ]);
        if (action === 'edit') {
          const peer = rng.pick(peers);
          what = `${peer.name}${peer.connected ? '' : ' (offline)'}: ${randomEdit(peer.doc, rng, step)}`;
        } else if (action === 'deliver') {
          const queues = network.inFlight();
          if (queues.length === 0) what = 'deliver: nothing in flight';
          else {
            // A burst: several messages, each picked from any queue at any position.
            const burst = 1 + rng.int(4);
            const delivered: string[] = [];
            for (let i = 0; i < burst; i++) {
              const open = network.inFlight();
              if (open.length === 0) break;
              const { connection, direction } = rng.pick(open);
              const index = rng.int(connection[direction].length);
              delivered.push(`${connection.name} ${direction}[${index}/${connection[direction].length}]`);
              network.deliver(connection, direction, index);
            }
            what = `deliver ${delivered.join(', ')}`;
          }
        } else if (action === 'drop') {
          const online = peers.filter((p) => p.connected);
          if (online.length === 0) what = 'drop: nobody online';
          else {
            const peer = rng.pick(online);
            what = `drop ${peer.name} (${peer.up.length} up, ${peer.down.length} down lost)`;
            network.disconnect(peer);
          }
        } else if (action === 'reconnect') {
          const offline = peers.filter((p) => !p.connected);
          if (offline.length === 0) what = 'reconnect: everyone online';
          else {
            const peer = rng.pick(offline);
            what = `reconnect ${peer.name}`;
            network.connect(peer);
          }
        } else what = 'wait';
        trace.push(`${step}. ${what}`);
        for (const peer of peers) checkAnytime(peer.doc);
        checkAnytime(network.hub);
      } catch (error) {
        if (error instanceof FuzzFailure) throw error;
        trace.push(`${step}. ${what}`);
        throw failure('in-process', seed, step, what || 'step threw', trace, error);
      }
    }

    const names = () => ['hub', ...network.connections.map((c) => c.name)];
    const docs = () => [network.hub, ...network.connections.map((c) => c.doc)];
    try {
      network.settle(rng);
      const late = network.addPeer('late joiner', 999);
      network.connect(late);
      network.settle(rng);
      for (const [i, doc] of docs().entries()) {
        try {
          checkAtRest(doc);
        } catch (error) {
          return { diverged: `${names()[i]}: ${(error as Error).message}`, trace };
        }
      }
    } catch (error) {
      return { diverged: `settling: ${(error as Error).message}`, trace };
    }
    return { diverged: divergence(docs(), names()), trace };
  } finally {
    network.destroy();
  }
}

/**
 * A seed whose end state is wrong (peers diverge, or a settled board is invalid): find the
 * first step after which it goes wrong (each prefix replays deterministically), and report it.
 */
function checkInProcessSeed(seed: number, steps: number, fault: Fault = {}): void {
  const result = runInProcess(seed, steps, fault);
  if (result.diverged === null) return;
  let good = 0;
  let bad = steps;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (runInProcess(seed, middle, fault).diverged === null) good = middle;
    else bad = middle;
  }
  const narrowed = runInProcess(seed, bad, fault);
  throw failure(
    'in-process',
    seed,
    bad,
    `the settled peers are wrong once this step is included: ${narrowed.diverged}`,
    narrowed.trace,
  );
}

describe('convergence fuzz: in-process peers, delays, reordering, dropped connections', () => {
  for (const seed of freshSeeds(inProcess.seedsPerRun, 1)) {
    it(`seed ${seed}`, () => checkInProcessSeed(seed, inProcess.steps), 30_000);
  }
  for (const { seed, note } of regressionSeeds.filter((s) => s.harness === 'in-process')) {
    it(`regression seed ${seed} (${note})`, () => checkInProcessSeed(seed, inProcess.steps), 30_000);
  }

  it('names the seed and the first step after which the end state is wrong (self-test, injected fault)', () => {
    // From step 120 on, the hub drops everything peer 0 sends: what peer 0 has not yet
    // delivered by then never reaches anyone, and the report must point at or after step 120.
    let message = '';
    try {
      checkInProcessSeed(7, 200, { blackHoleFromStep: 120 });
    } catch (error) {
      message = (error as Error).message;
    }
    const match = /^in-process seed 7 failed at step (\d+): the settled peers are wrong/.exec(message);
    expect(match, message).not.toBeNull();
    const step = Number(match![1]);
    expect(step).toBeGreaterThanOrEqual(120);
    // The prefix without that step settles fine; with it, not. The trace ends with it.
    expect(runInProcess(7, step - 1, { blackHoleFromStep: 120 }).diverged).toBeNull();
    expect(message).toContain(`\n    ${step}. `);
    expect(message).toContain('VONK_FUZZ_SEEDS=7');
  });
});

// ---------------------------------------------------------------------------------------
// Server harness: stock WebsocketProvider clients through a real Vonk server

describe('convergence fuzz: WebsocketProvider clients through a real server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.close();
    if (server) await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function converged(
    clients: BoardClient[],
    names: string[],
    timeoutMs: number,
  ): Promise<string | null> {
    try {
      await waitFor(
        () =>
          clients.every((c) => c.provider.synced && c.saves.state.unsaved === 0) &&
          divergence(
            clients.map((c) => c.doc),
            names,
          ) === null,
        timeoutMs,
        'convergence',
      );
      return null;
    } catch {
      const waiting = clients
        .map((c, i) => `${names[i]}: synced ${c.provider.synced}, unsaved ${c.saves.state.unsaved}`)
        .join('; ');
      return `${
        divergence(
          clients.map((c) => c.doc),
          names,
        ) ?? 'same state'
      } after ${timeoutMs} ms (${waiting})`;
    }
  }

  async function checkServerSeed(seed: number): Promise<void> {
    const rng = new Rng(seed);
    const trace: string[] = [];
    const peerCount = 3 + rng.int(overServer.maxPeers - 2);
    const event = await createEvent(server.url, ['Groep 1'], `Fuzz ${seed}`);
    const groupId = event.groups[0]!.groupId;
    const names = Array.from({ length: peerCount }, (_, i) => `peer ${i}`);
    const joined = await Promise.all(names.map((name) => join(server.url, event.joinCode, name, groupId)));
    const docName = joined[0]!.docs.group;
    const clients = joined.map((j) => connectBoard(server.url, docName, j.token));
    const online = clients.map(() => true);
    let late: BoardClient | null = null;
    try {
      await Promise.all(clients.map((c) => waitForSynced(c)));
      for (let step = 1; step <= overServer.steps; step++) {
        let what = '';
        try {
          const action = rng.weighted<'edit' | 'drop' | 'reconnect' | 'wait'>([
            [60, 'edit'],
            [4, 'drop'],
            [7, 'reconnect'],
            [29, 'wait'],
          ]);
          const i = rng.int(peerCount);
          if (action === 'edit') {
            what = `${names[i]}${online[i] ? '' : ' (offline)'}: ${randomEdit(clients[i]!.doc, rng, step)}`;
          } else if (action === 'drop') {
            what = online[i] ? `disconnect ${names[i]}` : `disconnect ${names[i]}: already offline`;
            clients[i]!.provider.disconnect();
            online[i] = false;
          } else if (action === 'reconnect') {
            what = online[i] ? `connect ${names[i]}: already online` : `connect ${names[i]}`;
            clients[i]!.provider.connect();
            online[i] = true;
          } else {
            const ms = rng.int(25);
            what = `wait ${ms} ms`;
            await sleep(ms);
          }
          trace.push(`${step}. ${what}`);
          for (const client of clients) checkAnytime(client.doc);
        } catch (error) {
          trace.push(`${step}. ${what}`);
          throw failure('server', seed, step, what || 'step threw', trace, error);
        }
        if (step % overServer.checkpointEvery === 0 || step === overServer.steps) {
          for (const [k, client] of clients.entries()) {
            client.provider.connect();
            online[k] = true;
          }
          const diverged = await converged(clients, names, 15_000);
          if (diverged)
            throw failure('server', seed, step, `no convergence at the checkpoint: ${diverged}`, trace);
          try {
            for (const client of clients) checkAtRest(client.doc);
          } catch (error) {
            throw failure('server', seed, step, 'converged, but not a valid board', trace, error);
          }
          trace.push(`${step}. checkpoint: converged`);
        }
      }

      // Stored, not just relayed: restart the server on its data dir; a late joiner reads back.
      for (const client of clients) client.provider.disconnect();
      const dataDir = server.dataDir;
      await server.close();
      server = await startTestServer({ dataDir });
      const lateJoin = await join(server.url, event.joinCode, 'Late', groupId);
      late = connectBoard(server.url, docName, lateJoin.token);
      await waitForSynced(late);
      const diverged = divergence([clients[0]!.doc, late.doc], ['peer 0', 'late joiner after a restart']);
      if (diverged) throw failure('server', seed, overServer.steps + 1, diverged, trace);
      for (const doc of [late.doc, ...clients.map((c) => c.doc)]) checkAtRest(doc);
    } finally {
      for (const client of clients) client.destroy();
      late?.destroy();
    }
  }

  for (const seed of freshSeeds(overServer.seedsPerRun, 2)) {
    it(`seed ${seed}`, () => checkServerSeed(seed), 45_000);
  }
  for (const { seed, note } of regressionSeeds.filter((s) => s.harness === 'server')) {
    it(`regression seed ${seed} (${note})`, () => checkServerSeed(seed), 45_000);
  }
});
