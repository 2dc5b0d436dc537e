import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../../test/helpers/server.ts';
import { pageClockOffsetMs } from './clock.ts';
import { smoothnessIn, type Smoothness } from './frames.ts';
import { openProbedPage, pageNowMs, readProbe, type ProbeState } from './pageProbe.ts';
import { progress } from './progress.ts';
import { distribution, median, percentile, round, type Distribution } from './stats.ts';
import { WallLoad, type SentUpdate, type WallLoadPlan } from './wallLoad.ts';

export interface WallPlan {
  load: WallLoadPlan;
  /** A projector. */
  viewport: { width: number; height: number };
  runMs: number;
  /** After the typing stops: time for the last updates to show. */
  drainMs: number;
}

export const fullWallPlan: WallPlan = {
  load: {
    groups: 40,
    students: 300,
    cardsPerGroup: 3,
    updatesPerSecond: 1,
    maxCardChars: 1_200,
    trimmedCardChars: 600,
  },
  viewport: { width: 1920, height: 1080 },
  runMs: 30_000,
  drainMs: 5_000,
};

export const quickWallPlan: WallPlan = {
  ...fullWallPlan,
  load: { ...fullWallPlan.load, groups: 4, students: 12 },
  runMs: 4_000,
  drainMs: 2_000,
};

export interface WallScreen {
  /** `grid` shows every group at once; rotation and spotlight show one. */
  mode: string;
  tiles: number;
  tileWidthPx: number;
  tileHeightPx: number;
  /** Card texts hide on small tiles (a container query); counts and completeness stay. */
  cardTextsVisible: boolean;
  /** Navigation start → the first group's cards in the DOM. */
  firstGroupInDomMs: number;
  /** Navigation start → every group's cards in the DOM (one websocket per group doc). */
  allGroupsInDomMs: number;
}

export interface LagByThird {
  firstThirdP50Ms: number | null;
  lastThirdP50Ms: number | null;
  firstThirdP95Ms: number | null;
  lastThirdP95Ms: number | null;
}

