import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appHarness, joinThroughPage, openPage } from '../helpers/e2e.ts';
import { createEvent, mintToken } from '../helpers/api.ts';

/**
 * One facilitator runs the event from a laptop and a projector: four separate browser
 * contexts — facilitator, projector wall, and two participants in different groups.
 */
describe('facilitation end to end', () => {
  const app = appHarness();

  const open = (url: string, viewport?: { width: number; height: number }): Promise<Page> =>
    openPage(app.browser, url, viewport);

  const joinAs = (name: string, code: string, groupName: string): Promise<Page> =>
    joinThroughPage(app.browser, app.server.url, { name, code, groupName, eventTitle: 'Facilitation test' });

  async function addSolution(page: Page, title: string): Promise<void> {
    await page.getByTestId('tab-solutions').click();
    await page.getByTestId('solution-new').click();
    await page.getByTestId('template-blank').click();
    await page.getByTestId('solution-title').fill(title);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await page.getByTestId('tab-analysis').click();
  }

  const clock = /\d+:\d\d/;

  it('runs a phase with the timer everywhere, spotlight, lock, and a vote with reveal', async () => {
    const event = await createEvent(app.server.url, ['Groep 1', 'Groep 2'], 'Facilitation test');
    const [g1, g2] = event.groups;
    const facilitatorToken = await mintToken(
      app.server.url,
      event.eventId,
      event.organizerToken,
      'facilitator',
    );
    const projectorToken = await mintToken(app.server.url, event.eventId, event.organizerToken, 'projector');

    const facilitator = await open(`${app.server.url}/facilitator#token=${facilitatorToken}`);
    const wall = await open(`${app.server.url}/wall#token=${projectorToken}`, { width: 1920, height: 1080 });
    await expect.poll(() => wall.getByTestId('wall-join-code').textContent()).toContain(event.joinCode);

    const anna = await joinAs('Anna', event.joinCode, 'Groep 1');
    const bram = await joinAs('Bram', event.joinCode, 'Groep 2');
    await addSolution(anna, 'Coaching voor elke anios');
    await addSolution(bram, 'De 6-urige werkdag');

    // A phase starts: the timer shows on the wall and on both laptops.
    const phase = facilitator.locator('[data-testid="console-phase"][data-phase-id="p3"]');
    await phase.getByTestId('phase-start').click();
    await expect.poll(() => wall.getByTestId('wall-phase').textContent()).toContain('Problem analysis');
    await expect.poll(() => wall.getByTestId('wall-timer').textContent()).toMatch(clock);
    for (const laptop of [anna, bram]) {
      await expect.poll(() => laptop.getByTestId('phase-title').textContent()).toContain('Problem analysis');
      await expect.poll(() => laptop.getByTestId('phase-timer').textContent()).toMatch(clock);
    }

    // Spotlight on group 1.
    await facilitator
      .locator(`[data-testid="console-group"][data-group-id="${g1!.groupId}"]`)
      .getByTestId('spotlight-group')
      .click();
    await expect
      .poll(() => wall.getByTestId('wall-spotlight').getAttribute('data-group-id'))
      .toBe(g1!.groupId);

    // End with lock: participants can read but not add; unlocking opens the boards again.
    await facilitator.getByTestId('timer-end-lock').click();
    for (const laptop of [anna, bram]) {
      await expect.poll(() => laptop.getByTestId('phase-locked').count()).toBe(1);
      await expect.poll(() => laptop.getByTestId('new-card-stressor').count()).toBe(0);
    }
    await facilitator.getByTestId('boards-unlock').click();
    await expect.poll(() => anna.getByTestId('new-card-stressor').count()).toBe(1);

    // Dot voting: hidden until the reveal.
    await facilitator.getByTestId('voting-open').check();
    for (const [laptop, otherGroup] of [
      [anna, g2!.groupId],
      [bram, g1!.groupId],
    ] as const) {
      await expect.poll(() => laptop.getByTestId('voting-panel').count()).toBeGreaterThan(0);
      const entry = laptop.locator(`[data-testid="ballot-entry"][data-group-id="${otherGroup}"]`);
      await expect.poll(() => entry.count()).toBe(1);
      await entry.getByTestId('vote-plus').click();
      await expect.poll(() => entry.getByTestId('vote-count').textContent()).toContain('1');
    }
    await anna
      .locator(`[data-testid="ballot-entry"][data-group-id="${g2!.groupId}"]`)
      .getByTestId('vote-plus')
      .click();
    expect(await wall.getByTestId('wall-results').count()).toBe(0);
    expect(await anna.getByTestId('vote-results').count()).toBe(0);

    await facilitator.getByTestId('voting-reveal').check();
    await expect.poll(() => wall.getByTestId('wall-results').textContent()).toContain('De 6-urige werkdag');
    const results = (await wall.getByTestId('wall-results').textContent())!;
    expect(results.indexOf('De 6-urige werkdag')).toBeLessThan(results.indexOf('Coaching voor elke anios'));
    await expect
      .poll(() => bram.getByTestId('vote-results').textContent())
      .toContain('Coaching voor elke anios');
  });
});
