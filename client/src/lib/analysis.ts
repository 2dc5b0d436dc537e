import type { Polarity } from '../../../shared/board/layout.ts';
import type { BoardView, CardView } from '../../../shared/board/projection.ts';
import {
  nodePath,
  themeOf,
  valueIdOf,
  type TaxonomyNode,
  type TaxonomyView,
} from '../../../shared/taxonomy/projection.ts';

/**
 * The logic behind the problem-analysis views (free board, clusters by theme, the need ×
 * context grid, the outline): plain functions over the validated board and taxonomy
 * views, with no Svelte and no i18n, so they are unit-tested on their own.
 */

export const analysisViewIds = ['board', 'themes', 'grid', 'outline'] as const;
export type AnalysisViewId = (typeof analysisViewIds)[number];

/** `?view=` from the URL; anything unknown is the free board. */
export function parseAnalysisView(value: string | null | undefined): AnalysisViewId {
  return (analysisViewIds as readonly string[]).includes(value ?? '') ? (value as AnalysisViewId) : 'board';
}

export type CodeAxis = 'stressorCode' | 'energyCode';

/** Stressor cards are coded from the stressor tree, energy cards from the energy tree. */
export function codeAxisOf(polarity: Polarity): CodeAxis {
  return polarity === 'stressor' ? 'stressorCode' : 'energyCode';
}

/** The id of a fixed-axis value node: ('context', 'social') → 'context:social'. */
export function axisNodeId(axis: 'context' | 'need' | 'careerPhase', plainId: string): string {
  return `${axis}:${plainId}`;
}

/** Cards that may reach a shared screen: a sensitive card never does. */
export function withoutSensitive(board: BoardView): BoardView {
  return { ...board, cards: board.cards.filter((card) => !card.sensitive) };
}

// ---------------------------------------------------------------------------------------
// Code tree for the tag picker
// ---------------------------------------------------------------------------------------

export interface CodeGroup {
  theme: TaxonomyNode;
  /** The theme itself first, then its subthemes and factors depth-first, in taxonomy order. */
  nodes: TaxonomyNode[];
}

