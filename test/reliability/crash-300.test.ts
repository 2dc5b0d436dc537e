import { afterEach, describe, expect, it } from 'vitest';
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
  LoadRun,
  WriteScheduler,
  type LoadPlan,
  type LoopDelay,
} from '../helpers/boardLoad.ts';
import { waitFor } from '../helpers/clients.ts';
import { spawnVonk } from '../helpers/process.ts';

/**
 * 300 clients on 10 group boards of one real server process write cards and text; the
 * server is SIGKILLed mid-write and restarted on the same data dir. Whatever any client
 * had received from the server, and whatever the server had acknowledged as stored, must
 * be there after the restart ("nothing reaches another peer before it is stored").
 */
const plan: LoadPlan = {
  groups: 10,
  perGroup: 30,
  probesPerGroup: 1,
  intervalMs: [100, 200],
  maxWritesPerClient: 60,
};
/** The kill comes this long after writing started: every writer is still writing then. */
const killAfterMs = 4_000;

describe('SIGKILL under load: 300 clients, 10 groups', () => {
  const run = new LoadRun();
  const cleanUp = run.cleanUp;

  afterEach(cleanUp);

  it('keeps everything any client received or was told is stored', async () => {
    const attempts = 2;
    const delay = await runUnsaturated('crash-300', attempts, killMidWrite, cleanUp);
    expect(delay.p99Ms, loopDelayVerdict(delay, attempts)).toBeLessThanOrEqual(maxUsefulLoopDelayP99Ms);
  });

  /** One run: set up, write, SIGKILL, restart, compare. Returns the loop delay while writing. */
  async function killMidWrite(attempt: number): Promise<LoopDelay> {
    const runStart = Date.now();
    const dir = await run.newDataDir();
    const first = await spawnVonk(dir);
    const load = await setUpLoad(first.url, plan, (client) => run.clients.push(client));
    const setUpMs = Date.now() - runStart;

    const scheduler = (run.scheduler = new WriteScheduler(load.clients, plan));
    const loop = monitorLoopDelay();
    const atKill = await new Promise<{ elapsedMs: number; sent: number; inFlight: number; delay: LoopDelay }>(
      (resolve, reject) => {
        const deadline = setTimeout(() => {
          scheduler!.stop();
          reject(new Error(`the kill condition was not reached within ${killAfterMs + 20_000} ms`));
        }, killAfterMs + 20_000);
        scheduler!.start((elapsedMs) => {
          if (elapsedMs < killAfterMs) return;
          // Every group must have seen writes from others, or the kill proves nothing.
          if (!load.groups.every((group) => group.clients.some((c) => receivedBy(c).size > 30))) return;
          // Inside the writing tick, right after this tick's writes went out.
          first.child.kill('SIGKILL');
          scheduler!.stop();
          clearTimeout(deadline);
          resolve({
            elapsedMs,
            sent: load.clients.reduce((sum, c) => sum + c.written.length, 0),
            inFlight: load.clients.reduce((sum, c) => sum + inFlight(c), 0),
            delay: loop.stop(),
          });
        });
      },
    );
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Frames the server sent before it died may still be in flight to the clients: they
    // count as received too, so read the clients only once every socket is closed.
    await waitFor(() => load.clients.every(isClosed), 20_000, 'every client to see the connection end');
    for (const client of load.clients) client.probe?.destroy();

    const perGroup = load.groups.map((group) => {
      const written = new Set(group.clients.flatMap((c) => c.written));
      const received = new Set(group.clients.flatMap((c) => [...receivedBy(c)]));
      const acked = new Set(group.clients.flatMap((c) => acknowledgedTo(c)));
      return { group, written, received, acked };
    });
    const leanErrors = load.clients.flatMap((c) => c.lean?.errors ?? []);
    const deliveries = load.clients.reduce((sum, c) => sum + (c.lean?.updatesReceived ?? 0), 0);

    const restartStart = Date.now();
    const second = await spawnVonk(dir);
    const recovered = await Promise.all(
      load.groups.map((group) => readBack(second.url, group.docName, group.clients[0]!.participant.token)),
    );
    const restartMs = Date.now() - restartStart;

    const lost: string[] = [];
    const lostAcked: string[] = [];
    const phantom: string[] = [];
    let receivedTotal = 0;
    let ackedTotal = 0;
    let writtenTotal = 0;
    let recoveredTotal = 0;
    const rows = perGroup.map(({ group, written, received, acked }, g) => {
      const stored = recovered[g]!;
      lost.push(...[...received].filter((entry) => !stored.has(entry)));
      lostAcked.push(...[...acked].filter((entry) => !stored.has(entry)));
      phantom.push(...[...stored].filter((entry) => !written.has(entry)));
      receivedTotal += received.size;
      ackedTotal += acked.size;
      writtenTotal += written.size;
      recoveredTotal += stored.size;
      return `  group ${group.index}: sent ${written.size}, received by others ${received.size}, acked ${acked.size}, recovered ${stored.size}`;
    });
    const { delay } = atKill;
    console.log(
      [
        `crash-300 (attempt ${attempt}): ${load.clients.length} clients (${plan.groups} groups × ${plan.perGroup}, ` +
          `${plan.groups * plan.probesPerGroup} stock providers), set up in ${setUpMs} ms`,
        `  SIGKILL after ${atKill.elapsedMs} ms of writing: ${atKill.sent} writes sent, ` +
          `${atKill.inFlight} not yet acknowledged at the kill`,
        `  update frames delivered to lean clients: ${deliveries}`,
        `  test process event-loop delay while writing: p50 ${delay.p50Ms} ms, p99 ${delay.p99Ms} ms, ` +
          `max ${delay.maxMs} ms`,
        ...rows,
        `  total: sent ${writtenTotal}, received by others ${receivedTotal}, acked ${ackedTotal}, ` +
          `recovered ${recoveredTotal} (in flight and lost with the process: ${writtenTotal - recoveredTotal}); ` +
          `lost after being received: ${lost.length}, lost after ack: ${lostAcked.length}`,
        `  restart and read-back: ${restartMs} ms; whole run: ${Date.now() - runStart} ms`,
      ].join('\n'),
    );

    expect(leanErrors, 'updates from the server that Yjs could not apply').toEqual([]);
    // The kill really happened mid-write.
    expect(atKill.inFlight, 'writes were in flight at the kill').toBeGreaterThan(0);
    for (const { received, group } of perGroup) {
      expect(received.size, `group ${group.index} saw writes before the kill`).toBeGreaterThan(0);
    }
    expect(lost, `${lost.length} of ${receivedTotal} entries some client had received were lost`).toEqual([]);
    expect(lostAcked, `${lostAcked.length} entries acknowledged as stored were lost`).toEqual([]);
    expect(phantom, 'entries nobody wrote').toEqual([]);
    return delay;
  }
});
