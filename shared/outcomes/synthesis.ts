import type { Label } from '../domain/types.ts';
import type { AxisId } from '../taxonomy/layout.ts';
import type { EventExport, ExportNode } from './eventExport.ts';

/**
 * The event's synthesis across groups, computed on the server from the groups' documents
 * (via the export model, so it never contains a sensitive card) and pushed to staff and
 * projectors. Counts are mentions — cards that name a factor — never respondents.
 */
export interface Synthesis {
  computedAtMs: number;
  totals: { groups: number; cards: number; stressors: number; energySources: number; solutions: number };
  /** Labels of every node id used below, plus the two placeholder columns/rows. */
  labels: Record<string, Label>;
  /** Matrix rows: the level axis in order, then `unassignedLevelId`. */
  levels: string[];
  /** Matrix columns: stressor themes in order, then `noThemeId`. */
  themes: string[];
  /** Non-empty cells only: every other level × theme pair is a gap. */
  matrix: MatrixCell[];
  needs: string[];
  contexts: string[];
  phases: string[];
  /** The need × context grid: overall (`phase: null`) and per career phase. */
  grids: NeedContextGrid[];
  /** Stressor and energy code trees in tree order, with mentions counted up the tree. */
  codeCounts: CodeCount[];
  /** Every solution of every group, ordered by level, then group. */
  interventions: Intervention[];
  evidence: EvidenceUse[];
}

export const unassignedLevelId = 'level:unassigned';
export const noThemeId = 'stressorCode:none';

export interface SolutionRef {
  groupId: string;
  groupName: string;
  solutionId: string;
  title: string;
}

export interface MatrixCell {
  levelId: string;
  themeId: string;
  solutions: SolutionRef[];
}

export interface NeedContextGrid {
  phase: string | null;
  cells: { need: string; context: string; stressors: number; energySources: number }[];
}

export interface CodeCount {
  id: string;
  axis: AxisId;
  depth: number;
  parentId: string | null;
  /** Cards tagged with this node or anything below it. */
  mentions: number;
  /** Cards tagged with exactly this node. */
  direct: number;
  /** Groups with at least one such card. */
  groups: number;
  /** Solutions that target this node or anything below it (stressor codes only). */
  solutions: number;
}

export interface Intervention extends SolutionRef {
  levels: string[];
  actors: string[];
  domain: string | null;
  status: string;
  careerPhases: string[];
  /** Stressor codes it targets: named directly, or through the analysis cards it links. */
  targetCodes: string[];
  /** The texts of the analysis cards it links to. */
  targetCards: string[];
  evidence: string[];
}

export interface EvidenceUse {
  evidenceId: string;
  cards: number;
  solutions: number;
  groupIds: string[];
}

const placeholderLabels: Record<string, Label> = {
  [unassignedLevelId]: { nl: 'Nog niet toegekend', en: 'Not yet assigned' },
  [noThemeId]: { nl: 'Geen thema', en: 'No theme' },
};