/** The code tree of one axis, one group per theme (for a grouped select). */
export function codeGroups(taxonomy: TaxonomyView, axis: CodeAxis): CodeGroup[] {
  return taxonomy.roots[axis].map((theme) => {
    const nodes: TaxonomyNode[] = [];
    const visit = (node: TaxonomyNode, guard: number): void => {
      nodes.push(node);
      if (guard > 10) return;
      for (const childId of node.childIds) {
        const child = taxonomy.nodes.get(childId);
        if (child) visit(child, guard + 1);
      }
    };
    visit(theme, 0);
    return { theme, nodes };
  });
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Keeps the codes whose label (in either language) or definition contains every word of
 * the query, ignoring case and accents; a theme stays when any of its codes match. The
 * code in `keep` (the card's current one) always stays, so the select never loses it.
 */
export function filterCodeGroups(
  groups: CodeGroup[],
  query: string,
  keep: string | null = null,
): CodeGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return groups;
  const matches = (node: TaxonomyNode): boolean => {
    const haystack = fold([node.label.nl, node.label.en, node.definition.nl, node.definition.en].join(' '));
    return words.every((word) => haystack.includes(word));
  };
  return groups
    .map((group) => ({ theme: group.theme, nodes: group.nodes.filter((n) => n.id === keep || matches(n)) }))
    .filter((group) => group.nodes.length > 0);
}

// ---------------------------------------------------------------------------------------
// Where the code tree places a code (offered, never forced)
// ---------------------------------------------------------------------------------------

export interface Placement {
  /** The context value node ('context:social'), or null when the tree gives none. */
  context: TaxonomyNode | null;
  need: TaxonomyNode | null;
  /** The node on the code's path the context (or need) was read from; children inherit. */
  contextFrom: TaxonomyNode | null;
  needFrom: TaxonomyNode | null;
}

/**
 * The context and need the taxonomy gives a code: from the code itself or, when it has
 * none, from its nearest ancestor (the thesis places themes and subthemes; factors inherit).
 */
export function codePlacement(taxonomy: TaxonomyView, codeId: string): Placement {
  const path = nodePath(taxonomy, codeId).reverse();
  const find = (axis: 'context' | 'need'): [TaxonomyNode | null, TaxonomyNode | null] => {
    for (const node of path) {
      const plain = node[axis];
      if (!plain) continue;
      const value = taxonomy.nodes.get(axisNodeId(axis, plain));
      return value && value.axis === axis ? [value, node] : [null, null];
    }
    return [null, null];
  };
  const [context, contextFrom] = find('context');
  const [need, needFrom] = find('need');
  return { context, need, contextFrom, needFrom };
}

/**
 * What to offer a coded card: the code's own context and need, only for the fields the
 * card does not have yet. Null when there is nothing to offer.
 */
export function placementOffer(card: CardView, taxonomy: TaxonomyView): Placement | null {
  if (!card.tags.code) return null;
  const placement = codePlacement(taxonomy, card.tags.code);
  const offer: Placement = {
    context: card.tags.context === null ? placement.context : null,
    need: card.tags.need === null ? placement.need : null,
    contextFrom: card.tags.context === null ? placement.contextFrom : null,
    needFrom: card.tags.need === null ? placement.needFrom : null,
  };
  return offer.context || offer.need ? offer : null;
}

// ---------------------------------------------------------------------------------------
// Clusters by theme
// ---------------------------------------------------------------------------------------

export interface ThemeCluster {
  /** The theme's node id; 'untagged' for cards without a code, 'unknown' for removed codes. */
  id: string;
  kind: 'untagged' | 'theme' | 'unknown';
  theme: TaxonomyNode | null;
  cards: CardView[];
}

/**
 * The cards of one polarity grouped by the theme of their code: first the cards not yet
 * tagged, then the themes in taxonomy order (the card's own tree first; a card moved to the
 * other lane keeps its code and its theme), then codes the organizer has since removed.
 * Only clusters with cards; cards keep their board order.
 */
export function clusterByTheme(board: BoardView, taxonomy: TaxonomyView, polarity: Polarity): ThemeCluster[] {
  const own = codeAxisOf(polarity);
  const other = codeAxisOf(polarity === 'stressor' ? 'energy' : 'stressor');
  const themeRank = new Map<string, number>();
  [...taxonomy.roots[own], ...taxonomy.roots[other]].forEach((theme, i) => themeRank.set(theme.id, i));

  const untagged: ThemeCluster = { id: 'untagged', kind: 'untagged', theme: null, cards: [] };
  const unknown: ThemeCluster = { id: 'unknown', kind: 'unknown', theme: null, cards: [] };
  const byTheme = new Map<string, ThemeCluster>();
  for (const card of board.cards) {
    if (card.polarity !== polarity) continue;
    if (!card.tags.code) {
      untagged.cards.push(card);
      continue;
    }
    const theme = themeOf(taxonomy, card.tags.code);
    if (!theme) {
      unknown.cards.push(card);
      continue;
    }
    let cluster = byTheme.get(theme.id);
    if (!cluster) {
      cluster = { id: theme.id, kind: 'theme', theme, cards: [] };
      byTheme.set(theme.id, cluster);
    }
    cluster.cards.push(card);
  }
  const rank = (cluster: ThemeCluster): number => themeRank.get(cluster.id) ?? Number.MAX_SAFE_INTEGER;
  const themes = [...byTheme.values()].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
  return [untagged, ...themes, unknown].filter((cluster) => cluster.cards.length > 0);
}

/** The themes of the polarity's own tree that no card has yet (shown as an invitation). */
export function themesWithoutCards(
  clusters: ThemeCluster[],
  taxonomy: TaxonomyView,
  polarity: Polarity,
): TaxonomyNode[] {
  const used = new Set(clusters.map((cluster) => cluster.id));
  return taxonomy.roots[codeAxisOf(polarity)].filter((theme) => !used.has(theme.id));
}

// ---------------------------------------------------------------------------------------
// The need × context grid
// ---------------------------------------------------------------------------------------

export interface GridFilter {
  polarity: Polarity;
  /** A plain career-phase id ('anios'), or null for all phases. */
  phase: string | null;
}

/** A card counts in a phase when it carries that phase tag. */
export function cardInPhase(card: CardView, phase: string | null): boolean {
  return phase === null || card.tags.phases.some((member) => valueIdOf(member) === phase);
}

export interface GridCell {
  /** Plain value ids, as in the test ids: 'autonomy', 'organizational'. */
  needId: string;
  contextId: string;
  need: TaxonomyNode;
  context: TaxonomyNode;
  cards: CardView[];
}

export interface NeedContextGrid {
  /** Row headers (the needs) and column headers (the contexts), in taxonomy order. */
  needs: TaxonomyNode[];
  contexts: TaxonomyNode[];
  /** rows[needIndex][contextIndex]. */
  rows: GridCell[][];
  /** Cards that pass the filter. */
  total: number;
  /** Cards that pass the filter but lack a need or a context, so sit in no cell. */
  unplaced: CardView[];
  /** The largest cell count (for shading). */
  max: number;
}

/**
 * The thesis's analysis grid (Tables 7 and 8): cards of one polarity, optionally of one
 * career phase, counted per need × context. A card is in a cell only when it carries both
 * tags; the code's own placement is offered on the card, never assumed here.
 */
export function needContextGrid(
  board: BoardView,
  taxonomy: TaxonomyView,
  filter: GridFilter,
): NeedContextGrid {
  const needs = taxonomy.roots.need;
  const contexts = taxonomy.roots.context;
  const rows: GridCell[][] = needs.map((need) =>
    contexts.map((context) => ({
      needId: valueIdOf(need.id),
      contextId: valueIdOf(context.id),
      need,
      context,
      cards: [],
    })),
  );
  const needIndex = new Map(needs.map((need, i) => [valueIdOf(need.id), i]));
  const contextIndex = new Map(contexts.map((context, i) => [valueIdOf(context.id), i]));
  let total = 0;
  const unplaced: CardView[] = [];
  for (const card of board.cards) {
    if (card.polarity !== filter.polarity || !cardInPhase(card, filter.phase)) continue;
    total++;
    const row = card.tags.need === null ? undefined : needIndex.get(valueIdOf(card.tags.need));
    const column = card.tags.context === null ? undefined : contextIndex.get(valueIdOf(card.tags.context));
    if (row === undefined || column === undefined) unplaced.push(card);
    else rows[row]![column]!.cards.push(card);
  }
  const max = Math.max(0, ...rows.flat().map((cell) => cell.cards.length));
  return { needs, contexts, rows, total, unplaced, max };
}

/** Cards per row (need) and per column (context) of a grid. */
export function gridTotals(grid: NeedContextGrid): { byNeed: number[]; byContext: number[] } {
  return {
    byNeed: grid.rows.map((row) => row.reduce((sum, cell) => sum + cell.cards.length, 0)),
    byContext: grid.contexts.map((_, c) => grid.rows.reduce((sum, row) => sum + row[c]!.cards.length, 0)),
  };
}

/** A card's career phases in the taxonomy's order (the doc keeps them as a sorted set). */
export function orderedPhases(card: CardView, taxonomy: TaxonomyView): string[] {
  const rank = new Map(taxonomy.roots.careerPhase.map((node, i) => [node.id, i]));
  const at = (id: string): number => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...card.tags.phases].sort((a, b) => at(a) - at(b) || (a < b ? -1 : 1));
}

/** How many of a card's tags are set (code, context, need, phases), for the Tags button. */
export function tagCount(card: CardView): number {
  return (
    (card.tags.code ? 1 : 0) +
    (card.tags.context ? 1 : 0) +
    (card.tags.need ? 1 : 0) +
    card.tags.phases.length
  );
}
