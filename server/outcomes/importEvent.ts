import * as Y from 'yjs';
import { restoreBoard } from '../../shared/board/restore.ts';
import { initialControlState } from '../../shared/control/state.ts';
import { anonymousName, nodeInputOf, type EventExport } from '../../shared/outcomes/eventExport.ts';
import { eventDocName, groupDocName } from '../../shared/protocol/docNames.ts';
import type { GroupId } from '../../shared/protocol/ids.ts';
import { briefText, eventDocKeys, taxonomySchemaVersion } from '../../shared/taxonomy/layout.ts';
import { restoreTaxonomy } from '../../shared/taxonomy/seed.ts';
import type { EventRecord, EventRegistry } from '../events/registry.ts';
import type { Store } from '../store/types.ts';

/**
 * Restores a validated JSON export as a new event: new event id and join code, the same
 * groups, cards, solutions, taxonomy, agenda, votes and comments. Participants get new
 * internal ids (their export keys "p1", "p2", … map onto them), so an event can be
 * imported on the server it came from without touching the original.
 */
export async function importEvent(
  data: EventExport,
  deps: { events: EventRegistry; store: Store },
): Promise<EventRecord> {
  const groups = data.groups.map((group) => ({ groupId: group.groupId as GroupId, name: group.name }));
  return deps.events.restoreEvent(
    {
      title: data.event.title,
      presetId: data.taxonomy.presetId ?? 'custom',
      groups,
      createdAtMs: data.event.createdAtMs,
      participants: data.participants.map((p) => ({
        name: p.name ?? anonymousName,
        groupId: p.groupId as GroupId,
        joinedAtMs: p.joinedAtMs,
      })),
    },
    async (eventId, participantIds) => {
      const idOf = new Map(data.participants.map((p, i) => [p.key, participantIds[i]!]));

      const eventDoc = new Y.Doc();
      eventDoc.getMap(eventDocKeys.meta).set('schemaVersion', taxonomySchemaVersion);
      restoreTaxonomy(eventDoc, data.taxonomy.presetId, data.taxonomy.nodes.map(nodeInputOf));
      if (data.event.brief) briefText(eventDoc).insert(0, data.event.brief);
      await deps.store.appendUpdates(eventDocName(eventId), 1, [Y.encodeStateAsUpdate(eventDoc)]);
      eventDoc.destroy();

      for (const group of data.groups) {
        const doc = new Y.Doc();
        restoreBoard(
          doc,
          group.cards.map((card) => ({
            id: card.id,
            polarity: card.polarity,
            text: card.text,
            order: card.order,
            authorId: card.author === null ? null : (idOf.get(card.author) ?? null),
            authorName: card.authorName,
            createdAt: card.createdAt,
            tags: card.tags,
          })),
          group.solutions,
        );
        await deps.store.appendUpdates(groupDocName(eventId, group.groupId as GroupId), 1, [
          Y.encodeStateAsUpdate(doc),
        ]);
        doc.destroy();
      }

      const votes: Record<string, Record<string, number>> = {};
      for (const vote of data.votes) {
        const participantId = idOf.get(vote.participant);
        if (!participantId) continue;
        const mine = (votes[participantId] ??= {});
        const key = `${vote.groupId}/${vote.solutionId}`;
        mine[key] = (mine[key] ?? 0) + vote.dots;
      }
      await deps.store.putRecord('votes', eventId, votes);
      await deps.store.putRecord('control', eventId, { ...initialControlState(), agenda: data.agenda });
      await deps.store.putRecord(
        'comments',
        eventId,
        data.comments.map((comment) => ({ ...comment, authorName: comment.authorName ?? anonymousName })),
      );
    },
  );
}
