/**
 * `npm run bench -- [--scenario quick|C-300|D-500] [--pairs N]`: Vonk and the reference
 * y-websocket server (@y/websocket-server) alternately (A B A B …) under the same load on
 * this machine; medians over pairs and ratios Vonk/reference → bench/results, docs/PERFORMANCE.md.
 * Traffic only to 127.0.0.1; every server child is killed on exit, error or signal.
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { LeveldbPersistence } from 'y-leveldb';
import { io as ioClient, type Socket } from 'socket.io-client';
import {
  LeanClient,
  LoopDelay,
  Tracker,
  connectProbe,
  drive,
  latencySummary,
  sleep,
  waitUntil,
  type ProbeClient,
} from './load.ts';
import { medians, percentile, ratio, type Metrics } from './metrics.ts';
import { writeReport } from './report.ts';
import {
  benchAdminToken,
  killAllServers,
  makeDataDir,
  startServer,
  type ServerHandle,
  type ServerKind,
} from './servers.ts';

interface Scenario {
  name: string;
  students: number;
  groups: number;
  projectorViews: number;
  probes: number;
  phaseMs: number;
  settleMs: number;
  /** How long rooms stay empty before "memory kept" is measured. */
  keptWaitMs: number;
  saturationRates: number[];
  saturationStepMs: number;
  bigBoardCards: number;
  pairs: number;
}

const scenarios: Record<string, Scenario> = {
  quick: {
    name: 'quick',
    students: 20,
    groups: 4,
    projectorViews: 1,
    probes: 1,
    phaseMs: 3_000,
    settleMs: 2_000,
    keptWaitMs: 6_500,
    saturationRates: [2, 8],
    saturationStepMs: 2_000,
    bigBoardCards: 1_000,
    pairs: 1,
  },
  'C-300': {
    name: 'C-300',
    students: 300,
    groups: 40,
    projectorViews: 3,
    probes: 3,
    phaseMs: 15_000,
    settleMs: 3_000,
    keptWaitMs: 30_000,
    saturationRates: [2, 4, 8, 12, 16, 20, 24, 32],
    saturationStepMs: 5_000,
    bigBoardCards: 5_000,
    pairs: 3,
  },
  'D-500': {
    name: 'D-500',
    students: 500,
    groups: 60,
    projectorViews: 3,
    probes: 3,
    phaseMs: 15_000,
    settleMs: 3_000,
    keptWaitMs: 30_000,
    saturationRates: [2, 4, 8],
    saturationStepMs: 5_000,
    bigBoardCards: 5_000,
    pairs: 3,
  },
};

function parseArgs(argv: string[]): { scenario: Scenario; publish: boolean } {
  let name = 'quick';
  let pairs: number | null = null;
  let publish: boolean | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--scenario') name = argv[++i] ?? '';
    else if (arg.startsWith('--scenario=')) name = arg.slice('--scenario='.length);
    else if (arg === '--pairs') pairs = Number(argv[++i]);
    else if (arg.startsWith('--pairs=')) pairs = Number(arg.slice('--pairs='.length));
    else if (arg === '--publish') publish = true;
    else if (arg === '--no-publish') publish = false;
    else throw new Error(`unknown option ${arg}`);
  }
  const base = scenarios[name];
  if (!base) throw new Error(`unknown scenario "${name}" (quick, C-300, D-500)`);
  if (pairs !== null && (!Number.isInteger(pairs) || pairs < 1 || pairs > 10)) {
    throw new Error('--pairs must be an integer from 1 to 10');
  }
  return { scenario: { ...base, pairs: pairs ?? base.pairs }, publish: publish ?? name !== 'quick' };
}

const log = (message: string): void =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

// ---------------------------------------------------------------- setup per server

interface Setup {
  groupDocs: string[];
  studentUrls: string[];
  projectorUrls: string[][];
  probeParams: Record<string, string>[];
  facilitatorToken: string | null;
  apiJoinMs: number | null;
  /** A writer URL on a doc of its own, to warm the server up before the memory baseline. */
  warmupUrl: string;
}

