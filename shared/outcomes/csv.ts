import { summarizeCosts } from '../board/costs.ts';
import type { EventExport, ExportNode } from './eventExport.ts';
import { anonymousName } from './eventExport.ts';
import type { ReportLanguage } from './reportText.ts';

/**
 * The raw outcomes as one spreadsheet: a row per card and a row per solution, with every
 * tag as a label (and the code's id, for analysis scripts). UTF-8 with a byte-order mark so
 * Excel reads "geëxporteerd", CRLF line ends, every cell quoted.
 */
export const csvColumns = [
  'type',
  'group',
  'group_id',
  'id',
  'polarity',
  'text',
  'code_id',
  'code',
  'theme',
  'need',
  'context',
  'career_phases',
  'levels',
  'domain',
  'actors',
  'stressors_addressed',
  'what',
  'how',
  'risks',
  'costs_total',
  'costs_per_person',
  'costs_period',
  'status',
  'votes',
  'evidence',
  'created_at',
  'author',
] as const;
type Column = (typeof csvColumns)[number];

export const byteOrderMark = '\uFEFF';

export interface CsvOptions {
  language: ReportLanguage;
  delimiter: ',' | ';';
}

export function renderCsv(data: EventExport, options: CsvOptions): string {
  const nodes = new Map(data.taxonomy.nodes.map((node) => [node.id, node]));
  const label = (id: string | null): string =>
    id === null ? '' : (nodes.get(id)?.label[options.language] ?? id);
  const labels = (ids: string[]): string => ids.map(label).join('; ');
  const path = (id: string | null): ExportNode[] => {
    const out: ExportNode[] = [];
    for (let node = nodes.get(id ?? ''); node && out.length < 10; node = nodes.get(node.parentId ?? ''))
      out.unshift(node);
    return out;
  };
  const author = (name: string | null): string => (data.anonymous || name === null ? anonymousName : name);
  const when = (ms: number): string => new Date(ms).toISOString();
  const dots = new Map<string, number>();
  for (const vote of data.votes) {
    const key = `${vote.groupId}/${vote.solutionId}`;
    dots.set(key, (dots.get(key) ?? 0) + vote.dots);
  }

  const rows: Partial<Record<Column, string>>[] = [];
  for (const group of data.groups) {
    const cardText = new Map(group.cards.map((card) => [card.id, card.text]));
    for (const card of group.cards) {
      const codePath = path(card.tags.code);
      rows.push({
        type: 'card',
        group: group.name,
        group_id: group.groupId,
        id: card.id,
        polarity: card.polarity,
        text: card.text,
        code_id: card.tags.code ?? '',
        code: codePath.map((node) => node.label[options.language]).join(' › '),
        theme: codePath[0]?.label[options.language] ?? '',
        need: label(card.tags.need),
        context: label(card.tags.context),
        career_phases: labels(card.tags.phases),
        evidence: card.tags.evidence.join('; '),
        created_at: when(card.createdAt),
        author: author(card.authorName),
      });
    }
    for (const solution of group.solutions) {
      const costs = summarizeCosts(solution.costs, solution.costPeople);
      rows.push({
        type: 'solution',
        group: group.name,
        group_id: group.groupId,
        id: solution.id,
        text: solution.title,
        career_phases: labels(solution.careerPhases),
        levels: labels(solution.levels),
        domain: label(solution.domain),
        actors: labels(solution.actors),
        stressors_addressed: [
          ...solution.stressorCards.map((id) => cardText.get(id) ?? id),
          ...solution.stressorCodes.map(label),
        ].join('; '),
        what: solution.what,
        how: solution.how,
        risks: solution.risks,
        costs_total: solution.costs.length > 0 ? String(costs.total) : '',
        costs_per_person: costs.perPerson === null ? '' : String(Math.round(costs.perPerson * 100) / 100),
        costs_period: solution.costs.length > 0 ? solution.costPeriod : '',
        status: solution.status,
        votes: String(dots.get(`${group.groupId}/${solution.id}`) ?? 0),
        evidence: solution.evidence.join('; '),
        created_at: when(solution.createdAt),
        // Solutions are written by the whole group.
        author: '',
      });
    }
  }
  const line = (cells: string[]): string => cells.map(csvCell).join(options.delimiter);
  return (
    byteOrderMark +
    [line([...csvColumns]), ...rows.map((row) => line(csvColumns.map((column) => row[column] ?? '')))].join(
      '\r\n',
    ) +
    '\r\n'
  );
}

/**
 * A quoted cell. A cell that a spreadsheet would read as a formula (starting with = + - @,
 * a tab or a carriage return) gets a leading apostrophe, so "=HYPERLINK(…)" on a card
 * stays text when the organizer opens the file.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