export interface WallResult {
  plan: WallPlan;
  setUpMs: number;
  screen: WallScreen;
  /** Page clock − Node clock, and the bound on its error (half the best round trip). */
  clock: { offsetMs: number; errorMs: number };
  updates: { sent: number; shown: number; neverShown: number; perSecond: number };
  /** A student's write → the marker in the wall's DOM. */
  lagToDomMs: Distribution;
  /** A student's write → the first frame rendered after it was in the DOM. */
  lagToFrameMs: Distribution;
  lagToFrameByThird: LagByThird;
  page: Smoothness;
  /** The Node process that runs the server and the 300 students. */
  generator: { loopDelayP99Ms: number | null; loopDelayMaxMs: number | null; closedSockets: number };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function inspectScreen(
  page: Page,
): Promise<Omit<WallScreen, 'firstGroupInDomMs' | 'allGroupsInDomMs'>> {
  return page.evaluate(() => {
    const tiles = [...document.querySelectorAll<HTMLElement>('[data-testid="wall-group"]')];
    const box = tiles[0]?.getBoundingClientRect();
    const textLists = tiles.flatMap((tile) => [...tile.querySelectorAll('ul')].slice(0, 1));
    return {
      mode: document.querySelector<HTMLElement>('.wall')?.dataset.mode ?? 'unknown',
      tiles: tiles.length,
      tileWidthPx: Math.round(box?.width ?? 0),
      tileHeightPx: Math.round(box?.height ?? 0),
      cardTextsVisible: textLists.some((list) => getComputedStyle(list).display !== 'none'),
    };
  });
}

function lagsOf(
  sent: readonly SentUpdate[],
  probe: ProbeState,
  offsetMs: number,
  at: 'domEpochMs' | 'renderedEpochMs',
): number[] {
  return sent.flatMap((update) => {
    const seenEpochMs = probe.markers[update.key]?.[at];
    return typeof seenEpochMs === 'number' ? [seenEpochMs - offsetMs - update.sentEpochMs] : [];
  });
}

function byThird(
  sent: readonly SentUpdate[],
  probe: ProbeState,
  offsetMs: number,
  runMs: number,
): LagByThird {
  const startMs = sent[0]?.sentEpochMs ?? 0;
  const third = (index: 0 | 2): number[] =>
    lagsOf(
      sent.filter((update) => Math.floor(((update.sentEpochMs - startMs) / runMs) * 3) === index),
      probe,
      offsetMs,
      'renderedEpochMs',
    );
  const [first, last] = [third(0), third(2)];
  return {
    firstThirdP50Ms: round(median(first)),
    lastThirdP50Ms: round(median(last)),
    firstThirdP95Ms: round(percentile(first, 95)),
    lastThirdP95Ms: round(percentile(last, 95)),
  };
}

/**
 * The projector wall (`/wall`, a projector link) of an event whose students type live: how
 * long each update takes to reach the wall's DOM, and whether the wall keeps up.
 */
export async function runWall(server: TestServer, browser: Browser, plan: WallPlan): Promise<WallResult> {
  const { groups, students } = plan.load;
  progress(`wall: ${students} students join ${groups} groups and connect`);
  const setUpStartedMs = performance.now();
  const load = new WallLoad(plan.load);
  let page: Page | null = null;
  try {
    await load.setUp(server.url);
    const setUpMs = performance.now() - setUpStartedMs;
    progress('wall: opening /wall in Chromium');
    page = await openProbedPage(browser, plan.viewport, { watchForMarkers: true });
    await page.goto(`${server.url}/wall#token=${encodeURIComponent(load.projectorToken)}`);
    const loadedHandle = await page.waitForFunction(
      (keys) => {
        const markers = (window as unknown as { __vonkProbe: ProbeState }).__vonkProbe.markers;
        if (!keys.every((key) => key in markers)) return false;
        const inDomMs = keys.map((key) => markers[key]!.domEpochMs - performance.timeOrigin);
        return { firstMs: Math.min(...inDomMs), allMs: Math.max(...inDomMs) };
      },
      load.initialMarkers,
      { polling: 100, timeout: 60_000 },
    );
    const loaded = (await loadedHandle.jsonValue()) as { firstMs: number; allMs: number };
    const screen: WallScreen = {
      ...(await inspectScreen(page)),
      firstGroupInDomMs: round(loaded.firstMs) ?? 0,
      allGroupsInDomMs: round(loaded.allMs) ?? 0,
    };
    const clock = await pageClockOffsetMs(page);

    progress(
      `wall: ${screen.tiles} tiles in ${screen.mode} mode; ${students} students type for ${plan.runMs / 1000} s`,
    );
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    const fromMs = await pageNowMs(page);
    load.start();
    await sleep(plan.runMs);
    load.stop();
    const toMs = await pageNowMs(page);
    await sleep(plan.drainMs);
    loopDelay.disable();
    const probe = await readProbe(page);

    const toDom = lagsOf(load.sent, probe, clock.offsetMs, 'domEpochMs');
    const toFrame = lagsOf(load.sent, probe, clock.offsetMs, 'renderedEpochMs');
    return {
      plan,
      setUpMs: round(setUpMs) ?? 0,
      screen,
      clock: { offsetMs: round(clock.offsetMs, 2) ?? 0, errorMs: round(clock.errorMs, 2) ?? 0 },
      updates: {
        sent: load.sent.length,
        shown: toDom.length,
        neverShown: load.sent.length - toDom.length,
        perSecond: round(load.sent.length / (plan.runMs / 1000)) ?? 0,
      },
      lagToDomMs: distribution(toDom),
      lagToFrameMs: distribution(toFrame),
      lagToFrameByThird: byThird(load.sent, probe, clock.offsetMs, plan.runMs),
      page: smoothnessIn(probe, [{ fromMs, toMs }]),
      generator: {
        loopDelayP99Ms: round(loopDelay.percentile(99) / 1e6),
        loopDelayMaxMs: round(loopDelay.max / 1e6),
        closedSockets: load.closedSockets,
      },
    };
  } finally {
    await page?.context().close();
    load.destroy();
  }
}
