import * as Y from 'yjs';
import { keysAfter } from '../board/order.ts';
import { seedOrigin } from '../board/origins.ts';
import {
  actors,
  careerPhases,
  contexts,
  interventionDomains,
  interventionLevels,
  needs,
} from '../domain/axes.ts';
import type { AxisValue, CodeNode, TaxonomyPreset } from '../domain/types.ts';
import { nodeKeys, nodesMap, taxonomyMap, type AxisId } from './layout.ts';

export interface NodeInput {
  id: string;
  axis: AxisId;
  parentId: string | null;
  order: string;
  labelNl: string;
  labelEn: string;
  definitionNl: string;
  definitionEn: string;
  count: number | null;
  countNote: string | null;
  flags: string[];
  source: string | null;
  context: string | null;
  need: string | null;
  custom: boolean;
  extension: boolean;
}

export function writeNode(doc: Y.Doc, node: NodeInput): void {
  const map = new Y.Map<unknown>();
  for (const [key, field] of Object.entries(nodeKeys) as [keyof NodeInput, string][]) {
    map.set(field, node[key]);
  }
  nodesMap(doc).set(node.id, map);
}

function axisNodes(axis: AxisId, values: AxisValue[]): NodeInput[] {
  const orders = keysAfter(null, values.length);
  return values.map((value, i) => ({
    id: `${axis}:${value.id}`,
    axis,
    parentId: null,
    order: orders[i]!,
    labelNl: value.label.nl,
    labelEn: value.label.en,
    definitionNl: value.definition.nl,
    definitionEn: value.definition.en,
    count: null,
    countNote: null,
    flags: value.flags ?? [],
    source: value.source,
    context: null,
    need: null,
    custom: false,
    extension: value.extension ?? false,
  }));
}

function treeNodes(axis: AxisId, roots: CodeNode[], parentId: string | null = null): NodeInput[] {
  const orders = keysAfter(null, roots.length);
  return roots.flatMap((node, i) => {
    const flags = new Set<string>([
      ...(node.count?.flags ?? []),
      ...(node.context?.flags ?? []),
      ...(node.need?.flags ?? []),
    ]);
    const notes = [node.count?.note, node.context?.note, node.need?.note].filter(Boolean);
    const input: NodeInput = {
      id: node.id,
      axis,
      parentId,
      order: orders[i]!,
      labelNl: node.label.nl,
      labelEn: node.label.en,
      definitionNl: node.definition.nl,
      definitionEn: node.definition.en,
      count: node.count?.value ?? null,
      countNote: notes.length > 0 ? notes.join(' · ') : null,
      flags: [...flags],
      source: node.count?.source ?? null,
      context: node.context?.value ?? null,
      need: node.need?.value ?? null,
      custom: false,
      extension: false,
    };
    return [input, ...treeNodes(axis, node.children ?? [], node.id)];
  });
}

/** Every node an event starts with: the fixed axes plus the preset's two code trees. */
export function presetNodes(preset: TaxonomyPreset): NodeInput[] {
  return [
    ...axisNodes('context', contexts),
    ...axisNodes('need', needs),
    ...axisNodes('careerPhase', careerPhases),
    ...axisNodes('level', interventionLevels),
    ...axisNodes('domain', interventionDomains),
    ...axisNodes('actor', actors),
    ...treeNodes('stressorCode', preset.stressorThemes),
    ...treeNodes('energyCode', preset.energyThemes),
  ];
}

/** Writes a fresh event doc's taxonomy; the server stores it when it creates the event. */
export function seedTaxonomy(doc: Y.Doc, preset: TaxonomyPreset): void {
  doc.transact(() => {
    taxonomyMap(doc).set('presetId', preset.id);
    for (const node of presetNodes(preset)) writeNode(doc, node);
  }, seedOrigin);
}

/** Writes an event doc's taxonomy from restored nodes (an imported event keeps its edits). */
export function restoreTaxonomy(doc: Y.Doc, presetId: string | null, nodes: NodeInput[]): void {
  doc.transact(() => {
    if (presetId !== null) taxonomyMap(doc).set('presetId', presetId);
    for (const node of nodes) writeNode(doc, node);
  }, seedOrigin);
}
