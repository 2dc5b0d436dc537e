// Preloaded into both benchmarked servers (`node --expose-gc --import ./bench/probe.mjs …`) by
// the harness only; production code is unchanged. On request over the IPC channel it runs a
// full GC and reports the process's memory, so memory deltas are live objects, not garbage.
if (typeof process.send === 'function') {
  process.on('message', (message) => {
    if (!message || message.type !== 'bench:sample') return;
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
  });
  process.channel?.unref();
}
