/**
 * The phase timer runs on the server clock. Its state is absolute (an end time while
 * running, the remaining time while paused), so it survives reconnects and a server
 * restart; clients show `remainingMs(state, serverNow)` with their measured clock offset.
 */
export interface TimerState {
  phaseId: string | null;
  status: 'idle' | 'running' | 'paused' | 'ended';
  /** Server time when it ends, while running. */
  endsAtMs: number | null;
  /** Time left while paused (and the full duration while idle). */
  remainingMs: number;
}

export const idleTimer: TimerState = { phaseId: null, status: 'idle', endsAtMs: null, remainingMs: 0 };

export function startTimer(phaseId: string, durationMs: number, nowMs: number): TimerState {
  return { phaseId, status: 'running', endsAtMs: nowMs + durationMs, remainingMs: durationMs };
}

export function pauseTimer(timer: TimerState, nowMs: number): TimerState {
  if (timer.status !== 'running' || timer.endsAtMs === null) return timer;
  return { ...timer, status: 'paused', endsAtMs: null, remainingMs: Math.max(0, timer.endsAtMs - nowMs) };
}

export function resumeTimer(timer: TimerState, nowMs: number): TimerState {
  if (timer.status !== 'paused') return timer;
  return { ...timer, status: 'running', endsAtMs: nowMs + timer.remainingMs };
}

/** Adds time (or takes it away, never below zero) to a running or paused phase. */
export function extendTimer(timer: TimerState, byMs: number, nowMs: number): TimerState {
  if (timer.status === 'running' && timer.endsAtMs !== null) {
    return { ...timer, endsAtMs: Math.max(nowMs, timer.endsAtMs + byMs) };
  }
  if (timer.status === 'paused') return { ...timer, remainingMs: Math.max(0, timer.remainingMs + byMs) };
  return timer;
}

export function endTimer(timer: TimerState): TimerState {
  return { ...timer, status: 'ended', endsAtMs: null, remainingMs: 0 };
}

export function remainingMs(timer: TimerState, nowMs: number): number {
  if (timer.status === 'running' && timer.endsAtMs !== null) return Math.max(0, timer.endsAtMs - nowMs);
  if (timer.status === 'paused') return timer.remainingMs;
  return 0;
}

/** "12:05" or "1:02:05"; always whole seconds, rounded up so 0:00 means time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}
