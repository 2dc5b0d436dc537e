import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  analysisViewIds,
  axisNodeId,
  cardInPhase,
  clusterByTheme,
  codeAxisOf,
  codeGroups,
  codePlacement,
  filterCodeGroups,
  gridTotals,
  needContextGrid,
  orderedPhases,
  parseAnalysisView,
  placementOffer,
  tagCount,
  themesWithoutCards,
  withoutSensitive,
} from '../../client/src/lib/analysis.ts';
import { addCard, setCardSensitive, setCardTag, toggleCardSetMember } from '../../shared/board/commands.ts';
import type { Polarity } from '../../shared/board/layout.ts';
import { projectBoard, type CardView } from '../../shared/board/projection.ts';
import { thesisPreset } from '../../shared/domain/presets/thesis.ts';
import { survey13Preset } from '../../shared/domain/presets/survey13.ts';
import { projectTaxonomy, type TaxonomyView } from '../../shared/taxonomy/projection.ts';
import { seedTaxonomy } from '../../shared/taxonomy/seed.ts';

function taxonomyOf(preset = thesisPreset): TaxonomyView {
  const doc = new Y.Doc();
  seedTaxonomy(doc, preset);
  return projectTaxonomy(doc);
}

const thesis = taxonomyOf();

interface CardSpec {
  polarity: Polarity;
  text?: string;
  code?: string;
  context?: string;
  need?: string;
  phases?: string[];
  sensitive?: boolean;
}

let counter = 0;

/** A group doc with the given cards, tagged only through the shared commands. */
function boardDoc(specs: CardSpec[]): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = specs.map((spec) => {
    const id = `c${String(++counter).padStart(8, '0')}`;
    addCard(doc, {
      id,
      polarity: spec.polarity,
      text: spec.text ?? id,
      authorId: null,
      authorName: null,
      createdAt: 1,
    });
    if (spec.code) setCardTag(doc, id, 'code', spec.code);
    if (spec.context) setCardTag(doc, id, 'context', spec.context);
    if (spec.need) setCardTag(doc, id, 'need', spec.need);
    for (const phase of spec.phases ?? []) toggleCardSetMember(doc, id, 'phases', phase, true);
    if (spec.sensitive) setCardSensitive(doc, id, true);
    return id;
  });
  return { doc, ids };
}

const card = (doc: Y.Doc, id: string): CardView => projectBoard(doc).cards.find((c) => c.id === id)!;

describe('view choice', () => {
  it('reads ?view= and falls back to the free board', () => {
    for (const id of analysisViewIds) expect(parseAnalysisView(id)).toBe(id);
    expect(parseAnalysisView(null)).toBe('board');
    expect(parseAnalysisView('')).toBe('board');
    expect(parseAnalysisView('toString')).toBe('board');
    expect(parseAnalysisView('GRID')).toBe('board');
  });

  it('codes stressor cards from the stressor tree and energy cards from the energy tree', () => {
    expect(codeAxisOf('stressor')).toBe('stressorCode');
    expect(codeAxisOf('energy')).toBe('energyCode');
    expect(axisNodeId('context', 'social')).toBe('context:social');
    expect(thesis.nodes.get(axisNodeId('need', 'autonomy'))?.axis).toBe('need');
  });
});

