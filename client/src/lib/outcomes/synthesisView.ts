import type { AxisId } from '../../../../shared/taxonomy/layout.ts';
import {
  unassignedLevelId,
  type CodeCount,
  type Intervention,
  type NeedContextGrid,
  type Synthesis,
} from '../../../../shared/outcomes/synthesis.ts';

/**
 * What the synthesis view shows, worked out from the server's `Synthesis`: plain
 * functions with no Svelte and no i18n.
 */

export interface CodeTreeNode {
  count: CodeCount;
  children: CodeTreeNode[];
}

/**
 * One axis' code counts as a tree, in the server's tree order. Without `showAll` only
 * nodes with mentions (a node's mentions include its descendants', so no mentioned
 * node loses its parent).
 */
export function codeTree(counts: readonly CodeCount[], axis: AxisId, showAll: boolean): CodeTreeNode[] {
  const shown = counts.filter((count) => count.axis === axis && (showAll || count.mentions > 0));
  const byId = new Map(shown.map((count) => [count.id, { count, children: [] as CodeTreeNode[] }]));
  const roots: CodeTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.count.parentId === null ? undefined : byId.get(node.count.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Whether the axis has any node at all, and any with mentions. */
export function axisHas(counts: readonly CodeCount[], axis: AxisId): { nodes: number; mentioned: number } {
  const onAxis = counts.filter((count) => count.axis === axis);
  return { nodes: onAxis.length, mentioned: onAxis.filter((count) => count.mentions > 0).length };
}

export interface InterventionGroup {
  levelId: string;
  items: Intervention[];
}

/**
 * Interventions under their first level in the matrix' order (the server sorts them that
 * way); each appears once, with all its levels shown on the item. Without a level:
 * under `unassignedLevelId`, last.
 */
export function interventionsByLevel(synthesis: Synthesis): InterventionGroup[] {
  const rank = (id: string): number => {
    const index = synthesis.levels.indexOf(id);
    return index === -1 ? synthesis.levels.length : index;
  };
  const groups = new Map<string, Intervention[]>();
  for (const item of synthesis.interventions) {
    const first = [...item.levels].sort((a, b) => rank(a) - rank(b))[0] ?? unassignedLevelId;
    const list = groups.get(first) ?? [];
    list.push(item);
    groups.set(first, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([levelId, items]) => ({ levelId, items }));
}

/** The need × context grid of one career phase (null: overall), or an empty one. */
export function gridFor(synthesis: Synthesis, phase: string | null): NeedContextGrid {
  return synthesis.grids.find((grid) => grid.phase === phase) ?? { phase, cells: [] };
}

export function gridCell(
  grid: NeedContextGrid,
  need: string,
  context: string,
): { stressors: number; energySources: number } {
  return (
    grid.cells.find((cell) => cell.need === need && cell.context === context) ?? {
      stressors: 0,
      energySources: 0,
    }
  );
}

/**
 * Group names by id: from the page's group list when it has one, else from the solutions
 * in the synthesis (the only place it names groups).
 */
export function groupNames(
  synthesis: Synthesis,
  groups: readonly { groupId: string; name: string }[] = [],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of synthesis.interventions) names.set(item.groupId, item.groupName);
  for (const group of groups) names.set(group.groupId, group.name);
  return names;
}

/** "14:03:27" in the interface's locale. */
export function formatClock(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(ms);
}
