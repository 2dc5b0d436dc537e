import type { Page } from 'playwright-core';
import { cardText } from '../../shared/board/commands.ts';
import { connectBoard, waitFor, waitForSynced } from '../../test/helpers/clients.ts';
import { closeBoardClient } from './boardClient.ts';
import { epochNowMs } from './clock.ts';
import { longTasksIn, worstFramesIn, type LongTaskSummary } from './frames.ts';
import type { LongFrameRecord } from './pageProbe.ts';
import { pageNowMs, readProbe } from './pageProbe.ts';
import { distribution, type Distribution } from './stats.ts';

export interface TypingPlan {
  /** Which card of the stressor lane gets the keys (the middle of a long lane). */
  cardIndex: number;
  text: string;
  /** Between keystrokes: 150 ms is a steady typist (about 7 characters a second). */
  keyIntervalMs: number;
}

export interface TypingResult {
  cardId: string;
  keys: number;
  /** In the page: keydown's timestamp → the end of the first frame rendered after the input. */
  keyToFrameMs: Distribution;
  /** In the page: keydown's timestamp → the input handled, Svelte's updates included. */
  keyHandlingMs: Distribution;
  /** Node: just before the key is sent → a second participant's Node client has the character. */
  keyToPeerMs: Distribution;
  longTasks: LongTaskSummary;
  worstFrames: LongFrameRecord[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Types into one card's textarea while the whole board is on the page, key by key at a
 * human pace, and times each key to the screen and to another participant.
 */
export async function measureTyping(
  page: Page,
  peer: { url: string; docName: string; token: string },
  plan: TypingPlan,
): Promise<TypingResult> {
  const card = page.getByTestId('lane-stressor').getByTestId('card').nth(plan.cardIndex);
  const cardId = (await card.getAttribute('data-card-id')) ?? '';
  const watcher = connectBoard(peer.url, peer.docName, peer.token);
  try {
    await waitForSynced(watcher, 30_000);
    const text = cardText(watcher.doc, cardId);
    if (!text) throw new Error(`the watcher has no card ${cardId}`);
    const area = card.locator('textarea');
    await area.scrollIntoViewIfNeeded();
    await area.click();
    await area.press('Control+End');
    const baseLength = text.length;
    const peerSeenMs: number[] = [];
    text.observe(() => {
      const seenMs = epochNowMs();
      while (peerSeenMs.length < text.length - baseLength) peerSeenMs.push(seenMs);
    });
    const fromMs = await pageNowMs(page);
    const sentMs: number[] = [];
    const startedMs = performance.now();
    for (const [k, char] of [...plan.text].entries()) {
      await sleep(startedMs + k * plan.keyIntervalMs - performance.now());
      sentMs.push(epochNowMs());
      await page.keyboard.type(char);
    }
    await waitFor(() => peerSeenMs.length >= sentMs.length, 15_000, 'the peer to receive every typed key');
    // The last key's frame: give it time to render before the window closes.
    await sleep(300);
    const window = { fromMs, toMs: await pageNowMs(page) };
    const probe = await readProbe(page);
    const keys = probe.keys.filter((key) => key.downMs >= window.fromMs && key.downMs <= window.toMs);
    return {
      cardId,
      keys: keys.length,
      keyToFrameMs: distribution(keys.map((key) => key.renderedMs - key.downMs)),
      keyHandlingMs: distribution(keys.map((key) => key.handledMs - key.downMs)),
      keyToPeerMs: distribution(sentMs.map((sent, k) => peerSeenMs[k]! - sent)),
      longTasks: longTasksIn(probe, window),
      worstFrames: worstFramesIn(probe, window),
    };
  } finally {
    closeBoardClient(watcher);
  }
}
