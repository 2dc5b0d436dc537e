import type * as Y from 'yjs';

/**
 * The Yjs layout of an event document (`e/<eventId>`): the event's own taxonomy, copied
 * from a preset when the event is created and then edited live by the organizer.
 *
 *   meta:     Y.Map  { schemaVersion: number }
 *   taxonomy: Y.Map  { presetId: string }
 *   nodes:    Y.Map<nodeId, Y.Map>   one per value of every axis and every code-tree node
 *               axis:          AxisId
 *               parentId:      string | null   (code trees: theme → subtheme → factor)
 *               order:         string          (fractional key among its siblings)
 *               labelNl, labelEn, definitionNl, definitionEn: string
 *               count:         number | null   (the source's count; always mentions)
 *               countNote:     string | null
 *               flags:         string[]        (rebuilt, analyst, probable, inconsistent)
 *               source:        string | null
 *               context, need: string | null   (where the thesis places a code-tree node)
 *               custom:        boolean         (added by the organizer, not from the preset)
 *               extension:     boolean         (the domain 'career': not from the source)
 *   brief:    Y.Text                          (the problem brief)
 */
export const taxonomySchemaVersion = 1;

export const axisIds = [
  'context',
  'need',
  'careerPhase',
  'stressorCode',
  'energyCode',
  'level',
  'domain',
  'actor',
] as const;
export type AxisId = (typeof axisIds)[number];

export function isAxisId(value: unknown): value is AxisId {
  return typeof value === 'string' && (axisIds as readonly string[]).includes(value);
}

/** Axes whose values form a tree (theme → subtheme → factor). */
export const codeAxes: readonly AxisId[] = ['stressorCode', 'energyCode'];

export const eventDocKeys = {
  meta: 'meta',
  taxonomy: 'taxonomy',
  nodes: 'nodes',
  brief: 'brief',
} as const;

export const nodeKeys = {
  axis: 'axis',
  parentId: 'parentId',
  order: 'order',
  labelNl: 'labelNl',
  labelEn: 'labelEn',
  definitionNl: 'definitionNl',
  definitionEn: 'definitionEn',
  count: 'count',
  countNote: 'countNote',
  flags: 'flags',
  source: 'source',
  context: 'context',
  need: 'need',
  custom: 'custom',
  extension: 'extension',
} as const;

/** Node ids come from presets ("s-working-conditions/high-workload") or are minted ("x…"). */
export const nodeIdPattern = /^[A-Za-z0-9][A-Za-z0-9/_:-]{0,159}$/;

export function isNodeId(value: unknown): value is string {
  return typeof value === 'string' && nodeIdPattern.test(value) && value !== '__proto__';
}

export function nodesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(eventDocKeys.nodes);
}

export function taxonomyMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(eventDocKeys.taxonomy);
}

/** The problem brief (problem owner and organizer write it; everyone in the event reads it). */
export function briefText(doc: Y.Doc): Y.Text {
  return doc.getText(eventDocKeys.brief);
}

export const maxBriefChars = 20_000;

/** The brief as plain text for views that only read it. */
export function projectBrief(doc: Y.Doc): string {
  return briefText(doc).toString().slice(0, maxBriefChars);
}
