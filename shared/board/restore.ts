import * as Y from 'yjs';
import { limits } from '../protocol/limits.ts';
import type { CardView } from './projection.ts';
import { boardSchemaVersion, cardKeys, cardsMap, metaKeys, metaMap } from './layout.ts';
import { solutionsMap, solutionSetFields, solutionTextFields, type SolutionView } from './solutions.ts';
import { seedOrigin } from './origins.ts';

/**
 * Writes a group document from plain, validated data — the reverse of the projections,
 * used when an event is restored from its JSON export. Keys, orders and ids are kept, so
 * the restored board projects to the same cards and solutions.
 */
export function restoreBoard(
  doc: Y.Doc,
  cards: Omit<CardView, 'sensitive'>[],
  solutions: SolutionView[],
): void {
  doc.transact(() => {
    metaMap(doc).set(metaKeys.schemaVersion, boardSchemaVersion);
    for (const card of cards) {
      const map = new Y.Map<unknown>();
      map.set(cardKeys.polarity, card.polarity);
      map.set(cardKeys.text, new Y.Text(card.text.slice(0, limits.maxCardTextChars)));
      map.set(cardKeys.order, card.order);
      map.set(cardKeys.authorId, card.authorId);
      map.set(cardKeys.authorName, card.authorName);
      map.set(cardKeys.createdAt, card.createdAt);
      map.set(cardKeys.code, card.tags.code);
      map.set(cardKeys.context, card.tags.context);
      map.set(cardKeys.need, card.tags.need);
      map.set(cardKeys.phases, setOf(card.tags.phases));
      map.set(cardKeys.evidence, setOf(card.tags.evidence));
      map.set(cardKeys.sensitive, false);
      cardsMap(doc).set(card.id, map);
    }
    for (const solution of solutions) {
      const map = new Y.Map<unknown>();
      for (const field of solutionTextFields) map.set(field, new Y.Text(solution[field]));
      for (const field of solutionSetFields) map.set(field, setOf(solution[field]));
      map.set('templateId', solution.templateId);
      map.set('order', solution.order);
      map.set('createdAt', solution.createdAt);
      map.set('domain', solution.domain);
      map.set('status', solution.status);
      map.set('costPeople', solution.costPeople);
      map.set('costPeriod', solution.costPeriod);
      const costs = new Y.Map<Y.Map<unknown>>();
      for (const row of solution.costs) {
        const rowMap = new Y.Map<unknown>();
        rowMap.set('item', row.item);
        rowMap.set('quantity', row.quantity);
        rowMap.set('unitCost', row.unitCost);
        rowMap.set('order', row.order);
        costs.set(row.id, rowMap);
      }
      map.set('costs', costs);
      solutionsMap(doc).set(solution.id, map);
    }
  }, seedOrigin);
}

function setOf(members: string[]): Y.Map<boolean> {
  const set = new Y.Map<boolean>();
  for (const member of members) set.set(member, true);
  return set;
}
