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

/**
 * Connections opening at once. Chromium delays every new websocket handshake longer the more
 * are pending, so 40 at once took 5 s to show the last group; a few at a time show all in
 * a fraction of that.
 */
const maxOpeningFeeds = 4;

/** Every group whose doc this token may read (a projector, facilitator or organizer: all). */
export function openGroupFeeds(session: SessionResponse, token: string): GroupFeed[] {
  const feeds = session.groups.flatMap((group) => {
    const docName = session.docs.groups[group.groupId];
    if (!docName) return [];
    const doc = new DocSession(docName, token, { readOnly: true, persist: false, connect: false });
    return [{ group, doc, board: doc.view(projectBoard), solutions: doc.view(projectSolutions) }];
  });
  void connectInWaves(feeds.map((feed) => feed.doc));
  return feeds;
}

async function connectInWaves(docs: DocSession[]): Promise<void> {
  let next = 0;
  const opener = async (): Promise<void> => {
    while (next < docs.length) {
      const doc = docs[next++]!;
      doc.connect();
      await doc.firstAttempt;
    }
  };
  await Promise.all(Array.from({ length: Math.min(maxOpeningFeeds, docs.length) }, opener));
}

export function closeGroupFeeds(feeds: GroupFeed[]): void {
  for (const feed of feeds) feed.doc.destroy();
}