describe('clusters by theme', () => {
  const { doc } = boardDoc([
    { polarity: 'stressor', text: 'untagged stressor' },
    { polarity: 'stressor', text: 'overtime', code: 's-working-conditions/high-workload/long-days-overtime' },
    { polarity: 'stressor', text: 'colleagues', code: 's-colleagues' },
    { polarity: 'stressor', text: 'staffing', code: 's-working-conditions/staffing' },
    { polarity: 'stressor', text: 'moved from energy', code: 'e-patients/patient-contact' },
    { polarity: 'stressor', text: 'removed code', code: 'x-removed-by-organizer' },
    { polarity: 'energy', text: 'patients', code: 'e-patients' },
    { polarity: 'energy', text: 'untagged energy' },
  ]);
  const board = projectBoard(doc);

  it('puts untagged cards first, then themes in taxonomy order, then removed codes', () => {
    const clusters = clusterByTheme(board, thesis, 'stressor');
    expect(clusters.map((c) => [c.id, c.kind])).toEqual([
      ['untagged', 'untagged'],
      ['s-colleagues', 'theme'],
      ['s-working-conditions', 'theme'],
      ['e-patients', 'theme'],
      ['unknown', 'unknown'],
    ]);
    const texts = Object.fromEntries(clusters.map((c) => [c.id, c.cards.map((card) => card.text)]));
    expect(texts['s-working-conditions']).toEqual(['overtime', 'staffing']);
    expect(texts['untagged']).toEqual(['untagged stressor']);
    expect(texts['unknown']).toEqual(['removed code']);
    expect(clusters.find((c) => c.id === 's-colleagues')?.theme?.count).toBe(11);
  });

  it('keeps stressors and energy sources apart', () => {
    const energy = clusterByTheme(board, thesis, 'energy');
    expect(energy.map((c) => c.id)).toEqual(['untagged', 'e-patients']);
    expect(energy.flatMap((c) => c.cards).every((c) => c.polarity === 'energy')).toBe(true);
  });

  it('lists the themes of the own tree that have no cards yet', () => {
    const clusters = clusterByTheme(board, thesis, 'stressor');
    const rest = themesWithoutCards(clusters, thesis, 'stressor').map((theme) => theme.id);
    expect(rest).not.toContain('s-colleagues');
    expect(rest).not.toContain('s-working-conditions');
    expect(rest).toContain('s-organization');
    expect(rest).toHaveLength(thesis.roots.stressorCode.length - 2);
  });

  it('has no clusters for an empty board', () => {
    expect(clusterByTheme(projectBoard(new Y.Doc()), thesis, 'stressor')).toEqual([]);
  });

  it('works with another preset (survey categories have no subthemes)', () => {
    const survey = taxonomyOf(survey13Preset);
    const { doc } = boardDoc([
      { polarity: 'stressor', code: 'S2' },
      { polarity: 'stressor', code: 'S1' },
    ]);
    expect(clusterByTheme(projectBoard(doc), survey, 'stressor').map((c) => c.id)).toEqual(['S1', 'S2']);
  });
});