async function api<T>(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** `docPrefix` names a fresh set of reference docs (Vonk makes a new event every time). */
async function setup(server: ServerHandle, scenario: Scenario, docPrefix = 'bench'): Promise<Setup> {
  const { students, groups, projectorViews, probes } = scenario;
  if (server.kind === 'reference') {
    const groupDocs = Array.from({ length: groups }, (_, g) => `${docPrefix}/g${g}`);
    return {
      groupDocs,
      studentUrls: Array.from({ length: students }, (_, i) => server.docUrl(groupDocs[i % groups]!)),
      projectorUrls: Array.from({ length: projectorViews }, () => groupDocs.map((doc) => server.docUrl(doc))),
      probeParams: Array.from({ length: probes }, () => ({})),
      facilitatorToken: null,
      apiJoinMs: null,
      warmupUrl: server.docUrl('bench/warmup'),
    };
  }
  const event = await api<{
    eventId: string;
    joinCode: string;
    organizerToken: string;
    groups: { groupId: string }[];
  }>(server.httpUrl, 'POST', '/api/events', benchAdminToken, {
    title: `Bench ${scenario.name}`,
    groups: Array.from({ length: groups }, (_, g) => `Group ${g + 1}`),
  });
  const groupDocs = event.groups.map((group) => `g/${event.eventId}/${group.groupId}`);
  const tokens: string[] = new Array<string>(students);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < students) {
        const i = next++;
        const joined = await api<{ token: string }>(server.httpUrl, 'POST', '/api/join', undefined, {
          code: event.joinCode,
          name: `Student ${i}`,
          groupId: event.groups[i % groups]!.groupId,
        });
        tokens[i] = joined.token;
      }
    }),
  );
  const apiJoinMs = performance.now() - started;
  const mint = (role: string): Promise<{ token: string }> =>
    api(server.httpUrl, 'POST', `/api/events/${event.eventId}/tokens`, event.organizerToken, { role });
  const projectorUrls: string[][] = [];
  for (let v = 0; v < projectorViews; v++) {
    const { token } = await mint('projector');
    projectorUrls.push(groupDocs.map((doc) => server.docUrl(doc, token)));
  }
  const probeParams: Record<string, string>[] = [];
  for (let p = 0; p < probes; p++) {
    const joined = await api<{ token: string }>(server.httpUrl, 'POST', '/api/join', undefined, {
      code: event.joinCode,
      name: `Probe ${p}`,
      groupId: event.groups[p % groups]!.groupId,
    });
    probeParams.push({ token: joined.token });
  }
  const facilitatorToken = (await mint('facilitator')).token;
  const warmupEvent = await api<{ eventId: string; joinCode: string; groups: { groupId: string }[] }>(
    server.httpUrl,
    'POST',
    '/api/events',
    benchAdminToken,
    { title: 'Warm-up', groups: ['Warm-up'] },
  );
  const warmupJoin = await api<{ token: string }>(server.httpUrl, 'POST', '/api/join', undefined, {
    code: warmupEvent.joinCode,
    name: 'Warm-up',
  });
  return {
    warmupUrl: server.docUrl(`g/${warmupEvent.eventId}/${warmupEvent.groups[0]!.groupId}`, warmupJoin.token),
    groupDocs,
    studentUrls: tokens.map((token, i) => server.docUrl(groupDocs[i % groups]!, token)),
    projectorUrls,
    probeParams,
    facilitatorToken,
    apiJoinMs,
  };
}

// ---------------------------------------------------------------- the simulated class

class Classroom {
  readonly tracker = new Tracker();
  readonly students: LeanClient[] = [];
  readonly projectors: LeanClient[] = [];
  readonly byGroup: LeanClient[][];
  probes: ProbeClient[] = [];
  drops = 0;
  facilitator: Socket | null = null;
  #facilitatorTimer: NodeJS.Timeout | null = null;
  facilitatorCommands = 0;

