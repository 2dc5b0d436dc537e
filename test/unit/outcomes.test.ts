import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../shared/outcomes/csv.ts';
import type { EventExport } from '../../shared/outcomes/eventExport.ts';
import { hackathonFixture } from '../../shared/outcomes/fixture/hackathon.ts';
import { inline, renderMarkdown } from '../../shared/outcomes/markdown.ts';
import { buildReport } from '../../shared/outcomes/report.ts';
import {
  computeSynthesis,
  matrixCell,
  noThemeId,
  unassignedLevelId,
} from '../../shared/outcomes/synthesis.ts';
import { validateEventExport } from '../../shared/outcomes/validateExport.ts';

const goldenDir = path.join(import.meta.dirname, '..', 'golden');

/**
 * Golden files: the exact CSV and Markdown of the demo hackathon. A change in any export
 * shows up as a diff here; after checking it, refresh with `UPDATE_GOLDEN=1 npm run test:unit`.
 */
function expectGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('golden exports of the demo hackathon', () => {
  const data = hackathonFixture();
  const synthesis = computeSynthesis(data);

  it('CSV (nl)', () => expectGolden('hackathon.nl.csv', renderCsv(data, { language: 'nl', delimiter: ',' })));
  it('CSV (en, semicolons)', () =>
    expectGolden('hackathon.en.semicolon.csv', renderCsv(data, { language: 'en', delimiter: ';' })));
  it('Markdown (nl)', () =>
    expectGolden('hackathon.nl.md', renderMarkdown(buildReport(data, synthesis, 'nl'))));
  it('Markdown (en)', () =>
    expectGolden('hackathon.en.md', renderMarkdown(buildReport(data, synthesis, 'en'))));

  it('the report follows the thesis: per group analysis then solution, then the synthesis', () => {
    const md = renderMarkdown(buildReport(data, synthesis, 'nl'));
    let last = -1;
    for (const group of data.groups) {
      const at = md.indexOf(`## ${inline(group.name)}`);
      expect(at, group.name).toBeGreaterThan(last);
      const analysis = md.indexOf('### Knelpuntenanalyse', at);
      const solution = md.indexOf('### Oplossing', at);
      expect(analysis).toBeGreaterThan(at);
      expect(solution).toBeGreaterThan(analysis);
      last = solution;
    }
    expect(md.indexOf('## Synthese over alle groepen')).toBeGreaterThan(last);
    expect(md).toContain('vermeldingen (kaarten), geen personen');
  });
});

describe('CSV cells', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+31 6 1234', `"'+31 6 1234"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
    ['gewoon "tekst"', `"gewoon ""tekst"""`],
    ['a = b', `"a = b"`],
    ['', `""`],
  ])('%j → %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('a formula in any text field of a card or solution is neutralized', () => {
    const data = hackathonFixture();
    data.groups[0]!.cards[0]!.text = '=cmd|" /C calc"!A0';
    data.groups[0]!.solutions[0]!.title = '@HYPERLINK("x")';
    data.groups[0]!.solutions[0]!.what = '+1';
    data.groups[0]!.name = '-groep';
    const csv = renderCsv(data, { language: 'nl', delimiter: ',' });
    const cells = [...csv.slice(1).matchAll(/"((?:[^"]|"")*)"/g)].map((match) =>
      match[1]!.replace(/""/g, '"'),
    );
    expect(cells).toContain(`'=cmd|" /C calc"!A0`);
    expect(cells).toContain("'-groep");
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Markdown text', () => {
  it('keeps card text as text', () => {
    expect(inline('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(inline('**vet** [link](http://x) | pipe')).toBe('\\*\\*vet\\*\\* \\[link\\](http://x) \\| pipe');
    expect(inline('1. geen lijst')).toBe('1\\. geen lijst');
    expect(inline('- geen lijst')).toBe('\\- geen lijst');
    expect(inline('regel\nnog een')).toBe('regel nog een');
  });
});

describe('synthesis', () => {
  it('places each solution by level × theme, and shows unassigned and untagged ones', () => {
    const data = hackathonFixture();
    const solution = data.groups[0]!.solutions[0]!;
    solution.levels = [];
    solution.stressorCards = [];
    solution.stressorCodes = [];
    const synthesis = computeSynthesis(data);
    const cell = matrixCell(synthesis, unassignedLevelId, noThemeId);
    expect(cell.solutions.map((s) => s.solutionId)).toEqual([solution.id]);
    expect(synthesis.levels.at(-1)).toBe(unassignedLevelId);
    expect(synthesis.themes.at(-1)).toBe(noThemeId);
    expect(synthesis.labels[unassignedLevelId]?.en).toBe('Not yet assigned');
    expect(synthesis.interventions).toHaveLength(6);
  });

  it('counts mentions up the code tree and per group', () => {
    const data = hackathonFixture();
    const synthesis = computeSynthesis(data);
    const themes = synthesis.codeCounts.filter((c) => c.axis === 'stressorCode' && c.depth === 0);
    const coded = data.groups.flatMap((g) => g.cards).filter((c) => c.polarity === 'stressor' && c.tags.code);
    expect(themes.reduce((sum, theme) => sum + theme.mentions, 0)).toBe(coded.length);
    for (const count of synthesis.codeCounts) {
      const children = synthesis.codeCounts.filter((c) => c.parentId === count.id);
      expect(count.mentions).toBe(count.direct + children.reduce((sum, c) => sum + c.mentions, 0));
    }
  });
});

describe('import validation', () => {
  it('accepts the fixture and rebuilds it as fresh objects', () => {
    const result = validateEventExport(JSON.parse(JSON.stringify(hackathonFixture())));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data).toEqual(hackathonFixture());
  });

  it('reports each problem with its path', () => {
    const data = JSON.parse(JSON.stringify(hackathonFixture())) as Record<string, unknown> & EventExport;
    (data.groups[0]!.cards[0] as unknown as Record<string, unknown>).id = '../../etc/passwd';
    (data.groups[1]!.solutions[0] as unknown as Record<string, unknown>).status = 'done';
    (data.taxonomy.nodes[0] as unknown as Record<string, unknown>).axis = '__proto__';
    data.votes.push({ participant: 'p999', groupId: 'gnothere', solutionId: 'sxxxxxxxxx', dots: 1 });
    const result = validateEventExport(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toContain('groups[0].cards[0].id is not a valid id');
    expect(result.errors.join('\n')).toContain(
      'groups[1].solutions[0].status must be one of: idea, pilot, implemented',
    );
    expect(result.errors.join('\n')).toContain('taxonomy.nodes[0].axis');
    expect(result.errors.join('\n')).toContain('is not a participant key');
  });

  it('never lets __proto__ reach a prototype', () => {
    const raw = JSON.parse(
      JSON.stringify(hackathonFixture()).replace('"tags":{', '"tags":{"__proto__":{"polluted":true},'),
    );
    const result = validateEventExport(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok)
      expect(Object.getPrototypeOf(result.data.groups[0]!.cards[0]!.tags)).toBe(Object.prototype);
  });

  it('refuses what is not an export, or a newer schema', () => {
    expect(validateEventExport([])).toEqual({ ok: false, errors: ['the file is not a JSON object'] });
    const newer = { ...hackathonFixture(), schemaVersion: 2 };
    const result = validateEventExport(newer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('newer than this server');
  });
});
