import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

/** A real server with the built client, and Chromium, for one e2e file. */
export function appHarness(): { readonly server: TestServer; readonly browser: Browser } {
  let server: TestServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    server = await startTestServer({ config: { clientDir: path.resolve('dist/client') } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

/** A page in its own browser context (its own storage: one person, one laptop). */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  beforeOpen?: (page: Page) => void,
): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-GB', viewport })).newPage();
  beforeOpen?.(page);
  await page.goto(url);
  return page;
}

/** Joins by code through the join page, into a named group, and waits until the board is saved. */
export async function joinThroughPage(
  browser: Browser,
  baseUrl: string,
  person: {
    name: string;
    code: string;
    groupName: string;
    eventTitle: string;
    beforeOpen?: (page: Page) => void;
  },
): Promise<Page> {
  const page = await openPage(
    browser,
    `${baseUrl}/?code=${person.code}`,
    { width: 1280, height: 900 },
    person.beforeOpen,
  );
  await expect.poll(() => page.getByTestId('event-title').textContent()).toBe(person.eventTitle);
  await page.getByTestId('join-group').selectOption({ label: person.groupName });
  await page.getByTestId('join-name').fill(person.name);
  await page.getByTestId('join-submit').click();
  await page.waitForURL('**/board**');
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
  return page;
}