export function computeSynthesis(data: EventExport, nowMs: number = data.exportedAtMs): Synthesis {
  const nodes = new Map(data.taxonomy.nodes.map((node) => [node.id, node]));
  const ordered = treeOrder(data.taxonomy.nodes);
  const onAxis = (axis: AxisId): ExportNode[] =>
    ordered.filter((node) => node.axis === axis && node.parentId === null);
  const pathOf = (id: string): ExportNode[] => {
    const path: ExportNode[] = [];
    for (let node = nodes.get(id); node && path.length < 10; node = nodes.get(node.parentId ?? '')) {
      path.unshift(node);
    }
    return path;
  };
  const themeOf = (code: string): string | null => {
    const root = pathOf(code)[0];
    return root?.axis === 'stressorCode' ? root.id : null;
  };
  const used = new Set<string>();
  const use = (id: string): string => (used.add(id), id);

  const levels = [...onAxis('level').map((n) => use(n.id)), use(unassignedLevelId)];
  const themes = [...onAxis('stressorCode').map((n) => use(n.id)), use(noThemeId)];
  const needs = onAxis('need').map((n) => use(n.id));
  const contexts = onAxis('context').map((n) => use(n.id));
  const phases = onAxis('careerPhase').map((n) => use(n.id));

  const cards = data.groups.flatMap((group) => group.cards.map((card) => ({ group, card })));
  const cardById = new Map(cards.map(({ group, card }) => [`${group.groupId}/${card.id}`, card]));

  // Mentions, counted up the tree: a factor's card also counts for its subtheme and theme.
  const mentions = new Map<string, { direct: number; total: number; groups: Set<string> }>();
  const tally = (id: string) => {
    let entry = mentions.get(id);
    if (!entry) mentions.set(id, (entry = { direct: 0, total: 0, groups: new Set() }));
    return entry;
  };
  for (const { group, card } of cards) {
    if (!card.tags.code || !nodes.has(card.tags.code)) continue;
    tally(card.tags.code).direct++;
    for (const node of pathOf(card.tags.code)) {
      const entry = tally(node.id);
      entry.total++;
      entry.groups.add(group.groupId);
    }
  }

  const matrix = new Map<string, MatrixCell>();
  const targetedBy = new Map<string, number>();
  const interventions: Intervention[] = [];
  const evidence = new Map<string, { cards: number; solutions: number; groupIds: Set<string> }>();
  const evidenceEntry = (id: string) => {
    let entry = evidence.get(id);
    if (!entry) evidence.set(id, (entry = { cards: 0, solutions: 0, groupIds: new Set() }));
    return entry;
  };
  for (const { group, card } of cards) {
    for (const id of card.tags.evidence) {
      const entry = evidenceEntry(id);
      entry.cards++;
      entry.groupIds.add(group.groupId);
    }
  }

  for (const group of data.groups) {
    for (const solution of group.solutions) {
      const ref: SolutionRef = {
        groupId: group.groupId,
        groupName: group.name,
        solutionId: solution.id,
        title: solution.title.trim(),
      };
      const linked = solution.stressorCards
        .map((id) => cardById.get(`${group.groupId}/${id}`))
        .filter((card) => card !== undefined);
      const targetCodes = [
        ...new Set([
          ...solution.stressorCodes.filter((id) => nodes.has(id)),
          ...linked.map((card) => card.tags.code).filter((code): code is string => !!code && nodes.has(code)),
        ]),
      ];
      const levelIds = solution.levels.filter((id) => nodes.get(id)?.axis === 'level');
      const themeIds = [
        ...new Set(targetCodes.map(themeOf).filter((theme): theme is string => theme !== null)),
      ];
      for (const levelId of levelIds.length > 0 ? levelIds : [unassignedLevelId]) {
        for (const themeId of themeIds.length > 0 ? themeIds : [noThemeId]) {
          const key = `${levelId}|${themeId}`;
          let cell = matrix.get(key);
          if (!cell) matrix.set(key, (cell = { levelId, themeId, solutions: [] }));
          cell.solutions.push(ref);
        }
      }
      const targetedNodes = new Set(targetCodes.flatMap((code) => pathOf(code).map((node) => node.id)));
      for (const id of targetedNodes) targetedBy.set(id, (targetedBy.get(id) ?? 0) + 1);
      for (const id of solution.evidence) {
        const entry = evidenceEntry(id);
        entry.solutions++;
        entry.groupIds.add(group.groupId);
      }
      for (const id of [...levelIds, ...solution.actors, ...solution.careerPhases, ...targetCodes]) {
        if (nodes.has(id)) use(id);
      }
      if (solution.domain && nodes.has(solution.domain)) use(solution.domain);
      interventions.push({
        ...ref,
        levels: levelIds,
        actors: solution.actors.filter((id) => nodes.has(id)),
        domain: solution.domain && nodes.has(solution.domain) ? solution.domain : null,
        status: solution.status,
        careerPhases: solution.careerPhases.filter((id) => nodes.has(id)),
        targetCodes,
        targetCards: linked.map((card) => card.text),
        evidence: solution.evidence,
      });
    }
  }
  const levelRank = (item: Intervention): number => {
    const ranks = item.levels.map((id) => levels.indexOf(id));
    return ranks.length > 0 ? Math.min(...ranks) : levels.length;
  };
  const groupRank = new Map(data.groups.map((group, i) => [group.groupId, i]));
  interventions.sort(
    (a, b) => levelRank(a) - levelRank(b) || groupRank.get(a.groupId)! - groupRank.get(b.groupId)!,
  );

  const grid = (phase: string | null): NeedContextGrid => ({
    phase,
    cells: needs.flatMap((need) =>
      contexts.map((context) => {
        const here = cards.filter(
          ({ card }) =>
            card.tags.need === need &&
            card.tags.context === context &&
            (phase === null || card.tags.phases.includes(phase)),
        );
        return {
          need,
          context,
          stressors: here.filter(({ card }) => card.polarity === 'stressor').length,
          energySources: here.filter(({ card }) => card.polarity === 'energy').length,
        };
      }),
    ),
  });

  const codeCounts: CodeCount[] = ordered
    .filter((node) => node.axis === 'stressorCode' || node.axis === 'energyCode')
    .map((node) => {
      const entry = mentions.get(node.id);
      use(node.id);
      return {
        id: node.id,
        axis: node.axis,
        depth: pathOf(node.id).length - 1,
        parentId: node.parentId,
        mentions: entry?.total ?? 0,
        direct: entry?.direct ?? 0,
        groups: entry?.groups.size ?? 0,
        solutions: targetedBy.get(node.id) ?? 0,
      };
    });

  const labels: Record<string, Label> = {};
  for (const id of used) {
    const label = nodes.get(id)?.label ?? placeholderLabels[id];
    if (label) labels[id] = { nl: label.nl, en: label.en };
  }
  const solutionsTotal = data.groups.reduce((sum, group) => sum + group.solutions.length, 0);
  return {
    computedAtMs: nowMs,
    totals: {
      groups: data.groups.length,
      cards: cards.length,
      stressors: cards.filter(({ card }) => card.polarity === 'stressor').length,
      energySources: cards.filter(({ card }) => card.polarity === 'energy').length,
      solutions: solutionsTotal,
    },
    labels,
    levels,
    themes,
    matrix: [...matrix.values()].sort(
      (a, b) =>
        levels.indexOf(a.levelId) - levels.indexOf(b.levelId) ||
        themes.indexOf(a.themeId) - themes.indexOf(b.themeId),
    ),
    needs,
    contexts,
    phases,
    grids: [grid(null), ...phases.map(grid)],
    codeCounts,
    interventions,
    evidence: [...evidence.entries()]
      .map(([evidenceId, entry]) => ({
        evidenceId,
        cards: entry.cards,
        solutions: entry.solutions,
        groupIds: [...entry.groupIds].sort((a, b) => groupRank.get(a)! - groupRank.get(b)!),
      }))
      .sort(
        (a, b) => b.cards + b.solutions - (a.cards + a.solutions) || (a.evidenceId < b.evidenceId ? -1 : 1),
      ),
  };
}

/** Nodes depth-first in sibling order, as the code trees are read. */
export function treeOrder(nodes: readonly ExportNode[]): ExportNode[] {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, ExportNode[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  }
  for (const list of children.values()) {
    list.sort((a, b) => (a.order === b.order ? (a.id < b.id ? -1 : 1) : a.order < b.order ? -1 : 1));
  }
  const result: ExportNode[] = [];
  const seen = new Set<string>();
  const visit = (node: ExportNode): void => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    result.push(node);
    for (const child of children.get(node.id) ?? []) visit(child);
  };
  for (const root of children.get(null) ?? []) visit(root);
  return result;
}

/** The cell of the matrix, or an empty one (a gap). */
export function matrixCell(synthesis: Synthesis, levelId: string, themeId: string): MatrixCell {
  return (
    synthesis.matrix.find((cell) => cell.levelId === levelId && cell.themeId === themeId) ?? {
      levelId,
      themeId,
      solutions: [],
    }
  );
}
