import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/outcomes/report.ts';
import { escapeHtml, renderReportHtml } from '../../shared/outcomes/reportHtml.ts';

const hostile = `<script>alert(1)</script> & "x" 'y'`;

function sampleReport(): Report {
  return {
    language: 'nl',
    title: `Hackathon <b>"Vonk"</b> & co`,
    blocks: [
      {
        kind: 'title',
        title: `Hackathon <b>"Vonk"</b> & co`,
        subtitle: 'Opbrengsten van alle groepen',
        lines: ['Regel 1', hostile],
      },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: 'Groep <1>' },
      { kind: 'heading', level: 2, text: 'Knelpuntenanalyse' },
      { kind: 'heading', level: 3, text: 'Stressoren (n = 1)' },
      { kind: 'table', header: ['Kaart', 'Code'], rows: [[hostile, 'Werkdruk › Roosters']] },
      { kind: 'fields', items: [{ label: 'Status <i>', value: hostile }] },
      {
        kind: 'table',
        header: ['Post', 'Aantal', 'Prijs per stuk', 'Totaal'],
        numeric: [false, true, true, true],
        rows: [['Koffie', '2', '€ 3', '€ 6']],
      },
      { kind: 'paragraph', text: hostile },
      { kind: 'pageBreak' },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: 'Synthese over alle groepen' },
      {
        kind: 'list',
        items: [
          { text: 'Werkdruk: n = 3', depth: 0 },
          { text: 'Roosters: n = 2', depth: 1 },
          { text: 'Diensten: n = 1', depth: 2 },
          { text: 'Autonomie: n = 1', depth: 0 },
          { text: `Te diep ${hostile}`, depth: 5 },
        ],
      },
      { kind: 'pageBreak' },
    ],
  };
}

describe('the HTML report', () => {
  it('escapes every text, so user data prints as the characters typed', () => {
    expect(escapeHtml(hostile)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;');
    const html = renderReportHtml(sampleReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).not.toContain('Groep <1>');
    expect(html).toContain('Groep &lt;1&gt;');
    expect(html).toContain('<title>Hackathon &lt;b&gt;&quot;Vonk&quot;&lt;/b&gt; &amp; co</title>');
    // In the title page, a heading, a table cell, a field, a paragraph and a list item.
    expect(html.split(escapeHtml(hostile)).length - 1).toBe(5);
    // No bare ampersand: every & starts a character reference.
    expect(html).not.toMatch(/&(?![a-z]+;|#\d+;)/);
  });

  it('is one self-contained document: lang, charset, no external resources, no scripts', () => {
    const html = renderReportHtml(sampleReport());
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toMatch(/<\/html>\n$/);
    expect(renderReportHtml({ ...sampleReport(), language: 'en' })).toContain('<html lang="en">');
  });

  it('has a title page, page breaks without empty pages, and print styles', () => {
    const html = renderReportHtml(sampleReport());
    expect(html).toMatch(
      /<section class="title-page">\n<h1>Hackathon &lt;b&gt;&quot;Vonk&quot;&lt;\/b&gt; &amp; co<\/h1>\n<p class="subtitle">Opbrengsten van alle groepen<\/p>\n<p class="title-line">Regel 1<\/p>/,
    );
    expect(html.match(/<h1>/g)).toHaveLength(1);
    // The break after the title page is the title page's own; two breaks in a row print
    // one; a break at the end prints none.
    expect(html.match(/class="page-break"/g)).toHaveLength(1);
    expect(html).toMatch(/<p>[^<]*<\/p>\n<div class="page-break" aria-hidden="true"><\/div>\n<h2>Synthese/);
    expect(html).toMatch(/\.title-page \{[^}]*break-after: page/);
    expect(html).toMatch(/\.page-break \{[^}]*break-after: page/);
    expect(html).toMatch(/h1, h2, h3, h4 \{[^}]*break-after: avoid/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/@page \{ size: A4;/);
    // Report headings start one level below the title.
    expect(html).toContain(
      '<h2>Groep &lt;1&gt;</h2>\n<h3>Knelpuntenanalyse</h3>\n<h4>Stressoren (n = 1)</h4>',
    );
  });

  it('writes tables with column headers, repeated on every page, and right-aligned numbers', () => {
    const html = renderReportHtml(sampleReport());
    expect(html).toContain('<thead><tr><th scope="col">Kaart</th><th scope="col">Code</th></tr></thead>');
    expect(html).toContain(
      '<thead><tr><th scope="col">Post</th><th scope="col" class="num">Aantal</th><th scope="col" class="num">Prijs per stuk</th><th scope="col" class="num">Totaal</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr><td>Koffie</td><td class="num">2</td><td class="num">€ 3</td><td class="num">€ 6</td></tr>',
    );
    expect(html).toMatch(/\.num \{[^}]*text-align: right/);
    expect(html).toContain('<dl class="fields">\n<div><dt>Status &lt;i&gt;</dt>');
  });

  it('nests lists by depth, with a jump of several levels as one', () => {
    const html = renderReportHtml(sampleReport());
    expect(html).toContain(
      '<ul><li>Werkdruk: n = 3<ul class="nested"><li>Roosters: n = 2<ul class="nested"><li>Diensten: n = 1</li></ul></li></ul></li>' +
        `<li>Autonomie: n = 1<ul class="nested"><li>Te diep ${escapeHtml(hostile)}</li></ul></li></ul>`,
    );
    const empty = renderReportHtml({ language: 'en', title: 't', blocks: [{ kind: 'list', items: [] }] });
    expect(empty).not.toContain('<ul>');
  });
});
