import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { escapeHtml, reportPageMargins } from '../../shared/outcomes/reportHtml.ts';
import { reportText, type ReportLanguage } from '../../shared/outcomes/reportText.ts';

/**
 * The PDF report: Chromium (Debian's, the one the browser tests use) prints the report's
 * HTML (`renderReportHtml`). No PDF library re-implements layout here; the browser does
 * tables, page breaks and fonts.
 *
 * - One PDF at a time: jobs wait in a module-level queue (at most `maxPendingJobs`,
 *   counting the running one; more are refused with `PdfBusyError`). A laptop server must
 *   not start ten Chromiums because ten organizers clicked at once.
 * - A fresh browser per job, closed when the job ends, whatever happened. Reports are
 *   made a few times per event; launching costs about a second, and nothing stays in
 *   memory between reports (no idle timer, no browser that can hang around).
 * - A time limit per job (`pdfJobTimeoutMs`, 60 s, counted from when the job starts, not
 *   while it waits): at the limit the browser is closed and the job fails with
 *   `PdfTimeoutError`; the next job starts only after that browser is gone.
 * - The page is locked down: JavaScript off, every network request aborted (the HTML
 *   is set with `page.setContent` and has no external resources anyway).
 * - Chromium missing or failing to start throws `PdfUnavailableError`, whose message tells
 *   the organizer what to do; the Markdown report has the same content.
 */
export interface PdfOptions {
  language: ReportLanguage;
  /** The report title, printed small at the top of every page. */
  title: string;
  /** Overrides `pdfJobTimeoutMs` (tests). */
  timeoutMs?: number;
}

export const pdfJobTimeoutMs = 60_000;
export const maxPendingJobs = 8;

export const pdfUnavailableMessage =
  'PDF needs Chromium on the server (apt install chromium, or set VONK_CHROMIUM); the Markdown report has the same content';

/** Chromium is not installed where we look, or it does not start. */
export class PdfUnavailableError extends Error {
  override readonly name = 'PdfUnavailableError';
  /** What went wrong, for the server log (the message is for the organizer). */
  readonly reason: string;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(pdfUnavailableMessage, options);
    this.reason = reason;
  }
}

/** The job ran past its time limit; its browser has been closed. */
export class PdfTimeoutError extends Error {
  override readonly name = 'PdfTimeoutError';
  constructor(timeoutMs: number) {
    super(
      `Making the PDF took longer than ${Math.round(timeoutMs / 1000)} s and was stopped; try again, or use the Markdown report`,
    );
  }
}

/** Too many PDFs are waiting already. */
export class PdfBusyError extends Error {
  override readonly name = 'PdfBusyError';
  constructor() {
    super('The server is busy making other PDFs; try again in a minute');
  }
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Read per job, so a server started before Chromium was installed (or VONK_CHROMIUM set) needs no restart. */
export function chromiumExecutable(): string {
  return process.env.VONK_CHROMIUM || '/usr/bin/chromium';
}

let queueTail: Promise<void> = Promise.resolve();
let pendingJobs = 0;

/** Jobs waiting or running (for tests and the server log). */
export function pdfJobsPending(): number {
  return pendingJobs;
}

/** Print `html` (a complete document, e.g. from `renderReportHtml`) to an A4 PDF. */
export function renderPdf(html: string, options: PdfOptions): Promise<Buffer> {
  if (pendingJobs >= maxPendingJobs) return Promise.reject(new PdfBusyError());
  pendingJobs++;
  return new Promise<Buffer>((resolve, reject) => {
    const run = async (): Promise<void> => {
      const job = startJob(html, options);
      job.result.then(resolve, reject);
      // The next job waits until this one's browser is closed, even after a timeout.
      await job.settled;
      pendingJobs--;
    };
    queueTail = queueTail.then(run, run);
  });
}

function startJob(html: string, options: PdfOptions): { result: Promise<Buffer>; settled: Promise<void> } {
  const timeoutMs = options.timeoutMs ?? pdfJobTimeoutMs;
  let browser: Browser | null = null;
  let expired = false;

  const work = async (): Promise<Buffer> => {
    try {
      browser = await launch(timeoutMs);
      if (expired) throw new PdfTimeoutError(timeoutMs);
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      page.setDefaultTimeout(timeoutMs);
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(options.title),
        footerTemplate: footerTemplate(options.language),
        margin: reportPageMargins,
        outline: true,
        tagged: true,
      });
      return Buffer.from(pdf);
    } finally {
      // Closing the browser closes its contexts and pages; a closed browser is a no-op.
      await closeQuietly(browser);
    }
  };

  const running = work();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      expired = true;
      // Ends whatever the job is waiting for; its `finally` then finds the browser closed.
      void closeQuietly(browser);
      reject(new PdfTimeoutError(timeoutMs));
    }, timeoutMs);
  });
  const result = Promise.race([running, timeout]).finally(() => clearTimeout(timer));
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  // Only one of the two rejections reaches the caller; the other must not go unhandled.
  running.catch(() => undefined);
  timeout.catch(() => undefined);
  return { result, settled };
}

async function launch(timeoutMs: number): Promise<Browser> {
  const executablePath = chromiumExecutable();
  try {
    await access(executablePath, constants.X_OK);
  } catch (error) {
    throw new PdfUnavailableError(`no executable Chromium at ${executablePath}`, { cause: error });
  }
  try {
    // Loaded on the first report, not at start-up: it is a large module most runs never use.
    const { chromium } = await import('playwright-core');
    return await chromium.launch({ executablePath, args: chromiumArgs, timeout: timeoutMs });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PdfUnavailableError(`Chromium at ${executablePath} did not start: ${detail}`, { cause: error });
  }
}

async function closeQuietly(browser: Browser | null): Promise<void> {
  try {
    await browser?.close();
  } catch {
    // Already closed, or the process is gone: nothing left to release.
  }
}

// Header and footer templates are separate small documents without the report's style;
// Chromium's default font size there is tiny, so every size is explicit. (The style goes
// in a double-quoted attribute: single quotes only inside it.)
const templateStyle =
  "font-family: system-ui, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 8pt; color: #555; width: 100%;";

function headerTemplate(title: string): string {
  return `<div style="${templateStyle} padding: 0 ${reportPageMargins.right} 0 ${reportPageMargins.left}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;"><span>${escapeHtml(title)}</span></div>`;
}

function footerTemplate(language: ReportLanguage): string {
  const text = reportText[language];
  return `<div style="${templateStyle} text-align: center;">${escapeHtml(text.page)} <span class="pageNumber"></span> ${escapeHtml(text.of)} <span class="totalPages"></span></div>`;
}
