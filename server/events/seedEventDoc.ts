import * as Y from 'yjs';
import { eventDocName } from '../../shared/protocol/docNames.ts';
import type { EventId } from '../../shared/protocol/ids.ts';
import type { TaxonomyPreset } from '../../shared/domain/types.ts';
import {
  briefText,
  eventDocKeys,
  maxBriefChars,
  taxonomySchemaVersion,
} from '../../shared/taxonomy/layout.ts';
import { seedTaxonomy } from '../../shared/taxonomy/seed.ts';
import type { DocStore } from '../store/types.ts';

/**
 * Writes a new event's document — its own copy of the chosen taxonomy preset — straight
 * to the store, before the event exists for anyone; the first client loads it like any doc.
 */
export async function seedEventDoc(
  store: DocStore,
  eventId: EventId,
  preset: TaxonomyPreset,
  brief = '',
): Promise<void> {
  const doc = new Y.Doc();
  doc.getMap(eventDocKeys.meta).set('schemaVersion', taxonomySchemaVersion);
  seedTaxonomy(doc, preset);
  if (brief) briefText(doc).insert(0, brief.slice(0, maxBriefChars));
  await store.appendUpdates(eventDocName(eventId), 1, [Y.encodeStateAsUpdate(doc)]);
  doc.destroy();
}
