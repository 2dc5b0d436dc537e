import { projectBoard, type BoardView } from '../../../shared/board/projection.ts';
import { projectSolutions, type SolutionView } from '../../../shared/board/solutions.ts';
import type { GroupSummary, SessionResponse } from '../../../shared/protocol/api.ts';
import { DocSession } from './sync/docSession.svelte.ts';

/**
 * One group's board as a monitoring screen sees it: the group doc opened read-only (no
 * presence announced, nothing ever written) and its validated views, live.
 */
export interface GroupFeed {
  group: GroupSummary;
  doc: DocSession;
  board: () => BoardView;
  solutions: () => SolutionView[];
}

/** Every group whose doc this token may read (a projector, facilitator or organizer: all). */
export function openGroupFeeds(session: SessionResponse, token: string): GroupFeed[] {
  return session.groups.flatMap((group) => {
    const docName = session.docs.groups[group.groupId];
    if (!docName) return [];
    const doc = new DocSession(docName, token, { readOnly: true, persist: false });
    return [{ group, doc, board: doc.view(projectBoard), solutions: doc.view(projectSolutions) }];
  });
}

export function closeGroupFeeds(feeds: GroupFeed[]): void {
  for (const feed of feeds) feed.doc.destroy();
}
