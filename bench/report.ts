import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { median, meets, ratio, round, targets, type Metrics } from './metrics.ts';
import { repoRoot } from './servers.ts';

export interface ReportInput {
  scenario: Record<string, unknown> & { name: string; pairs: number };
  startedAt: Date;
  finishedAt: Date;
  runs: Record<'vonk' | 'reference' | 'vonkMemory', Metrics[]>;
  medians: Record<'vonk' | 'reference' | 'vonkMemory', Metrics>;
  /** Per pair: Vonk steady CPU with LevelDB ÷ with the memory store. */
  persistenceRatios: number[];
  /** Also write bench/results/latest.json and the table in docs/PERFORMANCE.md. */
  publish: boolean;
}

const startMarker = '<!-- bench:results:start -->';
const endMarker = '<!-- bench:results:end -->';

export function computeRatios(input: ReportInput): Record<string, number | null> {
  const ratios: Record<string, number | null> = {};
  const { vonk, reference } = input.medians;
  for (const target of targets) {
    if (target.name === 'persistence.cpuRatio') continue;
    ratios[target.name] = ratio(vonk[target.name], reference[target.name]);
  }
  for (const phase of ['steady', 'presence', 'drag']) {
    for (const metric of ['p50Ms', 'serverCpuPct']) {
      const name = `${phase}.${metric}`;
      ratios[name] ??= ratio(vonk[name], reference[name]);
    }
  }
  ratios['join.p50Ms'] = ratio(vonk['join.p50Ms'], reference['join.p50Ms']);
  ratios['persistence.cpuRatio'] = round(median(input.persistenceRatios));
  return ratios;
}

async function formatted(text: string, filePath: string): Promise<string> {
  const options = (await prettier.resolveConfig(filePath)) ?? {};
  return prettier.format(text, { ...options, filepath: filePath });
}

/** Writes bench/results/<date>.json (and when publishing latest.json and docs/PERFORMANCE.md). */
export async function writeReport(input: ReportInput): Promise<string> {
  const ratios = computeRatios(input);
  const targetRows = targets.map((target) => ({
    ...target,
    ratio: ratios[target.name] ?? null,
    met: meets(target, ratios[target.name] ?? null),
  }));
  const result = {
    scenario: input.scenario,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version },
    servers: {
      vonk: 'Vonk (server/main.ts), LevelDB store',
      reference:
        '@y/websocket-server 0.1.1 (src/server.js) with YPERSISTENCE (y-leveldb); without it for memory.keptSecondCycleBytes',
      vonkMemory: 'Vonk with VONK_STORE=memory (steady typing only)',
    },
    medians: input.medians,
    ratios,
    targets: targetRows,
    persistenceRatiosPerPair: input.persistenceRatios,
    runs: input.runs,
  };
  const dir = path.join(repoRoot, 'bench/results');
  await fsp.mkdir(dir, { recursive: true });
  const stamp = input.startedAt.toISOString().replace(/[:.]/g, '-');
  const suffix = input.scenario.name === 'quick' ? '-quick' : `-${input.scenario.name}`;
  const file = path.join(dir, `${stamp}${suffix}.json`);
  const json = `${JSON.stringify(result, null, 2)}\n`;
  await fsp.writeFile(file, json);
  if (input.publish) {
    await fsp.writeFile(path.join(dir, 'latest.json'), json);
    await writePerformanceDoc(input, ratios, targetRows, path.relative(repoRoot, file));
  }
  return path.relative(repoRoot, file);
}

