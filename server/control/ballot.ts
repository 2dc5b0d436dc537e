import type { BallotEntry } from '../../shared/control/state.ts';
import { projectSolutions } from '../../shared/board/solutions.ts';
import { groupDocName } from '../../shared/protocol/docNames.ts';
import type { EventRecord } from '../events/registry.ts';
import { readDoc } from '../outcomes/readDoc.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { DocStore } from '../store/types.ts';

/**
 * Every solution of every group, by title, for dot voting: participants may open only
 * their own group's board, so the server reads the others.
 */
export async function buildBallot(
  event: EventRecord,
  rooms: RoomRegistry,
  store: DocStore,
): Promise<BallotEntry[]> {
  const entries: BallotEntry[] = [];
  for (const group of event.groups) {
    const solutions = await readDoc(
      groupDocName(event.eventId, group.groupId),
      { rooms, store },
      projectSolutions,
    );
    for (const solution of solutions) {
      entries.push({
        groupId: group.groupId,
        groupName: group.name,
        solutionId: solution.id,
        title: solution.title.trim().slice(0, 200),
      });
    }
  }
  return entries;
}

/** Whether the group's board has this solution (read like the ballot: live room or store). */
export async function solutionExists(
  event: EventRecord,
  groupId: string,
  solutionId: string,
  rooms: RoomRegistry,
  store: DocStore,
): Promise<boolean> {
  const group = event.groups.find((candidate) => candidate.groupId === groupId);
  if (!group) return false;
  const solutions = await readDoc(
    groupDocName(event.eventId, group.groupId),
    { rooms, store },
    projectSolutions,
  );
  return solutions.some((solution) => solution.id === solutionId);
}
