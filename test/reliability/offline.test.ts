import fs from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, deleteCard, editCardText } from '../../shared/board/commands.ts';
import type { Polarity } from '../../shared/board/layout.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { projectSolutions } from '../../shared/board/solutions.ts';
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
 * "Nothing lost": a participant keeps editing a group board in Chromium for a minute with
 * the network cut, reloads the page while still offline, and reconnects; a second client
 * (a stock WebsocketProvider in Node) edits the same board meanwhile. Afterwards the browser,
 * the second client and a fresh late joiner show the same cards, and the UI says saved.
 *
 * How the network is cut: the browser reaches the server through a TCP relay
 * (test/helpers/netLink.ts) that resets every connection at once, and the context is put
 * offline, so new requests fail like on a laptop without Wi-Fi. `setOffline` alone is not
 * a cut: Chromium keeps open websockets sending (playwright#4910), so edits would still
 * reach the server.
 *
 * The reload: this test replays the page, its assets and the /api/session answer recorded
 * while online, and fails everything else — so what the page shows after the reload comes
 * from IndexedDB, independent of the service worker. The real service worker and cached
 * session are proven by test/reliability/offline-reload.test.ts.
 */

const offlineMs = 60_000;
/** One browser action (add, edit or move a card) at most this often. */
const paceMs = 1_500;
const reconnectTimeoutMs = 30_000;

interface CardState {
  polarity: Polarity;
  text: string;
}

interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What the offline window looked like, for the assertions and the log. */
interface OfflineReport {
  actions: number;
  /** data-state right after the cut, before any offline edit. */
  stateAfterCut: string | null;
  /** The largest N in "Offline — N changes not yet saved" before the reload. */
  maxUnsaved: number;
  /** N right after the offline reload. */
  unsavedAfterReload: number | null;
  lastText: string;
  reconnectMs: number;
}

describe('offline editing in a browser', () => {
  // A page served by `route.fulfill` has no address space of its own, so Chromium counts it
  // as public and would block its websockets to 127.0.0.1 after the offline reload. Real
  // pages (and service-worker pages) keep their origin's space.
  const app = offlineApp('offline', ['--disable-features=LocalNetworkAccessChecks']);
  const { cleanups, serve, nodeClient } = app;

  const saveStatus = (page: Page) => page.getByTestId('save-status');

  async function statusNow(page: Page): Promise<{ state: string | null; text: string }> {
    const status = saveStatus(page);
    return { state: await status.getAttribute('data-state'), text: (await status.textContent()) ?? '' };
  }

  /** Lanes as a map id → state: what is there, regardless of order. */
  function cardStates(lanes: Lanes): Record<string, CardState> {
    const states: Record<string, CardState> = {};
    for (const polarity of ['stressor', 'energy'] as const) {
      for (const card of lanes[polarity]) states[card.id] = { polarity, text: card.text };
    }
    return states;
  }

  function sorted(states: Map<string, CardState>): Record<string, CardState> {
    return Object.fromEntries([...states].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  const sortedStates = (lanes: Lanes): Record<string, CardState> =>
    sorted(new Map(Object.entries(cardStates(lanes))));

  async function switchLaneInBrowser(page: Page, cardId: string): Promise<void> {
    await page.locator(`[data-card-id="${cardId}"]`).getByTestId('card-switch-lane').click();
  }

  /** Records every HTTP response the page gets, to replay the app shell offline. */
  function recordShell(page: Page): Map<string, RecordedResponse> {
    const shell = new Map<string, RecordedResponse>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!['document', 'script', 'stylesheet', 'fetch'].includes(response.request().resourceType())) return;
      if (response.request().method() !== 'GET' || !response.ok()) return;
      response.body().then(
        (body) => shell.set(url.pathname, { status: response.status(), headers: response.headers(), body }),
        () => {},
      );
    });
    return shell;
  }

  /** Serves the recorded shell and fails every other request, as an offline cache would. */
  async function replayShell(context: BrowserContext, shell: Map<string, RecordedResponse>): Promise<void> {
    await context.route('**/*', async (route) => {
      const recorded = shell.get(new URL(route.request().url()).pathname);
      if (recorded && route.request().method() === 'GET') await route.fulfill(recorded);
      else await route.abort('internetdisconnected');
    });
  }

  async function openBoardInBrowser(url: string, joinCode: string, name: string) {
    const context = await app.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const shell = recordShell(page);
    await page.goto(`${url}/?code=${joinCode}`);
    await page.getByTestId('join-name').fill(name);
    await page.getByTestId('join-submit').click();
    await page.waitForURL('**/board**');
    await expect.poll(() => saveStatus(page).getAttribute('data-state')).toBe('saved');
    await expect.poll(() => shell.has('/api/session') && shell.has('/board')).toBe(true);
    return { context, page, shell };
  }

  /**
   * The whole scenario; `duringOffline` are the second client's (and the server's) steps,
   * run at their time between the browser's actions.
   */
  async function offlineScenario(
    title: string,
    duringOffline: (setup: {
      server: () => TestServer;
      replaceServer: (next: TestServer | null) => void;
      second: BoardClient;
      sharedCardId: string;
      remote: { cards: Map<string, CardState>; prefixes: Map<string, string> };
    }) => { atMs: number; run: () => Promise<void> }[],
  ): Promise<OfflineReport> {
    let server: TestServer | null = await serve();
    const firstServer = server;
    cleanups.push(async () => {
      await server?.close();
      await fs.rm(firstServer.dataDir, { recursive: true, force: true });
    });
    const link: NetLink = await startNetLink(server.port);
    cleanups.push(() => link.close());

    const event = await createEvent(server.url, ['Groep 1'], title);
    const groupId = event.groups[0]!.groupId;
    const { context, page, shell } = await openBoardInBrowser(link.url, event.joinCode, 'Anna');
    const bram = await join(server.url, event.joinCode, 'Bram', groupId);
    const second = nodeClient(server.url, bram.docs.group, bram.token);
    await waitForSynced(second);

    /** What the browser shows while offline: only its own edits. */
    const local = new Map<string, CardState>();
    /** The second client's cards, and what it typed in front of the browser's cards. */
    const remote = { cards: new Map<string, CardState>(), prefixes: new Map<string, string>() };

    const sharedCardId = await addInBrowser(page, 'stressor', 'Roosters te laat bekend');
    local.set(sharedCardId, { polarity: 'stressor', text: 'Roosters te laat bekend' });
    const energyId = await addInBrowser(page, 'energy', 'Goede collega’s');
    local.set(energyId, { polarity: 'energy', text: 'Goede collega’s' });
    await expect.poll(() => saveStatus(page).getAttribute('data-state')).toBe('saved');
    await waitFor(
      () => projectBoard(second.doc).cards.length === 2,
      10_000,
      'the second client to see 2 cards',
    );

    const report: OfflineReport = {
      actions: 0,
      stateAfterCut: null,
      maxUnsaved: 0,
      unsavedAfterReload: null,
      lastText: '',
      reconnectMs: 0,
    };
    let reloaded = false;
    const steps = duringOffline({
      server: () => server!,
      replaceServer: (next) => (server = next),
      second,
      sharedCardId,
      remote,
    });
    steps.push({
      atMs: offlineMs / 2,
      run: async () => {
        // The reload: everything on screen now comes from IndexedDB.
        await replayShell(context, shell);
        await page.reload();
        await expect.poll(async () => sortedStates(await browserLanes(page))).toEqual(sorted(local));
        const status = await statusNow(page);
        expect(status.state).toBe('offline-unsaved');
        report.unsavedAfterReload = unsavedIn(status.text);
        expect(report.unsavedAfterReload).toBeGreaterThan(0);
        reloaded = true;
      },
    });
    steps.sort((a, b) => a.atMs - b.atMs);

    // The cut.
    await context.setOffline(true);
    link.cut();
    await expect.poll(() => saveStatus(page).getAttribute('data-state')).not.toBe('saved');
    report.stateAfterCut = await saveStatus(page).getAttribute('data-state');

    const start = Date.now();
    const elapsed = () => Date.now() - start;
    while (elapsed() < offlineMs) {
      while (steps.length > 0 && steps[0]!.atMs <= elapsed()) {
        await steps.shift()!.run();
      }
      const tick = Date.now();
      const k = report.actions++;
      const ownIds = [...local.keys()];
      if (k % 3 === 0) {
        const polarity: Polarity = k % 2 === 0 ? 'stressor' : 'energy';
        const text = `Offline kaart ${k}`;
        local.set(await addInBrowser(page, polarity, text), { polarity, text });
      } else if (k % 6 === 5) {
        const id = ownIds[k % ownIds.length]!;
        await switchLaneInBrowser(page, id);
        const card = local.get(id)!;
        card.polarity = card.polarity === 'stressor' ? 'energy' : 'stressor';
      } else {
        // The shared card every few actions: the second client types at its start meanwhile.
        const id = k % 4 === 1 ? sharedCardId : ownIds[k % ownIds.length]!;
        const suffix = ` +${k}`;
        await appendInBrowser(page, id, suffix);
        local.get(id)!.text += suffix;
      }
      const status = await statusNow(page);
      expect(status.state, `after offline action ${k}`).toBe('offline-unsaved');
      const unsaved = unsavedIn(status.text);
      expect(unsaved, status.text).toBeGreaterThan(0);
      if (!reloaded) report.maxUnsaved = Math.max(report.maxUnsaved, unsaved!);
      report.lastText = status.text;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, paceMs - (Date.now() - tick))));
    }
    for (const step of steps) await step.run();
    expect(reloaded).toBe(true);
    expect(sortedStates(await browserLanes(page))).toEqual(sorted(local));
    // The cut was real: nothing the browser did offline reached the server or the second client.
    const seenBySecond = cardStates(docLanes(second.doc));
    expect(Object.keys(seenBySecond).sort()).toEqual([sharedCardId, energyId, ...remote.cards.keys()].sort());
    expect(seenBySecond[sharedCardId]!.text).toBe(
      `${remote.prefixes.get(sharedCardId) ?? ''}Roosters te laat bekend`,
    );

    // Back online.
    const back = Date.now();
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    link.restore();
    await context.setOffline(false);
    await expect
      .poll(() => saveStatus(page).getAttribute('data-state'), { timeout: reconnectTimeoutMs })
      .toBe('saved');
    report.reconnectMs = Date.now() - back;

    const expected = new Map<string, CardState>(remote.cards);
    for (const [id, card] of local) {
      expected.set(id, { polarity: card.polarity, text: (remote.prefixes.get(id) ?? '') + card.text });
    }
    await expect.poll(async () => sortedStates(await browserLanes(page))).toEqual(sorted(expected));
    const want = JSON.stringify(sorted(expected));
    await waitFor(
      () => JSON.stringify(sortedStates(docLanes(second.doc))) === want,
      10_000,
      'the second client to converge',
    );
    // Same cards, same order, same text in the browser and the second client.
    const lanes = await browserLanes(page);
    expect(docLanes(second.doc)).toEqual(lanes);
    await waitFor(() => second.saves.state.unsaved === 0, 10_000, 'the second client to be saved');

    // And on the server: a fresh late joiner gets exactly that.
    const cas = await join(server!.url, event.joinCode, 'Cas', groupId);
    const late = nodeClient(server!.url, cas.docs.group, cas.token);
    await waitForSynced(late);
    expect(docLanes(late.doc)).toEqual(lanes);
    expect(projectBoard(late.doc)).toEqual(projectBoard(second.doc));
    expect(projectSolutions(late.doc)).toEqual(projectSolutions(second.doc));
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(second.doc));

    console.log(
      `[${title}] ${report.actions} browser actions offline; after the cut the UI said "${report.stateAfterCut}"; ` +
        `up to ${report.maxUnsaved} unsaved before the reload, ${report.unsavedAfterReload} after it; ` +
        `last: "${report.lastText}"; saved ${report.reconnectMs} ms after reconnecting; ${expected.size} cards`,
    );
    return report;
  }

  function addRemote(
    client: BoardClient,
    remote: { cards: Map<string, CardState> },
    id: string,
    polarity: Polarity,
    text: string,
  ): void {
    addCard(client.doc, { id, polarity, text, authorId: null, authorName: 'Bram', createdAt: Date.now() });
    remote.cards.set(id, { polarity, text });
  }

  function prefixRemote(
    client: BoardClient,
    remote: { prefixes: Map<string, string> },
    cardId: string,
    prefix: string,
  ): void {
    const current = projectBoard(client.doc).cards.find((card) => card.id === cardId)!.text;
    editCardText(client.doc, cardId, prefix + current);
    remote.prefixes.set(cardId, prefix + (remote.prefixes.get(cardId) ?? ''));
  }

  function editRemote(
    client: BoardClient,
    remote: { cards: Map<string, CardState> },
    cardId: string,
    suffix: string,
  ): void {
    const card = remote.cards.get(cardId)!;
    card.text += suffix;
    editCardText(client.doc, cardId, card.text);
  }

  it('keeps a minute of offline edits across a reload, and converges with a second client', async () => {
    const report = await offlineScenario('Offline minute', ({ second, sharedCardId, remote }) => [
      {
        atMs: 10_000,
        run: async () => addRemote(second, remote, 'cbramremote01', 'stressor', 'Bram: nachtdiensten'),
      },
      { atMs: 20_000, run: async () => prefixRemote(second, remote, sharedCardId, '[Bram] ') },
      {
        atMs: 40_000,
        run: async () => {
          addRemote(second, remote, 'cbramremote02', 'energy', 'Bram: teamuitje');
          deleteCard(second.doc, 'cbramremote01');
          remote.cards.delete('cbramremote01');
        },
      },
      { atMs: 50_000, run: async () => editRemote(second, remote, 'cbramremote02', ' (vrijdag)') },
    ]);
    expect(report.maxUnsaved).toBeGreaterThan(0);
  }, 170_000);

  it('converges after the server restarted on the same data dir and port while the browser was offline', async () => {
    const report = await offlineScenario(
      'Offline restart',
      ({ server, replaceServer, second, sharedCardId, remote }) => {
        let port = 0;
        let dataDir = '';
        return [
          {
            atMs: 8_000,
            run: async () => {
              addRemote(second, remote, 'cbramremote01', 'stressor', 'Bram: voor de herstart');
              await waitFor(() => second.saves.state.unsaved === 0, 10_000, 'the second client saved');
            },
          },
          {
            atMs: 12_000,
            run: async () => {
              port = server().port;
              dataDir = server().dataDir;
              await server().close();
              replaceServer(null);
              await waitFor(() => !second.provider.wsconnected, 10_000, 'the second client to notice');
            },
          },
          {
            atMs: 18_000,
            run: async () => {
              // The second client edits while the server is down, too.
              addRemote(second, remote, 'cbramremote02', 'energy', 'Bram: tijdens de herstart');
              prefixRemote(second, remote, sharedCardId, '[Bram] ');
            },
          },
          {
            atMs: 24_000,
            run: async () => {
              replaceServer(await serve({ dataDir, port }));
              await waitForSynced(second, 20_000);
              await waitFor(() => second.saves.state.unsaved === 0, 10_000, 'the second client saved');
            },
          },
          { atMs: 40_000, run: async () => editRemote(second, remote, 'cbramremote01', ' (na de herstart)') },
        ];
      },
    );
    expect(report.maxUnsaved).toBeGreaterThan(0);
  }, 170_000);
});
