import { afterEach, describe, expect, it } from 'vitest';
import { closeCode } from '../../shared/protocol/wire.ts';
import {
  acknowledgedTo,
  inFlight,
  isClosed,
  loopDelayVerdict,
  maxUsefulLoopDelayP99Ms,
  monitorLoopDelay,
  readBack,
  receivedBy,
  runUnsaturated,
  setUpLoad,
  withTimeout,
  writeToken,
  LoadRun,
  WriteScheduler,
  type LoadPlan,
  type LoopDelay,
} from '../helpers/boardLoad.ts';
import { waitFor } from '../helpers/clients.ts';
import { spawnVonk } from '../helpers/process.ts';

/**
 * 60 clients on 6 group boards write while the server gets SIGTERM. It must store what is
 * queued, tell every client (notice 'shutting-down', then close code 1012, on which the
 * stock client retries), and exit 0 in bounded time; after a restart, everything any
 * client had been acknowledged as stored, or had received, is there.
 */
const plan: LoadPlan = {
  groups: 6,
  perGroup: 10,
  probesPerGroup: 1,
  intervalMs: [100, 200],
  maxWritesPerClient: 80,
};
const signalAfterMs = 3_000;
const burstAtSignal = 5;
/** The server gives up flushing after 10 s (vonk.ts); it must be gone well before this. */
const maxExitMs = 15_000;