const metricRows: { name: string; label: string; unit: string; scale?: number }[] = [
  { name: 'join.p50Ms', label: 'join storm: time to synced p50', unit: 'ms' },
  { name: 'join.p99Ms', label: 'join storm: time to synced p99', unit: 'ms' },
  { name: 'join.stormMs', label: 'join storm: all sockets synced', unit: 'ms' },
  { name: 'join.apiJoinMs', label: 'join API (POST /api/join × students, 8 at a time)', unit: 'ms' },
  { name: 'steady.p50Ms', label: 'steady typing (1/s/student): latency p50', unit: 'ms' },
  { name: 'steady.p99Ms', label: 'steady typing: latency p99', unit: 'ms' },
  { name: 'steady.serverCpuPct', label: 'steady typing: server CPU', unit: '% of a core' },
  { name: 'presence.p50Ms', label: 'presence (cursors 5 Hz): latency p50', unit: 'ms' },
  { name: 'presence.p99Ms', label: 'presence: latency p99', unit: 'ms' },
  { name: 'presence.serverCpuPct', label: 'presence: server CPU', unit: '% of a core' },
  { name: 'drag.p50Ms', label: 'drag (1 per group, 30 Hz): latency p50', unit: 'ms' },
  { name: 'drag.p99Ms', label: 'drag: latency p99', unit: 'ms' },
  { name: 'drag.serverCpuPct', label: 'drag: server CPU', unit: '% of a core' },
  { name: 'saturation.sustainedPerSec', label: 'saturation: updates/s fully delivered ≤ 1 s', unit: '/s' },
  {
    name: 'memory.perConnectionBytes',
    label: 'memory per connection (heap+external after GC)',
    unit: 'KiB',
    scale: 1024,
  },
  { name: 'memory.perRoomBytes', label: 'memory per live room', unit: 'KiB', scale: 1024 },
  {
    name: 'memory.keptAfterEmptyBytes',
    label: 'memory kept after every room emptied',
    unit: 'KiB',
    scale: 1024,
  },
  {
    name: 'memory.keptSecondCycleBytes',
    label: 'memory kept by fresh emptied rooms, 2nd cycle (reference without persistence)',
    unit: 'KiB',
    scale: 1024,
  },
  { name: 'bigBoard.coldContentMs', label: 'big board cold: time to content', unit: 'ms' },
  { name: 'bigBoard.coldSyncedMs', label: 'big board cold: time to synced', unit: 'ms' },
  {
    name: 'bigBoard.coldSyncedBeforeContent',
    label: 'big board cold: synced before content (1 = yes)',
    unit: '',
  },
  { name: 'bigBoard.warmContentMs', label: 'big board warm: time to content', unit: 'ms' },
];

const show = (value: number | null | undefined, scale = 1): string =>
  value === null || value === undefined ? '–' : String(round(value / scale, value / scale >= 100 ? 0 : 1));

async function writePerformanceDoc(
  input: ReportInput,
  ratios: Record<string, number | null>,
  targetRows: { label: string; op: string; limit: number; ratio: number | null; met: boolean | null }[],
  resultFile: string,
): Promise<void> {
  const { vonk, reference, vonkMemory } = input.medians;
  const generatorWorst = Math.max(
    ...[...input.runs.vonk, ...input.runs.reference, ...input.runs.vonkMemory].flatMap((run) =>
      Object.entries(run)
        .filter(([name, value]) => name.endsWith('generatorLoopDelayP99Ms') && typeof value === 'number')
        .map(([, value]) => value as number),
    ),
  );
  const lines = [
    startMarker,
    '',
    `Scenario **${input.scenario.name}**, ${input.scenario.pairs} pair(s) A B, run ${input.startedAt.toISOString()} ` +
      `on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} (Node ${process.version}); medians over pairs; raw data in \`${resultFile}\`.`,
    '',
    '| metric | Vonk | reference | Vonk ÷ reference |',
    '| --- | --: | --: | --: |',
    ...metricRows.map(
      (row) =>
        `| ${row.label}${row.unit ? ` (${row.unit})` : ''} | ${show(vonk[row.name], row.scale)} | ${show(reference[row.name], row.scale)} | ${show(ratios[row.name] ?? ratio(vonk[row.name], reference[row.name]))} |`,
    ),
    `| steady typing server CPU, Vonk in memory (% of a core) | ${show(vonkMemory['steady.serverCpuPct'])} | | |`,
    '',
    '| target (Vonk ÷ reference, medians) | limit | measured | met |',
    '| --- | --: | --: | --- |',
    ...targetRows.map(
      (row) =>
        `| ${row.label} | ${row.op === '<=' ? '≤' : '≥'} ${row.limit} | ${show(row.ratio)} | ${row.met === null ? 'not measured' : row.met ? 'yes' : '**no**'} |`,
    ),
    '',
    `Load generator event-loop delay, worst phase p99: ${show(generatorWorst)} ms. ` +
      `Dropped sockets (Vonk / reference): ${show(vonk['droppedSockets'])} / ${show(reference['droppedSockets'])}; ` +
      `updates not fully delivered in steady typing: ${show(vonk['steady.notFullyDelivered'])} / ${show(reference['steady.notFullyDelivered'])}.`,
    '',
    endMarker,
  ];
  const docPath = path.join(repoRoot, 'docs/PERFORMANCE.md');
  let doc: string;
  try {
    doc = await fsp.readFile(docPath, 'utf8');
  } catch {
    doc = `# Performance\n\n${startMarker}\n${endMarker}\n`;
  }
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  const block = lines.join('\n');
  doc =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${block}${doc.slice(end + endMarker.length)}`
      : `${doc.trimEnd()}\n\n${block}\n`;
  await fsp.writeFile(docPath, await formatted(doc, docPath));
}
