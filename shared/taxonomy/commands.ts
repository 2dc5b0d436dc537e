import type * as Y from 'yjs';
import { keyBetween } from '../board/order.ts';
import { localUserOrigin } from '../board/origins.ts';
import { nodeKeys, nodesMap, type AxisId } from './layout.ts';
import { projectTaxonomy } from './projection.ts';
import { writeNode } from './seed.ts';
import type { Label } from '../domain/types.ts';

/** Organizer edits to an event's taxonomy; every open board sees them live. */

export function renameNode(doc: Y.Doc, nodeId: string, label: Partial<Label>): void {
  const node = nodesMap(doc).get(nodeId);
  if (!node) return;
  doc.transact(() => {
    if (label.nl !== undefined) node.set(nodeKeys.labelNl, label.nl.trim().slice(0, 200));
    if (label.en !== undefined) node.set(nodeKeys.labelEn, label.en.trim().slice(0, 200));
  }, localUserOrigin);
}

export function setNodeDefinition(doc: Y.Doc, nodeId: string, definition: Partial<Label>): void {
  const node = nodesMap(doc).get(nodeId);
  if (!node) return;
  doc.transact(() => {
    if (definition.nl !== undefined) node.set(nodeKeys.definitionNl, definition.nl.trim().slice(0, 600));
    if (definition.en !== undefined) node.set(nodeKeys.definitionEn, definition.en.trim().slice(0, 600));
  }, localUserOrigin);
}

const idChars = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Adds a custom value to an axis (or a child to a code-tree node); returns its id. */
export function addNode(
  doc: Y.Doc,
  input: { axis: AxisId; parentId: string | null; label: Label; definition?: Label },
  random: () => number = Math.random,
): string {
  const view = projectTaxonomy(doc);
  const siblings = input.parentId
    ? (view.nodes.get(input.parentId)?.childIds ?? []).map((id) => view.nodes.get(id)!)
    : view.roots[input.axis];
  let id = 'x';
  for (let i = 0; i < 10; i++) id += idChars[Math.floor(random() * idChars.length)];
  doc.transact(() => {
    writeNode(doc, {
      id,
      axis: input.axis,
      parentId: input.parentId,
      order: keyBetween(siblings.at(-1)?.order ?? null, null),
      labelNl: input.label.nl.trim().slice(0, 200),
      labelEn: input.label.en.trim().slice(0, 200),
      definitionNl: input.definition?.nl ?? '',
      definitionEn: input.definition?.en ?? '',
      count: null,
      countNote: null,
      flags: [],
      source: null,
      context: null,
      need: null,
      custom: true,
      extension: false,
    });
  }, localUserOrigin);
  return id;
}
