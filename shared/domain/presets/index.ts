/**
 * The taxonomy presets an organizer can pick per event. The thesis code tree comes first
 * because it is the default (DOMAIN.md): it is the vocabulary the hackathon was built on.
 */
import type { TaxonomyPreset } from '../types.ts';
import { survey13Preset } from './survey13.ts';
import { thesisPreset } from './thesis.ts';

export const taxonomyPresets: readonly TaxonomyPreset[] = [thesisPreset, survey13Preset];

export const defaultPresetId = 'thesis' satisfies TaxonomyPreset['id'];

/** Ids arrive from stored events and URLs, so any string is accepted. */
export function findPreset(id: string): TaxonomyPreset | undefined {
  return taxonomyPresets.find((preset) => preset.id === id);
}
