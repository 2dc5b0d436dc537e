import { describe, expect, it } from 'vitest';
import { evidenceCards } from '../../shared/domain/evidence.ts';
import type { EvidenceCard } from '../../shared/domain/types.ts';
import {
  evidenceLinks,
  facetCounts,
  filterEvidence,
  formatFigure,
  formatN,
  hasFilters,
  indexEvidence,
  linkTargetValue,
  noFilters,
  normalizeText,
  parseEvidenceResponse,
  parseLinkTarget,
  shortStatement,
  truncate,
  type EvidenceFilters,
} from '../../client/src/lib/evidenceSearch.ts';
import { evidenceMessages } from '../../client/src/lib/i18n/messages/evidence.ts';

/** The library as the client gets it: through JSON, like GET /api/evidence. */
const wire: unknown = JSON.parse(JSON.stringify({ cards: evidenceCards }));
const index = indexEvidence(evidenceCards);
const search = (filters: Partial<EvidenceFilters>) =>
  filterEvidence(index, { ...noFilters, ...filters }).map((card) => card.id);

function card(id: string): EvidenceCard {
  const found = evidenceCards.find((c) => c.id === id);
  if (!found) throw new Error(`no evidence card ${id}`);
  return found;
}

describe('evidence response', () => {
  it('keeps every card of the real library, unchanged', () => {
    const { cards, rejected } = parseEvidenceResponse(wire);
    expect(rejected).toBe(0);
    expect(cards).toHaveLength(evidenceCards.length);
    expect(cards).toEqual(evidenceCards);
  });

  it('leaves out malformed and duplicate cards, and drops unknown flags and phases', () => {
    const good = JSON.parse(JSON.stringify(card('002-Q11-anios'))) as Record<string, unknown>;
    const { cards, rejected } = parseEvidenceResponse({
      cards: [
        { ...good, flags: ['analyst', 'made-up'], careerPhases: ['anios', 'astronaut'] },
        good,
        { ...good, id: 'bad id with spaces' },
        { ...good, id: 'x1', statement: { nl: 'alleen nl' } },
        { ...good, id: 'x2', figures: [{ value: 3, unit: 'banana', label: { nl: 'a', en: 'a' } }] },
        { ...good, id: 'x3', n: '269' },
        { ...good, id: 'x4', kind: 'anecdote' },
        { ...good, id: 'x5', source: { document: '999', title: 't', location: 'l' } },
        null,
        'card',
      ],
    });
    expect(cards.map((c) => c.id)).toEqual(['002-Q11-anios']);
    expect(cards[0]!.flags).toEqual(['analyst']);
    expect(cards[0]!.careerPhases).toEqual(['anios']);
    expect(rejected).toBe(9);
  });

  it('refuses a body without a card list', () => {
    expect(() => parseEvidenceResponse({})).toThrow();
    expect(() => parseEvidenceResponse(null)).toThrow();
    expect(() => parseEvidenceResponse({ cards: 'all' })).toThrow();
  });
});

describe('search', () => {
  it('finds the Q11 cards (administrative burden) for "administratie"', () => {
    const found = search({ query: 'administratie' });
    for (const column of ['anios', 'onderzoeker', 'aios', 'totaal'])
      expect(found).toContain(`002-Q11-${column}`);
    for (const id of found) expect(index.find((e) => e.card.id === id)!.text).toContain('administratie');
  });

  it('searches both languages, whatever the interface language', () => {
    const dutch = search({ query: 'administratieve lasten' });
    const english = search({ query: 'administrative burden' });
    expect(dutch).toContain('002-Q11-aios');
    expect(english).toContain('002-Q11-aios');
  });

  it('ignores case, accents and the kind of dash', () => {
    expect(search({ query: 'ADMINISTRATIE' })).toEqual(search({ query: 'administratie' }));
    expect(search({ query: 'prive' })).toEqual(search({ query: 'privé' }));
    expect(search({ query: 'prive' }).length).toBeGreaterThan(0);
    expect(search({ query: 'work-life' })).toEqual(search({ query: 'work–life' }));
    expect(normalizeText('  Werk–privé\nbalans ')).toBe('werk prive balans');
  });

  it('needs every word, and searches population and source too', () => {
    const both = search({ query: 'administratie anios' });
    expect(both).toContain('002-Q11-anios');
    expect(both).not.toContain('002-Q11-aios');
    expect(search({ query: 'L143' })).toEqual([
      '002-Q11-anios',
      '002-Q11-onderzoeker',
      '002-Q11-aios',
      '002-Q11-totaal',
    ]);
    expect(search({ query: 'Platform Medisch Leiderschap' }).every((id) => id.startsWith('001-'))).toBe(true);
    expect(search({ query: 'Zorgen voor de Zorg' }).some((id) => id.startsWith('004-'))).toBe(true);
  });

  it('finds exactly one card for its id', () => {
    expect(search({ query: '002-Q11-anios' })).toEqual(['002-Q11-anios']);
    expect(search({ query: ' 002-q45-AIOS ' })).toEqual(['002-Q45-aios']);
  });

  it('finds nothing for nonsense, everything for nothing', () => {
    expect(search({ query: 'qwertyuiop' })).toEqual([]);
    expect(search({})).toHaveLength(evidenceCards.length);
    expect(hasFilters(noFilters)).toBe(false);
    expect(hasFilters({ ...noFilters, query: '  ' })).toBe(false);
    expect(hasFilters({ ...noFilters, kind: 'mentions' })).toBe(true);
  });
});

