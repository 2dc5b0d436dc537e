import { describe, expect, it } from 'vitest';
import { summarizeCosts } from '../../shared/board/costs.ts';
import {
  projectSolutions,
  createSolution,
  toggleSolutionSetMember,
  setSolutionDomain,
} from '../../shared/board/solutions.ts';
import { solutionTemplates } from '../../shared/domain/templates.ts';
import { solutionsMessages } from '../../client/src/lib/i18n/messages/solutions.ts';
import {
  axisNodeId,
  fieldSectionId,
  formatAmount,
  formatMoney,
  matchEvidence,
  oneLine,
  pendingSuggestions,
  perPersonFigure,
  perPersonText,
  templateById,
  templateOrigin,
} from '../../client/src/lib/solutions.ts';
import * as Y from 'yjs';

describe('formatMoney', () => {
  it('writes whole euros per language, with a plain space in Dutch', () => {
    expect(formatMoney('en', 1_400)).toBe('€1,400');
    expect(formatMoney('nl', 1_400)).toBe('€ 1.400');
    expect(formatMoney('en', 70_000)).toBe('€70,000');
    expect(formatMoney('nl', 70_000)).toBe('€ 70.000');
    expect(formatMoney('en', 0)).toBe('€0');
  });

  it('rounds large amounts to whole euros and keeps cents on small ones', () => {
    expect(formatMoney('en', 1_400.6)).toBe('€1,401');
    expect(formatMoney('en', 12.5)).toBe('€12.50');
    expect(formatMoney('nl', 12.5)).toBe('€ 12,50');
    expect(formatMoney('nl', 12)).toBe('€ 12');
  });
});

describe('formatAmount', () => {
  it('writes a number the way it can be typed back', () => {
    expect(formatAmount('en', 70_000)).toBe('70,000');
    expect(formatAmount('nl', 70_000)).toBe('70.000');
    expect(formatAmount('nl', 1_400.5)).toBe('1.400,5');
    expect(formatAmount('en', null)).toBe('');
  });
});

describe('the per-person line', () => {
  const coach = summarizeCosts([{ id: 'r', item: 'Coach', quantity: 1, unitCost: 70_000 }], 50);

  it('one coach × €70,000 for 50 anios → €1,400 per person per year', () => {
    expect(perPersonText('en', perPersonFigure(coach), 'year')).toBe('€1,400 per person per year');
    expect(perPersonText('nl', perPersonFigure(coach), 'year')).toBe('€ 1.400 per persoon per jaar');
  });

  it('says when the costs are one-off', () => {
    expect(perPersonText('en', 1_400, 'once')).toBe('€1,400 per person, one-off');
    expect(perPersonText('nl', 1_400, 'once')).toBe('€ 1.400 per persoon, eenmalig');
  });

  it('is absent without people, or while no row has both numbers (no misleading €0)', () => {
    expect(perPersonText('en', null, 'year')).toBeNull();
    const empty = summarizeCosts([{ id: 'r', item: 'Coach', quantity: null, unitCost: null }], 50);
    expect(empty.perPerson).toBe(0);
    expect(perPersonFigure(empty)).toBeNull();
    expect(perPersonFigure(summarizeCosts([], 50))).toBeNull();
    expect(
      perPersonFigure(summarizeCosts([{ id: 'r', item: '', quantity: 1, unitCost: 10 }], null)),
    ).toBeNull();
  });
});

describe('templates', () => {
  it('finds a template by id and falls back to blank', () => {
    expect(templateById('coaching-every-anios').id).toBe('coaching-every-anios');
    expect(templateById('no-such-template').id).toBe('blank');
  });

  it('names the hackathon group a template comes from', () => {
    expect(templateOrigin(templateById('blank'))).toBeNull();
    expect(templateOrigin(templateById('coaching-every-anios'))).toEqual({
      number: 1,
      title: 'Individuele begeleiding middels coaching',
    });
    const numbers = solutionTemplates.map((template) => templateOrigin(template)?.number ?? null);
    expect(numbers).toEqual([null, 1, 2, 3, 4, 5, 6]);
  });

  it('offers the suggested values the canvas does not have yet, never sets them', () => {
    const doc = new Y.Doc();
    createSolution(doc, { id: 'stest00000001', templateId: 'coaching-every-anios', createdAt: 1 });
    const view = () => projectSolutions(doc)[0]!;
    const template = templateById('coaching-every-anios');
    const all = () => true;

    expect(view().levels).toEqual([]);
    expect(view().domain).toBeNull();
    expect(pendingSuggestions(template, view(), all)).toEqual({
      careerPhases: ['careerPhase:anios'],
      levels: ['level:organizational', 'level:individual'],
      actors: ['actor:hospital-board', 'actor:team-department'],
      domain: 'domain:selfcare',
    });

    toggleSolutionSetMember(doc, view().id, 'levels', 'level:organizational', true);
    setSolutionDomain(doc, view().id, 'domain:workplace');
    const after = pendingSuggestions(template, view(), all);
    expect(after.levels).toEqual(['level:individual']);
    expect(after.domain).toBeNull();

    // Values the organizer removed from the event's taxonomy are not offered.
    const withoutBoard = pendingSuggestions(template, view(), (id) => id !== 'actor:hospital-board');
    expect(withoutBoard.actors).toEqual(['actor:team-department']);
    expect(pendingSuggestions(templateById('blank'), view(), all)).toEqual({
      careerPhases: [],
      levels: [],
      actors: [],
      domain: null,
    });
  });
});

describe('small helpers', () => {
  it('axisNodeId and fieldSectionId', () => {
    expect(axisNodeId('careerPhase', 'anios')).toBe('careerPhase:anios');
    expect(fieldSectionId('sabc', 'costs')).toBe('solution-sabc-costs');
  });

  it('oneLine flattens and shortens card text', () => {
    expect(oneLine('  Te veel\n\nadministratie  ')).toBe('Te veel administratie');
    expect(oneLine('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('matchEvidence needs every word, in either language, and leaves out linked cards', () => {
    const cards = [
      {
        id: 'e1',
        statement: { nl: 'Overwerk is de norm', en: 'Overtime is the norm' },
        population: { nl: 'anios', en: 'anios' },
      },
      {
        id: 'e2',
        statement: { nl: 'Coaching helpt', en: 'Coaching helps' },
        population: { nl: 'aios', en: 'aios' },
      },
    ];
    expect(matchEvidence(cards, 'overtime', []).map((c) => c.id)).toEqual(['e1']);
    expect(matchEvidence(cards, 'OVERWERK anios', []).map((c) => c.id)).toEqual(['e1']);
    expect(matchEvidence(cards, 'overwerk aios', [])).toEqual([]);
    expect(matchEvidence(cards, 'e', ['e1']).map((c) => c.id)).toEqual(['e2']);
    expect(matchEvidence(cards, '   ', [])).toEqual([]);
  });
});

describe('solutions messages', () => {
  it('every key has Dutch and English with the same placeholders', () => {
    for (const [key, message] of Object.entries(solutionsMessages)) {
      expect(key.startsWith('solutions.'), key).toBe(true);
      expect(message.en.trim(), key).not.toBe('');
      expect(message.nl.trim(), key).not.toBe('');
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(message.nl), key).toEqual(params(message.en));
    }
  });
});