describe('the need × context grid', () => {
  const { doc, ids } = boardDoc([
    // anios + aios, autonomy × organizational
    {
      polarity: 'stressor',
      need: 'need:autonomy',
      context: 'context:organizational',
      phases: ['careerPhase:anios', 'careerPhase:aios'],
    },
    // anios, autonomy × organizational
    {
      polarity: 'stressor',
      need: 'need:autonomy',
      context: 'context:organizational',
      phases: ['careerPhase:anios'],
    },
    // no phase, relatedness × social
    { polarity: 'stressor', need: 'need:relatedness', context: 'context:social' },
    // junior specialist, competence × physical, sensitive
    {
      polarity: 'stressor',
      need: 'need:competence',
      context: 'context:physical',
      phases: ['careerPhase:junior-specialist'],
      sensitive: true,
    },
    // need only: not in a cell
    { polarity: 'stressor', need: 'need:autonomy', phases: ['careerPhase:anios'] },
    // nothing tagged
    { polarity: 'stressor' },
    // energy sources
    {
      polarity: 'energy',
      need: 'need:relatedness',
      context: 'context:social',
      phases: ['careerPhase:anios'],
    },
    { polarity: 'energy', need: 'need:relatedness', context: 'context:social' },
  ]);
  const board = projectBoard(doc);
  const counts = (grid: ReturnType<typeof needContextGrid>): Record<string, number> =>
    Object.fromEntries(
      grid.rows.flat().map((cell) => [`${cell.needId}-${cell.contextId}`, cell.cards.length]),
    );

  it('is 3 × 3 with the plain value ids of needs (rows) and contexts (columns)', () => {
    const grid = needContextGrid(board, thesis, { polarity: 'stressor', phase: null });
    expect(grid.rows.map((row) => row.map((cell) => `${cell.needId}-${cell.contextId}`))).toEqual([
      ['autonomy-physical', 'autonomy-social', 'autonomy-organizational'],
      ['competence-physical', 'competence-social', 'competence-organizational'],
      ['relatedness-physical', 'relatedness-social', 'relatedness-organizational'],
    ]);
    expect(grid.needs.map((n) => n.id)).toEqual(['need:autonomy', 'need:competence', 'need:relatedness']);
    expect(grid.contexts.map((c) => c.id)).toEqual([
      'context:physical',
      'context:social',
      'context:organizational',
    ]);
  });

  it('counts every card of the polarity for all phases, and lists the ones without need or context', () => {
    const grid = needContextGrid(board, thesis, { polarity: 'stressor', phase: null });
    expect(counts(grid)).toEqual({
      'autonomy-physical': 0,
      'autonomy-social': 0,
      'autonomy-organizational': 2,
      'competence-physical': 1,
      'competence-social': 0,
      'competence-organizational': 0,
      'relatedness-physical': 0,
      'relatedness-social': 1,
      'relatedness-organizational': 0,
    });
    expect(grid.total).toBe(6);
    expect(grid.unplaced.map((c) => c.id)).toEqual([ids[4], ids[5]]);
    expect(grid.max).toBe(2);
    expect(gridTotals(grid)).toEqual({ byNeed: [2, 1, 1], byContext: [1, 1, 2] });
  });

  it('counts a card in a phase only when it carries that phase tag', () => {
    const anios = needContextGrid(board, thesis, { polarity: 'stressor', phase: 'anios' });
    expect(counts(anios)['autonomy-organizational']).toBe(2);
    expect(anios.rows.flat().reduce((sum, cell) => sum + cell.cards.length, 0)).toBe(2);
    expect(anios.total).toBe(3);
    expect(anios.unplaced.map((c) => c.id)).toEqual([ids[4]]);

    const aios = needContextGrid(board, thesis, { polarity: 'stressor', phase: 'aios' });
    expect(counts(aios)['autonomy-organizational']).toBe(1);
    expect(aios.total).toBe(1);

    const junior = needContextGrid(board, thesis, { polarity: 'stressor', phase: 'junior-specialist' });
    expect(counts(junior)['competence-physical']).toBe(1);
    expect(junior.total).toBe(1);

    const interns = needContextGrid(board, thesis, { polarity: 'stressor', phase: 'intern' });
    expect(interns.total).toBe(0);
    expect(interns.max).toBe(0);
    expect(Object.values(counts(interns)).every((n) => n === 0)).toBe(true);
  });

  it('counts energy sources separately', () => {
    const all = needContextGrid(board, thesis, { polarity: 'energy', phase: null });
    expect(counts(all)['relatedness-social']).toBe(2);
    expect(all.total).toBe(2);
    const anios = needContextGrid(board, thesis, { polarity: 'energy', phase: 'anios' });
    expect(counts(anios)['relatedness-social']).toBe(1);
  });

  it('matches a phase by its plain id', () => {
    const c = card(doc, ids[0]!);
    expect(cardInPhase(c, null)).toBe(true);
    expect(cardInPhase(c, 'anios')).toBe(true);
    expect(cardInPhase(c, 'aios')).toBe(true);
    expect(cardInPhase(c, 'senior-specialist')).toBe(false);
  });

  it('leaves sensitive cards out of what goes to the wall', () => {
    const wall = withoutSensitive(board);
    expect(wall.cards).toHaveLength(board.cards.length - 1);
    expect(wall.cards.some((c) => c.sensitive)).toBe(false);
    expect(
      counts(needContextGrid(wall, thesis, { polarity: 'stressor', phase: null }))['competence-physical'],
    ).toBe(0);
  });

  it('follows tags set by another member of the group, live', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.on('update', (update: Uint8Array) => Y.applyUpdate(theirs, update));
    theirs.on('update', (update: Uint8Array) => Y.applyUpdate(mine, update));
    addCard(mine, {
      id: 'cshared0001',
      polarity: 'stressor',
      text: 'x',
      authorId: null,
      authorName: null,
      createdAt: 1,
    });
    setCardTag(theirs, 'cshared0001', 'need', 'need:competence');
    setCardTag(theirs, 'cshared0001', 'context', 'context:organizational');
    toggleCardSetMember(theirs, 'cshared0001', 'phases', 'careerPhase:aios', true);
    const grid = needContextGrid(projectBoard(mine), thesis, { polarity: 'stressor', phase: 'aios' });
    expect(counts(grid)['competence-organizational']).toBe(1);
  });
});

