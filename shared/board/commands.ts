import * as Y from 'yjs';
import { limits } from '../protocol/limits.ts';
import { cardKeys, cardsMap, isTagId, type Polarity } from './layout.ts';
import { localUserOrigin, type LocalOrigin } from './origins.ts';
import { keyBetween } from './order.ts';
import { cardsInLane, projectBoard } from './projection.ts';

/**
 * Every edit to a group board goes through these commands, in one transaction each, with
 * a typed origin (the undo manager tracks local-user edits only).
 */

export interface NewCard {
  id: string;
  polarity: Polarity;
  text: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: number;
}

const idChars = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newCardId(random: () => number = Math.random): string {
  let id = 'c';
  for (let i = 0; i < 12; i++) id += idChars[Math.floor(random() * idChars.length)];
  return id;
}

/** Appends the card at the end of its lane. */
export function addCard(doc: Y.Doc, card: NewCard, origin: LocalOrigin = localUserOrigin): void {
  const lane = cardsInLane(projectBoard(doc), card.polarity);
  const last = lane.at(-1)?.order ?? null;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(cardKeys.polarity, card.polarity);
    map.set(cardKeys.text, new Y.Text(card.text.slice(0, limits.maxCardTextChars)));
    map.set(cardKeys.order, keyBetween(last, null));
    map.set(cardKeys.authorId, card.authorId);
    map.set(cardKeys.authorName, card.authorName);
    map.set(cardKeys.createdAt, card.createdAt);
    // Sets are made with the card: two peers creating one lazily would lose a member.
    map.set(cardKeys.phases, new Y.Map<boolean>());
    map.set(cardKeys.evidence, new Y.Map<boolean>());
    cardsMap(doc).set(card.id, map);
  }, origin);
}

export function cardText(doc: Y.Doc, cardId: string): Y.Text | null {
  const text: unknown = cardsMap(doc).get(cardId)?.get(cardKeys.text);
  return text instanceof Y.Text ? text : null;
}

/**
 * Replaces the card's text with `next` by the smallest splice (common prefix and suffix
 * kept), so concurrent typing in other parts of the text survives.
 */
export function editCardText(
  doc: Y.Doc,
  cardId: string,
  next: string,
  origin: LocalOrigin = localUserOrigin,
): void {
  const text = cardText(doc, cardId);
  if (!text) return;
  spliceText(text, next.slice(0, limits.maxCardTextChars), origin);
}

export function spliceText(text: Y.Text, next: string, origin: LocalOrigin): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  // Never cut inside a surrogate pair (an emoji): Yjs would replace both halves with U+FFFD.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent--;
    endNext--;
  }
  if (endCurrent < current.length && isLowSurrogate(current.charCodeAt(endCurrent))) {
    endCurrent++;
    endNext++;
  }
  text.doc!.transact(() => {
    if (endCurrent > start) text.delete(start, endCurrent - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  }, origin);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Moves a card to `polarity` lane at position `index` (among the lane's other cards).
 */
export function moveCard(
  doc: Y.Doc,
  cardId: string,
  polarity: Polarity,
  index: number,
  origin: LocalOrigin = localUserOrigin,
): void {
  const card = cardsMap(doc).get(cardId);
  if (!card) return;
  const lane = cardsInLane(projectBoard(doc), polarity).filter((c) => c.id !== cardId);
  const at = Math.max(0, Math.min(index, lane.length));
  const before = lane[at - 1]?.order ?? null;
  let after = lane[at]?.order ?? null;
  // Equal neighbours (a concurrent-insert tie) have no key between them: go after the tie.
  if (before !== null && after !== null && before >= after) {
    after = lane.slice(at).find((c) => c.order > before)?.order ?? null;
  }
  const order = keyBetween(before, after);
  doc.transact(() => {
    card.set(cardKeys.polarity, polarity);
    card.set(cardKeys.order, order);
  }, origin);
}

export function deleteCard(doc: Y.Doc, cardId: string, origin: LocalOrigin = localUserOrigin): void {
  doc.transact(() => {
    cardsMap(doc).delete(cardId);
  }, origin);
}

export type CardTagField = 'code' | 'context' | 'need';
export type CardSetField = 'phases' | 'evidence';

/** Sets or clears one single-valued tag (theme/subtheme/factor, context, need). */
export function setCardTag(
  doc: Y.Doc,
  cardId: string,
  field: CardTagField,
  value: string | null,
  origin: LocalOrigin = localUserOrigin,
): void {
  const card = cardsMap(doc).get(cardId);
  if (!card || (value !== null && !isTagId(value))) return;
  doc.transact(() => card.set(cardKeys[field], value), origin);
}

/** Adds or removes one member of a tag set (career phases, linked evidence). */
export function toggleCardSetMember(
  doc: Y.Doc,
  cardId: string,
  field: CardSetField,
  member: string,
  present: boolean,
  origin: LocalOrigin = localUserOrigin,
): void {
  const card = cardsMap(doc).get(cardId);
  if (!card || !isTagId(member)) return;
  doc.transact(() => {
    setMember(card, cardKeys[field], member, present);
  }, origin);
}

export function setCardSensitive(
  doc: Y.Doc,
  cardId: string,
  sensitive: boolean,
  origin: LocalOrigin = localUserOrigin,
): void {
  const card = cardsMap(doc).get(cardId);
  if (!card) return;
  doc.transact(() => card.set(cardKeys.sensitive, sensitive), origin);
}

/**
 * A set is a Y.Map of member → true, made with its card or solution, so concurrent adds
 * of different members merge. (Created here only for docs from before sets existed.)
 */
export function setMember(parent: Y.Map<unknown>, key: string, member: string, present: boolean): void {
  let set: unknown = parent.get(key);
  if (!(set instanceof Y.Map)) {
    if (!present) return;
    set = new Y.Map<boolean>();
    parent.set(key, set);
  }
  if (present) (set as Y.Map<boolean>).set(member, true);
  else (set as Y.Map<boolean>).delete(member);
}
