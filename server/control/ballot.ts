import * as Y from 'yjs';
import type { BallotEntry } from '../../shared/control/state.ts';
import { projectSolutions } from '../../shared/board/solutions.ts';
import { groupDocName } from '../../shared/protocol/docNames.ts';
import type { EventRecord } from '../events/registry.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { DocStore } from '../store/types.ts';

/**
 * Every solution of every group, by title, for dot voting: participants may open only
 * their own group's board, so the server reads the others. A live room is read in memory;
 * otherwise the stored doc (our own, already validated updates) is loaded and dropped.
 */
export async function buildBallot(
  event: EventRecord,
  rooms: RoomRegistry,
  store: DocStore,
): Promise<BallotEntry[]> {
  const entries: BallotEntry[] = [];
  for (const group of event.groups) {
    const name = groupDocName(event.eventId, group.groupId);
    const live = rooms.get(name);
    let doc = live?.state === 'ready' ? live.doc : null;
    let loaded: Y.Doc | null = null;
    if (!doc) {
      loaded = new Y.Doc();
      const stored = await store.loadDoc(name);
      loaded.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(loaded!, update);
      });
      doc = loaded;
    }
    for (const solution of projectSolutions(doc)) {
      entries.push({
        groupId: group.groupId,
        groupName: group.name,
        solutionId: solution.id,
        title: solution.title.trim().slice(0, 200),
      });
    }
    loaded?.destroy();
  }
  return entries;
}