  constructor(
    readonly scenario: Scenario,
    readonly server: ServerHandle,
    readonly setup: Setup,
  ) {
    this.byGroup = Array.from({ length: scenario.groups }, () => []);
    const receivers = (group: number): number => {
      let open = 0;
      for (const client of this.byGroup[group]!) if (client.open) open++;
      return open - 1;
    };
    const onDrop = (): void => void this.drops++;
    setup.studentUrls.forEach((url, i) => {
      const client = new LeanClient({
        index: i,
        group: i % scenario.groups,
        url,
        writer: true,
        tracker: this.tracker,
        receivers,
        onDrop,
      });
      this.students.push(client);
      this.byGroup[client.group]!.push(client);
    });
    setup.projectorUrls.forEach((urls, v) =>
      urls.forEach((url, g) => {
        const client = new LeanClient({
          index: scenario.students + v * scenario.groups + g,
          group: g,
          url,
          writer: false,
          tracker: this.tracker,
          receivers,
          onDrop,
        });
        this.projectors.push(client);
        this.byGroup[g]!.push(client);
      }),
    );
  }

  get lean(): LeanClient[] {
    return [...this.students, ...this.projectors];
  }

  /** Everyone connects at once; resolves with each socket's time to synced. */
  async joinStorm(): Promise<number[]> {
    return Promise.all(this.lean.map((client) => client.connect()));
  }

  async connectProbes(): Promise<number> {
    const base = this.server.providerBase();
    this.probes = this.setup.probeParams.map((params, p) =>
      connectProbe(base, this.setup.groupDocs[p % this.scenario.groups]!, params),
    );
    const ok = await waitUntil(() => this.probes.every((probe) => probe.provider.synced), 15_000);
    return ok ? 0 : this.probes.filter((probe) => !probe.provider.synced).length;
  }

  /** Writers whose card text a probe of their group does not show (end-to-end loss). */
  async probeMismatches(timeoutMs: number): Promise<number> {
    const mismatches = (): number => {
      let count = 0;
      this.probes.forEach((probe, p) => {
        const cards = probe.doc.getMap<Y.Map<unknown>>('cards');
        for (const writer of this.byGroup[p % this.scenario.groups]!) {
          if (!writer.writer) continue;
          const seen = cards.get(writer.cardId())?.get('text');
          if ((seen instanceof Y.Text ? seen.toString() : '') !== writer.cardText()) count++;
        }
      });
      return count;
    };
    await waitUntil(() => mismatches() === 0, timeoutMs);
    return mismatches();
  }

  /** The facilitator's socket.io traffic (Vonk only: the reference has no control channel). */
  async startFacilitator(): Promise<void> {
    if (!this.setup.facilitatorToken) return;
    const socket = ioClient(this.server.httpUrl, {
      auth: { token: this.setup.facilitatorToken },
      transports: ['websocket'],
      reconnection: false,
    });
    this.facilitator = socket;
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    let tick = 0;
    this.#facilitatorTimer = setInterval(() => {
      tick++;
      socket.emit('time:sync', () => void this.facilitatorCommands++);
      if (tick % 5 === 0) {
        socket.emit(
          'announce:set',
          tick % 10 === 0 ? null : `Nog ${tick} minuten`,
          () => void this.facilitatorCommands++,
        );
      }
    }, 1_000);
  }

  stopFacilitator(): void {
    if (this.#facilitatorTimer) clearInterval(this.#facilitatorTimer);
    this.facilitator?.disconnect();
    this.facilitator = null;
  }

  async closeAll(): Promise<void> {
    this.stopFacilitator();
    for (const probe of this.probes) probe.destroy();
    this.probes = [];
    await Promise.all(this.lean.map((client) => client.close()));
  }
}

interface PhaseResult {
  metrics: Metrics;
  sustainedPerSec: number;
  deliveredFraction: number;
  p99Ms: number | null;
}

