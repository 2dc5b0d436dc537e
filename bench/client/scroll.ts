import type { Page } from 'playwright-core';
import type { PageWindow } from './frames.ts';

export interface Scroller {
  /** e.g. `html` or `div.board`: whatever element actually scrolls the board. */
  element: string;
  scrollablePx: number;
  /** Where the wheel events go: the middle of the scroller's visible box. */
  pointer: { x: number; y: number };
}

export interface ScrollRun {
  scroller: Scroller;
  /** The pass down and the pass back up. */
  windows: PageWindow[];
  /** Down and up added together. */
  scrolledPx: number;
  /** Reached the bottom, and the top again. */
  reachedEnds: boolean;
}

/** The element with the largest scroll range (the document itself, or a panel inside it). */
export function findScroller(page: Page): Promise<Scroller> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const describe = (element: Element): string =>
      element === root ? 'document' : `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
    let best = { element: root, range: root.scrollHeight - root.clientHeight };
    for (const element of document.querySelectorAll('*')) {
      const overflow = getComputedStyle(element).overflowY;
      if (overflow !== 'auto' && overflow !== 'scroll') continue;
      const range = element.scrollHeight - element.clientHeight;
      if (range > best.range) best = { element, range };
    }
    // Marked, so later reads find the same element without a selector of its classes.
    best.element.setAttribute('data-bench-scroller', '');
    const box =
      best.element === root
        ? { left: 0, top: 0, width: innerWidth, height: innerHeight }
        : best.element.getBoundingClientRect();
    return {
      element: describe(best.element),
      scrollablePx: best.range,
      pointer: { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) },
    };
  });
}

function scrollTop(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('[data-bench-scroller]')?.scrollTop ?? 0);
}

/**
 * Scrolls from the top to the bottom in `passMs` and back up in `passMs`, as a mouse wheel
 * does: Chromium's own synthetic scroll gesture (the one its smoothness benchmarks use), so
 * the pace is kept by the browser, not by round trips from Node. Two passes, because one
 * pass of a few seconds gives too few frames for a stable 95th percentile.
 */
export async function scrollThrough(page: Page, passMs: number): Promise<ScrollRun> {
  const scroller = await findScroller(page);
  const cdp = await page.context().newCDPSession(page);
  const pass = async (distancePx: number): Promise<PageWindow> => {
    const fromMs = await page.evaluate(() => performance.now());
    await cdp.send('Input.synthesizeScrollGesture', {
      x: scroller.pointer.x,
      y: scroller.pointer.y,
      // Negative: the content moves up, the page scrolls down.
      yDistance: -distancePx,
      speed: Math.round(scroller.scrollablePx / (passMs / 1000)),
      gestureSourceType: 'mouse',
      preventFling: true,
    });
    return { fromMs, toMs: await page.evaluate(() => performance.now()) };
  };
  try {
    const down = await pass(scroller.scrollablePx);
    const bottomPx = await scrollTop(page);
    const up = await pass(-scroller.scrollablePx);
    const topPx = await scrollTop(page);
    return {
      scroller,
      windows: [down, up],
      scrolledPx: bottomPx + (bottomPx - topPx),
      reachedEnds: bottomPx >= scroller.scrollablePx - 2 && topPx <= 2,
    };
  } finally {
    await cdp.detach();
  }
}
