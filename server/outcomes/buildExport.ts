import { projectBoard } from '../../shared/board/projection.ts';
import { projectSolutions } from '../../shared/board/solutions.ts';
import { eventDocName, groupDocName } from '../../shared/protocol/docNames.ts';
import type { EventId } from '../../shared/protocol/ids.ts';
import { projectBrief } from '../../shared/taxonomy/layout.ts';
import { projectTaxonomy } from '../../shared/taxonomy/projection.ts';
import { treeOrder } from '../../shared/outcomes/synthesis.ts';
import {
  exportFormat,
  exportSchemaVersion,
  type EventExport,
  type ExportGroup,
  type ExportNode,
  type ExportOptions,
} from '../../shared/outcomes/eventExport.ts';
import type { CommentService } from '../control/comments.ts';
import type { ControlService } from '../control/controlService.ts';
import type { EventRecord, EventRegistry } from '../events/registry.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { DocStore } from '../store/types.ts';
import { readDoc } from './readDoc.ts';

export interface ExportSources {
  rooms: RoomRegistry;
  store: DocStore;
  events: EventRegistry;
  control: ControlService;
  comments: CommentService;
  now?: () => number;
}

/**
 * The event as plain export data, read from the live rooms or the store. Sensitive cards
 * are dropped here — with the solution links and comments that point at them — so no
 * format and no synthesis built on this can show them.
 */
export async function buildEventExport(
  event: EventRecord,
  options: ExportOptions,
  sources: ExportSources,
): Promise<EventExport> {
  const { taxonomy, brief } = await readDoc(eventDocName(event.eventId), sources, (doc) => ({
    taxonomy: projectTaxonomy(doc),
    brief: projectBrief(doc),
  }));
  const nodes: ExportNode[] = treeOrder(
    [...taxonomy.nodes.values()].map(({ depth: _depth, childIds: _childIds, ...node }) => node),
  );

  const participants = await sources.events.listParticipants(event.eventId);
  const keyOf = new Map<string, string>(participants.map((p, i) => [p.participantId, `p${i + 1}`]));
  const groups = event.groups.filter(
    (group) => options.groupId === null || group.groupId === options.groupId,
  );

  const exportGroups: ExportGroup[] = [];
  for (const group of groups) {
    // A turn of the event loop between groups: the live synthesis reads every board while
    // the class types, and 40 boards in one go would hold up their messages.
    await new Promise((resolve) => setImmediate(resolve));
    const { board, solutions } = await readDoc(
      groupDocName(event.eventId, group.groupId),
      sources,
      (doc) => ({ board: projectBoard(doc), solutions: projectSolutions(doc) }),
    );
    const shown = board.cards.filter((card) => !card.sensitive);
    const shownIds = new Set(shown.map((card) => card.id));
    exportGroups.push({
      groupId: group.groupId,
      name: group.name,
      cards: shown.map((card) => ({
        id: card.id,
        polarity: card.polarity,
        text: card.text,
        order: card.order,
        createdAt: card.createdAt,
        author: card.authorId === null || options.anonymous ? null : (keyOf.get(card.authorId) ?? null),
        authorName: options.anonymous ? null : card.authorName,
        tags: card.tags,
      })),
      solutions: solutions.map((solution) => ({
        ...solution,
        stressorCards: solution.stressorCards.filter((id) => shownIds.has(id)),
      })),
    });
  }
  const hiddenTargets = new Set<string>();
  for (const group of groups) {
    const exported = exportGroups.find((g) => g.groupId === group.groupId)!;
    const shown = new Set([...exported.cards.map((c) => c.id), ...exported.solutions.map((s) => s.id)]);
    // A comment on something not exported (a sensitive card) could quote it: leave it out.
    for (const comment of await sources.comments.list(event.eventId)) {
      if (comment.groupId === group.groupId && comment.targetId !== null && !shown.has(comment.targetId))
        hiddenTargets.add(comment.id);
    }
  }
  const inScope = new Set<string>(groups.map((group) => group.groupId));

  const votes: EventExport['votes'] = [];
  const allVotes = await sources.control.allVotes(event.eventId);
  for (const [participantId, allocations] of Object.entries(allVotes)) {
    const participant = keyOf.get(participantId);
    if (!participant) continue;
    for (const [key, dots] of Object.entries(allocations)) {
      const [groupId, solutionId] = key.split('/');
      if (!groupId || !solutionId || !inScope.has(groupId) || dots <= 0) continue;
      votes.push({ participant, groupId, solutionId, dots });
    }
  }
  votes.sort(
    (a, b) =>
      compareKeys(a.participant, b.participant) ||
      (a.groupId + a.solutionId).localeCompare(b.groupId + b.solutionId),
  );

  const state = await sources.control.state(event.eventId as EventId);
  return {
    format: exportFormat,
    schemaVersion: exportSchemaVersion,
    exportedAtMs: (sources.now ?? Date.now)(),
    anonymous: options.anonymous,
    groupId: options.groupId,
    event: {
      eventId: event.eventId,
      title: event.title,
      createdAtMs: event.createdAtMs,
      closedAtMs: event.closedAtMs,
      brief,
    },
    taxonomy: { presetId: taxonomy.presetId, nodes },
    agenda: state.agenda,
    participants: participants
      .filter((p) => inScope.has(p.groupId))
      .map((p) => ({
        key: keyOf.get(p.participantId)!,
        name: options.anonymous ? null : p.name,
        groupId: p.groupId,
        joinedAtMs: p.joinedAtMs,
      })),
    groups: exportGroups,
    votes,
    comments: (await sources.comments.list(event.eventId))
      .filter((comment) => inScope.has(comment.groupId) && !hiddenTargets.has(comment.id))
      .map((comment) => ({
        id: comment.id,
        groupId: comment.groupId,
        targetId: comment.targetId,
        authorRole: comment.authorRole,
        authorName: options.anonymous ? null : comment.authorName,
        text: comment.text,
        atMs: comment.atMs,
      })),
  };
}

/** "p2" before "p10". */
function compareKeys(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
