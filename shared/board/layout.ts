import type * as Y from 'yjs';

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
 */
export const boardSchemaVersion = 1;

export const docKeys = {
  meta: 'meta',
  cards: 'cards',
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
