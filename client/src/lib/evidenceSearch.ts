/**
 * The evidence library's pure logic: checking what GET /api/evidence returned, search and
 * filters, facet counts, formatting figures per kind and language, and which analysis
 * cards and solutions of a group link which evidence. No Svelte, no DOM: the unit tests
 * run it on the real data of shared/domain/evidence.ts.
 *
 * Counts from open answers are mentions, never percentages (DOMAIN.md): a figure's unit
 * decides its format, and 'mentions' is always written as "n mentions".
 */
import { isTagId } from '../../../shared/board/layout.ts';
import { knownSourceFlags } from '../../../shared/domain/sourceFlags.ts';
import type { CareerPhaseId, EvidenceCard, EvidenceFigure, Label } from '../../../shared/domain/types.ts';
import type { Language } from './i18n/define.ts';
import { evidenceMessages } from './i18n/messages/evidence.ts';

export type EvidenceKind = EvidenceCard['kind'];
export const evidenceKinds: readonly EvidenceKind[] = ['quantitative', 'mentions', 'qualitative'];

// ---------------------------------------------------------------------------------------
// The response of GET /api/evidence
// ---------------------------------------------------------------------------------------

const documents: readonly string[] = ['001', '002', '003', '004'];
const figureUnits: readonly EvidenceFigure['unit'][] = [
  'percent',
  'mentions',
  'mean',
  'count',
  'euro',
  'hours',
  'score',
];
const careerPhaseIds: readonly CareerPhaseId[] = [
  'intern',
  'anios',
  'aios',
  'junior-specialist',
  'senior-specialist',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asLabel(value: unknown): Label | null {
  if (!isRecord(value) || typeof value.nl !== 'string' || typeof value.en !== 'string') return null;
  return { nl: value.nl, en: value.en };
}

function asFigure(value: unknown): EvidenceFigure | null {
  if (!isRecord(value)) return null;
  const label = asLabel(value.label);
  const unit = figureUnits.find((u) => u === value.unit);
  if (!label || !unit || typeof value.value !== 'number' || !Number.isFinite(value.value)) return null;
  return { value: value.value, unit, label };
}

/** One card as the server sent it, copied field by field; null when a required field is wrong. */
export function parseEvidenceCard(value: unknown): EvidenceCard | null {
  if (!isRecord(value) || !isTagId(value.id)) return null;
  const statement = asLabel(value.statement);
  const population = asLabel(value.population);
  const kind = evidenceKinds.find((k) => k === value.kind);
  const source = isRecord(value.source) ? value.source : null;
  const document = documents.find((d) => d === source?.document) as EvidenceCard['source']['document'];
  if (!statement || !population || !kind || !source || !document) return null;
  if (typeof source.title !== 'string' || typeof source.location !== 'string') return null;
  const n =
    value.n === null || (typeof value.n === 'number' && Number.isFinite(value.n)) ? value.n : undefined;
  if (n === undefined || !Array.isArray(value.figures)) return null;
  const figures = value.figures.map(asFigure);
  if (figures.some((figure) => figure === null)) return null;
  const strings = (list: unknown): string[] =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  const flags = knownSourceFlags(strings(value.flags));
  return {
    id: value.id,
    statement,
    figures: figures as EvidenceFigure[],
    kind,
    population,
    n,
    source: { document, title: source.title, location: source.location },
    categories: strings(value.categories),
    careerPhases: careerPhaseIds.filter((phase) => strings(value.careerPhases).includes(phase)),
    ...(flags.length > 0 ? { flags } : {}),
  };
}

/**
 * The cards of a `{ cards: EvidenceCard[] }` body. Malformed cards are left out (and
 * counted), so one bad card cannot take the library down; a body without a card list
 * throws.
 */
export function parseEvidenceResponse(body: unknown): { cards: EvidenceCard[]; rejected: number } {
  if (!isRecord(body) || !Array.isArray(body.cards)) throw new Error('evidence response without cards');
  const cards: EvidenceCard[] = [];
  const seen = new Set<string>();
  let rejected = 0;
  for (const value of body.cards) {
    const card = parseEvidenceCard(value);
    if (card && !seen.has(card.id)) {
      seen.add(card.id);
      cards.push(card);
    } else rejected++;
  }
  return { cards, rejected };
}

// ---------------------------------------------------------------------------------------
// Search and filters
// ---------------------------------------------------------------------------------------

/** Lower case, accents off ("privé" finds "prive"), dashes and quotes as spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐-―'’‘"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface IndexedEvidence {
  card: EvidenceCard;
  /** Normalized text of both languages: statement, population, source, figure labels, id. */
  text: string;
}

