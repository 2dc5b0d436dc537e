import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appHarness, joinThroughPage, openPage } from '../helpers/e2e.ts';
import { createEvent } from '../helpers/api.ts';

/**
 * The organizer during a live event: the synthesis preview follows the groups' work, and
 * the four export buttons download files the organizer can open — in Chromium, through
 * the real server.
 */
describe('outcomes end to end', () => {
  const app = appHarness();

  const joinAs = (name: string, code: string, groupName: string): Promise<Page> =>
    joinThroughPage(app.browser, app.server.url, { name, code, groupName, eventTitle: 'Outcomes test' });

  async function addStressor(page: Page, text: string): Promise<string> {
    await page.getByTestId('new-card-stressor').fill(text);
    await page.getByTestId('add-card-stressor').click();
    const card = page.getByTestId('lane-stressor').getByTestId('card').last();
    await expect.poll(() => card.locator('textarea').inputValue()).toBe(text);
    return (await card.getAttribute('data-card-id'))!;
  }

  async function addSolution(page: Page, title: string, stressorCardId: string): Promise<void> {
    await page.getByTestId('tab-solutions').click();
    await page.getByTestId('solution-new').click();
    await page.getByTestId('template-blank').click();
    await page.getByTestId('solution-title').fill(title);
    await page.getByTestId('solution-level-organizational').check();
    await page.getByTestId(`solution-stressor-${stressorCardId}`).check();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 45_000 }),
      page.getByTestId(`export-${format}`).click(),
    ]);
    const filePath = await file.path();
    const bytes = await fs.readFile(filePath);
    await expect
      .poll(() =>
        page.getByTestId('export-status').locator(`[data-format="${format}"]`).getAttribute('data-state'),
      )
      .toBe('done');
    return { name: file.suggestedFilename(), bytes };
  }

  it('shows the synthesis live and downloads CSV, JSON, Markdown and PDF during the event', async () => {
    const event = await createEvent(app.server.url, ['Groep 1', 'Groep 2'], 'Outcomes test');
    const organizer = await openPage(
      app.browser,
      `${app.server.url}/organizer#token=${event.organizerToken}`,
      {
        width: 1400,
        height: 900,
      },
    );
    await expect.poll(() => organizer.getByTestId('synthesis-total-groups').textContent()).toBe('2');

    const cell = organizer.locator(
      '[data-testid="synthesis-cell"][data-level-id="level:organizational"][data-theme-id="stressorCode:none"]',
    );
    await expect.poll(() => cell.getAttribute('data-count')).toBe('0');

    const anna = await joinAs('Anna', event.joinCode, 'Groep 1');
    const bram = await joinAs('Bram', event.joinCode, 'Groep 2');
    const annaCard = await addStressor(anna, 'Te veel administratie in de avond');
    await addStressor(bram, 'Geen tijd voor onderwijs');
    await addSolution(anna, 'Een secretaresse per vakgroep', annaCard);

    // The preview follows: the solution counts at its level, under "no theme" (the card is not coded).
    await expect.poll(() => cell.getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => organizer.getByTestId('synthesis-total-cards').textContent()).toBe('2');
    await cell.getByTestId('synthesis-cell-button').click();
    await expect
      .poll(() => organizer.getByTestId('synthesis-cell-details').textContent())
      .toContain('Een secretaresse per vakgroep');
    expect(await organizer.getByTestId('synthesis-cell-details').textContent()).toContain('Groep 1');

    // The four downloads, one after another, while the event is still running.
    const csv = await download(organizer, 'csv');
    expect(csv.name).toMatch(/^vonk-outcomes-test-.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain('Te veel administratie in de avond');

    const json = await download(organizer, 'json');
    expect(json.name).toMatch(/\.json$/);
    const data = JSON.parse(json.bytes.toString('utf8')) as { format: string; groups: { name: string }[] };
    expect(data.format).toBe('vonk-event');
    expect(data.groups.map((group) => group.name)).toEqual(['Groep 1', 'Groep 2']);

    const markdown = await download(organizer, 'md');
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.bytes.toString('utf8')).toContain('Groep 1');

    const pdf = await download(organizer, 'pdf');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // One group, anonymous: the scope reaches the server (only that group in the JSON).
    await organizer.getByTestId('export-scope').selectOption({ label: 'Groep 2' });
    await organizer.getByTestId('export-anonymous').check();
    const one = JSON.parse((await download(organizer, 'json')).bytes.toString('utf8')) as {
      anonymous: boolean;
      groups: { name: string }[];
    };
    expect(one.anonymous).toBe(true);
    expect(one.groups.map((group) => group.name)).toEqual(['Groep 2']);
  });
});
