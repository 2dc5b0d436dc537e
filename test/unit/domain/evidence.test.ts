import { describe, it, expect } from 'vitest';
import { evidenceCards } from '../../../shared/domain/evidence.ts';
import type { CareerPhaseId, EvidenceCard } from '../../../shared/domain/types.ts';

const CATEGORY_CODES = new Set([
  ...Array.from({ length: 13 }, (_, i) => `S${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `E${i + 1}`),
]);
const PHASES: readonly CareerPhaseId[] = [
  'intern',
  'anios',
  'aios',
  'junior-specialist',
  'senior-specialist',
];
const UNITS = ['percent', 'mentions', 'mean', 'count', 'euro', 'hours', 'score'];
const KINDS = ['quantitative', 'mentions', 'qualitative'];
const FLAGS = ['rebuilt', 'analyst', 'probable', 'inconsistent'];

function card(id: string): EvidenceCard {
  const found = evidenceCards.find((c) => c.id === id);
  if (!found) throw new Error(`no evidence card ${id}`);
  return found;
}

/** The value of the one figure whose English label contains `label`. */
function figure(id: string, label: string, unit = 'percent'): number {
  const matches = card(id).figures.filter((f) => f.label.en.includes(label) && f.unit === unit);
  if (matches.length !== 1) {
    throw new Error(`${id}: ${matches.length} ${unit} figures labelled "${label}"`);
  }
  return matches[0]!.value;
}

function values(id: string): number[] {
  return card(id).figures.map((f) => f.value);
}

describe('evidence cards: shape', () => {
  it('has at least 40 cards, and all three sections of the notes', () => {
    expect(evidenceCards.length).toBeGreaterThanOrEqual(40);
    const qFindings = new Set(
      evidenceCards.filter((c) => /^002-Q\d\d-/.test(c.id)).map((c) => c.id.slice(4, 7)),
    );
    expect(qFindings.size).toBe(51);
    const xCards = new Set(
      evidenceCards.filter((c) => /^002-X\d\d-/.test(c.id)).map((c) => c.id.slice(4, 7)),
    );
    expect(xCards.size).toBe(12);
    expect(evidenceCards.filter((c) => c.id.startsWith('001-A'))).toHaveLength(13);
    expect(evidenceCards.filter((c) => c.id.startsWith('004-D'))).toHaveLength(5);
    expect(evidenceCards.filter((c) => c.id.startsWith('003-B'))).toHaveLength(2);
  });

  it('has unique, readable ids', () => {
    const ids = evidenceCards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^00[1-4]-[A-Z]\d\d(-[a-z]+)*$/);
  });

  it('gives every card a statement and population in Dutch and English', () => {
    for (const c of evidenceCards) {
      expect(c.statement.nl.trim(), c.id).not.toBe('');
      expect(c.statement.en.trim(), c.id).not.toBe('');
      expect(c.population.nl.trim(), c.id).not.toBe('');
      expect(c.population.en.trim(), c.id).not.toBe('');
      expect(KINDS, c.id).toContain(c.kind);
    }
  });

  it('gives every card a source document, title and location', () => {
    for (const c of evidenceCards) {
      expect(['001', '002', '003', '004'], c.id).toContain(c.source.document);
      expect(c.id.startsWith(c.source.document), c.id).toBe(true);
      expect(c.source.title.trim(), c.id).not.toBe('');
      expect(c.source.location, c.id).toMatch(/L\d+/);
    }
  });

  it('labels every figure in both languages with a known unit and a finite value', () => {
    for (const c of evidenceCards) {
      for (const f of c.figures) {
        expect(UNITS, c.id).toContain(f.unit);
        expect(Number.isFinite(f.value), c.id).toBe(true);
        expect(f.label.nl.trim(), c.id).not.toBe('');
        expect(f.label.en.trim(), c.id).not.toBe('');
      }
    }
  });

  it('keeps percentages within 0–100 and means on the 1–10 scale', () => {
    for (const c of evidenceCards) {
      for (const f of c.figures) {
        if (f.unit === 'percent') {
          expect(f.value, c.id).toBeGreaterThanOrEqual(0);
          expect(f.value, c.id).toBeLessThanOrEqual(100);
        }
        if (f.unit === 'mean') {
          expect(f.value, c.id).toBeGreaterThanOrEqual(1);
          expect(f.value, c.id).toBeLessThanOrEqual(10);
        }
      }
    }
  });

  it("never turns mentions into percentages: 'mentions' cards hold only mentions", () => {
    const mentionCards = evidenceCards.filter((c) => c.kind === 'mentions');
    expect(mentionCards.length).toBeGreaterThanOrEqual(6);
    for (const c of mentionCards) {
      expect(c.figures.length, c.id).toBeGreaterThan(0);
      for (const f of c.figures) expect(f.unit, c.id).toBe('mentions');
      expect(c.n, c.id).toBeNull();
    }
  });

  it('has no percentages on the open-answer and focus-group cards of §2.3', () => {
    const xCards = evidenceCards.filter((c) => /^002-X/.test(c.id));
    expect(xCards.length).toBe(13);
    for (const c of xCards) {
      expect(c.kind, c.id).not.toBe('quantitative');
      expect(c.n, c.id).toBeNull();
      for (const f of c.figures) expect(f.unit, c.id).not.toBe('percent');
    }
  });

  it('uses only the stressor and energy-source codes S1–S13 and E1–E9', () => {
    for (const c of evidenceCards) {
      for (const code of c.categories) expect(CATEGORY_CODES.has(code), `${c.id}: ${code}`).toBe(true);
      expect(new Set(c.categories).size, c.id).toBe(c.categories.length);
    }
  });

  it('uses only valid career phases and flags', () => {
    for (const c of evidenceCards) {
      for (const phase of c.careerPhases) expect(PHASES, c.id).toContain(phase);
      expect(new Set(c.careerPhases).size, c.id).toBe(c.careerPhases.length);
      for (const flag of c.flags ?? []) expect(FLAGS, c.id).toContain(flag);
    }
  });

  it('gives researchers no phase of their own', () => {
    expect(card('002-Q11-onderzoeker').careerPhases).toEqual([]);
    expect(card('002-Q11-anios').careerPhases).toEqual(['anios']);
    expect(card('002-Q11-aios').careerPhases).toEqual(['aios']);
    expect(card('002-Q11-onderzoeker').population.nl).toContain('onderzoeker');
  });

  it('gives every survey card of 002 its N, a positive integer', () => {
    for (const c of evidenceCards.filter((x) => /^002-Q/.test(x.id))) {
      expect(c.kind, c.id).toBe('quantitative');
      expect(Number.isInteger(c.n), c.id).toBe(true);
      expect(c.n!, c.id).toBeGreaterThan(0);
    }
  });
});

describe('evidence cards: figures exactly as in the notes', () => {
  it('Q11: administrative burden is the least-satisfied item, 65 / 51 / 71 / 64%', () => {
    expect(figure('002-Q11-anios', 'administrative burden')).toBe(65);
    expect(figure('002-Q11-onderzoeker', 'administrative burden')).toBe(51);
    expect(figure('002-Q11-aios', 'administrative burden')).toBe(71);
    expect(figure('002-Q11-totaal', 'administrative burden')).toBe(64);
    expect(card('002-Q11-totaal').n).toBe(5434);
    expect(card('002-Q11-anios').n).toBe(2053);
    expect(card('002-Q11-totaal').categories).toContain('S2');
  });

  it('Q45: considered stopping or stopped, anios 66% vs aios 30%', () => {
    expect(figure('002-Q45-anios', 'considered stopping')).toBe(66);
    expect(figure('002-Q45-onderzoeker', 'considered stopping')).toBe(29);
    expect(figure('002-Q45-aios', 'considered stopping')).toBe(30);
    expect(figure('002-Q45-totaal', 'considered stopping')).toBe(34);
    expect(card('002-Q45-anios').n).toBe(166);
    expect(card('002-Q45-aios').n).toBe(1834);
    expect(card('002-Q45-totaal').n).toBe(2053);
  });

  it('Q46: work–life balance is the main reason for considering stopping, 68% of 702', () => {
    expect(values('002-Q46-totaal')).toEqual([68]);
    expect(values('002-Q46-aios')).toEqual([71]);
    expect(card('002-Q46-totaal').n).toBe(702);
    expect(card('002-Q46-onderzoeker').n).toBe(40);
  });

  it('Q01: who responded', () => {
    const c = card('002-Q01-totaal');
    expect(c.n).toBe(5778);
    expect(figure('002-Q01-totaal', 'anios', 'percent')).toBe(38);
    expect(figure('002-Q01-totaal', 'anios', 'count')).toBe(2197);
    expect(figure('002-Q01-totaal', 'aios', 'count')).toBe(2815);
  });

  it('Q07 and Q17: stress 5.9 and 41 hours worked vs 35 preferred', () => {
    expect(figure('002-Q07-totaal', 'stress', 'mean')).toBe(5.9);
    expect(figure('002-Q07-aios', 'stress', 'mean')).toBe(6.2);
    expect(figure('002-Q17-totaal', 'worked per week', 'hours')).toBe(41);
    expect(figure('002-Q17-totaal', 'preferred hours', 'hours')).toBe(35);
    expect(card('002-Q17-totaal').n).toBe(5353);
  });

  it('Q08–Q10: energy sources', () => {
    expect(figure('002-Q08-totaal', 'contact with patients')).toBe(72);
    expect(figure('002-Q09-totaal', 'working with colleagues')).toBe(70);
    expect(figure('002-Q09-totaal', 'positive atmosphere')).toBe(71);
    expect(values('002-Q10-totaal')).toEqual([54, 50, 37]);
  });

  it('Q20 and Q21: training-post applications', () => {
    expect(figure('002-Q20-anios', 'negative')).toBe(46);
    expect(figure('002-Q20-totaal', 'negative')).toBe(30);
    expect(values('002-Q21-aios')).toEqual([53, 23.5, 23.5]);
    expect(card('002-Q21-aios').n).toBe(77);
  });

  it('Q22 and Q23: stress rises and autonomy falls from bachelor to master', () => {
    expect(values('002-Q22-bachelor-totaal')).toEqual([5.4]);
    expect(values('002-Q22-master-totaal')).toEqual([6.7]);
    expect(values('002-Q23-bachelor-totaal')).toEqual([5.5]);
    expect(values('002-Q23-master-totaal')).toEqual([4.5]);
    expect(card('002-Q22-bachelor-totaal').n).toBe(4872);
    expect(card('002-Q22-master-totaal').n).toBe(4901);
    expect(card('002-Q22-master-aios').careerPhases).toEqual(['intern', 'aios']);
  });

  it('Q31–Q35: three inferred columns, flagged as the analyst’s reading', () => {
    for (const q of ['Q31', 'Q32', 'Q33', 'Q34', 'Q35']) {
      expect(
        evidenceCards.some((c) => c.id === `002-${q}-anios`),
        q,
      ).toBe(false);
      for (const col of ['onderzoeker', 'aios', 'totaal']) {
        expect(card(`002-${q}-${col}`).flags, `${q}-${col}`).toEqual(['analyst']);
      }
    }
    expect(values('002-Q32-onderzoeker')).toEqual([73]);
    expect(values('002-Q32-aios')).toEqual([66]);
    expect(values('002-Q32-totaal')).toEqual([66]);
    expect(card('002-Q32-totaal').n).toBe(2361);
    expect(card('002-Q32-onderzoeker').n).toBe(396);
  });

  it('Q38 and Q42: career support and part-time', () => {
    expect(figure('002-Q38-anios', 'more career support')).toBe(42);
    expect(figure('002-Q38-totaal', 'more career support')).toBe(36);
    expect(values('002-Q42-totaal')).toEqual([12, 10, 9, 71]);
    expect(card('002-Q42-totaal').flags).toEqual(['inconsistent']);
    expect(card('002-Q42-aios').flags).toBeUndefined();
  });

  it('Q49–Q51', () => {
    expect(values('002-Q49-totaal')).toEqual([40, 31, 16, 8, 5]);
    expect(values('002-Q50-totaal')).toEqual([59, 49, 48, 43, 43, 42]);
    expect(values('002-Q51-totaal')).toEqual([35, 33, 30, 24, 9, 9]);
    expect(evidenceCards.some((c) => c.id === '002-Q50-anios')).toBe(false);
  });

  it('X01–X06: open-answer counts are mentions', () => {
    expect(values('002-X01-anios')).toEqual([26, 22, 19, 18, 15, 13, 12, 10, 9, 7, 4]);
    expect(values('002-X04-aios')).toEqual([74, 34, 27, 24, 13, 11, 11, 10, 7]);
    expect(figure('002-X04-aios', 'burnout', 'mentions')).toBe(7);
    expect(values('002-X05-aios')).toEqual([92, 85, 76, 71, 36, 31]);
    expect(values('002-X06-aios')).toEqual([27, 5]);
    expect(values('002-X06-anios')).toEqual([17]);
    expect(card('002-X03-aios').flags).toEqual(['inconsistent']);
  });

  it('X11: the UWV counts are counts of doctors, not percentages', () => {
    expect(values('002-X11-focusgroep')).toEqual([117, 43, 900, 73, 120, 70]);
    for (const f of card('002-X11-focusgroep').figures) expect(f.unit).toBe('count');
  });

  it('001: the anios survey, N = 269', () => {
    for (const c of evidenceCards.filter((x) => x.id.startsWith('001-') && x.id !== '001-A13')) {
      expect(c.n, c.id).toBe(269);
      expect(c.careerPhases, c.id).toEqual(['anios']);
    }
    expect(values('001-A03')).toEqual([36]);
    expect(values('001-A09')).toEqual([15, 63, 43]);
    expect(values('001-A11')).toEqual([25, 64]);
    expect(values('001-A12')).toEqual([96.4]);
    expect(card('001-A13').n).toBeNull();
  });

  it('003 and 004: cited figures without N', () => {
    expect(values('004-D01')).toEqual([22, 12]);
    expect(values('004-D02')).toEqual([20, 20, 11, 6]);
    expect(values('004-D03')).toEqual([70]);
    expect(values('003-B01')).toEqual([75]);
    expect(values('003-B02')).toEqual([30]);
    for (const c of evidenceCards.filter((x) => /^00[34]-/.test(x.id))) {
      expect(c.n, c.id).toBeNull();
    }
  });
});
