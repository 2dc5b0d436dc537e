import type { LongFrameRecord, ProbeState } from './pageProbe.ts';
import { distribution, round, type Distribution } from './stats.ts';

/** A span of page time (ms since navigation start). */
export interface PageWindow {
  fromMs: number;
  toMs: number;
}

export interface Smoothness {
  durationMs: number;
  frames: number;
  /** Time between the starts of consecutive frames: 16.7 ms at 60 Hz when nothing is late. */
  frameIntervalMs: Distribution;
  /** Intervals over 1.5 frames at 60 Hz (25 ms): at least one frame was missed. */
  lateFrames: number;
  longTasks: LongTaskSummary;
  /** The slowest long animation frames, with the scripts that made them slow. */
  worstFrames: LongFrameRecord[];
}

export interface LongTaskSummary {
  /** Main-thread tasks over 50 ms (the browser's long task threshold). */
  count: number;
  over100Ms: number;
  maxMs: number | null;
  totalMs: number;
}

const lateFrameIntervalMs = 25;

const inWindow = (timeMs: number, window: PageWindow): boolean =>
  timeMs >= window.fromMs && timeMs <= window.toMs;

export function frameIntervals(frameStartsMs: readonly number[], window: PageWindow): number[] {
  const starts = frameStartsMs.filter((time) => inWindow(time, window));
  return starts.slice(1).map((start, i) => start - starts[i]!);
}

export function longTasksIn(probe: ProbeState, window: PageWindow): LongTaskSummary {
  // A task that started before the window but ran into it still blocked the window.
  const tasks = probe.longTasks.filter(
    (task) => task.startMs + task.durationMs >= window.fromMs && task.startMs <= window.toMs,
  );
  const durations = tasks.map((task) => task.durationMs);
  return {
    count: tasks.length,
    over100Ms: durations.filter((duration) => duration > 100).length,
    maxMs: round(durations.length === 0 ? null : Math.max(...durations)),
    totalMs: round(durations.reduce((sum, duration) => sum + duration, 0)) ?? 0,
  };
}

export function worstFramesIn(probe: ProbeState, window: PageWindow, count = 3): LongFrameRecord[] {
  return probe.longAnimationFrames
    .filter((frame) => frame.startMs + frame.durationMs >= window.fromMs && frame.startMs <= window.toMs)
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, count)
    .map((frame) => ({
      ...frame,
      startMs: round(frame.startMs) ?? 0,
      durationMs: round(frame.durationMs) ?? 0,
      blockingDurationMs: round(frame.blockingDurationMs) ?? 0,
      styleAndLayoutMs: round(frame.styleAndLayoutMs) ?? 0,
      scripts: frame.scripts.map((script) => ({
        ...script,
        durationMs: round(script.durationMs) ?? 0,
        forcedLayoutMs: round(script.forcedLayoutMs) ?? 0,
      })),
    }));
}

/** Frame pacing over one or more windows (each window's first frame starts no interval). */
export function smoothnessIn(probe: ProbeState, windows: readonly PageWindow[]): Smoothness {
  const intervals = windows.flatMap((window) => frameIntervals(probe.frameStartsMs, window));
  const longTasks = windows.map((window) => longTasksIn(probe, window));
  const maxima = longTasks.flatMap((tasks) => (tasks.maxMs === null ? [] : [tasks.maxMs]));
  return {
    durationMs: round(windows.reduce((sum, window) => sum + window.toMs - window.fromMs, 0)) ?? 0,
    frames: intervals.length + windows.length,
    frameIntervalMs: distribution(intervals),
    lateFrames: intervals.filter((interval) => interval > lateFrameIntervalMs).length,
    longTasks: {
      count: longTasks.reduce((sum, tasks) => sum + tasks.count, 0),
      over100Ms: longTasks.reduce((sum, tasks) => sum + tasks.over100Ms, 0),
      maxMs: maxima.length === 0 ? null : Math.max(...maxima),
      totalMs: round(longTasks.reduce((sum, tasks) => sum + tasks.totalMs, 0)) ?? 0,
    },
    worstFrames: windows
      .flatMap((window) => worstFramesIn(probe, window))
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, 3),
  };
}
