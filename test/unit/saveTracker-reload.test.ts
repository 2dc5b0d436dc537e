import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SaveTracker, type UnsavedCountStore } from '../../client/src/lib/sync/saveTracker.ts';

/**
 * The unsaved count across a reload (issue #6): the IndexedDB copy comes back as one Yjs
 * update, and counts as what was unsaved before the reload, not as 1 change.
 * The full path (service worker, offline reload, reconnect) is in
 * test/reliability/offline-reload.test.ts.
 */

function memoryStore(initial = 0): UnsavedCountStore & { value: number; writes: number } {
  return {
    value: initial,
    writes: 0,
    load() {
      return this.value;
    },
    save(count) {
      this.value = count;
      this.writes++;
    },
  };
}

/** A doc with `changes` local edits, as the previous page left it in IndexedDB. */
function deviceCopy(changes: number): Uint8Array {
  const doc = new Y.Doc();
  for (let i = 0; i < changes; i++) doc.getMap('m').set(`k${i}`, i);
  return Y.encodeStateAsUpdate(doc);
}

describe('SaveTracker across a reload', () => {
  it('keeps the count of local changes in the store as it changes', () => {
    const doc = new Y.Doc();
    const store = memoryStore();
    const tracker = new SaveTracker(doc, { persisted: store });
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    expect(tracker.state.unsaved).toBe(2);
    expect(store.value).toBe(2);
  });

  it('counts the device copy as the number kept before the reload', () => {
    const doc = new Y.Doc();
    const store = memoryStore(7);
    const tracker = new SaveTracker(doc, { persisted: store });
    const idb = {};
    tracker.expectDeviceCopy(idb);
    Y.applyUpdate(doc, deviceCopy(3), idb);
    tracker.deviceCopyLoaded();
    expect(tracker.state.unsaved).toBe(7);
    doc.getMap('m').set('after', 1);
    expect(tracker.state.unsaved).toBe(8);
    expect(store.value).toBe(8);
  });

  it('counts a device copy with nothing unsaved as 0', () => {
    const doc = new Y.Doc();
    const tracker = new SaveTracker(doc, { persisted: memoryStore(0) });
    const idb = {};
    tracker.expectDeviceCopy(idb);
    Y.applyUpdate(doc, deviceCopy(3), idb);
    expect(tracker.state.unsaved).toBe(0);
  });

  it('without a store the device copy is 1 change (the old behaviour)', () => {
    const doc = new Y.Doc();
    const tracker = new SaveTracker(doc);
    const idb = {};
    tracker.expectDeviceCopy(idb);
    Y.applyUpdate(doc, deviceCopy(3), idb);
    expect(tracker.state.unsaved).toBe(1);
  });

  it('does not overwrite the kept count before the device copy loaded', () => {
    const doc = new Y.Doc();
    const store = memoryStore(5);
    const tracker = new SaveTracker(doc, { persisted: store });
    const idb = {};
    tracker.expectDeviceCopy(idb);
    doc.getMap('m').set('typed-early', 1);
    expect(store.value).toBe(5);
    Y.applyUpdate(doc, deviceCopy(2), idb);
    expect(tracker.state.unsaved).toBe(6);
    expect(store.value).toBe(6);
    // Later updates from IndexedDB (another tab's writes, read back at compaction) are 1 each.
    const other = new Y.Doc();
    other.getMap('m').set('other-tab', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), idb);
    expect(tracker.state.unsaved).toBe(7);
  });

  it('replaces a stale count when the device copy brought nothing', () => {
    const doc = new Y.Doc();
    const store = memoryStore(4);
    const tracker = new SaveTracker(doc, { persisted: store });
    tracker.expectDeviceCopy({});
    tracker.deviceCopyLoaded();
    expect(tracker.state.unsaved).toBe(0);
    expect(store.value).toBe(0);
  });
});
