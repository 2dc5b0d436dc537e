import type { Browser, Page } from 'playwright-core';

/**
 * The in-page recorder. It is installed before any page script runs (an init script), so
 * it sees the whole load: every animation frame, every long task, and later the keys typed
 * and the timestamp markers that appear in the DOM. All times are the page's
 * `performance.now()` (ms since navigation start) unless named `…EpochMs`
 * (`performance.timeOrigin + performance.now()`, comparable with Node's clock).
 */
export interface ProbeState {
  /** rAF timestamps: the start of every frame the page produced. */
  frameStartsMs: number[];
  longTasks: { startMs: number; durationMs: number }[];
  longAnimationFrames: LongFrameRecord[];
  keys: KeyTiming[];
  /** Marker key (`<writer>.<seq>`) → when the page first had it in the DOM and in a frame. */
  markers: Record<string, MarkerSighting>;
}

export interface LongFrameRecord {
  startMs: number;
  durationMs: number;
  blockingDurationMs: number;
  /** Of the frame: time spent in style and layout (after the scripts). */
  styleAndLayoutMs: number;
  scripts: { invoker: string; source: string; durationMs: number; forcedLayoutMs: number }[];
}

export interface KeyTiming {
  key: string;
  /** The keydown event's timestamp: when the browser received the key. */
  downMs: number;
  /** After the textarea's input handlers and the microtasks they queued (Svelte's updates). */
  handledMs: number;
  /** After the first frame that followed the input had been rendered. */
  renderedMs: number;
}

export interface MarkerSighting {
  domEpochMs: number;
  renderedEpochMs: number | null;
}

type ProbeWindow = Window & { __vonkProbe: ProbeState };

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(…)`; functions serialised
 * into the page need that helper to exist there.
 */
const keepNamesShim = 'globalThis.__name ??= (fn) => fn;';

/** Runs in the page, before its scripts. */
function installProbe(): void {
  const state: ProbeState = {
    frameStartsMs: [],
    longTasks: [],
    longAnimationFrames: [],
    keys: [],
    markers: {},
  };
  (window as unknown as ProbeWindow).__vonkProbe = state;

  const onFrame = (timestampMs: number): void => {
    state.frameStartsMs.push(timestampMs);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  // Long animation frames name the scripts that made a frame late (the long task API cannot).
  interface ScriptTiming {
    invoker: string;
    sourceURL: string;
    sourceFunctionName: string;
    sourceCharPosition: number;
    duration: number;
    forcedStyleAndLayoutDuration: number;
  }
  interface LongAnimationFrame extends PerformanceEntry {
    blockingDuration: number;
    styleAndLayoutStart: number;
    scripts: ScriptTiming[];
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LongAnimationFrame[]) {
        const end = entry.startTime + entry.duration;
        state.longAnimationFrames.push({
          startMs: entry.startTime,
          durationMs: entry.duration,
          blockingDurationMs: entry.blockingDuration,
          styleAndLayoutMs: entry.styleAndLayoutStart > 0 ? end - entry.styleAndLayoutStart : 0,
          scripts: [...entry.scripts]
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 3)
            .map((script) => ({
              invoker: script.invoker,
              source: `${script.sourceURL.split('/').at(-1) ?? ''}:${script.sourceCharPosition} ${script.sourceFunctionName}`,
              durationMs: script.duration,
              forcedLayoutMs: script.forcedStyleAndLayoutDuration,
            })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An older Chromium without the API: the long tasks still say how long, not why.
  }

  // Keys: the capture listener sees the keydown first; the bubbling input listener on window
  // runs after the textarea's own handler, so it sees the page's whole reaction to the key.
  const afterNextFrame = (done: () => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
  };
  let pendingKey: { key: string; downMs: number } | null = null;
  addEventListener('keydown', (event) => (pendingKey = { key: event.key, downMs: event.timeStamp }), true);
  addEventListener('input', () => {
    const key = pendingKey;
    pendingKey = null;
    if (!key) return;
    const handledMs = performance.now();
    afterNextFrame(() => state.keys.push({ ...key, handledMs, renderedMs: performance.now() }));
  });
}

/**
 * Runs in the page (an init script too, so nothing rendered before it is missed): records
 * when each `@@T<writer>.<seq>;` marker first shows up in the DOM.
 */
function watchMarkers(): void {
  const state = (window as unknown as ProbeWindow).__vonkProbe;
  const pattern = /@@T(\d+\.\d+);/g;
  let waitingForFrame: string[] = [];
  const epochNow = (): number => performance.timeOrigin + performance.now();
  new MutationObserver((records) => {
    const domEpochMs = epochNow();
    const changed = new Set<Element>();
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.parentElement) changed.add(record.target.parentElement);
        continue;
      }
      for (const node of record.addedNodes) {
        const element = node instanceof Element ? node : node.parentElement;
        if (element) changed.add(element);
      }
    }
    for (const element of changed) {
      for (const match of (element.textContent ?? '').matchAll(pattern)) {
        const key = match[1]!;
        if (key in state.markers) continue;
        state.markers[key] = { domEpochMs, renderedEpochMs: null };
        waitingForFrame.push(key);
      }
    }
    if (waitingForFrame.length === 0) return;
    const keys = waitingForFrame;
    waitingForFrame = [];
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const renderedEpochMs = epochNow();
        for (const key of keys) state.markers[key]!.renderedEpochMs = renderedEpochMs;
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * A page in a browser context of its own (one person, one laptop), with the recorder
 * installed; `watchForMarkers` only where markers are expected (the observer costs time).
 */
export async function openProbedPage(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { watchForMarkers?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport });
  await context.addInitScript({ content: keepNamesShim });
  await context.addInitScript(installProbe);
  if (options.watchForMarkers) await context.addInitScript(watchMarkers);
  return context.newPage();
}

export function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__vonkProbe);
}

export function pageNowMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
