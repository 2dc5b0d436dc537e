import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent } from '../helpers/api.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startTestServer } from '../helpers/server.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

describe('two participants on one board, in separate browser contexts', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ config: { clientDir: path.resolve('dist/client') } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function joinAs(name: string, code: string, groupName: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/?code=${code}`);
    await expect.poll(() => page.getByTestId('event-title').textContent()).toBe('Board test');
    await page.getByTestId('join-group').selectOption({ label: groupName });
    await page.getByTestId('join-name').fill(name);
    await page.getByTestId('join-submit').click();
    await page.waitForURL('**/board');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    return page;
  }

  const cardTexts = (page: Page) =>
    page
      .getByTestId('card')
      .locator('textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));

  it('A adds and edits a card; B sees it live; both still see it after a reload', async () => {
    const event = await createEvent(server.url, ['Groep 1', 'Groep 2'], 'Board test');
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
    const event = await createEvent(server.url, ['Groep 1'], 'Board test');
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
