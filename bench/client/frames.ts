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
  /** Intervals over 2 frames at 60 Hz: at least one frame was dropped. */
  framesOver33Ms: number;
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

export function smoothnessIn(probe: ProbeState, window: PageWindow): Smoothness {
  const intervals = frameIntervals(probe.frameStartsMs, window);
  return {
    durationMs: round(window.toMs - window.fromMs) ?? 0,
    frames: intervals.length + 1,
    frameIntervalMs: distribution(intervals),
    framesOver33Ms: intervals.filter((interval) => interval > 33.4).length,
    longTasks: longTasksIn(probe, window),
    worstFrames: worstFramesIn(probe, window),
  };
}
