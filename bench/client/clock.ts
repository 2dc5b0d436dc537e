import type { Page } from 'playwright-core';

/** Wall-clock milliseconds with sub-millisecond resolution, as the page computes them too. */
export const epochNowMs = (): number => performance.timeOrigin + performance.now();

/**
 * How far the page's clock (`performance.timeOrigin + performance.now()`) is ahead of
 * Node's. Both read the same machine clock, but each process fixes its time origin once,
 * so they may differ by a little; the round trip with the smallest delay bounds the error.
 */
export async function pageClockOffsetMs(
  page: Page,
  samples = 15,
): Promise<{ offsetMs: number; errorMs: number }> {
  let best = { offsetMs: 0, errorMs: Number.POSITIVE_INFINITY };
  for (let i = 0; i < samples; i++) {
    const sentMs = epochNowMs();
    const pageMs = await page.evaluate(() => performance.timeOrigin + performance.now());
    const receivedMs = epochNowMs();
    const errorMs = (receivedMs - sentMs) / 2;
    if (errorMs < best.errorMs) best = { offsetMs: pageMs - (sentMs + receivedMs) / 2, errorMs };
  }
  return best;
}
