// Preloaded into both benchmarked servers (`node --expose-gc --import ./bench/probe.mjs …`) by
// the harness only; production code is unchanged. On request over the IPC channel it runs a
// full GC and reports the process's memory, so memory deltas are live objects, not garbage;
// and it reports the server's own event-loop delay since the previous such request.
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Created on the first request, so a run that never asks pays nothing. */
let loopDelay = null;
const loopResolutionMs = 5;

if (typeof process.send === 'function') {
  process.on('message', (message) => {
    if (message?.type === 'bench:sample') {
      if (message.gc && typeof globalThis.gc === 'function') {
        globalThis.gc();
        globalThis.gc();
      }
      const memory = process.memoryUsage();
      process.send({
        type: 'bench:sample',
        id: message.id,
        heapUsed: memory.heapUsed,
        external: memory.external,
        rss: memory.rss,
      });
    } else if (message?.type === 'bench:loop') {
      if (loopDelay === null) {
        loopDelay = monitorEventLoopDelay({ resolution: loopResolutionMs });
        loopDelay.enable();
      }
      // The histogram holds the time between its timer's ticks: the delay is what exceeds
      // the timer's interval.
      const toMs = (ns) => (Number.isFinite(ns) ? Math.max(0, ns / 1e6 - loopResolutionMs) : null);
      process.send({
        type: 'bench:loop',
        id: message.id,
        p50Ms: toMs(loopDelay.percentile(50)),
        p99Ms: toMs(loopDelay.percentile(99)),
        maxMs: toMs(loopDelay.max),
      });
      loopDelay.reset();
    }
  });
  process.channel?.unref();
}
