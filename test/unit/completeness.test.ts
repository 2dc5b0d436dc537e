import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { completenessRules, solutionCompleteness } from '../../shared/board/completeness.ts';
import {
  addCostRow,
  createSolution,
  deleteCostRow,
  projectSolutions,
  setCostPeople,
  setSolutionDomain,
  solutionText,
  toggleSolutionSetMember,
  updateCostRow,
  type SolutionView,
} from '../../shared/board/solutions.ts';

const id = 'stest00000001';

function setup(costItems?: string[]): { doc: Y.Doc; view: () => SolutionView } {
  const doc = new Y.Doc();
  createSolution(doc, { id, templateId: 'coaching-every-anios', createdAt: 1, costItems });
  return {
    doc,
    view: () => {
      const solution = projectSolutions(doc).find((s) => s.id === id);
      if (!solution) throw new Error('solution missing');
      return solution;
    },
  };
}

describe('solutionCompleteness', () => {
  it('a new canvas misses every field (status has a default and is not counted)', () => {
    const { view } = setup();
    const result = solutionCompleteness(view());
    expect(result.filled).toEqual([]);
    expect(result.missing).toEqual([
      'title',
      'careerPhases',
      'stressors',
      'levels',
      'domain',
      'actors',
      'what',
      'how',
      'costs',
      'risks',
      'evidence',
    ]);
    expect(result.missing).not.toContain('status');
    expect(result.percent).toBe(0);
  });

  it('a template pre-fills structure, never answers: its cost rows still count as missing', () => {
    const { view } = setup(["Coach's yearly salary"]);
    expect(view().costs.map((row) => [row.item, row.quantity, row.unitCost])).toEqual([
      ["Coach's yearly salary", null, null],
    ]);
    expect(solutionCompleteness(view()).missing).toContain('costs');
  });

  it('fills up field by field as the group works', () => {
    const { doc, view } = setup(["Coach's yearly salary"]);
    const filledAfter = (change: () => void): string[] => {
      change();
      return solutionCompleteness(view()).filled;
    };

    expect(filledAfter(() => solutionText(doc, id, 'title')!.insert(0, 'Een coach voor elke anios'))).toEqual(
      ['title'],
    );
    expect(
      filledAfter(() => toggleSolutionSetMember(doc, id, 'careerPhases', 'careerPhase:anios', true)),
    ).toContain('careerPhases');
    expect(
      filledAfter(() => toggleSolutionSetMember(doc, id, 'stressorCards', 'cabcdefgh1', true)),
    ).toContain('stressors');
    expect(
      filledAfter(() => toggleSolutionSetMember(doc, id, 'levels', 'level:organizational', true)),
    ).toContain('levels');
    expect(filledAfter(() => setSolutionDomain(doc, id, 'domain:selfcare'))).toContain('domain');
    expect(
      filledAfter(() => toggleSolutionSetMember(doc, id, 'actors', 'actor:hospital-board', true)),
    ).toContain('actors');
    expect(filledAfter(() => solutionText(doc, id, 'what')!.insert(0, 'Mentor en gids'))).toContain('what');
    expect(filledAfter(() => solutionText(doc, id, 'how')!.insert(0, 'Vanaf dag één'))).toContain('how');

    // Costs: every row needs a quantity and a unit cost.
    const rowId = view().costs[0]!.id;
    expect(filledAfter(() => updateCostRow(doc, id, rowId, { quantity: 1 }))).not.toContain('costs');
    expect(filledAfter(() => updateCostRow(doc, id, rowId, { unitCost: 70_000 }))).toContain('costs');
    const extra = addCostRow(doc, id, 'Scholing')!;
    expect(solutionCompleteness(view()).missing).toContain('costs');
    expect(filledAfter(() => deleteCostRow(doc, id, extra))).toContain('costs');
    setCostPeople(doc, id, 50);

    expect(filledAfter(() => solutionText(doc, id, 'risks')!.insert(0, 'Weerstand'))).toContain('risks');
    expect(solutionCompleteness(view()).percent).toBe(Math.floor((10 / 11) * 100));
    expect(solutionCompleteness(view()).missing).toEqual(['evidence']);

    const done = filledAfter(() => toggleSolutionSetMember(doc, id, 'evidence', '002-Q45-anios', true));
    expect(done).toHaveLength(completenessRules.length);
    expect(solutionCompleteness(view())).toEqual({ filled: done, missing: [], percent: 100 });
  });

  it('stressors count from analysis cards or from taxonomy codes', () => {
    const { doc, view } = setup();
    toggleSolutionSetMember(doc, id, 'stressorCodes', 's-working-conditions/high-workload', true);
    expect(solutionCompleteness(view()).filled).toContain('stressors');
  });

  it('whitespace is not an answer, and taking a value away makes the field missing again', () => {
    const { doc, view } = setup();
    solutionText(doc, id, 'title')!.insert(0, '   \n ');
    expect(solutionCompleteness(view()).missing).toContain('title');
    toggleSolutionSetMember(doc, id, 'levels', 'level:national', true);
    expect(solutionCompleteness(view()).filled).toContain('levels');
    toggleSolutionSetMember(doc, id, 'levels', 'level:national', false);
    expect(solutionCompleteness(view()).missing).toContain('levels');
    setSolutionDomain(doc, id, 'domain:career');
    setSolutionDomain(doc, id, null);
    expect(solutionCompleteness(view()).missing).toContain('domain');
  });

  it('percent rounds down, so only a complete canvas shows 100', () => {
    const { doc, view } = setup();
    solutionText(doc, id, 'title')!.insert(0, 'x');
    expect(solutionCompleteness(view()).percent).toBe(9);
  });
});