export function indexEvidence(cards: readonly EvidenceCard[]): IndexedEvidence[] {
  return cards.map((card) => ({
    card,
    text: normalizeText(
      [
        card.id,
        card.statement.nl,
        card.statement.en,
        card.population.nl,
        card.population.en,
        card.source.document,
        card.source.title,
        card.source.location,
        ...card.figures.flatMap((figure) => [figure.label.nl, figure.label.en]),
      ].join(' \n '),
    ),
  }));
}

export interface EvidenceFilters {
  /** Free text; every word must occur (in either language). */
  query: string;
  /** A survey13 category (S1…S13, E1…E9), or '' for all. */
  category: string;
  /** A career phase id, or '' for all. */
  phase: string;
  /** An evidence kind, or '' for all. */
  kind: string;
}

export const noFilters: EvidenceFilters = { query: '', category: '', phase: '', kind: '' };

export function hasFilters(filters: EvidenceFilters): boolean {
  return (
    filters.query.trim() !== '' || filters.category !== '' || filters.phase !== '' || filters.kind !== ''
  );
}

function queryWords(query: string): string[] {
  return normalizeText(query).split(' ').filter(Boolean);
}

function matches(entry: IndexedEvidence, words: readonly string[], filters: EvidenceFilters): boolean {
  const { card } = entry;
  if (filters.category !== '' && !card.categories.includes(filters.category)) return false;
  if (filters.phase !== '' && !(card.careerPhases as string[]).includes(filters.phase)) return false;
  if (filters.kind !== '' && card.kind !== filters.kind) return false;
  return words.every((word) => entry.text.includes(word));
}

/** The entries a query can match: one card when the query is exactly its id ("002-Q11-anios"). */
function candidates(
  index: readonly IndexedEvidence[],
  query: string,
): { entries: readonly IndexedEvidence[]; words: string[] } {
  const id = query.trim().toLowerCase();
  const exact = id === '' ? undefined : index.find((entry) => entry.card.id.toLowerCase() === id);
  return exact ? { entries: [exact], words: [] } : { entries: index, words: queryWords(query) };
}

/** The cards that pass every filter, in library order. */
export function filterEvidence(index: readonly IndexedEvidence[], filters: EvidenceFilters): EvidenceCard[] {
  const { entries, words } = candidates(index, filters.query);
  return entries.filter((entry) => matches(entry, words, filters)).map((entry) => entry.card);
}

export type Facet = 'category' | 'phase' | 'kind';

/**
 * For each value of one facet, how many cards would show if it were chosen, with the
 * other filters as they are (the usual facet count: choosing a value never surprises).
 */
export function facetCounts(
  index: readonly IndexedEvidence[],
  filters: EvidenceFilters,
  facet: Facet,
): Map<string, number> {
  const rest: EvidenceFilters = { ...filters, [facet]: '' };
  const { entries, words } = candidates(index, filters.query);
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!matches(entry, words, rest)) continue;
    const values: readonly string[] =
      facet === 'category'
        ? entry.card.categories
        : facet === 'phase'
          ? entry.card.careerPhases
          : [entry.card.kind];
    for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

// ---------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------

type EvidenceMessageKey = keyof typeof evidenceMessages;

