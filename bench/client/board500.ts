import type { Browser } from 'playwright-core';
import type { TestServer } from '../../test/helpers/server.ts';
import { seedBoard } from './boardSeed.ts';
import { longTasksIn, smoothnessIn, worstFramesIn, type LongTaskSummary, type Smoothness } from './frames.ts';
import { openProbedPage, readProbe, type LongFrameRecord } from './pageProbe.ts';
import { scrollThrough, type Scroller } from './scroll.ts';
import { progress } from './progress.ts';
import { round } from './stats.ts';
import { measureTyping, type TypingPlan, type TypingResult } from './typing.ts';

export interface BoardPlan {
  cards: number;
  /** Students who wrote the board (each its own Yjs client, as on a real board). */
  authors: number;
  viewport: { width: number; height: number };
  idleMs: number;
  /** One pass through the whole board; the run scrolls down and back up. */
  scrollPassMs: number;
  typing: TypingPlan;
}

// ASCII only: Playwright sends other characters as text input, without a keydown to time.
const typedText = ' en dit typt Anna terwijl alle kaarten open staan';

export const fullBoardPlan: BoardPlan = {
  cards: 500,
  authors: 6,
  // A student's laptop.
  viewport: { width: 1366, height: 768 },
  idleMs: 1_500,
  scrollPassMs: 4_000,
  typing: { cardIndex: 125, text: typedText, keyIntervalMs: 150 },
};

export const quickBoardPlan: BoardPlan = {
  ...fullBoardPlan,
  cards: 60,
  authors: 2,
  idleMs: 500,
  scrollPassMs: 1_000,
  typing: { cardIndex: 15, text: typedText.slice(0, 10), keyIntervalMs: 100 },
};

export interface BoardResult {
  plan: BoardPlan;
  /** Writing the board through the server, before the browser opens it. */
  seedMs: number;
  load: {
    /** Navigation start → every card in the DOM (checked once per frame). */
    allCardsInDomMs: number;
    cardsInDom: number;
    /** Navigation timing of the document itself. */
    domContentLoadedMs: number;
    loadEventMs: number;
    longTasks: LongTaskSummary;
    worstFrames: LongFrameRecord[];
  };
  /** The page doing nothing, as a baseline of this machine's frame pacing. */
  idle: Smoothness;
  scroll: Smoothness & { scroller: Scroller; scrolledPx: number; reachedEnds: boolean };
  typing: TypingResult;
}

/** Long tasks right after the cards appear still belong to the load (IndexedDB, layout). */
const loadSettleMs = 1_000;

export async function runBoard(server: TestServer, browser: Browser, plan: BoardPlan): Promise<BoardResult> {
  progress(`board: ${plan.authors} students write ${plan.cards} cards through the server`);
  const seeded = await seedBoard(server.url, plan.cards, plan.authors);
  progress('board: opening it in Chromium');
  const page = await openProbedPage(browser, plan.viewport);
  try {
    await page.goto(`${server.url}/board#token=${encodeURIComponent(seeded.viewer.token)}`);
    const allCardsHandle = await page.waitForFunction(
      (expected) =>
        document.querySelectorAll('[data-testid="card"]').length >= expected ? performance.now() : false,
      seeded.cardsWritten,
      { polling: 'raf', timeout: 60_000 },
    );
    const allCardsInDomMs = (await allCardsHandle.jsonValue()) as number;
    await page.waitForTimeout(loadSettleMs);
    const navigation = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        domContentLoadedMs: entry?.domContentLoadedEventEnd ?? 0,
        loadEventMs: entry?.loadEventEnd ?? 0,
        cardsInDom: document.querySelectorAll('[data-testid="card"]').length,
      };
    });
    const loadWindow = { fromMs: 0, toMs: allCardsInDomMs + loadSettleMs };

    const idleFromMs = await page.evaluate(() => performance.now());
    await page.waitForTimeout(plan.idleMs);
    const idleWindow = { fromMs: idleFromMs, toMs: await page.evaluate(() => performance.now()) };

    progress(
      `board: ${navigation.cardsInDom} cards in the DOM after ${Math.round(allCardsInDomMs)} ms; scrolling down and up`,
    );
    const scrollRun = await scrollThrough(page, plan.scrollPassMs);

    progress(`board: typing ${plan.typing.text.length} keys into one card`);
    const typing = await measureTyping(
      page,
      { url: server.url, docName: seeded.docName, token: seeded.watcher.token },
      plan.typing,
    );

    const probe = await readProbe(page);
    return {
      plan,
      seedMs: round(seeded.writeMs) ?? 0,
      load: {
        allCardsInDomMs: round(allCardsInDomMs) ?? 0,
        cardsInDom: navigation.cardsInDom,
        domContentLoadedMs: round(navigation.domContentLoadedMs) ?? 0,
        loadEventMs: round(navigation.loadEventMs) ?? 0,
        longTasks: longTasksIn(probe, loadWindow),
        worstFrames: worstFramesIn(probe, loadWindow),
      },
      idle: smoothnessIn(probe, [idleWindow]),
      scroll: {
        ...smoothnessIn(probe, scrollRun.windows),
        scroller: scrollRun.scroller,
        scrolledPx: scrollRun.scrolledPx,
        reachedEnds: scrollRun.reachedEnds,
      },
      typing,
    };
  } finally {
    await page.context().close();
  }
}
