import type { SourceFlag } from '../../../../shared/domain/types.ts';
import type { TaxonomyNode, TaxonomyView } from '../../../../shared/taxonomy/projection.ts';
import { nodePath } from '../../../../shared/taxonomy/projection.ts';
import { t } from '../../lib/i18n/i18n.svelte.ts';
import { formatNumber, label } from '../../lib/labels.ts';

/** Wording shared by the analysis views (reactive: every call reads the current language). */

export function cardsText(count: number): string {
  return count === 1 ? t('analysis.cards.one') : t('analysis.cards.other', { count: formatNumber(count) });
}

export function flagText(flag: SourceFlag): string {
  return t(`analysis.flag.${flag}`);
}

export function flagHint(flag: SourceFlag): string {
  return t(`analysis.flag.${flag}Hint`);
}

export function mentionsText(count: number): string {
  return t('analysis.code.mentions', { count: formatNumber(count) });
}

/** "Working conditions › High workload › Long working days", or the raw id when removed. */
export function codePathText(taxonomy: TaxonomyView, codeId: string): string {
  const path = nodePath(taxonomy, codeId);
  return path.length === 0 ? codeId : path.map((node) => label(node.label)).join(' › ');
}

/** A node's one-line definition in the current language ('' when it has none). */
export function definitionOf(node: TaxonomyNode | undefined): string {
  return node ? label(node.definition) : '';
}

/** The text of a code option: indented by depth, with the source count and its flags. */
export function codeOptionText(node: TaxonomyNode): string {
  // Optgroups already indent the options; a factor under a subtheme goes in one step more.
  const indent = '\u00a0\u00a0\u00a0'.repeat(Math.max(0, node.depth - 1));
  const marker = node.depth === 0 ? '' : node.childIds.length > 0 ? '▸ ' : '· ';
  const name =
    node.depth === 0 ? t('analysis.code.wholeTheme', { label: label(node.label) }) : label(node.label);
  const parts = [`${indent}${marker}${name}`];
  if (node.count !== null) parts.push(mentionsText(node.count));
  if (node.flags.length > 0) parts.push(`(${node.flags.map(flagText).join(', ')})`);
  return parts.join(' — ');
}
