import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appHarness, joinThroughPage } from '../helpers/e2e.ts';
import { createEvent } from '../helpers/api.ts';

describe('two participants on one board, in separate browser contexts', () => {
  const app = appHarness();

  const joinAs = (name: string, code: string, groupName: string): Promise<Page> =>
    joinThroughPage(app.browser, app.server.url, { name, code, groupName, eventTitle: 'Board test' });

  const cardTexts = (page: Page) =>
    page
      .getByTestId('card')
      .locator('textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));

  it('A adds and edits a card; B sees it live; both still see it after a reload', async () => {
    const event = await createEvent(app.server.url, ['Groep 1', 'Groep 2'], 'Board test');
    const anna = await joinAs('Anna', event.joinCode, 'Groep 2');
    const bram = await joinAs('Bram', event.joinCode, 'Groep 2');

    await expect.poll(() => bram.getByTestId('online').textContent()).toContain('Anna');

    await anna.getByTestId('new-card-stressor').fill('Te veel administratie');
    await anna.getByTestId('add-card-stressor').click();
    await expect.poll(() => cardTexts(bram)).toEqual(['Te veel administratie']);

    // Edit in place: type at the end of the card's text.
    const annaCard = anna.getByTestId('card').locator('textarea').first();
    await annaCard.click();
    await annaCard.press('End');
    await annaCard.pressSequentially(' en regeldruk <script>alert(1)</script>');
    await expect
      .poll(() => cardTexts(bram))
      .toEqual(['Te veel administratie en regeldruk <script>alert(1)</script>']);
    await expect.poll(() => anna.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    // Bram moves it to the energy lane; Anna sees the move.
    await bram.getByTestId('card-switch-lane').first().click();
    await expect.poll(() => anna.getByTestId('lane-energy').getByTestId('card').count()).toBe(1);

    await anna.reload();
    await bram.reload();
    for (const page of [anna, bram]) {
      await expect
        .poll(() => cardTexts(page))
        .toEqual(['Te veel administratie en regeldruk <script>alert(1)</script>']);
      expect(await page.getByTestId('lane-energy').getByTestId('card').count()).toBe(1);
    }

    // Bram deletes it (confirming the dialog); gone for Anna too.
    bram.once('dialog', (dialog) => void dialog.accept());
    await bram.getByTestId('card-delete').first().click();
    await expect.poll(() => anna.getByTestId('card').count()).toBe(0);
  });

  it('switches the interface to Dutch and remembers it', async () => {
    const event = await createEvent(app.server.url, ['Groep 1'], 'Board test');
    const page = await joinAs('Cas', event.joinCode, 'Groep 1');
    expect(await page.getByTestId('lane-stressor').locator('h2').textContent()).toContain('Stressors');
    await page.getByTestId('language').selectOption('nl');
    expect(await page.getByTestId('lane-stressor').locator('h2').textContent()).toContain('Stressoren');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('lane-stressor').locator('h2').textContent())
      .toContain('Stressoren');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
