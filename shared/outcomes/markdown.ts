import type { Report, ReportBlock } from './report.ts';

/**
 * The report as GitHub-flavoured Markdown. Every text is escaped, so a card that says
 * `<script>` or `**bold**` or starts a line with "1." stays the words the group typed.
 */
export function renderMarkdown(report: Report): string {
  return `${report.blocks
    .map(renderBlock)
    .filter((part) => part !== '')
    .join('\n\n')}\n`;
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      return [`# ${inline(block.title)}`, `**${inline(block.subtitle)}**`, ...block.lines.map(inline)].join(
        '\n\n',
      );
    case 'heading':
      // The title is the only level-1 heading; report headings start one level lower.
      return `${'#'.repeat(block.level + 1)} ${inline(block.text)}`;
    case 'paragraph':
      return inline(block.text);
    case 'fields':
      return block.items.map((item) => `- **${inline(item.label)}:** ${inline(item.value)}`).join('\n');
    case 'table': {
      const row = (cells: string[]): string => `| ${cells.map((cell) => inline(cell) || ' ').join(' | ')} |`;
      const rule = `|${block.header.map((_, i) => (block.numeric?.[i] ? ' ---: ' : ' --- ')).join('|')}|`;
      return [row(block.header), rule, ...block.rows.map(row)].join('\n');
    }
    case 'list':
      return block.items.map((item) => `${'  '.repeat(item.depth)}- ${inline(item.text)}`).join('\n');
    case 'pageBreak':
      return '';
  }
}

/** One line of plain text, safe in a paragraph, a list item and a table cell. */
export function inline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]{}<>#|~!]/g, (char) => `\\${char}`)
    .replace(
      /^(\s*)([-+]|\d+[.)])(\s)/,
      (_match, space: string, marker: string, after: string) =>
        `${space}${marker.replace(/([-+.)])$/, '\\$1')}${after}`,
    )
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/&/g, '&amp;');
}
