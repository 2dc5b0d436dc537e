import * as Y from 'yjs';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { DocStore } from '../store/types.ts';

/**
 * Reads a document without joining its room: the live room's doc when it is loaded
 * (current to the last stored batch), otherwise the stored updates, applied to a
 * throw-away doc. Stored updates are our own, already validated ones.
 */
export async function readDoc<T>(
  docName: string,
  deps: { rooms: RoomRegistry; store: DocStore },
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const live = deps.rooms.get(docName);
  if (live?.state === 'ready') return read(live.doc);
  const doc = new Y.Doc();
  try {
    const stored = await deps.store.loadDoc(docName);
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return read(doc);
  } finally {
    doc.destroy();
  }
}