describe('filters and counts', () => {
  it('filters by category, career phase and kind, alone and together', () => {
    const s2 = search({ category: 'S2' });
    expect(s2).toEqual(evidenceCards.filter((c) => c.categories.includes('S2')).map((c) => c.id));
    expect(s2).toContain('002-Q11-totaal');

    const interns = search({ phase: 'intern' });
    expect(interns.length).toBeGreaterThan(0);
    expect(interns.every((id) => card(id).careerPhases.includes('intern'))).toBe(true);

    const mentions = search({ kind: 'mentions' });
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((id) => card(id).kind === 'mentions')).toBe(true);

    const combined = search({ category: 'S2', phase: 'anios', kind: 'quantitative' });
    expect(combined).toContain('002-Q11-anios');
    expect(
      combined.every((id) => card(id).categories.includes('S2') && card(id).careerPhases.includes('anios')),
    ).toBe(true);
    expect(search({ category: 'E1', kind: 'mentions', query: 'administratie' })).toEqual([]);
  });

  it('counts each facet value as the results it would give, with the other filters kept', () => {
    const filters: EvidenceFilters[] = [
      noFilters,
      { ...noFilters, query: 'administratie' },
      { ...noFilters, phase: 'aios', kind: 'quantitative' },
      { ...noFilters, category: 'S8', query: 'opleiding' },
    ];
    for (const base of filters) {
      for (const facet of ['category', 'phase', 'kind'] as const) {
        const counts = facetCounts(index, base, facet);
        for (const [value, count] of counts) {
          expect(count, `${facet}=${value} with ${JSON.stringify(base)}`).toBe(
            filterEvidence(index, { ...base, [facet]: value }).length,
          );
        }
      }
    }
    const kinds = facetCounts(index, noFilters, 'kind');
    expect(
      (kinds.get('quantitative') ?? 0) + (kinds.get('mentions') ?? 0) + (kinds.get('qualitative') ?? 0),
    ).toBe(evidenceCards.length);
  });
});

describe('formatting figures', () => {
  it('writes percentages as "64%", per language', () => {
    expect(formatFigure({ value: 64, unit: 'percent' }, 'en')).toBe('64%');
    expect(formatFigure({ value: 64, unit: 'percent' }, 'nl')).toBe('64%');
    expect(formatFigure({ value: 23.5, unit: 'percent' }, 'en')).toBe('23.5%');
    expect(formatFigure({ value: 23.5, unit: 'percent' }, 'nl')).toBe('23,5%');
    expect(formatFigure({ value: 96.4, unit: 'percent' }, 'nl')).toBe('96,4%');
    const q11 = card('002-Q11-anios').figures[0]!;
    expect(formatFigure(q11, 'en')).toBe(`${q11.value}%`);
  });

  it('writes mentions as "n mentions", never as a percentage', () => {
    expect(formatFigure({ value: 26, unit: 'mentions' }, 'en')).toBe('26 mentions');
    expect(formatFigure({ value: 26, unit: 'mentions' }, 'nl')).toBe('26 vermeldingen');
    expect(formatFigure({ value: 1, unit: 'mentions' }, 'en')).toBe('1 mention');
    expect(formatFigure({ value: 1, unit: 'mentions' }, 'nl')).toBe('1 vermelding');

    const mentionCards = evidenceCards.filter((c) => c.kind === 'mentions');
    expect(mentionCards.length).toBeGreaterThan(0);
    for (const c of mentionCards) {
      for (const figure of c.figures) {
        for (const language of ['en', 'nl'] as const) {
          const text = formatFigure(figure, language);
          expect(text, c.id).not.toContain('%');
          expect(text, c.id).toMatch(
            language === 'en' ? /^\d[\d,]* mentions?$/ : /^\d[\d.]* vermelding(en)?$/,
          );
        }
      }
    }
  });

  it('writes means, hours, counts, scores and euros with their unit', () => {
    expect(formatFigure({ value: 7.4, unit: 'mean' }, 'en')).toBe('mean 7.4');
    expect(formatFigure({ value: 7.4, unit: 'mean' }, 'nl')).toBe('gemiddeld 7,4');
    expect(formatFigure({ value: 39, unit: 'hours' }, 'en')).toBe('39 hours');
    expect(formatFigure({ value: 39, unit: 'hours' }, 'nl')).toBe('39 uur');
    expect(formatFigure({ value: 2197, unit: 'count' }, 'en')).toBe('2,197');
    expect(formatFigure({ value: 2197, unit: 'count' }, 'nl')).toBe('2.197');
    expect(formatFigure({ value: 8, unit: 'score' }, 'en')).toBe('score 8');
    expect(formatFigure({ value: 70000, unit: 'euro' }, 'en')).toBe('€70,000');
    expect(formatFigure({ value: 70000, unit: 'euro' }, 'nl')).toMatch(/^€\s?70\.000$/u);
  });

  it('formats every figure of the library; only percentages carry "%"', () => {
    for (const c of evidenceCards) {
      for (const figure of c.figures) {
        for (const language of ['en', 'nl'] as const) {
          const text = formatFigure(figure, language);
          expect(text.trim()).not.toBe('');
          expect(text.includes('%'), `${c.id} ${figure.unit}`).toBe(figure.unit === 'percent');
        }
      }
    }
  });

  it('writes N as "N = 269", or says it is not given', () => {
    expect(formatN(269, 'en')).toBe('N = 269');
    expect(formatN(2053, 'en')).toBe('N = 2,053');
    expect(formatN(2053, 'nl')).toBe('N = 2.053');
    expect(formatN(null, 'en')).toBe('N not given');
    expect(formatN(null, 'nl')).toBe('N niet vermeld');
    expect(formatN(card('002-X01-anios').n, 'en')).toBe('N not given');
  });
});

