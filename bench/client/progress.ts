const startedMs = performance.now();

/** Progress on stderr, so stdout carries only the results table. */
export function progress(message: string): void {
  const seconds = ((performance.now() - startedMs) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${seconds} s] ${message}\n`);
}
