import * as Y from 'yjs';

/**
 * The Yjs layout of a group document. This module (with commands.ts and projection.ts
 * beside it) is the only code that knows these keys; everyone else reads the projection.
 *
 *   meta:  Y.Map   { schemaVersion: number }
 *   cards: Y.Map<cardId, Y.Map>
 *            polarity:   'stressor' | 'energy'
 *            text:       Y.Text              (co-edited character by character)
 *            order:      string              (fractional key within its polarity lane)
 *            authorId:   string | null       (participant id; null when anonymous)
 *            authorName: string | null
 *            createdAt:  number              (unix ms, client clock)
 *            code:       string | null       (taxonomy node: theme, subtheme or factor)
 *            context:    string | null       (taxonomy value id, e.g. "context:social")
 *            need:       string | null
 *            phases:     Y.Map<nodeId, true> (career phases; a set, so concurrent toggles merge)
 *            evidence:   Y.Map<evidenceId, true>
 *            sensitive:  boolean             (never on the wall or in exports)
 *   solutions: Y.Map<solutionId, Y.Map>      (see solutions.ts)
 */
export const boardSchemaVersion = 1;

export const docKeys = {
  meta: 'meta',
  cards: 'cards',
  solutions: 'solutions',
} as const;

export const metaKeys = {
  schemaVersion: 'schemaVersion',
} as const;

export const cardKeys = {
  polarity: 'polarity',
  text: 'text',
  order: 'order',
  authorId: 'authorId',
  authorName: 'authorName',
  createdAt: 'createdAt',
  code: 'code',
  context: 'context',
  need: 'need',
  phases: 'phases',
  evidence: 'evidence',
  sensitive: 'sensitive',
} as const;

export const polarityIds = ['stressor', 'energy'] as const;
export type Polarity = (typeof polarityIds)[number];

export function isPolarity(value: unknown): value is Polarity {
  return value === 'stressor' || value === 'energy';
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(docKeys.meta);
}

export function cardsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(docKeys.cards);
}

/** Card ids are minted by clients; keep them short and plain so they are safe as map keys. */
export const cardIdPattern = /^c[0-9a-z]{8,24}$/;

export function isCardId(value: string): boolean {
  return cardIdPattern.test(value);
}

/** Ids in tag sets: taxonomy node ids and evidence ids. Checked before they become keys. */
export const tagIdPattern = /^[A-Za-z0-9][A-Za-z0-9/_:.-]{0,159}$/;

export function isTagId(value: unknown): value is string {
  return typeof value === 'string' && tagIdPattern.test(value) && value !== '__proto__';
}

/** The members of a Y.Map used as a set, validated and sorted (a stable view for tests). */
export function setMembers(value: unknown): string[] {
  if (!(value instanceof Y.Map)) return [];
  const members: string[] = [];
  value.forEach((present, key) => {
    if (present === true && isTagId(key)) members.push(key);
  });
  return members.sort();
}