describe('SIGTERM under load: 60 clients, 6 groups', () => {
  const run = new LoadRun();
  const cleanUp = run.cleanUp;

  afterEach(cleanUp);

  it('exits 0, closes every client with 1012 and keeps everything acknowledged', async () => {
    const attempts = 2;
    const delay = await runUnsaturated('sigterm', attempts, terminateMidWrite, cleanUp);
    expect(delay.p99Ms, loopDelayVerdict(delay, attempts)).toBeLessThanOrEqual(maxUsefulLoopDelayP99Ms);
  });

  /** One run: set up, write, SIGTERM, restart, compare. Returns the loop delay while writing. */
  async function terminateMidWrite(attempt: number): Promise<LoopDelay> {
    const runStart = Date.now();
    const dir = await run.newDataDir();
    const first = await spawnVonk(dir);
    const load = await setUpLoad(first.url, plan, (client) => run.clients.push(client));

    const scheduler = (run.scheduler = new WriteScheduler(load.clients, plan));
    const loop = monitorLoopDelay();
    // Clients keep writing after the signal, until their socket closes: the shutdown
    // happens under load, with writes arriving while the rooms are being stored.
    const atSignal = await new Promise<{ atMs: number; sent: number; inFlight: number }>(
      (resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error('the signal was never sent')),
          signalAfterMs + 20_000,
        );
        let signalled = false;
        scheduler!.start((elapsedMs) => {
          if (signalled || elapsedMs < signalAfterMs) return;
          signalled = true;
          clearTimeout(deadline);
          // A burst from everyone right before the signal: the rooms have work queued when
          // the shutdown begins, and more arrives while they store it.
          for (let i = 0; i < burstAtSignal; i++) for (const client of load.clients) writeToken(client);
          first.child.kill('SIGTERM');
          resolve({
            atMs: Date.now(),
            sent: load.clients.reduce((sum, c) => sum + c.written.length, 0),
            inFlight: load.clients.reduce((sum, c) => sum + inFlight(c), 0),
          });
        });
      },
    );
    const sentBeforeSignal = new Map(load.clients.map((c) => [c, c.written.length]));
    const exit = await withTimeout(first.exited, maxExitMs, `the server to exit after SIGTERM`);
    const exitMs = Date.now() - atSignal.atMs;
    await waitFor(() => load.clients.every(isClosed), 15_000, 'every client to see its socket close');
    scheduler.stop();
    const delay = loop.stop();
    // Stock providers would keep retrying against the dead port; their state is final now.
    for (const client of load.clients) client.probe?.destroy();

    const codes = new Map<string, number>();
    for (const client of load.clients) {
      const code = client.lean ? client.lean.closeCode! : client.probeClose!.code!;
      codes.set(String(code), (codes.get(String(code)) ?? 0) + 1);
    }
    const leanClients = load.clients.filter((c) => c.lean);
    const noticed = leanClients.filter((c) => c.lean!.notices.at(-1) === 'shutting-down');

    const second = await spawnVonk(dir);
    const recovered = await Promise.all(
      load.groups.map((group) => readBack(second.url, group.docName, group.clients[0]!.participant.token)),
    );

    const lostAcked: string[] = [];
    const lostReceived: string[] = [];
    const phantom: string[] = [];
    let sentTotal = 0;
    let ackedTotal = 0;
    let receivedTotal = 0;
    let recoveredTotal = 0;
    let beforeSignalTotal = 0;
    let beforeSignalRecovered = 0;
    load.groups.forEach((group, g) => {
      const stored = recovered[g]!;
      const written = new Set(group.clients.flatMap((c) => c.written));
      const acked = new Set(group.clients.flatMap((c) => acknowledgedTo(c)));
      const received = new Set(group.clients.flatMap((c) => [...receivedBy(c)]));
      lostAcked.push(...[...acked].filter((entry) => !stored.has(entry)));
      lostReceived.push(...[...received].filter((entry) => !stored.has(entry)));
      phantom.push(...[...stored].filter((entry) => !written.has(entry)));
      for (const client of group.clients) {
        const before = client.written.slice(0, sentBeforeSignal.get(client));
        beforeSignalTotal += before.length;
        beforeSignalRecovered += before.filter((entry) => stored.has(entry)).length;
      }
      sentTotal += written.size;
      ackedTotal += acked.size;
      receivedTotal += received.size;
      recoveredTotal += stored.size;
    });

    console.log(
      [
        `sigterm (attempt ${attempt}): ${load.clients.length} clients (${plan.groups} groups × ${plan.perGroup}, ` +
          `${plan.groups * plan.probesPerGroup} stock providers)`,
        `  SIGTERM after ${signalAfterMs} ms of writing: ${atSignal.sent} writes sent, ` +
          `${atSignal.inFlight} not yet acknowledged at the signal`,
        `  exit ${JSON.stringify(exit)} ${exitMs} ms after the signal; close codes ${JSON.stringify(Object.fromEntries(codes))}; ` +
          `'shutting-down' notice before the close: ${noticed.length} of ${leanClients.length} lean clients`,
        `  test process event-loop delay while writing: p50 ${delay.p50Ms} ms, p99 ${delay.p99Ms} ms, ` +
          `max ${delay.maxMs} ms`,
        `  total: sent ${sentTotal}, acked ${ackedTotal}, received by others ${receivedTotal}, ` +
          `recovered ${recoveredTotal}; sent before the signal ${beforeSignalTotal}, of which recovered ` +
          `${beforeSignalRecovered}; lost after ack: ${lostAcked.length}, lost after being received: ${lostReceived.length}`,
        `  whole run: ${Date.now() - runStart} ms`,
      ].join('\n'),
    );

    expect(exit).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toContain('SIGTERM: storing everything and closing connections');
    expect(first.stderr()).not.toContain('could not be stored');
    expect(atSignal.inFlight, 'writes were in flight at the signal').toBeGreaterThan(0);
    expect(Object.fromEntries(codes), 'close codes of all clients').toEqual({
      [closeCode.serviceRestart]: load.clients.length,
    });
    expect(noticed.length, "lean clients told 'shutting-down' before the close").toBe(leanClients.length);
    expect(lostAcked, `${lostAcked.length} of ${ackedTotal} acknowledged entries were lost`).toEqual([]);
    expect(lostReceived, `${lostReceived.length} entries some client had received were lost`).toEqual([]);
    expect(phantom, 'entries nobody wrote').toEqual([]);
    expect(ackedTotal).toBeGreaterThan(plan.groups * plan.perGroup);
    return delay;
  }
});