/** Drives one phase and measures latency, delivery, server CPU and the generator's loop delay. */
async function measurePhase(
  room: Classroom,
  name: string,
  clients: LeanClient[],
  ratePerSec: number,
  durationMs: number,
  act: (client: LeanClient, step: number) => void,
): Promise<PhaseResult> {
  const { tracker, server } = room;
  const loop = new LoopDelay();
  const dropsBefore = room.drops;
  tracker.phase = name;
  await server.loopDelay();
  const cpu0 = server.sample();
  loop.start();
  await drive(clients, ratePerSec, durationMs, act);
  const cpu1 = server.sample();
  const serverLoop = await server.loopDelay();
  tracker.phase = null;
  await waitUntil(() => tracker.outstanding(name) === 0, room.scenario.settleMs);
  const eld = loop.stop();
  const stats = tracker.stats(name);
  const outstanding = tracker.outstanding(name);
  tracker.forget(name);
  const { p50Ms, p99Ms } = latencySummary(stats.latenciesMs);
  const seconds = durationMs / 1000;
  const sustainedPerSec = stats.fullyDeliveredInDeadline / seconds;
  const deliveredFraction = stats.sent === 0 ? 1 : stats.fullyDelivered / stats.sent;
  const metrics: Metrics = {
    [`${name}.p50Ms`]: p50Ms,
    [`${name}.p99Ms`]: p99Ms,
    [`${name}.maxMs`]: percentile(stats.latenciesMs, 100),
    [`${name}.sentPerSec`]: stats.sent / seconds,
    [`${name}.deliveriesPerSec`]: stats.received / seconds,
    [`${name}.fullyDeliveredPerSec`]: stats.fullyDelivered / seconds,
    [`${name}.notFullyDelivered`]: outstanding,
    [`${name}.serverCpuPct`]: ((cpu1.cpuMs - cpu0.cpuMs) / (cpu1.atMs - cpu0.atMs)) * 100,
    [`${name}.serverRssMB`]: cpu1.rssBytes / 2 ** 20,
    [`${name}.droppedSockets`]: room.drops - dropsBefore,
    [`${name}.generatorLoopDelayP99Ms`]: eld.p99Ms,
    [`${name}.generatorLoopDelayMaxMs`]: eld.maxMs,
    [`${name}.serverLoopDelayP99Ms`]: serverLoop.p99Ms,
    [`${name}.serverLoopDelayMaxMs`]: serverLoop.maxMs,
  };
  log(
    `  ${server.kind}${server.persist ? '' : '(memory)'} ${name}: ${stats.sent} sent, p50 ${fmt(p50Ms)} ms, p99 ${fmt(p99Ms)} ms, ` +
      `not fully delivered ${outstanding}, server CPU ${fmt(metrics[`${name}.serverCpuPct`]!)}%, ` +
      `server loop p99 ${fmt(serverLoop.p99Ms)} ms, generator loop p99 ${fmt(eld.p99Ms)} ms`,
  );
  return { metrics, sustainedPerSec, deliveredFraction, p99Ms };
}

const fmt = (value: number | null): string => (value === null ? '–' : value.toFixed(1));

const heapBytes = async (server: ServerHandle): Promise<number> => {
  const sample = await server.heap();
  return sample.heapUsed + sample.external;
};

// ---------------------------------------------------------------- arms

