import type { AgendaPhase } from '../control/agenda.ts';
import type { CardTags } from '../board/projection.ts';
import type { Polarity } from '../board/layout.ts';
import type { SolutionView } from '../board/solutions.ts';
import { knownSourceFlags } from '../domain/sourceFlags.ts';
import type { TaxonomyNode } from '../taxonomy/projection.ts';
import type { NodeInput } from '../taxonomy/seed.ts';

/**
 * The complete event as plain data: what `export.json` holds and `POST /api/events/import`
 * restores. Everything else (CSV, Markdown, PDF, the live synthesis) is computed from it,
 * so every format agrees.
 *
 * Built from the validated projections only, and without what never leaves the server:
 * cards marked sensitive (and links to them), tokens, and internal participant ids —
 * participants appear as keys "p1", "p2", … in the order they joined.
 */
export const exportFormat = 'vonk-event';
export const exportSchemaVersion = 1;

export interface EventExport {
  format: typeof exportFormat;
  schemaVersion: typeof exportSchemaVersion;
  exportedAtMs: number;
  /** Names dropped: participants, card authors and comment authors are "anonymous". */
  anonymous: boolean;
  /** One group's export leaves the other groups (and event-wide votes) out. */
  groupId: string | null;
  event: ExportEventInfo;
  taxonomy: { presetId: string | null; nodes: ExportNode[] };
  agenda: AgendaPhase[];
  participants: ExportParticipant[];
  groups: ExportGroup[];
  votes: ExportVote[];
  comments: ExportComment[];
}

export interface ExportEventInfo {
  eventId: string;
  title: string;
  createdAtMs: number;
  closedAtMs: number | null;
  brief: string;
}

/** A taxonomy node as its projection gives it, without the tree links it is rebuilt from. */
export type ExportNode = Omit<TaxonomyNode, 'depth' | 'childIds'>;

/** The export form of a node in the flat form that seeding and restoring write. */
export function exportNodeOf(input: NodeInput): ExportNode {
  return {
    id: input.id,
    axis: input.axis,
    parentId: input.parentId,
    order: input.order,
    label: { nl: input.labelNl, en: input.labelEn },
    definition: { nl: input.definitionNl, en: input.definitionEn },
    count: input.count,
    countNote: input.countNote,
    flags: knownSourceFlags(input.flags),
    source: input.source,
    context: input.context,
    need: input.need,
    custom: input.custom,
    extension: input.extension,
  };
}

/** The flat form of an exported node, for restoring it into an event doc. */
export function nodeInputOf(node: ExportNode): NodeInput {
  return {
    id: node.id,
    axis: node.axis,
    parentId: node.parentId,
    order: node.order,
    labelNl: node.label.nl,
    labelEn: node.label.en,
    definitionNl: node.definition.nl,
    definitionEn: node.definition.en,
    count: node.count,
    countNote: node.countNote,
    flags: node.flags,
    source: node.source,
    context: node.context,
    need: node.need,
    custom: node.custom,
    extension: node.extension,
  };
}

export interface ExportParticipant {
  /** "p1", "p2", … in join order; stable across export → import → export. */
  key: string;
  /** Null in an anonymous export. */
  name: string | null;
  groupId: string;
  joinedAtMs: number;
}

export interface ExportCard {
  id: string;
  polarity: Polarity;
  text: string;
  order: string;
  createdAt: number;
  /** Participant key, or null for an anonymous card (or an anonymous export). */
  author: string | null;
  authorName: string | null;
  tags: CardTags;
}

export interface ExportGroup {
  groupId: string;
  name: string;
  cards: ExportCard[];
  solutions: SolutionView[];
}

export interface ExportVote {
  participant: string;
  groupId: string;
  solutionId: string;
  dots: number;
}

export interface ExportComment {
  id: string;
  groupId: string;
  targetId: string | null;
  authorRole: string;
  authorName: string | null;
  text: string;
  atMs: number;
}

export interface ExportOptions {
  groupId: string | null;
  anonymous: boolean;
}

export const anonymousName = 'anonymous';

/** The file name stem every format shares: `vonk-<title>-<date>[-<group>]`. */
export function exportFileStem(data: EventExport): string {
  const slug = (text: string): string =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'event';
  const date = new Date(data.exportedAtMs).toISOString().slice(0, 10);
  const group = data.groupId ? data.groups.find((g) => g.groupId === data.groupId) : undefined;
  return ['vonk', slug(data.event.title), date, ...(group ? [slug(group.name)] : [])].join('-');
}
