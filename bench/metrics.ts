/** Percentiles, medians over pairs and Vonk/reference ratios. */

export function percentile(values: ArrayLike<number>, p: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number | null {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(value: number | null, digits = 3): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** One arm's metrics: flat names ("steady.p99Ms") to numbers (null: not measured). */
export type Metrics = Record<string, number | null>;

/** The median of every metric over the runs of one server. */
export function medians(runs: Metrics[]): Metrics {
  const names = new Set(runs.flatMap((run) => Object.keys(run)));
  const out: Metrics = {};
  for (const name of [...names].sort()) {
    out[name] = round(median(runs.map((run) => run[name]).filter((v): v is number => typeof v === 'number')));
  }
  return out;
}

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return round(a / b);
}

export interface Target {
  /** Name in `ratios`. */
  name: string;
  label: string;
  /** The ratio must be at most (≤) or at least (≥) this. */
  op: '<=' | '>=';
  limit: number;
}

/** The targets, as ratios Vonk/reference (medians over pairs). */
export const targets: Target[] = [
  { name: 'steady.p99Ms', label: 'steady typing p99 latency', op: '<=', limit: 0.8 },
  { name: 'drag.p99Ms', label: 'drag (30 Hz) p99 latency', op: '<=', limit: 0.8 },
  { name: 'presence.p99Ms', label: 'presence p99 latency', op: '<=', limit: 0.5 },
  { name: 'presence.serverCpuPct', label: 'presence server CPU', op: '<=', limit: 0.6 },
  {
    name: 'saturation.sustainedPerSec',
    label: 'saturation: fully-delivered updates/s',
    op: '>=',
    limit: 1.5,
  },
  { name: 'join.p99Ms', label: 'join storm p99 time to synced', op: '<=', limit: 1.0 },
  { name: 'memory.perConnectionBytes', label: 'memory per connection', op: '<=', limit: 1.0 },
  { name: 'memory.perRoomBytes', label: 'memory per live room', op: '<=', limit: 1.0 },
  {
    name: 'memory.keptSecondCycleBytes',
    label: 'memory kept after rooms empty (reference without persistence)',
    op: '<=',
    limit: 0.05,
  },
  { name: 'bigBoard.coldContentMs', label: 'big board cold time to content', op: '<=', limit: 0.5 },
  { name: 'bigBoard.warmContentMs', label: 'big board warm time to content', op: '<=', limit: 0.5 },
  { name: 'persistence.cpuRatio', label: 'Vonk CPU with LevelDB ÷ in memory (steady)', op: '<=', limit: 1.3 },
];

export function meets(target: Target, value: number | null): boolean | null {
  if (value === null) return null;
  return target.op === '<=' ? value <= target.limit : value >= target.limit;
}
