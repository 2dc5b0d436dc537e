import * as Y from 'yjs';
import { limits } from '../protocol/limits.ts';
import {
  boardSchemaVersion,
  cardKeys,
  cardsMap,
  isCardId,
  isPolarity,
  isTagId,
  setMembers,
  metaKeys,
  metaMap,
  type Polarity,
} from './layout.ts';
import { isOrderKey } from './order.ts';

/**
 * The validated, plain view of a group document. Yjs has no schema: any peer can write
 * any value, so every field is checked here and a card that does not fit is left out
 * (and reported), never passed on half-formed. Values are copied field by field into
 * fresh objects, so a `__proto__` key in a Y.Map can never reach an object prototype.
 */
export interface CardView {
  id: string;
  polarity: Polarity;
  text: string;
  order: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: number;
  tags: CardTags;
  sensitive: boolean;
}

export interface CardTags {
  code: string | null;
  context: string | null;
  need: string | null;
  phases: string[];
  evidence: string[];
}

export interface BoardView {
  schemaVersion: number;
  /** Sorted by lane order, then id (ties happen when two peers insert at the same spot). */
  cards: CardView[];
  /** Ids of cards that failed validation, for logs and tests. */
  rejected: string[];
}

export function projectCard(id: string, card: unknown): CardView | null {
  if (!isCardId(id) || !(card instanceof Y.Map)) return null;
  const polarity: unknown = card.get(cardKeys.polarity);
  const text: unknown = card.get(cardKeys.text);
  const order: unknown = card.get(cardKeys.order);
  const authorId: unknown = card.get(cardKeys.authorId);
  const authorName: unknown = card.get(cardKeys.authorName);
  const createdAt: unknown = card.get(cardKeys.createdAt);
  if (!isPolarity(polarity) || !(text instanceof Y.Text) || !isOrderKey(order)) return null;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  return {
    id,
    polarity,
    text: text.toString().slice(0, limits.maxCardTextChars),
    order,
    authorId: typeof authorId === 'string' ? authorId : null,
    authorName: typeof authorName === 'string' ? authorName.slice(0, limits.maxDisplayNameChars) : null,
    createdAt,
    tags: {
      code: tagOrNull(card.get(cardKeys.code)),
      context: tagOrNull(card.get(cardKeys.context)),
      need: tagOrNull(card.get(cardKeys.need)),
      phases: setMembers(card.get(cardKeys.phases)),
      evidence: setMembers(card.get(cardKeys.evidence)),
    },
    sensitive: card.get(cardKeys.sensitive) === true,
  };
}

function tagOrNull(value: unknown): string | null {
  return isTagId(value) ? value : null;
}

export function compareCards(a: CardView, b: CardView): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function projectBoard(doc: Y.Doc): BoardView {
  const cards: CardView[] = [];
  const rejected: string[] = [];
  cardsMap(doc).forEach((value, id) => {
    const card = projectCard(id, value);
    if (card) cards.push(card);
    else rejected.push(id);
  });
  cards.sort(compareCards);
  const version: unknown = metaMap(doc).get(metaKeys.schemaVersion);
  return {
    schemaVersion: typeof version === 'number' ? version : boardSchemaVersion,
    cards,
    rejected,
  };
}

export function cardsInLane(board: BoardView, polarity: Polarity): CardView[] {
  return board.cards.filter((card) => card.polarity === polarity);
}
