import type { Label } from '../../../shared/domain/types.ts';
import type { TaxonomyView } from '../../../shared/taxonomy/projection.ts';
import { i18n } from './i18n/i18n.svelte.ts';

/** The label in the current interface language. */
export function label(value: Label): string {
  return value[i18n.language];
}

/** A taxonomy node's label, or the raw id when the organizer removed it (never blank). */
export function nodeLabel(taxonomy: TaxonomyView, nodeId: string): string {
  const node = taxonomy.nodes.get(nodeId);
  return node ? label(node.label) : nodeId;
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', options).format(value);
}

export function formatEuro(value: number): string {
  return formatNumber(value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(ms);
}
