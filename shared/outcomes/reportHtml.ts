import type { Report, ReportBlock } from './report.ts';

/**
 * The report as one self-contained HTML document for print (the PDF is Chromium printing
 * it): no external resources, no scripts, A4. It renders the same blocks as the Markdown
 * report, so the two never disagree.
 *
 * Every text is escaped: card text, titles and solution fields are user data, and a card
 * that says `<script>` must print as those characters. The document also carries a
 * Content-Security-Policy that allows nothing but its own inline style, as a second line.
 */
export function renderReportHtml(report: Report): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(report.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${reportCss}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...renderBlocks(report.blocks),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The page margins of the printed report; the PDF renderer uses the same, so its header and footer fit. */
export const reportPageMargins = { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' } as const;

/** Text as HTML character data or attribute value: `&`, `<`, `>` and both quotes become references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function renderBlocks(blocks: ReportBlock[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'pageBreak') {
      // The title page breaks after itself; a break right after it, after another break or
      // at the very end would print an empty page.
      const previous = blocks[i - 1]?.kind;
      const isLast = blocks.slice(i + 1).every((next) => next.kind === 'pageBreak');
      if (previous === undefined || previous === 'title' || previous === 'pageBreak' || isLast) continue;
    }
    out.push(renderBlock(block));
  }
  return out;
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      return [
        '<section class="title-page">',
        `<h1>${escapeHtml(block.title)}</h1>`,
        `<p class="subtitle">${escapeHtml(block.subtitle)}</p>`,
        ...block.lines.map((line) => `<p class="title-line">${escapeHtml(line)}</p>`),
        '</section>',
      ].join('\n');
    case 'heading': {
      // The title page holds the only <h1>; report headings start one level lower.
      const tag = `h${block.level + 1}`;
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'fields':
      return [
        '<dl class="fields">',
        ...block.items.map(
          (item) => `<div><dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd></div>`,
        ),
        '</dl>',
      ].join('\n');
    case 'table':
      return renderTable(block);
    case 'list':
      return renderList(block.items);
    case 'pageBreak':
      return '<div class="page-break" aria-hidden="true"></div>';
  }
}

function renderTable(block: Extract<ReportBlock, { kind: 'table' }>): string {
  const cls = (i: number): string => (block.numeric?.[i] ? ' class="num"' : '');
  const header = block.header.map((cell, i) => `<th scope="col"${cls(i)}>${escapeHtml(cell)}</th>`).join('');
  const rows = block.rows.map(
    (row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  return ['<table>', `<thead><tr>${header}</tr></thead>`, '<tbody>', ...rows, '</tbody>', '</table>'].join(
    '\n',
  );
}

/**
 * Flat items with a depth as nested lists: an item one level deeper than the one before it
 * opens a list inside that item. A jump of more than one level is treated as one level
 * (there is no parent item to hang the missing levels on).
 */
function renderList(items: { text: string; depth: number }[]): string {
  if (items.length === 0) return '';
  let html = '';
  let level = -1;
  for (const item of items) {
    const depth = Math.max(0, Math.min(Math.floor(item.depth) || 0, level + 1));
    if (depth > level) {
      html += depth === 0 ? '<ul>' : '<ul class="nested">';
      level = depth;
    } else {
      html += '</li>';
      for (; level > depth; level--) html += '</ul></li>';
    }
    html += `<li>${escapeHtml(item.text)}`;
  }
  html += '</li>';
  for (; level > 0; level--) html += '</ul></li>';
  return `${html}</ul>`;
}

const reportCss = `
@page { size: A4; margin: ${reportPageMargins.top} ${reportPageMargins.right} ${reportPageMargins.bottom} ${reportPageMargins.left}; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  color: #1a1a1a;
  background: #fff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", "Noto Sans", sans-serif;
  font-size: 10.5pt;
  line-height: 1.45;
  overflow-wrap: break-word;
}
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h2 { font-size: 17pt; margin: 0 0 8pt; padding-bottom: 3pt; border-bottom: 1.5pt solid #2b5d8a; color: #17344f; }
h3 { font-size: 13pt; margin: 14pt 0 6pt; color: #17344f; }
h4 { font-size: 11pt; margin: 10pt 0 4pt; }
p { margin: 0 0 6pt; white-space: pre-line; orphans: 3; widows: 3; }
.title-page {
  display: flex;
  flex-direction: column;
  justify-content: center;
  min-height: 235mm;
  padding: 0 8mm;
  break-after: page;
  page-break-after: always;
}
.title-page h1 { font-size: 30pt; margin: 0 0 10pt; color: #17344f; }
.title-page .subtitle { font-size: 16pt; margin: 0 0 24pt; color: #2b5d8a; }
.title-page .title-line { font-size: 10.5pt; margin: 0 0 6pt; color: #444; }
.page-break { break-after: page; page-break-after: always; height: 0; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
dl.fields > div { display: contents; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; white-space: pre-line; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #8a8a8a; padding: 3pt 5pt; text-align: left; vertical-align: top; white-space: pre-line; }
th { background: #e8eef4; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
ul { margin: 0 0 8pt; padding-left: 16pt; }
ul.nested { margin: 1pt 0 0; }
li { margin: 0 0 2pt; white-space: pre-line; }
`;
