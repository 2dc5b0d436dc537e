import { isEventId, isGroupId, type EventId, type GroupId } from './ids.ts';

/**
 * Documents: one per group workspace (`g/<eventId>/<groupId>`) and one per event
 * (`e/<eventId>`). Names are minted by the server; a client string only becomes a DocRef
 * through parseDocName, which accepts nothing else (no traversal, no unicode, bounded length).
 */
export type DocRef =
  { kind: 'group'; eventId: EventId; groupId: GroupId } | { kind: 'event'; eventId: EventId };

const maxDocNameChars = 40;

export function parseDocName(name: string): DocRef | null {
  if (name.length > maxDocNameChars) return null;
  const parts = name.split('/');
  if (parts[0] === 'g' && parts.length === 3 && isEventId(parts[1]) && isGroupId(parts[2])) {
    return { kind: 'group', eventId: parts[1], groupId: parts[2] };
  }
  if (parts[0] === 'e' && parts.length === 2 && isEventId(parts[1])) {
    return { kind: 'event', eventId: parts[1] };
  }
  return null;
}

export function docName(ref: DocRef): string {
  return ref.kind === 'group' ? `g/${ref.eventId}/${ref.groupId}` : `e/${ref.eventId}`;
}

export function groupDocName(eventId: EventId, groupId: GroupId): string {
  return docName({ kind: 'group', eventId, groupId });
}

export function eventDocName(eventId: EventId): string {
  return docName({ kind: 'event', eventId });
}
