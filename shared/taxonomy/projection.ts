import * as Y from 'yjs';
import type { Label, SourceFlag } from '../domain/types.ts';
import { knownSourceFlags } from '../domain/sourceFlags.ts';
import { isOrderKey } from '../board/order.ts';
import { axisIds, isAxisId, isNodeId, nodeKeys, nodesMap, taxonomyMap, type AxisId } from './layout.ts';

export interface TaxonomyNode {
  id: string;
  axis: AxisId;
  parentId: string | null;
  order: string;
  label: Label;
  definition: Label;
  count: number | null;
  countNote: string | null;
  flags: SourceFlag[];
  source: string | null;
  context: string | null;
  need: string | null;
  custom: boolean;
  extension: boolean;
  /** 0 for themes and axis values, 1 for subthemes, 2 for factors. */
  depth: number;
  childIds: string[];
}

export interface TaxonomyView {
  presetId: string | null;
  nodes: ReadonlyMap<string, TaxonomyNode>;
  /** Top-level nodes of each axis, in order. */
  roots: Record<AxisId, TaxonomyNode[]>;
}

/** Longest label and source; definitions and count notes get maxDefinitionChars. */
export const maxLabelChars = 200;
export const maxDefinitionChars = 600;

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' ? value.slice(0, max) : null;
}

function projectNode(id: string, value: unknown): Omit<TaxonomyNode, 'depth' | 'childIds'> | null {
  if (!isNodeId(id) || !(value instanceof Y.Map)) return null;
  const axis: unknown = value.get(nodeKeys.axis);
  const order: unknown = value.get(nodeKeys.order);
  const parentId: unknown = value.get(nodeKeys.parentId);
  const labelNl = text(value.get(nodeKeys.labelNl), maxLabelChars);
  const labelEn = text(value.get(nodeKeys.labelEn), maxLabelChars);
  if (!isAxisId(axis) || !isOrderKey(order) || !labelNl || !labelEn) return null;
  if (parentId !== null && !isNodeId(parentId)) return null;
  const count: unknown = value.get(nodeKeys.count);
  const flags: unknown = value.get(nodeKeys.flags);
  return {
    id,
    axis,
    parentId,
    order,
    label: { nl: labelNl, en: labelEn },
    definition: {
      nl: text(value.get(nodeKeys.definitionNl), maxDefinitionChars) ?? '',
      en: text(value.get(nodeKeys.definitionEn), maxDefinitionChars) ?? '',
    },
    count: typeof count === 'number' && Number.isFinite(count) ? count : null,
    countNote: text(value.get(nodeKeys.countNote), maxDefinitionChars),
    flags: Array.isArray(flags) ? knownSourceFlags(flags) : [],
    source: text(value.get(nodeKeys.source), maxLabelChars),
    context: text(value.get(nodeKeys.context), 40),
    need: text(value.get(nodeKeys.need), 40),
    custom: value.get(nodeKeys.custom) === true,
    extension: value.get(nodeKeys.extension) === true,
  };
}

const byOrder = (a: TaxonomyNode, b: TaxonomyNode): number =>
  a.order === b.order ? (a.id < b.id ? -1 : 1) : a.order < b.order ? -1 : 1;

/**
 * The validated taxonomy of an event. A node whose parent is missing, on another axis, or
 * part of a cycle is shown as a top-level node rather than lost.
 */
export function projectTaxonomy(doc: Y.Doc): TaxonomyView {
  const raw = new Map<string, Omit<TaxonomyNode, 'depth' | 'childIds'>>();
  nodesMap(doc).forEach((value, id) => {
    const node = projectNode(id, value);
    if (node) raw.set(id, node);
  });
  const parentOf = (id: string): string | null => {
    const node = raw.get(id)!;
    const parent = node.parentId === null ? undefined : raw.get(node.parentId);
    return parent && parent.axis === node.axis ? parent.id : null;
  };
  const depthOf = (id: string): number => {
    let depth = 0;
    const seen = new Set([id]);
    for (let parent = parentOf(id); parent !== null; parent = parentOf(parent)) {
      if (seen.has(parent)) return -1;
      seen.add(parent);
      depth++;
    }
    return depth;
  };
  const nodes = new Map<string, TaxonomyNode>();
  for (const [id, node] of raw) {
    const depth = depthOf(id);
    nodes.set(id, {
      ...node,
      parentId: depth === -1 ? null : parentOf(id),
      depth: Math.max(depth, 0),
      childIds: [],
    });
  }
  const roots = Object.fromEntries(axisIds.map((axis) => [axis, [] as TaxonomyNode[]])) as Record<
    AxisId,
    TaxonomyNode[]
  >;
  const sorted = [...nodes.values()].sort(byOrder);
  for (const node of sorted) {
    if (node.parentId === null) roots[node.axis].push(node);
    else nodes.get(node.parentId)!.childIds.push(node.id);
  }
  const presetId: unknown = taxonomyMap(doc).get('presetId');
  return { presetId: typeof presetId === 'string' ? presetId : null, nodes, roots };
}

/** The node and its ancestors, root first (theme, subtheme, factor). */
export function nodePath(view: TaxonomyView, id: string): TaxonomyNode[] {
  const path: TaxonomyNode[] = [];
  for (
    let node = view.nodes.get(id);
    node;
    node = node.parentId ? view.nodes.get(node.parentId) : undefined
  ) {
    path.unshift(node);
    if (path.length > 10) break;
  }
  return path;
}

/** The top-level theme a code belongs to (itself when it is a theme). */
export function themeOf(view: TaxonomyView, id: string): TaxonomyNode | undefined {
  return nodePath(view, id)[0];
}

/** The values of a flat axis (context, need, career phase, level, domain, actor). */
export function axisValues(view: TaxonomyView, axis: AxisId): TaxonomyNode[] {
  return view.roots[axis];
}

/** "careerPhase:anios" → "anios": fixed-axis node ids carry their axis as a prefix. */
export function valueIdOf(nodeId: string): string {
  const colon = nodeId.indexOf(':');
  return colon === -1 ? nodeId : nodeId.slice(colon + 1);
}
