import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RecordKind, Store, StoredDoc } from '../../server/store/types.ts';

/**
 * The contract every Store must meet, written once and run against each implementation
 * (test/integration/store-contract.test.ts). The room trusts these properties blindly:
 * it applies whatever loadDoc returns and numbers appends from lastSeq.
 */

export interface OpenedStore {
  store: Store;
  /** Opens the same data again after the suite has closed `store`; durable stores only. */
  reopen?: () => Promise<Store>;
  /** Closes whatever is still open and removes what the store left behind. */
  cleanup: () => Promise<void>;
}

export interface StoreContractOptions {
  /**
   * The store keeps its data across close + open: registers the durability tests, which
   * then require `reopen`. Decided up front because describe blocks are registered
   * synchronously, before `open` has run.
   */
  durable?: boolean;
}

// Realistic names (shared/protocol/ids.ts alphabets). Valid names have fixed-length ids, so
// the closest a real pair comes to being prefixes of each other is sharing an event id, or
// event ids that differ only in their last character.
const eventId = 'eabcdefghijk';
const neighbourEventId = 'eabcdefghijm';
const eventDoc = `e/${eventId}`;
const groupDoc = `g/${eventId}/gabcdefg`;
const otherGroupDoc = `g/${eventId}/gabcdefh`;
const neighbourEventDoc = `e/${neighbourEventId}`;
const neighbourGroupDoc = `g/${neighbourEventId}/gabcdefg`;

/** A doc that records every update it emits, one per edit. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => void updates.push(update));
  return { doc, updates };
}

/** `count` real Yjs updates, each appending one line `${label} <n>` to the array 'lines'. */
function lineUpdates(label: string, count: number): { doc: Y.Doc; updates: Uint8Array[]; lines: string[] } {
  const { doc, updates } = recordingDoc();
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    const line = `${label} ${i}`;
    doc.getArray<string>('lines').push([line]);
    lines.push(line);
  }
  expect(updates).toHaveLength(count);
  return { doc, updates, lines };
}