function message(key: EvidenceMessageKey, language: Language, params: Record<string, string> = {}): string {
  return evidenceMessages[key][language].replace(
    /\{(\w+)\}/g,
    (match, name: string) => params[name] ?? match,
  );
}

function locale(language: Language): string {
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number in the language's notation ("2.197" / "2,197"); formatters are made once each. */
export function formatEvidenceNumber(
  value: number,
  language: Language,
  options: Intl.NumberFormatOptions = {},
): string {
  const key = `${language} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1, ...options });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * A figure's value with its unit, in the interface language: "64%", "23,5%", "26 mentions",
 * "gemiddeld 7,4", "39 uur", "2.197", "€ 70.000". Mentions are never written as a percentage.
 */
export function formatFigure(figure: Pick<EvidenceFigure, 'value' | 'unit'>, language: Language): string {
  const value = formatEvidenceNumber(figure.value, language);
  switch (figure.unit) {
    case 'percent':
      // The data holds percentages (64 = 64%); Intl's percent style wants the fraction.
      return formatEvidenceNumber(figure.value / 100, language, { style: 'percent' });
    case 'mentions':
      return message(figure.value === 1 ? 'evidence.figure.mention' : 'evidence.figure.mentions', language, {
        value,
      });
    case 'mean':
      return message('evidence.figure.mean', language, { value });
    case 'hours':
      return message(figure.value === 1 ? 'evidence.figure.hour' : 'evidence.figure.hours', language, {
        value,
      });
    case 'score':
      return message('evidence.figure.score', language, { value });
    case 'euro':
      return formatEvidenceNumber(figure.value, language, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
    case 'count':
      return value;
  }
}

/** "N = 269", "N = 2.053" (nl), or "N not given" when the source does not give it. */
export function formatN(n: number | null, language: Language): string {
  return n === null
    ? message('evidence.nNotGiven', language)
    : message('evidence.n', language, { n: formatEvidenceNumber(n, language) });
}

/** At most `max` characters, cut at a word where possible, with "…" when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The short form of a statement for chips and menus: its first sentence when that is a
 * statement (not a survey question) and short enough, else the statement cut at a word.
 */
export function shortStatement(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!])\s/.exec(flat)?.[1];
  if (sentence && sentence.length >= 20 && sentence.length <= max) return sentence.replace(/\.$/, '');
  return truncate(flat, max);
}

// ---------------------------------------------------------------------------------------
// Links between evidence and a group's analysis cards and solutions
// ---------------------------------------------------------------------------------------

export type LinkTargetKind = 'card' | 'solution';

export interface LinkTarget {
  kind: LinkTargetKind;
  id: string;
}

/** The value of a "Link to…" option: "card:{cardId}" or "solution:{solutionId}". */
export function linkTargetValue(target: LinkTarget): string {
  return `${target.kind}:${target.id}`;
}

export function parseLinkTarget(value: string): LinkTarget | null {
  const match = /^(card|solution):(.+)$/.exec(value);
  return match ? { kind: match[1] as LinkTargetKind, id: match[2]! } : null;
}

/** What the links index needs of an analysis card and of a solution. */
export interface LinkableCard {
  id: string;
  tags: { evidence: readonly string[] };
}
export interface LinkableSolution {
  id: string;
  evidence: readonly string[];
}

/**
 * evidence id → the cards and solutions that link it: analysis cards first (board order),
 * then solutions (canvas order). Ids of evidence the library does not know are kept.
 */
export function evidenceLinks(
  cards: readonly LinkableCard[],
  solutions: readonly LinkableSolution[],
): Map<string, LinkTarget[]> {
  const links = new Map<string, LinkTarget[]>();
  const add = (evidenceId: string, target: LinkTarget) => {
    const list = links.get(evidenceId);
    if (list) list.push(target);
    else links.set(evidenceId, [target]);
  };
  for (const card of cards) for (const id of card.tags.evidence) add(id, { kind: 'card', id: card.id });
  for (const solution of solutions)
    for (const id of solution.evidence) add(id, { kind: 'solution', id: solution.id });
  return links;
}
