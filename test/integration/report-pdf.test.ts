import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  maxPendingJobs,
  PdfBusyError,
  pdfJobsPending,
  PdfTimeoutError,
  PdfUnavailableError,
  renderPdf,
} from '../../server/outcomes/pdf.ts';
import type { EventExport } from '../../shared/outcomes/eventExport.ts';
import { hackathonFixture } from '../../shared/outcomes/fixture/hackathon.ts';
import { buildReport, type Report } from '../../shared/outcomes/report.ts';
import { renderReportHtml } from '../../shared/outcomes/reportHtml.ts';
import { reportText } from '../../shared/outcomes/reportText.ts';
import { computeSynthesis } from '../../shared/outcomes/synthesis.ts';

/** The PDF report: the fixture event, printed by Debian's Chromium, read back with poppler. */
const hostile = '<script>alert(1)</script> & "x"';

let dir: string;

function poppler(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** pdftotext's words with every run of whitespace (line ends, columns) as one space. */
function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return poppler('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'])
    .replace(/\s+/g, ' ')
    .trim();
}

function reportOf(data: EventExport): Report {
  return buildReport(data, computeSynthesis(data), 'nl');
}

async function printToFile(report: Report, name: string): Promise<string> {
  const pdf = await renderPdf(renderReportHtml(report), { language: report.language, title: report.title });
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

/** Chromium processes started by this test process (the browser itself is our direct child). */
function chromiumChildren(): number {
  try {
    // Not zombies (state Z): a browser that has exited but is not reaped yet is not running.
    return execFileSync('ps', ['-o', 'stat=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /chrom/i.test(line) && !line.trim().startsWith('Z')).length;
  } catch {
    return 0; // ps exits 1 when there is no child at all
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vonk-report-pdf-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the PDF report of the fixture event', () => {
  let data: EventExport;
  let report: Report;
  let file: string;
  let pages: number;

  beforeAll(async () => {
    data = hackathonFixture();
    report = reportOf(data);
    file = await printToFile(report, 'event.pdf');
    const info = poppler('pdfinfo', [file]);
    pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  }, 90_000);

  it('is a valid A4 PDF of several pages, titled like the event', () => {
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^JavaScript:\s+no$/m);
    expect(pages).toBeGreaterThan(3);
    const title = /^Title:\s+(.*)$/m.exec(info)?.[1];
    expect(title).toBe(data.event.title);
  });

  it('has a title page with the title, and "Pagina i van N" on every page', () => {
    const first = pdfText(file, 1);
    // The running header has the title too; on the title page it is followed by the subtitle.
    expect(first).toContain(`${data.event.title.replace(/\s+/g, ' ')} ${reportText.nl.eventReport}`);
    // The title page holds nothing of the report itself.
    expect(first).not.toContain(reportText.nl.analysis);
    for (let page = 1; page <= pages; page++) {
      expect(pdfText(file, page)).toContain(`Pagina ${page} van ${pages}`);
    }
  });

  it('prints the footer legibly, centred at the bottom of the page', () => {
    const words = poppler('pdftotext', ['-bbox', '-f', '2', '-l', '2', file, '-']);
    const box = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">Pagina<\/word>/.exec(
      words,
    );
    expect(box).not.toBeNull();
    const [xMin, yMin, xMax, yMax] = box!.slice(1).map(Number) as [number, number, number, number];
    expect(yMax - yMin).toBeGreaterThan(5); // about 8 pt, not a sub-point smudge
    expect(yMin).toBeGreaterThan(780);
    expect(xMin).toBeGreaterThan(200);
    expect(xMax).toBeLessThan(400);
  });

  it('has every group, its analysis and solutions, and the synthesis', () => {
    const text = pdfText(file);
    expect(data.groups.length).toBeGreaterThan(1);
    for (const group of data.groups) expect(text).toContain(group.name.replace(/\s+/g, ' '));
    expect(text).toContain(reportText.nl.analysis);
    expect(text).toContain(reportText.nl.synthesis);
    expect(text).toContain(reportText.nl.matrix);
    expect(text).toContain(reportText.nl.grid);
    // Group by group, then the synthesis last.
    const positions = data.groups.map((group) => text.indexOf(group.name.replace(/\s+/g, ' ')));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text.lastIndexOf(reportText.nl.synthesis)).toBeGreaterThan(Math.max(...positions));
  });

  it('renders to an image (pdftoppm)', () => {
    poppler('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const png = readFileSync(path.join(dir, `page-${String(1).padStart(String(pages).length, '0')}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(500);
  });
});

describe('card text in the PDF report', () => {
  it('prints <script>, & and quotes as the characters typed', async () => {
    const data = structuredClone(hackathonFixture());
    const group = data.groups.find((g) => g.cards.length > 0)!;
    group.cards[0]!.text = hostile;
    data.event.title = `Vonk ${hostile}`;
    const report = reportOf(data);
    const html = renderReportHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');

    const file = await printToFile(report, 'hostile.pdf');
    expect(pdfText(file)).toContain(hostile);
    // The title in the running header is escaped as well.
    expect(pdfText(file, 2)).toContain(`Vonk ${hostile}`);
  }, 60_000);
});

describe('the PDF queue', () => {
  const small: Report = {
    language: 'en',
    title: 'Queue',
    blocks: [{ kind: 'paragraph', text: 'One page.' }],
  };
  const html = renderReportHtml(small);

  it('runs one Chromium at a time, refuses a full queue, and always closes the browser', async () => {
    let most = 0;
    const sampler = setInterval(() => {
      most = Math.max(most, chromiumChildren());
    }, 50);
    try {
      const jobs: Promise<Buffer>[] = [];
      for (let i = 0; i < 3; i++) jobs.push(renderPdf(html, { language: 'en', title: 'Queue' }));
      for (let i = 3; i < maxPendingJobs; i++) {
        jobs.push(renderPdf(html, { language: 'en', title: 'Queue', timeoutMs: 1 }));
      }
      expect(pdfJobsPending()).toBe(maxPendingJobs);
      await expect(renderPdf(html, { language: 'en', title: 'Queue' })).rejects.toBeInstanceOf(PdfBusyError);
      // Sampled while the real jobs run. A launch that times out leaves Playwright killing its
      // process in the background, so the next launch may briefly overlap a dying one.
      await Promise.allSettled(jobs.slice(0, 3));
      clearInterval(sampler);
      const results = await Promise.allSettled(jobs);
      for (const result of results.slice(0, 3)) {
        expect(result.status).toBe('fulfilled');
        if (result.status === 'fulfilled')
          expect(result.value.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
      for (const result of results.slice(3)) {
        expect(result.status).toBe('rejected');
        if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(PdfTimeoutError);
      }
      await expect.poll(() => pdfJobsPending()).toBe(0);
    } finally {
      clearInterval(sampler);
    }
    // Seen while the real jobs ran (so the sampling works), and never two at once.
    expect(most).toBe(1);
    await expect.poll(() => chromiumChildren(), { timeout: 5_000 }).toBe(0);
  }, 90_000);

  it('says what to do when Chromium is missing or does not start, and recovers', async () => {
    const saved = process.env.VONK_CHROMIUM;
    try {
      for (const executable of [path.join(dir, 'no-chromium-here'), '/bin/false']) {
        process.env.VONK_CHROMIUM = executable;
        const error: unknown = await renderPdf(html, { language: 'en', title: 'Queue' }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(PdfUnavailableError);
        expect((error as Error).message).toBe(
          'PDF needs Chromium on the server (apt install chromium, or set VONK_CHROMIUM); the Markdown report has the same content',
        );
        expect((error as PdfUnavailableError).reason).toContain(executable);
      }
    } finally {
      if (saved === undefined) delete process.env.VONK_CHROMIUM;
      else process.env.VONK_CHROMIUM = saved;
    }
    const pdf = await renderPdf(html, { language: 'en', title: 'Queue' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The English footer.
    const file = path.join(dir, 'en.pdf');
    writeFileSync(file, pdf);
    expect(pdfText(file)).toContain('Page 1 of 1');
  }, 60_000);
});
