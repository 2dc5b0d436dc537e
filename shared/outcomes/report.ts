import { summarizeCosts } from '../board/costs.ts';
import { evidenceCards } from '../domain/evidence.ts';
import type { EvidenceCard, Label } from '../domain/types.ts';
import type { EventExport, ExportCard, ExportGroup, ExportNode } from './eventExport.ts';
import { matrixCell, type Synthesis } from './synthesis.ts';
import { reportText, type ReportLanguage } from './reportText.ts';

/**
 * The research report as blocks: per group its analysis, then its solution(s) — the
 * pattern of the thesis's results chapter — then the synthesis across groups. Markdown and
 * the PDF's HTML render these same blocks, so the two reports never disagree.
 *
 * Reports carry no names (cards are quoted without their author): they are meant to be
 * passed on. Names, when wanted, are in the CSV and JSON.
 */
export type ReportBlock =
  | { kind: 'title'; title: string; subtitle: string; lines: string[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; items: { label: string; value: string }[] }
  | { kind: 'table'; header: string[]; rows: string[][]; numeric?: boolean[] }
  | { kind: 'list'; items: { text: string; depth: number }[] }
  | { kind: 'pageBreak' };

export interface Report {
  language: ReportLanguage;
  title: string;
  blocks: ReportBlock[];
}

const evidenceById = new Map<string, EvidenceCard>(evidenceCards.map((card) => [card.id, card]));

export function buildReport(data: EventExport, synthesis: Synthesis, language: ReportLanguage): Report {
  const text = reportText[language];
  const nodes = new Map(data.taxonomy.nodes.map((node) => [node.id, node]));
  const label = (id: string | null): string => {
    if (id === null) return '—';
    const found: Label | undefined = nodes.get(id)?.label ?? synthesis.labels[id];
    return found ? found[language] : id;
  };
  const labels = (ids: string[]): string => (ids.length === 0 ? '—' : ids.map(label).join(', '));
  const codePath = (id: string | null): string => {
    if (id === null) return '—';
    const path: ExportNode[] = [];
    for (let node = nodes.get(id); node && path.length < 10; node = nodes.get(node.parentId ?? '')) {
      path.unshift(node);
    }
    return path.length === 0 ? id : path.map((node) => node.label[language]).join(' › ');
  };
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  const euro = (value: number): string => `€ ${number.format(value)}`;
  const date = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  const scopeGroup = data.groupId ? data.groups.find((group) => group.groupId === data.groupId) : undefined;
  const dots = new Map<string, number>();
  for (const vote of data.votes) {
    const key = `${vote.groupId}/${vote.solutionId}`;
    dots.set(key, (dots.get(key) ?? 0) + vote.dots);
  }

  const blocks: ReportBlock[] = [
    {
      kind: 'title',
      title: data.event.title,
      subtitle: scopeGroup ? text.groupReport(scopeGroup.name) : text.eventReport,
      lines: [
        text.exportedAt(date.format(new Date(data.exportedAtMs))),
        text.totals(synthesis.totals),
        text.mentionsNote,
        ...(data.event.closedAtMs === null ? [text.stillRunning] : []),
      ],
    },
    { kind: 'pageBreak' },
  ];
  if (data.event.brief.trim()) {
    blocks.push({ kind: 'heading', level: 1, text: text.brief });
    for (const paragraph of data.event.brief.split(/(?:\r?\n){2,}/)) {
      if (paragraph.trim()) blocks.push({ kind: 'paragraph', text: paragraph.trim() });
    }
    blocks.push({ kind: 'pageBreak' });
  }

  const cardRows = (cards: ExportCard[]): string[][] =>
    cards.map((card) => [
      card.text,
      codePath(card.tags.code),
      label(card.tags.need),
      label(card.tags.context),
      labels(card.tags.phases),
    ]);
  const groupBlocks = (group: ExportGroup): ReportBlock[] => {
    const out: ReportBlock[] = [{ kind: 'heading', level: 1, text: group.name }];
    out.push({ kind: 'heading', level: 2, text: text.analysis });
    for (const polarity of ['stressor', 'energy'] as const) {
      const cards = group.cards.filter((card) => card.polarity === polarity);
      if (cards.length === 0) continue;
      out.push({ kind: 'heading', level: 3, text: `${text.polarity[polarity]} (n = ${cards.length})` });
      out.push({ kind: 'table', header: text.cardHeader, rows: cardRows(cards) });
    }
    if (group.cards.length === 0) out.push({ kind: 'paragraph', text: text.noCards });
    if (group.solutions.length === 0) {
      out.push({ kind: 'heading', level: 2, text: text.solution('') });
      out.push({ kind: 'paragraph', text: text.noSolutions });
    }
    const cardText = new Map(group.cards.map((card) => [card.id, card.text]));
    for (const solution of group.solutions) {
      out.push({ kind: 'heading', level: 2, text: text.solution(solution.title.trim() || text.untitled) });
      const costs = summarizeCosts(solution.costs, solution.costPeople);
      out.push({
        kind: 'fields',
        items: [
          { label: text.fields.careerPhases, value: labels(solution.careerPhases) },
          { label: text.fields.levels, value: labels(solution.levels) },
          { label: text.fields.domain, value: label(solution.domain) },
          { label: text.fields.actors, value: labels(solution.actors) },
          {
            label: text.fields.stressors,
            value:
              [
                ...solution.stressorCards.map((id) => cardText.get(id)).filter((t) => t !== undefined),
                ...solution.stressorCodes.map(codePath),
              ].join('; ') || '—',
          },
          { label: text.fields.status, value: text.status[solution.status] ?? solution.status },
          { label: text.fields.votes, value: String(dots.get(`${group.groupId}/${solution.id}`) ?? 0) },
        ],
      });
      for (const [field, value] of [
        [text.fields.what, solution.what],
        [text.fields.how, solution.how],
        [text.fields.risks, solution.risks],
      ] as const) {
        if (!value.trim()) continue;
        out.push({ kind: 'heading', level: 3, text: field });
        for (const paragraph of value.split(/\n+/)) {
          if (paragraph.trim()) out.push({ kind: 'paragraph', text: paragraph.trim() });
        }
      }
      if (solution.costs.length > 0) {
        out.push({ kind: 'heading', level: 3, text: text.fields.costs });
        out.push({
          kind: 'table',
          header: text.costHeader,
          numeric: [false, true, true, true],
          rows: [
            ...solution.costs.map((row) => [
              row.item,
              row.quantity === null ? '—' : number.format(row.quantity),
              row.unitCost === null ? '—' : euro(row.unitCost),
              row.quantity === null || row.unitCost === null ? '—' : euro(row.quantity * row.unitCost),
            ]),
            [text.total(solution.costPeriod), '', '', euro(costs.total)],
            ...(costs.perPerson !== null && solution.costPeople !== null
              ? [[text.perPerson(number.format(solution.costPeople)), '', '', euro(costs.perPerson)]]
              : []),
          ],
        });
      }
      if (solution.evidence.length > 0) {
        out.push({ kind: 'heading', level: 3, text: text.fields.evidence });
        out.push({
          kind: 'list',
          items: solution.evidence.map((id) => ({ text: citation(id, language), depth: 0 })),
        });
      }
    }
    return out;
  };
  for (const group of data.groups) blocks.push(...groupBlocks(group), { kind: 'pageBreak' });

  if (!scopeGroup) blocks.push(...synthesisBlocks(synthesis, language, label));
  while (blocks.at(-1)?.kind === 'pageBreak') blocks.pop();
  return { language, title: data.event.title, blocks };
}

function synthesisBlocks(
  synthesis: Synthesis,
  language: ReportLanguage,
  label: (id: string) => string,
): ReportBlock[] {
  const text = reportText[language];
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: text.synthesis }];

  blocks.push({ kind: 'heading', level: 2, text: text.matrix });
  blocks.push({ kind: 'paragraph', text: text.matrixNote });
  const numberOf = new Map<string, number>();
  synthesis.interventions.forEach((item, i) => numberOf.set(`${item.groupId}/${item.solutionId}`, i + 1));
  blocks.push({
    kind: 'table',
    header: [text.levelTheme, ...synthesis.levels.map(label)],
    rows: synthesis.themes.map((themeId) => [
      label(themeId),
      ...synthesis.levels.map((levelId) => {
        const cell = matrixCell(synthesis, levelId, themeId);
        return cell.solutions.length === 0
          ? '—'
          : cell.solutions
              .map((ref) => `#${numberOf.get(`${ref.groupId}/${ref.solutionId}`) ?? '?'}`)
              .join(' ');
      }),
    ]),
  });

  blocks.push({ kind: 'heading', level: 2, text: text.interventions });
  blocks.push({
    kind: 'table',
    header: text.interventionHeader,
    rows: synthesis.interventions.map((item, i) => [
      `#${i + 1}`,
      item.title || text.untitled,
      item.groupName,
      item.levels.length > 0 ? item.levels.map(label).join(', ') : label('level:unassigned'),
      item.actors.map(label).join(', ') || '—',
      item.targetCodes.map(label).join(', ') || item.targetCards.join('; ') || '—',
    ]),
  });

  blocks.push({ kind: 'heading', level: 2, text: text.grid });
  blocks.push({ kind: 'paragraph', text: text.gridNote });
  for (const grid of synthesis.grids) {
    const total = grid.cells.reduce((sum, cell) => sum + cell.stressors + cell.energySources, 0);
    if (grid.phase !== null && total === 0) continue;
    blocks.push({
      kind: 'heading',
      level: 3,
      text: grid.phase === null ? text.overall : `${text.phase}: ${label(grid.phase)}`,
    });
    blocks.push({
      kind: 'table',
      header: [text.needContext, ...synthesis.contexts.map(label)],
      rows: synthesis.needs.map((need) => [
        label(need),
        ...synthesis.contexts.map((context) => {
          const cell = grid.cells.find((c) => c.need === need && c.context === context);
          return cell ? `${cell.stressors} / ${cell.energySources}` : '0 / 0';
        }),
      ]),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: text.counts });
  blocks.push({ kind: 'paragraph', text: text.mentionsNote });
  for (const axis of ['stressorCode', 'energyCode'] as const) {
    const counted = synthesis.codeCounts.filter((count) => count.axis === axis && count.mentions > 0);
    blocks.push({ kind: 'heading', level: 3, text: text.axis[axis] });
    if (counted.length === 0) {
      blocks.push({ kind: 'paragraph', text: text.noMentions });
      continue;
    }
    blocks.push({
      kind: 'list',
      items: counted.map((count) => ({
        text: text.countLine(
          label(count.id),
          count.mentions,
          count.groups,
          axis === 'stressorCode' ? count.solutions : null,
        ),
        depth: count.depth,
      })),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: text.evidence });
  if (synthesis.evidence.length === 0) blocks.push({ kind: 'paragraph', text: text.noEvidence });
  else
    blocks.push({
      kind: 'list',
      items: synthesis.evidence.map((use) => ({
        text: `${citation(use.evidenceId, language)} — ${text.evidenceUse(use.cards, use.solutions, use.groupIds.length)}`,
        depth: 0,
      })),
    });
  return blocks;
}

/** An evidence card as a citation: statement, figure, population and N, source. */
export function citation(evidenceId: string, language: ReportLanguage): string {
  const card = evidenceById.get(evidenceId);
  if (!card) return evidenceId;
  const figures = card.figures
    .map((figure) => {
      const unit =
        figure.unit === 'percent'
          ? '%'
          : figure.unit === 'mentions'
            ? ` ${reportText[language].mentions}`
            : '';
      return `${figure.label[language]}: ${figure.value}${unit}`;
    })
    .join('; ');
  const n = card.n === null ? '' : `, N = ${card.n}`;
  const flags = card.flags && card.flags.length > 0 ? ` (${card.flags.join(', ')})` : '';
  return `${card.statement[language]}${figures ? ` (${figures})` : ''} — ${card.population[language]}${n}. ${card.source.title}, ${card.source.location} [${card.id}]${flags}`;
}
