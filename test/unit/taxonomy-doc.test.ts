import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { survey13Preset } from '../../shared/domain/presets/survey13.ts';
import { thesisPreset } from '../../shared/domain/presets/thesis.ts';
import { addNode, renameNode } from '../../shared/taxonomy/commands.ts';
import { nodeKeys, nodesMap } from '../../shared/taxonomy/layout.ts';
import { nodePath, projectTaxonomy, themeOf, valueIdOf } from '../../shared/taxonomy/projection.ts';
import { presetNodes, seedTaxonomy } from '../../shared/taxonomy/seed.ts';

function seeded(preset = thesisPreset): Y.Doc {
  const doc = new Y.Doc();
  seedTaxonomy(doc, preset);
  return doc;
}

function countTree(nodes: { children?: unknown[] }[]): number {
  return nodes.reduce(
    (sum, node) => sum + 1 + countTree((node.children ?? []) as { children?: unknown[] }[]),
    0,
  );
}

describe('event taxonomy in the event doc', () => {
  it('seeds every axis value and every code-tree node of the preset', () => {
    const view = projectTaxonomy(seeded());
    expect(view.presetId).toBe('thesis');
    expect(view.roots.context.map((n) => valueIdOf(n.id))).toEqual(['physical', 'social', 'organizational']);
    expect(view.roots.need.map((n) => valueIdOf(n.id))).toEqual(['autonomy', 'competence', 'relatedness']);
    expect(view.roots.careerPhase.map((n) => valueIdOf(n.id))).toEqual([
      'intern',
      'anios',
      'aios',
      'junior-specialist',
      'senior-specialist',
    ]);
    expect(view.roots.level.map((n) => valueIdOf(n.id))).toEqual([
      'individual',
      'organizational',
      'national',
    ]);
    expect(view.roots.domain.find((n) => valueIdOf(n.id) === 'career')?.extension).toBe(true);
    const treeSize = countTree(thesisPreset.stressorThemes) + countTree(thesisPreset.energyThemes);
    const codeNodes = [...view.nodes.values()].filter(
      (n) => n.axis === 'stressorCode' || n.axis === 'energyCode',
    );
    expect(codeNodes).toHaveLength(treeSize);
    expect(view.nodes.size).toBe(presetNodes(thesisPreset).length);
  });

  it('keeps the thesis counts and flags on the code tree', () => {
    const view = projectTaxonomy(seeded());
    const theme = thesisPreset.stressorThemes.find((t) => t.label.en === 'Working conditions')!;
    const node = view.nodes.get(theme.id)!;
    expect(node.count).toBe(31);
    expect(node.depth).toBe(0);
    const subtheme = view.nodes.get(node.childIds[0]!)!;
    expect(subtheme.parentId).toBe(theme.id);
    expect(subtheme.depth).toBe(1);
    const inconsistent = [...view.nodes.values()].filter((n) => n.flags.includes('inconsistent'));
    expect(inconsistent.length).toBeGreaterThan(0);
    // A factor's path runs theme → subtheme → factor.
    const factorId = subtheme.childIds[0]!;
    expect(nodePath(view, factorId).map((n) => n.depth)).toEqual([0, 1, 2]);
    expect(themeOf(view, factorId)?.id).toBe(theme.id);
  });

  it('seeds the 13 survey categories as stressor themes of the survey preset', () => {
    const view = projectTaxonomy(seeded(survey13Preset));
    expect(view.presetId).toBe('survey13');
    expect(view.roots.stressorCode).toHaveLength(13);
    expect(view.roots.energyCode).toHaveLength(9);
  });

  it('renames and adds items; a second doc receiving the updates sees them', () => {
    const organizer = seeded();
    const board = new Y.Doc();
    Y.applyUpdate(board, Y.encodeStateAsUpdate(organizer));
    organizer.on('update', (update: Uint8Array) => Y.applyUpdate(board, update));

    const actorId = projectTaxonomy(organizer).roots.actor[0]!.id;
    renameNode(organizer, actorId, { nl: 'Medisch specialist', en: 'Medical specialist' });
    const added = addNode(organizer, {
      axis: 'actor',
      parentId: null,
      label: { nl: 'Gemeente', en: 'Municipality' },
    });
    const theme = projectTaxonomy(organizer).roots.stressorCode[0]!;
    const child = addNode(organizer, {
      axis: 'stressorCode',
      parentId: theme.id,
      label: { nl: 'Parkeren', en: 'Parking' },
    });

    const view = projectTaxonomy(board);
    expect(view.nodes.get(actorId)?.label).toEqual({ nl: 'Medisch specialist', en: 'Medical specialist' });
    expect(view.roots.actor.at(-1)?.id).toBe(added);
    expect(view.nodes.get(added)?.custom).toBe(true);
    expect(view.nodes.get(theme.id)?.childIds.at(-1)).toBe(child);
    expect(view.nodes.get(child)?.depth).toBe(1);
  });

  it('shows nodes with a broken parent as top-level instead of losing them', () => {
    const doc = seeded();
    const view = projectTaxonomy(doc);
    const [a, b] = view.roots.stressorCode;
    // A cycle a → b → a, and a node whose parent is on another axis.
    doc.transact(() => {
      nodesMap(doc).get(a!.id)!.set(nodeKeys.parentId, b!.id);
      nodesMap(doc).get(b!.id)!.set(nodeKeys.parentId, a!.id);
      nodesMap(doc).get(view.roots.actor[0]!.id)!.set(nodeKeys.parentId, view.roots.need[0]!.id);
    });
    const after = projectTaxonomy(doc);
    expect(after.nodes.get(a!.id)?.parentId).toBeNull();
    expect(after.nodes.get(b!.id)?.parentId).toBeNull();
    expect(after.roots.actor.map((n) => n.id)).toContain(view.roots.actor[0]!.id);
  });

  it('rejects nodes with hostile ids or values, and never touches Object.prototype', () => {
    const doc = seeded();
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set(nodeKeys.axis, 'actor');
      bad.set(nodeKeys.order, 'i');
      bad.set(nodeKeys.labelNl, 'x');
      bad.set(nodeKeys.labelEn, 'x');
      nodesMap(doc).set('__proto__', bad);
      const wrongAxis = new Y.Map<unknown>();
      wrongAxis.set(nodeKeys.axis, 'nonsense');
      nodesMap(doc).set('xwrongaxis', wrongAxis);
    });
    const view = projectTaxonomy(doc);
    expect(view.nodes.has('__proto__')).toBe(false);
    expect(view.nodes.has('xwrongaxis')).toBe(false);
    expect(({} as Record<string, unknown>).axis).toBeUndefined();
  });
});
