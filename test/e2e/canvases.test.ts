import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appHarness, joinThroughPage } from '../helpers/e2e.ts';
import { createEvent } from '../helpers/api.ts';

/**
 * The analysis-to-solution work of one group: Anna builds the coaching solution from its
 * template while Bram watches the need × context grid change live, and the UI speaks Dutch.
 */
describe('canvases end to end', () => {
  const app = appHarness();

  const joinAs = (name: string, code: string): Promise<Page> =>
    joinThroughPage(app.browser, app.server.url, {
      name,
      code,
      groupName: 'Groep 1',
      eventTitle: 'Canvas test',
    });

  async function addStressor(page: Page, text: string): Promise<string> {
    await page.getByTestId('new-card-stressor').fill(text);
    await page.getByTestId('add-card-stressor').click();
    const card = page
      .getByTestId('lane-stressor')
      .getByTestId('card')
      .filter({ has: page.locator(`textarea`) })
      .last();
    await expect.poll(() => card.locator('textarea').inputValue()).toBe(text);
    return (await card.getAttribute('data-card-id'))!;
  }

  const gridCount = (page: Page, need: string, context: string) =>
    page.getByTestId(`grid-cell-${need}-${context}`).getByTestId('grid-count').textContent();

  it('builds the coaching solution while the grid changes live for the other participant', async () => {
    const event = await createEvent(app.server.url, ['Groep 1', 'Groep 2'], 'Canvas test');
    const anna = await joinAs('Anna', event.joinCode);
    const bram = await joinAs('Bram', event.joinCode);

    const workload = await addStressor(anna, 'Geen tijd voor begeleiding van anios');
    const prospects = await addStressor(anna, 'Onzeker perspectief op een opleidingsplek');

    // Bram watches the need × context grid.
    await bram.getByTestId('analysis-view-grid').click();
    await bram.getByTestId('grid-polarity').selectOption('stressor');
    await expect.poll(() => gridCount(bram, 'autonomy', 'organizational')).toBe('0');

    // Anna tags the first card: organizational context, autonomy, anios.
    const card = anna.locator(`[data-card-id="${workload}"]`);
    await card.getByTestId('card-tags').click();
    await card.getByTestId('tag-context').selectOption('context:organizational');
    await card.getByTestId('tag-need').selectOption('need:autonomy');
    await card.getByTestId('tag-phase-anios').check();

    await expect.poll(() => gridCount(bram, 'autonomy', 'organizational')).toBe('1');
    await bram.getByTestId('grid-phase-filter').selectOption('anios');
    await expect.poll(() => gridCount(bram, 'autonomy', 'organizational')).toBe('1');
    await bram.getByTestId('grid-phase-filter').selectOption('intern');
    await expect.poll(() => gridCount(bram, 'autonomy', 'organizational')).toBe('0');

    // Anna builds the coaching solution from its template.
    await anna.getByTestId('tab-solutions').click();
    await anna.getByTestId('solution-new').click();
    await anna.getByTestId('template-coaching-every-anios').click();
    await anna.getByTestId('solution-title').fill('Coaching voor elke anios');
    await anna.getByTestId(`solution-stressor-${workload}`).check();
    await anna.getByTestId(`solution-stressor-${prospects}`).check();
    await anna.getByTestId('solution-level-organizational').check();
    await anna.getByTestId('solution-phase-anios').check();

    // The template gave the cost item (the coach's salary); Anna enters the numbers.
    const row = anna.getByTestId('cost-row').first();
    await row.getByTestId('cost-quantity').fill('1');
    await row.getByTestId('cost-unit').fill('70000');
    await anna.getByTestId('cost-people').fill('50');
    await anna.getByTestId('cost-people').blur();
    await expect.poll(() => anna.getByTestId('cost-per-person').textContent()).toContain('1,400');
    await expect.poll(() => anna.getByTestId('cost-total').textContent()).toContain('70,000');
    const missing = await anna.getByTestId('completeness-missing').textContent();
    expect(missing).not.toMatch(/title|levels|career/i);

    // Bram sees the same solution, saved; both see it after a reload.
    await bram.getByTestId('tab-solutions').click();
    await expect.poll(() => bram.getByTestId('solution-item').count()).toBe(1);
    await expect.poll(() => anna.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    // The interface switches to Dutch: labels and number formats.
    await anna.getByTestId('language').selectOption('nl');
    await expect.poll(() => anna.getByTestId('tab-solutions').textContent()).toContain('Oplossingen');
    await expect.poll(() => anna.getByTestId('cost-per-person').textContent()).toContain('1.400');
  });
});
