/**
 * Pure helpers of the solution canvases: money formatting per language, the per-person line,
 * template lookups and the template's one-click suggestions. No runes and no DOM here, so
 * the unit tests can run them in Node with an explicit language.
 */
import type { CostPeriod, CostSummary } from '../../../shared/board/costs.ts';
import type { SolutionView } from '../../../shared/board/solutions.ts';
import { solutionTemplates } from '../../../shared/domain/templates.ts';
import type { Language } from './i18n/define.ts';
import type { SolutionFieldId, SolutionTemplate } from '../../../shared/domain/types.ts';
import { catalog } from './i18n/catalog.ts';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Intl puts a no-break space between "€" and the amount in Dutch; tests and copy-paste want a plain one. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * Euros in the interface language: whole euros from €100 up ("€ 1.400", "€1,400"), cents below
 * that when there are any ("€ 12,50").
 */
export function formatMoney(language: Language, value: number): string {
  const cents = Math.abs(value) < 100 && Math.round(value * 100) % 100 !== 0;
  return plainSpaces(
    new Intl.NumberFormat(locales[language], {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    }).format(value),
  );
}

/** A number as a person would type it back in ("70.000" in Dutch, "70,000" in English). */
export function formatAmount(language: Language, value: number | null): string {
  if (value === null) return '';
  return plainSpaces(new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(value));
}

/** The cost per person to show: none until at least one row has both numbers (€0 would mislead). */
export function perPersonFigure(summary: CostSummary): number | null {
  return summary.rows.some((row) => row.total !== null) ? summary.perPerson : null;
}

/** "€1,400 per person per year" / "€ 1.400 per persoon, eenmalig"; null without a per-person figure. */
export function perPersonText(
  language: Language,
  perPerson: number | null,
  period: CostPeriod,
): string | null {
  if (perPerson === null) return null;
  const key = period === 'once' ? 'solutions.costs.perPerson.once' : 'solutions.costs.perPerson.year';
  return catalog[key][language].replace('{amount}', formatMoney(language, perPerson));
}

export function templateById(id: string): SolutionTemplate {
  return solutionTemplates.find((template) => template.id === id) ?? solutionTemplates[0]!;
}

/** "Group 1: Individuele begeleiding…" → { number: 1, title: "Individuele begeleiding…" }. */
export function templateOrigin(template: SolutionTemplate): { number: number | null; title: string } | null {
  if (!template.origin) return null;
  const match = /^Group\s+(\d+):\s*(.+)$/.exec(template.origin.group);
  return match
    ? { number: Number(match[1]), title: match[2]! }
    : { number: null, title: template.origin.group };
}

/** A fixed-axis value of a template ("anios") as the taxonomy node id the doc stores ("careerPhase:anios"). */
export function axisNodeId(axis: 'careerPhase' | 'level' | 'domain' | 'actor', valueId: string): string {
  return `${axis}:${valueId}`;
}

export interface Suggestions {
  careerPhases: string[];
  levels: string[];
  actors: string[];
  domain: string | null;
}

/**
 * What the template suggests that the canvas does not have yet, as node ids that exist in the
 * event's taxonomy (an organizer may have removed a value). Suggestions are offered, never set.
 */
export function pendingSuggestions(
  template: SolutionTemplate,
  solution: SolutionView,
  hasNode: (nodeId: string) => boolean,
): Suggestions {
  const pending = (axis: 'careerPhase' | 'level' | 'actor', ids: string[] | undefined, chosen: string[]) =>
    (ids ?? []).map((id) => axisNodeId(axis, id)).filter((id) => hasNode(id) && !chosen.includes(id));
  const domain = template.suggested.domain ? axisNodeId('domain', template.suggested.domain) : null;
  return {
    careerPhases: pending('careerPhase', template.suggested.careerPhases, solution.careerPhases),
    levels: pending('level', template.suggested.levels, solution.levels),
    actors: pending('actor', template.suggested.actors, solution.actors),
    domain: domain !== null && hasNode(domain) && solution.domain === null ? domain : null,
  };
}

/** The element id of a canvas field's section, the target of "still missing" links. */
export function fieldSectionId(solutionId: string, field: SolutionFieldId): string {
  return `solution-${solutionId}-${field}`;
}

/** A card's text in one line, for checkbox labels and outlines. */
export function oneLine(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Evidence cards whose statement, population or id contain every word typed (either language). */
export function matchEvidence<
  T extends { id: string; statement: { nl: string; en: string }; population: { nl: string; en: string } },
>(cards: readonly T[], query: string, exclude: readonly string[]): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return cards.filter((card) => {
    if (exclude.includes(card.id)) return false;
    const haystack =
      `${card.id} ${card.statement.nl} ${card.statement.en} ${card.population.nl} ${card.population.en}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
