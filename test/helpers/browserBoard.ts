import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type * as Y from 'yjs';
import type { Polarity } from '../../shared/board/layout.ts';
import { cardsInLane, projectBoard } from '../../shared/board/projection.ts';

/** What a board shows, lane by lane: in the browser's DOM or in a client's doc. */
export type Lanes = Record<Polarity, { id: string; text: string }[]>;

export async function browserLanes(page: Page): Promise<Lanes> {
  const read = (polarity: Polarity) =>
    page
      .getByTestId(`lane-${polarity}`)
      .getByTestId('card')
      .evaluateAll((items) =>
        items.map((item) => ({
          id: (item as HTMLElement).dataset.cardId ?? '',
          text: item.querySelector('textarea')?.value ?? '',
        })),
      );
  return { stressor: await read('stressor'), energy: await read('energy') };
}

export function docLanes(doc: Y.Doc): Lanes {
  const board = projectBoard(doc);
  const lane = (polarity: Polarity) =>
    cardsInLane(board, polarity).map((card) => ({ id: card.id, text: card.text }));
  return { stressor: lane('stressor'), energy: lane('energy') };
}

/** N in the status "Offline — N changes not yet saved", or null when it says something else. */
export function unsavedIn(text: string): number | null {
  const match = /Offline — (\d+) changes? not yet saved/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Adds a card through the page and returns its id once the page shows it. */
export async function addInBrowser(
  page: Page,
  polarity: Polarity,
  text: string,
  timeoutMs?: number,
): Promise<string> {
  const ids = async (): Promise<string[]> => {
    const lanes = await browserLanes(page);
    return [...lanes.stressor, ...lanes.energy].map((card) => card.id);
  };
  const before = new Set(await ids());
  await page.getByTestId(`new-card-${polarity}`).fill(text);
  await page.getByTestId(`add-card-${polarity}`).click();
  let id: string | undefined;
  await expect
    .poll(async () => (id = (await ids()).find((key) => !before.has(key))), { timeout: timeoutMs })
    .toBeDefined();
  return id!;
}

export async function appendInBrowser(page: Page, cardId: string, suffix: string): Promise<void> {
  const area = page.locator(`[data-card-id="${cardId}"] textarea`);
  await area.click();
  await area.press('Control+End');
  await area.pressSequentially(suffix);
}