/** Join storm, steady typing, presence, drag, then memory per connection / room / kept. */
async function mainArm(kind: ServerKind, scenario: Scenario): Promise<Metrics> {
  const dataDir = await makeDataDir(kind);
  const server = await startServer({ kind, persist: true, dataDir });
  let room: Classroom | null = null;
  try {
    const metrics: Metrics = {};
    const config = await setup(server, scenario);
    metrics['join.apiJoinMs'] = config.apiJoinMs;
    room = new Classroom(scenario, server, config);
    // Warm-up on a doc of its own (first-use code and caches are not "kept" memory), then
    // wait past Vonk's 5 s unload grace before the baseline.
    await warmUp(config.warmupUrl);
    await sleep(6_000);
    const heapBase = await heapBytes(server);

    const loop = new LoopDelay();
    loop.start();
    const cpu0 = server.sample();
    const stormStart = performance.now();
    const times = await room.joinStorm();
    const stormMs = performance.now() - stormStart;
    const cpu1 = server.sample();
    const eld = loop.stop();
    Object.assign(metrics, {
      'join.sockets': times.length,
      'join.p50Ms': percentile(times, 50),
      'join.p99Ms': percentile(times, 99),
      'join.stormMs': stormMs,
      'join.serverCpuMs': cpu1.cpuMs - cpu0.cpuMs,
      'join.generatorLoopDelayP99Ms': eld.p99Ms,
    });
    log(
      `  ${kind} join storm: ${times.length} sockets in ${fmt(stormMs)} ms, p99 ${fmt(metrics['join.p99Ms']!)} ms`,
    );
    metrics['probes.notSynced'] = await room.connectProbes();
    await room.startFacilitator();
    await sleep(500);

    const writers = room.students;
    const draggers = room.byGroup.map((members) => members.find((client) => client.writer)!);
    Object.assign(
      metrics,
      (await measurePhase(room, 'steady', writers, 1, scenario.phaseMs, (c) => c.type())).metrics,
      (await measurePhase(room, 'presence', writers, 5, scenario.phaseMs, (c, s) => c.cursor(s))).metrics,
      (await measurePhase(room, 'drag', draggers, 30, scenario.phaseMs, (c, s) => c.drag(s))).metrics,
    );
    metrics['probes.mismatchedCards'] = await room.probeMismatches(5_000);
    metrics['facilitator.commandsAcked'] = room.facilitator ? room.facilitatorCommands : null;
    room.stopFacilitator();
    await sleep(500);

    // Memory: everyone connected; then one writer per group (rooms live); then nobody.
    const heapAll = await heapBytes(server);
    const keep = new Set(draggers);
    for (const probe of room.probes) probe.destroy();
    room.probes = [];
    const leaving = room.lean.filter((client) => !keep.has(client));
    await Promise.all(leaving.map((client) => client.close()));
    await sleep(1_500);
    const heapRooms = await heapBytes(server);
    await Promise.all([...keep].map((client) => client.close()));
    await sleep(scenario.keptWaitMs);
    const heapAfter = await heapBytes(server);
    const perConnection = (heapAll - heapRooms) / (leaving.length + config.probeParams.length);
    const perRoom = (heapRooms - heapBase - perConnection * keep.size) / scenario.groups;
    Object.assign(metrics, {
      'memory.baseHeapBytes': heapBase,
      'memory.perConnectionBytes': perConnection,
      'memory.perRoomBytes': perRoom,
      'memory.keptAfterEmptyBytes': Math.max(0, heapAfter - heapBase),
      'memory.keptAfterEmptyWaitMs': scenario.keptWaitMs,
      droppedSockets: room.drops,
    });
    log(
      `  ${kind} memory: ${fmt(perConnection / 1024)} KiB/connection, ${fmt(perRoom / 1024)} KiB/room, ` +
        `kept ${fmt((heapAfter - heapBase) / 1024)} KiB ${scenario.keptWaitMs / 1000} s after every room emptied`,
    );
    return metrics;
  } finally {
    await room?.closeAll();
    await server.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

/** Typing rate stepped up until updates stop being fully delivered within 1 s. */
async function saturationArm(kind: ServerKind, scenario: Scenario): Promise<Metrics> {
  const dataDir = await makeDataDir(`${kind}-sat`);
  const server = await startServer({ kind, persist: true, dataDir });
  let room: Classroom | null = null;
  try {
    room = new Classroom(scenario, server, await setup(server, scenario));
    await room.joinStorm();
    await sleep(500);
    let best = 0;
    let bestRate = 0;
    let generatorP99 = 0;
    const metrics: Metrics = {};
    for (const rate of scenario.saturationRates) {
      const result = await measurePhase(
        room,
        `saturation@${rate}`,
        room.students,
        rate,
        scenario.saturationStepMs,
        (c) => c.type(),
      );
      Object.assign(metrics, result.metrics);
      generatorP99 = Math.max(
        generatorP99,
        result.metrics[`saturation@${rate}.generatorLoopDelayP99Ms`] ?? 0,
      );
      if (result.sustainedPerSec > best) {
        best = result.sustainedPerSec;
        bestRate = rate;
      }
      if (result.deliveredFraction < 0.99 || (result.p99Ms ?? Infinity) > 1_000) break;
      await sleep(1_000);
    }
    metrics['saturation.sustainedPerSec'] = best;
    metrics['saturation.atRatePerStudent'] = bestRate;
    metrics['saturation.generatorLoopDelayP99Ms'] = generatorP99;
    metrics['saturation.droppedSockets'] = room.drops;
    log(`  ${kind} saturation: ${fmt(best)} fully-delivered updates/s (at ${bestRate}/s per student)`);
    return metrics;
  } finally {
    await room?.closeAll();
    await server.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Memory that emptied rooms keep, as the issue means it. Two cycles of the class on fresh
 * rooms (join, type for a few seconds, leave); kept = what the heap grew by over the second
 * cycle, so first-use code and caches (made in the first) do not count. The reference runs
 * without persistence here: with YPERSISTENCE it destroys a doc when its last connection
 * closes, without it (its default) it keeps every doc.
 */
async function keptArm(kind: ServerKind, scenario: Scenario): Promise<Metrics> {
  const dataDir = await makeDataDir(`${kind}-kept`);
  const server = await startServer({ kind, persist: kind === 'vonk', dataDir });
  try {
    const cycle = async (name: string, waitMs: number): Promise<number> => {
      const room = new Classroom(scenario, server, await setup(server, scenario, name));
      try {
        await room.joinStorm();
        await measurePhase(room, name, room.students, 1, 3_000, (c) => c.type());
      } finally {
        await room.closeAll();
      }
      await sleep(waitMs);
      return heapBytes(server);
    };
    // Past Vonk's 5 s unload grace, so the first cycle's rooms are gone before the baseline.
    const afterFirst = await cycle('kept-1', 6_500);
    const afterSecond = await cycle('kept-2', scenario.keptWaitMs);
    const kept = Math.max(0, afterSecond - afterFirst);
    log(
      `  ${kind} kept: ${fmt(kept / 1024)} KiB ${scenario.keptWaitMs / 1000} s after ${scenario.groups} fresh rooms emptied` +
        (kind === 'reference' ? ' (reference without persistence)' : ''),
    );
    return { 'memory.keptSecondCycleBytes': kept };
  } finally {
    await server.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

/** Vonk with the in-memory store, steady typing only: CPU with persistence against without. */
async function memoryStoreArm(scenario: Scenario): Promise<Metrics> {
  const dataDir = await makeDataDir('vonk-mem');
  const server = await startServer({ kind: 'vonk', persist: false, dataDir });
  let room: Classroom | null = null;
  try {
    room = new Classroom(scenario, server, await setup(server, scenario));
    await room.joinStorm();
    await sleep(500);
    const result = await measurePhase(room, 'steady', room.students, 1, scenario.phaseMs, (c) => c.type());
    return result.metrics;
  } finally {
    await room?.closeAll();
    await server.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

/** A board of `cards` cards, as a few updates (each well under the 2 MiB frame limit). */
function buildBigBoard(cards: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => void updates.push(update));
  const map = doc.getMap<Y.Map<unknown>>('cards');
  for (let start = 0; start < cards; start += 500) {
    doc.transact(() => {
      for (let i = start; i < Math.min(cards, start + 500); i++) {
        const card = new Y.Map<unknown>();
        map.set(`c${i.toString(36).padStart(8, '0')}`, card);
        card.set('polarity', i % 2 ? 'energy' : 'stressor');
        card.set(
          'text',
          new Y.Text(
            `Kaart ${i}: nachtdiensten en weinig autonomie over het rooster, genoemd door ${i % 17} mensen`,
          ),
        );
        card.set('order', `a${i.toString(36)}`);
        card.set('authorId', `p${i % 300}`);
        card.set('authorName', `Student ${i % 300}`);
        card.set('createdAt', 1_700_000_000_000 + i);
        card.set('code', null);
        card.set('context', 'context:social');
        card.set('need', null);
        card.set('phases', new Y.Map());
        card.set('evidence', new Y.Map());
        card.set('sensitive', false);
      }
    });
  }
  doc.destroy();
  return updates;
}

/** Writes the big board, restarts the server, then measures cold and warm time to content. */
async function bigBoardArm(kind: ServerKind, scenario: Scenario, updates: Uint8Array[]): Promise<Metrics> {
  const dataDir = await makeDataDir(`${kind}-big`);
  let server: ServerHandle | null = null;
  const probes: ProbeClient[] = [];
  try {
    let docName = 'bench/big';
    let params: Record<string, string> = {};
    if (kind === 'vonk') {
      // Through a client: Vonk acknowledges (type 20) only what it has stored.
      server = await startServer({ kind, persist: true, dataDir });
      const event = await api<{ eventId: string; joinCode: string; groups: { groupId: string }[] }>(
        server.httpUrl,
        'POST',
        '/api/events',
        benchAdminToken,
        { title: 'Big board', groups: ['Big'] },
      );
      docName = `g/${event.eventId}/${event.groups[0]!.groupId}`;
      const joined = await api<{ token: string }>(server.httpUrl, 'POST', '/api/join', undefined, {
        code: event.joinCode,
        name: 'Writer',
      });
      params = { token: joined.token };
      await writeThroughVonk(server.docUrl(docName, joined.token), updates);
      await server.stop();
    } else {
      // Through its persistence dir (y-leveldb), as the issue asks.
      const ldb = new LeveldbPersistence(`${dataDir}/y-leveldb`);
      for (const update of updates) await ldb.storeUpdate(docName, update);
      await ldb.destroy();
    }
    server = await startServer({ kind, persist: true, dataDir });
    await sleep(500);
    const measure = async (): Promise<{
      contentMs: number;
      syncedMs: number;
      syncedBeforeContent: boolean;
    }> => {
      const started = performance.now();
      let contentMs = -1;
      let syncedMs = -1;
      const probe = connectProbe(server!.providerBase(), docName, params);
      probes.push(probe);
      const cards = probe.doc.getMap('cards');
      probe.doc.on('update', () => {
        if (contentMs < 0 && cards.size >= scenario.bigBoardCards) contentMs = performance.now() - started;
      });
      probe.provider.on('sync', (synced: boolean) => {
        if (synced && syncedMs < 0) syncedMs = performance.now() - started;
      });
      const ok = await waitUntil(() => contentMs >= 0 && syncedMs >= 0, 30_000);
      if (!ok)
        throw new Error(`${kind}: big board content ${contentMs} / synced ${syncedMs} not within 30 s`);
      return { contentMs, syncedMs, syncedBeforeContent: syncedMs < contentMs };
    };
    const cold = await measure();
    // Warm means loaded: a server that answered before its doc was built finishes it first.
    await sleep(2_000);
    const warm = await measure();
    log(
      `  ${kind} big board (${scenario.bigBoardCards} cards): cold content ${fmt(cold.contentMs)} ms (synced ${fmt(cold.syncedMs)} ms), ` +
        `warm ${fmt(warm.contentMs)} ms${cold.syncedBeforeContent ? ' — synced BEFORE content' : ''}`,
    );
    return {
      'bigBoard.cards': scenario.bigBoardCards,
      'bigBoard.bytes': updates.reduce((sum, update) => sum + update.byteLength, 0),
      'bigBoard.coldContentMs': cold.contentMs,
      'bigBoard.coldSyncedMs': cold.syncedMs,
      'bigBoard.coldSyncedBeforeContent': cold.syncedBeforeContent ? 1 : 0,
      'bigBoard.warmContentMs': warm.contentMs,
      'bigBoard.warmSyncedBeforeContent': warm.syncedBeforeContent ? 1 : 0,
    };
  } finally {
    for (const probe of probes) probe.destroy();
    await server?.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

async function warmUp(url: string): Promise<void> {
  const tracker = new Tracker();
  const clients = [0, 1].map(
    (index) =>
      new LeanClient({ index, group: 0, url, writer: true, tracker, receivers: () => 1, onDrop: () => {} }),
  );
  await Promise.all(clients.map((client) => client.connect()));
  for (let step = 0; step < 10; step++) {
    for (const client of clients) {
      client.type();
      client.cursor(step);
      client.drag(step);
    }
    await sleep(20);
  }
  await sleep(300);
  await Promise.all(clients.map((client) => client.close()));
}

function writeThroughVonk(url: string, updates: Uint8Array[]): Promise<void> {
  const tracker = new Tracker();
  const writer = new LeanClient({
    index: 0,
    group: 0,
    url,
    writer: true,
    tracker,
    receivers: () => 0,
    onDrop: () => {},
  });
  return (async () => {
    await writer.connect();
    let acked = 0;
    writer.ws!.on('message', (data: Buffer) => {
      if (data[0] !== 20) return;
      const decoder = decoding.createDecoder(data);
      decoding.readVarUint(decoder);
      acked = decoding.readVarUint(decoder);
    });
    const doc = writer.doc!;
    for (const update of updates) Y.applyUpdate(doc, update);
    // The sync step 2 plus one frame per update: wait for the last to be stored.
    const ok = await waitUntil(() => acked >= updates.length + 1, 30_000);
    await writer.close();
    if (!ok) throw new Error(`Vonk acknowledged ${acked} of ${updates.length} big-board writes`);
  })();
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { scenario, publish } = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  log(
    `scenario ${scenario.name}: ${scenario.students} students in ${scenario.groups} groups, ` +
      `${scenario.projectorViews} projector views, ${scenario.pairs} pair(s); ${os.cpus().length} CPUs`,
  );
  const runs: Record<'vonk' | 'reference' | 'vonkMemory', Metrics[]> = {
    vonk: [],
    reference: [],
    vonkMemory: [],
  };
  const persistenceRatios: number[] = [];
  const bigBoard = buildBigBoard(scenario.bigBoardCards);
  for (let pair = 1; pair <= scenario.pairs; pair++) {
    const perKind: Partial<Record<ServerKind, Metrics>> = {};
    for (const kind of ['vonk', 'reference'] as const) {
      log(`pair ${pair}/${scenario.pairs}: ${kind}`);
      perKind[kind] = {
        ...(await mainArm(kind, scenario)),
        ...(await saturationArm(kind, scenario)),
        ...(await bigBoardArm(kind, scenario, bigBoard)),
      };
      runs[kind].push(perKind[kind]);
    }
    log(`pair ${pair}/${scenario.pairs}: vonk with the memory store`);
    const memory = await memoryStoreArm(scenario);
    runs.vonkMemory.push(memory);
    const persisted = perKind.vonk?.['steady.serverCpuPct'];
    const inMemory = memory['steady.serverCpuPct'];
    const pairRatio = ratio(persisted, inMemory);
    if (pairRatio !== null) persistenceRatios.push(pairRatio);
  }
  // Once per run (it takes about a minute per server): see keptArm.
  for (const kind of ['vonk', 'reference'] as const) {
    log(`memory kept by emptied rooms: ${kind}`);
    Object.assign(runs[kind][0]!, await keptArm(kind, scenario));
  }
  const path = await writeReport({
    scenario: { ...scenario },
    startedAt,
    finishedAt: new Date(),
    runs,
    medians: {
      vonk: medians(runs.vonk),
      reference: medians(runs.reference),
      vonkMemory: medians(runs.vonkMemory),
    },
    persistenceRatios,
    publish,
  });
  log(`results: ${path}${publish ? ' (and bench/results/latest.json, docs/PERFORMANCE.md)' : ''}`);
}

process.on('exit', killAllServers);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAllServers();
    process.exit(130);
  });
}

main().then(
  () => {
    killAllServers();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    killAllServers();
    process.exit(1);
  },
);