describe('short forms', () => {
  it('truncates at a word with an ellipsis, and leaves short text alone', () => {
    expect(truncate('Te veel administratie', 40)).toBe('Te veel administratie');
    const long = 'Te veel administratie en regeldruk op de afdeling, elke dag opnieuw';
    const cut = truncate(long, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('keeps the short form short, and does not stop at a survey question', () => {
    for (const c of evidenceCards) {
      for (const language of ['en', 'nl'] as const) {
        const short = shortStatement(c.statement[language], 64);
        expect(short.length, c.id).toBeLessThanOrEqual(64);
        expect(short.length, c.id).toBeGreaterThan(10);
      }
    }
    expect(shortStatement(card('002-Q11-anios').statement.en)).toBe(
      'What are you least satisfied with in your current work? Administrative burden…',
    );
    expect(shortStatement(card('001-A06').statement.en)).toBe(card('001-A06').statement.en);
    expect(
      shortStatement(
        'Coaching helpt anios verder. Dat zeggen de meeste respondenten in de enquête van 2023.',
      ),
    ).toBe('Coaching helpt anios verder');
  });
});

describe('links', () => {
  it('writes and reads the option values of "Link to…"', () => {
    expect(linkTargetValue({ kind: 'card', id: 'cabc12345678' })).toBe('card:cabc12345678');
    expect(linkTargetValue({ kind: 'solution', id: 'sabc12345678' })).toBe('solution:sabc12345678');
    expect(parseLinkTarget('card:cabc12345678')).toEqual({ kind: 'card', id: 'cabc12345678' });
    expect(parseLinkTarget('solution:sabc12345678')).toEqual({ kind: 'solution', id: 'sabc12345678' });
    expect(parseLinkTarget('')).toBeNull();
    expect(parseLinkTarget('card:')).toBeNull();
    expect(parseLinkTarget('lane:stressor')).toBeNull();
  });

  it('lists, per evidence id, the cards and then the solutions that link it', () => {
    const links = evidenceLinks(
      [
        { id: 'caaaaaaaa1', tags: { evidence: ['002-Q11-anios', '001-A06'] } },
        { id: 'cbbbbbbbb1', tags: { evidence: ['002-Q11-anios'] } },
      ],
      [
        { id: 'saaaaaaaa1', evidence: ['002-Q11-anios', 'not-in-library'] },
        { id: 'sbbbbbbbb1', evidence: [] },
      ],
    );
    expect(links.get('002-Q11-anios')).toEqual([
      { kind: 'card', id: 'caaaaaaaa1' },
      { kind: 'card', id: 'cbbbbbbbb1' },
      { kind: 'solution', id: 'saaaaaaaa1' },
    ]);
    expect(links.get('001-A06')).toEqual([{ kind: 'card', id: 'caaaaaaaa1' }]);
    expect(links.get('not-in-library')).toEqual([{ kind: 'solution', id: 'saaaaaaaa1' }]);
    expect(links.size).toBe(3);
  });
});

describe('messages', () => {
  it('has every evidence message in English and Dutch', () => {
    for (const [key, message] of Object.entries(evidenceMessages)) {
      expect(key.startsWith('evidence.'), key).toBe(true);
      expect(message.en.trim(), key).not.toBe('');
      expect(message.nl.trim(), key).not.toBe('');
    }
  });
});