describe('offering the code’s own context and need', () => {
  it('reads the placement from the code or its nearest ancestor', () => {
    const factor = codePlacement(thesis, 's-working-conditions/high-workload/long-days-overtime');
    expect(factor.context?.id).toBe('context:organizational');
    expect(factor.need?.id).toBe('need:autonomy');
    expect(factor.contextFrom?.id).toBe('s-working-conditions/high-workload');

    const theme = codePlacement(thesis, 's-colleagues');
    expect([theme.context?.id, theme.need?.id]).toEqual(['context:social', 'need:relatedness']);

    // The thesis places this theme nowhere (only its subthemes).
    const unplaced = codePlacement(thesis, 's-working-conditions');
    expect([unplaced.context, unplaced.need]).toEqual([null, null]);
    expect(codePlacement(thesis, 'x-unknown')).toEqual({
      context: null,
      need: null,
      contextFrom: null,
      needFrom: null,
    });
  });

  it('offers only what the card does not have yet, and nothing without a code', () => {
    const { doc, ids } = boardDoc([
      { polarity: 'stressor', code: 's-working-conditions/staffing/staff-shortages' },
      {
        polarity: 'stressor',
        code: 's-working-conditions/staffing/staff-shortages',
        context: 'context:social',
      },
      {
        polarity: 'stressor',
        code: 's-working-conditions/staffing',
        context: 'context:social',
        need: 'need:competence',
      },
      { polarity: 'stressor' },
      { polarity: 'stressor', code: 's-working-conditions' },
    ]);
    const both = placementOffer(card(doc, ids[0]!), thesis);
    expect([both?.context?.id, both?.need?.id]).toEqual(['context:organizational', 'need:autonomy']);

    const needOnly = placementOffer(card(doc, ids[1]!), thesis);
    expect([needOnly?.context, needOnly?.need?.id]).toEqual([null, 'need:autonomy']);

    expect(placementOffer(card(doc, ids[2]!), thesis)).toBeNull();
    expect(placementOffer(card(doc, ids[3]!), thesis)).toBeNull();
    expect(placementOffer(card(doc, ids[4]!), thesis)).toBeNull();
  });

  it('keeps the source flags on the node the placement comes from', () => {
    const placement = codePlacement(thesis, 'e-content-of-the-work/acute-care');
    expect(placement.contextFrom?.id).toBe('e-content-of-the-work');
    expect(placement.contextFrom?.flags).toContain('rebuilt');
  });
});

describe('the code picker', () => {
  it('groups the tree by theme, theme first, then subthemes and factors depth-first', () => {
    const groups = codeGroups(thesis, 'stressorCode');
    expect(groups.map((g) => g.theme.id)).toEqual(thesis.roots.stressorCode.map((n) => n.id));
    const work = groups.find((g) => g.theme.id === 's-working-conditions')!;
    expect(work.nodes[0]!.id).toBe('s-working-conditions');
    expect(work.nodes[1]!.id).toBe('s-working-conditions/high-workload');
    expect(work.nodes[2]!.parentId).toBe('s-working-conditions/high-workload');
    const all = groups.flatMap((g) => g.nodes);
    expect(all.every((n) => n.axis === 'stressorCode')).toBe(true);
    expect(all).toHaveLength([...thesis.nodes.values()].filter((n) => n.axis === 'stressorCode').length);
    expect(
      codeGroups(thesis, 'energyCode')
        .flatMap((g) => g.nodes)
        .every((n) => n.axis === 'energyCode'),
    ).toBe(true);
  });

  it('filters by label in either language, ignoring case and accents, and keeps the current code', () => {
    const groups = codeGroups(thesis, 'stressorCode');
    const ids = (query: string, keep: string | null = null) =>
      filterCodeGroups(groups, query, keep).flatMap((g) => g.nodes.map((n) => n.id));
    expect(ids('werkdruk')).toContain('s-working-conditions/high-workload');
    expect(ids('WORKLOAD')).toContain('s-working-conditions/high-workload');
    expect(ids('patienten')).toContain('s-patients');
    expect(ids('zzz-nothing')).toEqual([]);
    expect(ids('zzz-nothing', 's-colleagues')).toEqual(['s-colleagues']);
    expect(ids('  ')).toHaveLength(groups.flatMap((g) => g.nodes).length);
  });
});

describe('career phases of a card', () => {
  it('are listed in the taxonomy order, not the set order', () => {
    const { doc, ids } = boardDoc([
      {
        polarity: 'stressor',
        phases: [
          'careerPhase:senior-specialist',
          'careerPhase:intern',
          'careerPhase:aios',
          'careerPhase:anios',
        ],
      },
    ]);
    const c = card(doc, ids[0]!);
    expect(c.tags.phases[0]).toBe('careerPhase:aios');
    expect(orderedPhases(c, thesis)).toEqual([
      'careerPhase:intern',
      'careerPhase:anios',
      'careerPhase:aios',
      'careerPhase:senior-specialist',
    ]);
  });
});

describe('tag count', () => {
  it('counts code, context, need and each phase', () => {
    const { doc, ids } = boardDoc([
      { polarity: 'energy' },
      {
        polarity: 'energy',
        code: 'e-patients',
        need: 'need:relatedness',
        phases: ['careerPhase:anios', 'careerPhase:intern'],
      },
    ]);
    expect(tagCount(card(doc, ids[0]!))).toBe(0);
    expect(tagCount(card(doc, ids[1]!))).toBe(4);
  });
});