function replay(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

function linesOf(updates: Uint8Array[]): string[] {
  return replay(updates).getArray<string>('lines').toArray();
}

/** Hex per update: readable diffs, and Buffer vs Uint8Array does not matter. */
function hex(updates: Uint8Array[]): string[] {
  return updates.map((update) => Buffer.from(update).toString('hex'));
}

function bytesOf(updates: Uint8Array[]): number {
  return updates.reduce((sum, update) => sum + update.byteLength, 0);
}

function expectStored(stored: StoredDoc, updates: Uint8Array[], lastSeq: number): void {
  expect(hex(stored.updates)).toEqual(hex(updates));
  expect(stored.lastSeq).toBe(lastSeq);
  expect(stored.totalBytes).toBe(bytesOf(updates));
}

interface EventRecordLike {
  eventId: string;
  title: string;
  closedAtMs: number | null;
}

interface ParticipantRecordLike {
  participantId: string;
  eventId: string;
  groupId: string;
  displayName: string;
}

export function storeContractSuite(
  name: string,
  open: () => Promise<OpenedStore>,
  options: StoreContractOptions = {},
): void {
  describe(`store contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Store;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });

    afterEach(async () => {
      await opened.cleanup();
    });

    describe('documents', () => {
      it('loads a doc that was never written as empty', async () => {
        expect(await store.loadDoc(groupDoc)).toEqual({ updates: [], lastSeq: 0, totalBytes: 0 });
      });

      it('returns appended updates in order, with lastSeq and totalBytes', async () => {
        const { updates, lines } = lineUpdates('kaart', 5);
        await store.appendUpdates(groupDoc, 1, updates.slice(0, 2));
        await store.appendUpdates(groupDoc, 3, updates.slice(2));

        const stored = await store.loadDoc(groupDoc);
        expectStored(stored, updates, 5);
        expect(linesOf(stored.updates)).toEqual(lines);
      });

      it('orders by sequence number, not by its text (9 < 10, 0xff < 0x100)', async () => {
        const { updates, lines } = lineUpdates('regel', 24);
        // One append per update across the 9→10 boundary, then a batch across 255→256.
        for (let i = 0; i < 12; i++) await store.appendUpdates(groupDoc, i + 1, [updates[i]!]);
        await store.appendUpdates(groupDoc, 250, updates.slice(12));

        const stored = await store.loadDoc(groupDoc);
        expectStored(stored, updates, 261);
        expect(linesOf(stored.updates)).toEqual(lines);
      });

      it('keeps docs apart, also docs of the same event and of a near-identical event id', async () => {
        const names = [eventDoc, groupDoc, otherGroupDoc, neighbourEventDoc, neighbourGroupDoc];
        const edits = names.map((docName) => lineUpdates(docName, 3));
        // Interleaved, so an implementation that keys by arrival order would mix them.
        for (let i = 0; i < 3; i++) {
          for (const [n, docName] of names.entries()) {
            await store.appendUpdates(docName, i + 1, [edits[n]!.updates[i]!]);
          }
        }

        for (const [n, docName] of names.entries()) {
          const stored = await store.loadDoc(docName);
          expectStored(stored, edits[n]!.updates, 3);
          expect(linesOf(stored.updates)).toEqual([`${docName} 1`, `${docName} 2`, `${docName} 3`]);
        }
        expect(await store.loadDoc(`g/${eventId}/gabcdefk`)).toEqual({
          updates: [],
          lastSeq: 0,
          totalBytes: 0,
        });
      });

      it('handles concurrent appends to different docs', async () => {
        const names = [eventDoc, groupDoc, otherGroupDoc, neighbourGroupDoc];
        const edits = names.map((docName) => lineUpdates(docName, 4));
        await Promise.all(names.map((docName, n) => store.appendUpdates(docName, 1, edits[n]!.updates)));

        for (const [n, docName] of names.entries()) {
          expectStored(await store.loadDoc(docName), edits[n]!.updates, 4);
        }
      });

      it('compacts: snapshot first, updates with seq ≤ throughSeq dropped, later ones kept', async () => {
        const { doc, updates, lines } = lineUpdates('kaart', 5);
        await store.appendUpdates(groupDoc, 1, updates);
        const snapshot = Y.encodeStateAsUpdate(replay(updates.slice(0, 3)));
        await store.compactDoc(groupDoc, snapshot, 3);

        const stored = await store.loadDoc(groupDoc);
        expectStored(stored, [snapshot, updates[3]!, updates[4]!], 5);
        expect(linesOf(stored.updates)).toEqual(lines);
        expect(Y.encodeStateVector(replay(stored.updates))).toEqual(Y.encodeStateVector(doc));
      });

      it('compacts only the doc it is asked to', async () => {
        const group = lineUpdates('groep', 3);
        const other = lineUpdates('ander', 3);
        await store.appendUpdates(groupDoc, 1, group.updates);
        await store.appendUpdates(otherGroupDoc, 1, other.updates);
        await store.compactDoc(groupDoc, Y.encodeStateAsUpdate(group.doc), 3);

        expectStored(await store.loadDoc(otherGroupDoc), other.updates, 3);
        expect(linesOf((await store.loadDoc(groupDoc)).updates)).toEqual(group.lines);
      });

      it('after compacting the whole log: lastSeq stays, the snapshot alone holds the content', async () => {
        // types.ts: lastSeq is the highest seq ever appended, so the room numbers on after it
        // and a seq never names other bytes (the LevelDB journal replays by seq).
        const { doc, updates, lines } = lineUpdates('kaart', 4);
        await store.appendUpdates(groupDoc, 1, updates);
        const snapshot = Y.encodeStateAsUpdate(doc);
        await store.compactDoc(groupDoc, snapshot, 4);

        const stored = await store.loadDoc(groupDoc);
        expectStored(stored, [snapshot], 4);
        expect(linesOf(stored.updates)).toEqual(lines);
      });

      it('appends after a compaction come after the snapshot', async () => {
        const { updates, lines } = lineUpdates('kaart', 7);
        await store.appendUpdates(groupDoc, 1, updates.slice(0, 4));
        const snapshot = Y.encodeStateAsUpdate(replay(updates.slice(0, 4)));
        await store.compactDoc(groupDoc, snapshot, 4);
        await store.appendUpdates(groupDoc, 5, updates.slice(4, 6));
        await store.appendUpdates(groupDoc, 7, [updates[6]!]);

        const stored = await store.loadDoc(groupDoc);
        expectStored(stored, [snapshot, ...updates.slice(4)], 7);
        expect(linesOf(stored.updates)).toEqual(lines);
      });

      it('a second compaction replaces the first snapshot instead of adding one', async () => {
        const { updates, lines } = lineUpdates('kaart', 6);
        await store.appendUpdates(groupDoc, 1, updates.slice(0, 3));
        await store.compactDoc(groupDoc, Y.encodeStateAsUpdate(replay(updates.slice(0, 3))), 3);
        await store.appendUpdates(groupDoc, 4, updates.slice(3));
        const second = Y.encodeStateAsUpdate(replay(updates.slice(0, 5)));
        await store.compactDoc(groupDoc, second, 5);

        const stored = await store.loadDoc(groupDoc);
        expectStored(stored, [second, updates[5]!], 6);
        expect(linesOf(stored.updates)).toEqual(lines);
      });

      it('compacting a doc with no log stores the snapshot', async () => {
        const { doc, lines } = lineUpdates('import', 2);
        const snapshot = Y.encodeStateAsUpdate(doc);
        await store.compactDoc(eventDoc, snapshot, 0);

        const stored = await store.loadDoc(eventDoc);
        expectStored(stored, [snapshot], 0);
        expect(linesOf(stored.updates)).toEqual(lines);
      });

      it('reproduces concurrent edits of a shared Y.Text from the stored log', async () => {
        const a = recordingDoc();
        const b = recordingDoc();
        a.doc.getText('text').insert(0, 'Te veel administratie');
        Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
        a.doc.getText('text').insert(0, 'Echt ');
        b.doc.getText('text').insert(b.doc.getText('text').length, ' en regeldruk');
        const all = [...a.updates, ...b.updates.slice(1)];
        await store.appendUpdates(groupDoc, 1, all);

        const text = replay((await store.loadDoc(groupDoc)).updates)
          .getText('text')
          .toString();
        expect(text).toBe('Echt Te veel administratie en regeldruk');
      });

      it('returns copies: changing what loadDoc returned does not change the store', async () => {
        const { updates } = lineUpdates('kaart', 3);
        await store.appendUpdates(groupDoc, 1, updates);

        const first = await store.loadDoc(groupDoc);
        first.updates[0]!.fill(0);
        first.updates.reverse();
        first.updates.push(new Uint8Array([1, 2, 3]));

        expectStored(await store.loadDoc(groupDoc), updates, 3);
      });

      it('keeps its own copy: changing appended buffers afterwards does not change the store', async () => {
        const { updates } = lineUpdates('kaart', 2);
        const originals = updates.map((update) => update.slice());
        await store.appendUpdates(groupDoc, 1, updates);
        const snapshot = Y.encodeStateAsUpdate(replay(originals));
        const snapshotCopy = snapshot.slice();
        await store.compactDoc(eventDoc, snapshot, 0);

        for (const update of updates) update.fill(0);
        snapshot.fill(0);

        expectStored(await store.loadDoc(groupDoc), originals, 2);
        expectStored(await store.loadDoc(eventDoc), [snapshotCopy], 0);
      });
    });

    describe('records', () => {
      const event: EventRecordLike = { eventId, title: 'Werkplezier in de kliniek', closedAtMs: null };
      const neighbour: EventRecordLike = { eventId: neighbourEventId, title: 'Tweede ronde', closedAtMs: 5 };
      const participant: ParticipantRecordLike = {
        participantId: 'pabcdefghijk',
        eventId,
        groupId: 'gabcdefg',
        displayName: 'Anna',
      };

      it('gets what was put, per kind', async () => {
        await store.putRecord('event', eventId, event);
        await store.putRecord('joinCode', 'ABC234', eventId);
        await store.putRecord('participant', participant.participantId, participant);

        expect(await store.getRecord<EventRecordLike>('event', eventId)).toEqual(event);
        expect(await store.getRecord<string>('joinCode', 'ABC234')).toBe(eventId);
        expect(await store.getRecord<ParticipantRecordLike>('participant', 'pabcdefghijk')).toEqual(
          participant,
        );
      });

      it('returns undefined for a missing record', async () => {
        expect(await store.getRecord('event', eventId)).toBeUndefined();
        await store.putRecord('event', eventId, event);
        expect(await store.getRecord('event', neighbourEventId)).toBeUndefined();
        expect(await store.getRecord('joinCode', 'ZZZ999')).toBeUndefined();
      });

      it('keeps kinds apart, also under the same id', async () => {
        await store.putRecord('event', eventId, event);
        await store.putRecord('participant', eventId, participant);
        await store.putRecord('joinCode', eventId, 'not an event');

        expect(await store.getRecord('event', eventId)).toEqual(event);
        expect(await store.getRecord('participant', eventId)).toEqual(participant);
        expect(await store.getRecord('joinCode', eventId)).toBe('not an event');
        expect(await store.listRecords('event')).toEqual([event]);
        expect(await store.listRecords('participant')).toEqual([participant]);
        expect(await store.listRecords('joinCode')).toEqual(['not an event']);
      });

      it('lists every record of a kind and nothing else', async () => {
        await store.putRecord('event', eventId, event);
        await store.putRecord('event', neighbourEventId, neighbour);
        await store.putRecord('joinCode', 'ABC234', eventId);
        await store.putRecord('joinCode', 'XYZ789', neighbourEventId);
        // A doc must not show up as a record either.
        await store.appendUpdates(eventDoc, 1, lineUpdates('kaart', 1).updates);

        const byId = (a: EventRecordLike, b: EventRecordLike): number => a.eventId.localeCompare(b.eventId);
        expect((await store.listRecords<EventRecordLike>('event')).sort(byId)).toEqual([event, neighbour]);
        expect((await store.listRecords<string>('joinCode')).sort()).toEqual([eventId, neighbourEventId]);
        expect(await store.listRecords('participant')).toEqual([]);
      });

      it('overwrites a record in place', async () => {
        await store.putRecord('event', eventId, event);
        const closed = { ...event, closedAtMs: 1_750_000_000_000 };
        await store.putRecord('event', eventId, closed);

        expect(await store.getRecord('event', eventId)).toEqual(closed);
        expect(await store.listRecords('event')).toEqual([closed]);
      });

      it('returns copies: changing a returned record does not change the store', async () => {
        const value = { ...event };
        await store.putRecord('event', eventId, value);
        value.title = 'changed after put';
        const got = await store.getRecord<EventRecordLike>('event', eventId);
        got!.title = 'changed after get';
        (await store.listRecords<EventRecordLike>('event'))[0]!.title = 'changed after list';

        expect(await store.getRecord('event', eventId)).toEqual(event);
      });

      it('keeps JSON values as JSON: nested objects, arrays, null and unicode', async () => {
        const value = { groups: [{ groupId: 'gabcdefg', name: 'Zorg & Zin — 👩‍⚕️' }], closedAtMs: null };
        await store.putRecord('event', eventId, value);
        expect(await store.getRecord('event', eventId)).toEqual(value);
      });
    });

    if (options.durable) {
      describe('durability (close and reopen on the same data)', () => {
        async function reopened(): Promise<Store> {
          expect(opened.reopen, 'a durable store must provide reopen').toBeTypeOf('function');
          await store.close();
          store = await opened.reopen!();
          return store;
        }

        it('keeps logs, snapshots, lastSeq and records', async () => {
          const group = lineUpdates('groep', 5);
          const event = lineUpdates('event', 2);
          await store.appendUpdates(groupDoc, 1, group.updates);
          const snapshot = Y.encodeStateAsUpdate(replay(group.updates.slice(0, 3)));
          await store.compactDoc(groupDoc, snapshot, 3);
          await store.appendUpdates(eventDoc, 1, event.updates);
          const kinds: [RecordKind, string, unknown][] = [
            ['event', eventId, { eventId, title: 'Werkplezier', closedAtMs: null }],
            ['joinCode', 'ABC234', eventId],
            ['participant', 'pabcdefghijk', { participantId: 'pabcdefghijk', displayName: 'Anna' }],
          ];
          for (const [kind, id, value] of kinds) await store.putRecord(kind, id, value);

          const again = await reopened();

          const storedGroup = await again.loadDoc(groupDoc);
          expectStored(storedGroup, [snapshot, ...group.updates.slice(3)], 5);
          expect(linesOf(storedGroup.updates)).toEqual(group.lines);
          expectStored(await again.loadDoc(eventDoc), event.updates, 2);
          for (const [kind, id, value] of kinds) {
            expect(await again.getRecord(kind, id)).toEqual(value);
            expect(await again.listRecords(kind)).toEqual([value]);
          }
        });

        it('goes on where it left off: appends and compaction after a reopen', async () => {
          const { updates, lines } = lineUpdates('kaart', 6);
          await store.appendUpdates(groupDoc, 1, updates.slice(0, 3));

          let again = await reopened();
          const before = await again.loadDoc(groupDoc);
          expect(before.lastSeq).toBe(3);
          await again.appendUpdates(groupDoc, before.lastSeq + 1, updates.slice(3, 5));
          const snapshot = Y.encodeStateAsUpdate(replay(updates.slice(0, 5)));
          await again.compactDoc(groupDoc, snapshot, 5);
          await again.appendUpdates(groupDoc, 6, [updates[5]!]);

          again = await reopened();
          const stored = await again.loadDoc(groupDoc);
          expectStored(stored, [snapshot, updates[5]!], 6);
          expect(linesOf(stored.updates)).toEqual(lines);
        });

        it('an empty store reopens empty', async () => {
          const again = await reopened();
          expect(await again.loadDoc(groupDoc)).toEqual({ updates: [], lastSeq: 0, totalBytes: 0 });
          expect(await again.listRecords('event')).toEqual([]);
        });
      });
    }
  });
}
