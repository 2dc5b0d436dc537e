import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../helpers/api.ts';
import { appHarness, joinThroughPage } from '../helpers/e2e.ts';

/** Issue #7's client budget: the participant page loads at most 150 kB of JS, gzipped. */
const participantJsBudgetBytes = 150 * 1024;

describe('client budget', () => {
  const app = appHarness();

  it('a participant joins and opens the board with at most 150 kB of JavaScript (gzip), and no staff page', async () => {
    const event = await createEvent(app.server.url, ['Groep 1'], 'Budget test');
    const scripts = new Map<string, number>();
    const record = (page: Page): void => {
      page.on('response', (response) => {
        const url = response.url();
        if (!url.endsWith('.js')) return;
        void response.body().then((body) => scripts.set(url, zlib.gzipSync(body, { level: 9 }).byteLength));
      });
    };
    const page = await joinThroughPage(app.browser, app.server.url, {
      name: 'Anna',
      code: event.joinCode,
      groupName: 'Groep 1',
      eventTitle: 'Budget test',
      beforeOpen: record,
    });
    await page.waitForLoadState('networkidle');
    const names = [...scripts.keys()].map((url) => url.split('/').at(-1)!);
    const totalBytes = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(names.length).toBeGreaterThan(0);
    expect(
      names.filter((name) => /^(Organizer|NewEvent|Owner|Wall|Facilitator|SynthesisView)-/.test(name)),
    ).toEqual([]);
    expect(totalBytes, `${names.join(', ')}: ${(totalBytes / 1024).toFixed(1)} kB`).toBeLessThanOrEqual(
      participantJsBudgetBytes,
    );
  });
});
