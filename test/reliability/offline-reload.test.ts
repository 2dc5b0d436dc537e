import fs from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createEvent, join } from '../helpers/api.ts';
import { waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { startNetLink, type NetLink } from '../helpers/netLink.ts';
import { offlineApp } from '../helpers/offlineApp.ts';
import {
  addInBrowser,
  appendInBrowser,
  browserLanes,
  docLanes,
  unsavedIn,
  type Lanes,
} from '../helpers/browserBoard.ts';
import type { TestServer } from '../helpers/server.ts';

/**
 * Issue #6: a participant's laptop reloads the board with no network. The service worker
 * (client/public/sw.js) serves the page and its assets from its cache, the board opens the
 * session kept from the last visit (`GET /api/session` fails) and the group doc from
 * IndexedDB, the status says offline with at least as many unsaved changes as before the
 * reload, editing goes on, and everything is stored once the network is back — also when
 * the server restarted meanwhile.
 *
 * Unlike test/reliability/offline.test.ts nothing stands in for the app shell: no
 * `context.route`, the real service worker of a production build. The network is cut the
 * same way: the browser reaches the server through a TCP relay (test/helpers/netLink.ts)
 * that resets every connection, and the context is put offline.
 */

const reconnectTimeoutMs = 20_000;
/** For what the page shows after an action or a reload (expect.poll's default is 1 s). */
const shows = { timeout: 10_000 };

describe('reloading the board without network (service worker)', () => {
  const app = offlineApp('offline-reload');
  const { cleanups, serve, nodeClient } = app;

  const saveState = (page: Page) => page.getByTestId('save-status').getAttribute('data-state');

  async function unsavedNow(page: Page): Promise<{ state: string | null; unsaved: number | null }> {
    const status = page.getByTestId('save-status');
    const text = (await status.textContent()) ?? '';
    return { state: await status.getAttribute('data-state'), unsaved: unsavedIn(text) };
  }

  /** id → text of every card, sorted by id: what is there, whatever the order. */
  function texts(lanes: Lanes): Record<string, string> {
    const all = [...lanes.stressor, ...lanes.energy].sort((a, b) => (a.id < b.id ? -1 : 1));
    return Object.fromEntries(all.map((card) => [card.id, card.text]));
  }

  function docTexts(client: BoardClient): Record<string, string> {
    return texts(docLanes(client.doc));
  }

  /** Joins through the join page and waits until the service worker controls the board page. */
  async function joinInBrowser(url: string, joinCode: string, name: string) {
    const context = await app.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    await page.goto(`${url}/?code=${joinCode}`);
    await page.getByTestId('join-name').fill(name);
    await page.getByTestId('join-submit').click();
    await page.waitForURL('**/board**');
    await expect.poll(() => saveState(page), shows).toBe('saved');
    // Installed (shell cached), activated and controlling this page.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return (
              !!registration?.active &&
              navigator.serviceWorker.controller !== null &&
              (await caches.match('/')) !== undefined
            );
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    return { context, page };
  }

  async function cut(context: BrowserContext, link: NetLink): Promise<void> {
    await context.setOffline(true);
    link.cut();
  }

  async function restore(context: BrowserContext, link: NetLink): Promise<void> {
    link.restore();
    await context.setOffline(false);
  }

  /** Reloads with no network: the page must come from the service worker and show the board. */
  async function reloadOffline(page: Page, expected: Record<string, string>): Promise<number> {
    const response = await page.reload();
    expect(response?.fromServiceWorker(), 'the reload is answered by the service worker').toBe(true);
    await expect.poll(async () => texts(await browserLanes(page)), shows).toEqual(expected);
    await expect.poll(async () => (await unsavedNow(page)).state, shows).toBe('offline-unsaved');
    return (await unsavedNow(page)).unsaved ?? 0;
  }

  /**
   * Online: two cards, saved. Offline: three edits (two new cards, text typed into an online
   * card). Returns what the browser shows and what it counted as unsaved before the reload.
   */
  async function editOnlineThenOffline(page: Page, context: BrowserContext, link: NetLink) {
    const online = await addInBrowser(page, 'stressor', 'Roosters te laat bekend', shows.timeout);
    await addInBrowser(page, 'energy', 'Goede collega’s', shows.timeout);
    await expect.poll(() => saveState(page), shows).toBe('saved');

    await cut(context, link);
    await expect.poll(() => saveState(page), shows).not.toBe('saved');
    await addInBrowser(page, 'stressor', 'Offline: nachtdiensten', shows.timeout);
    await addInBrowser(page, 'energy', 'Offline: teamuitje', shows.timeout);
    await appendInBrowser(page, online, ' (offline aangevuld)');
    const offlineEdits = 3;
    const before = await unsavedNow(page);
    expect(before.state).toBe('offline-unsaved');
    expect(before.unsaved).toBeGreaterThanOrEqual(offlineEdits);
    const shown = texts(await browserLanes(page));
    expect(Object.keys(shown)).toHaveLength(4);
    return { online, offlineEdits, unsavedBefore: before.unsaved!, shown };
  }

  it('reloads /board and / offline from the service worker, keeps editing, and stores everything on reconnect', async () => {
    const server = await serve();
    cleanups.push(async () => {
      await server.close();
      await fs.rm(server.dataDir, { recursive: true, force: true });
    });
    const link = await startNetLink(server.port);
    cleanups.push(() => link.close());

    // The service worker script is always revalidated and served as JavaScript.
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');

    const event = await createEvent(server.url, ['Groep 1'], 'Offline reload');
    const groupId = event.groups[0]!.groupId;
    const { context, page } = await joinInBrowser(link.url, event.joinCode, 'Anna');
    const bram = await join(server.url, event.joinCode, 'Bram', groupId);
    const second = nodeClient(server.url, bram.docs.group, bram.token);
    await waitForSynced(second);

    const { offlineEdits, unsavedBefore, shown } = await editOnlineThenOffline(page, context, link);
    await waitFor(() => Object.keys(docTexts(second)).length === 2, 10_000, 'the second client: 2 cards');

    const start = Date.now();
    const unsavedAfterReload = await reloadOffline(page, shown);
    // Never lower than before the reload (here exactly the same: one tab, never synced since).
    expect(unsavedAfterReload).toBeGreaterThanOrEqual(offlineEdits);
    expect(unsavedAfterReload).toBe(unsavedBefore);

    // Editing goes on after the offline reload, and counts on top.
    const late = await addInBrowser(page, 'energy', 'Na het herladen', shows.timeout);
    await expect
      .poll(async () => (await unsavedNow(page)).unsaved, shows)
      .toBeGreaterThan(unsavedAfterReload);
    const expected = texts(await browserLanes(page));
    expect(expected[late]).toBe('Na het herladen');

    // The join page offline: served by the service worker, it offers to continue from the
    // kept session, and the board opens again from IndexedDB.
    const joinResponse = await page.goto(`${link.url}/`);
    expect(joinResponse?.fromServiceWorker()).toBe(true);
    await page.getByTestId('continue').click();
    await page.waitForURL('**/board**');
    await expect.poll(async () => texts(await browserLanes(page)), shows).toEqual(expected);
    await expect.poll(async () => (await unsavedNow(page)).state, shows).toBe('offline-unsaved');
    expect((await unsavedNow(page)).unsaved).toBeGreaterThan(unsavedAfterReload);
    const offlineMs = Date.now() - start;

    // The cut was real: nothing of it reached the server.
    expect(Object.keys(docTexts(second))).toHaveLength(2);

    const back = Date.now();
    await restore(context, link);
    await expect.poll(() => saveState(page), { timeout: reconnectTimeoutMs }).toBe('saved');
    const reconnectMs = Date.now() - back;
    await waitFor(
      () => JSON.stringify(docTexts(second)) === JSON.stringify(expected),
      10_000,
      'the second client to see every card',
    );
    const cas = await join(server.url, event.joinCode, 'Cas', groupId);
    const reader = nodeClient(server.url, cas.docs.group, cas.token);
    await waitForSynced(reader);
    expect(docTexts(reader)).toEqual(expected);
    console.log(
      `[offline reload] ${unsavedBefore} unsaved before the reload, ${unsavedAfterReload} after it; ` +
        `${offlineMs} ms offline; saved ${reconnectMs} ms after reconnecting; ${Object.keys(expected).length} cards`,
    );
  }, 60_000);

  it('reloads offline while the server restarts, and stores everything once both are back', async () => {
    let server: TestServer | null = await serve();
    const { dataDir, port } = server;
    cleanups.push(async () => {
      await server?.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    });
    const link = await startNetLink(port);
    cleanups.push(() => link.close());

    const event = await createEvent(server.url, ['Groep 1'], 'Offline restart');
    const groupId = event.groups[0]!.groupId;
    const { context, page } = await joinInBrowser(link.url, event.joinCode, 'Anna');
    const { offlineEdits, unsavedBefore, shown } = await editOnlineThenOffline(page, context, link);

    // The server goes down while the laptop is offline; the laptop reloads.
    await server.close();
    server = null;
    const unsavedAfterReload = await reloadOffline(page, shown);
    expect(unsavedAfterReload).toBeGreaterThanOrEqual(Math.max(offlineEdits, unsavedBefore));

    // The network comes back first, the server later: a reload in between still works
    // (the relay refuses, like a venue network whose server is down), and nothing is saved.
    await restore(context, link);
    const unsavedWhileDown = await reloadOffline(page, shown);
    expect(unsavedWhileDown).toBeGreaterThanOrEqual(unsavedAfterReload);

    server = await serve({ dataDir, port });
    const back = Date.now();
    await expect.poll(() => saveState(page), { timeout: reconnectTimeoutMs }).toBe('saved');
    const reconnectMs = Date.now() - back;
    const cas = await join(server.url, event.joinCode, 'Cas', groupId);
    const reader = nodeClient(server.url, cas.docs.group, cas.token);
    await waitForSynced(reader);
    expect(docTexts(reader)).toEqual(shown);
    console.log(
      `[offline reload, server restart] ${unsavedBefore} unsaved before the reloads, ` +
        `${unsavedAfterReload} and ${unsavedWhileDown} after them; saved ${reconnectMs} ms after the restart`,
    );
  }, 60_000);
});
