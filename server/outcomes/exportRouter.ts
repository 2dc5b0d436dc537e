import express, { type Request, type Router } from 'express';
import type { CreateEventResponse } from '../../shared/protocol/api.ts';
import { isGroupId } from '../../shared/protocol/ids.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { renderCsv } from '../../shared/outcomes/csv.ts';
import { exportFileStem, type EventExport } from '../../shared/outcomes/eventExport.ts';
import { renderMarkdown } from '../../shared/outcomes/markdown.ts';
import { buildReport } from '../../shared/outcomes/report.ts';
import { renderReportHtml } from '../../shared/outcomes/reportHtml.ts';
import { isReportLanguage, type ReportLanguage } from '../../shared/outcomes/reportText.ts';
import { computeSynthesis } from '../../shared/outcomes/synthesis.ts';
import { validateEventExport } from '../../shared/outcomes/validateExport.ts';
import { hackathonFixture } from '../../shared/outcomes/fixture/hackathon.ts';
import { requireAdmin, requireRole, type RequestAuth } from '../http/auth.ts';
import { ApiError, badRequest, forbidden } from '../http/errors.ts';
import type { Store } from '../store/types.ts';
import { buildEventExport, type ExportSources } from './buildExport.ts';
import { importEvent } from './importEvent.ts';
import { PdfBusyError, PdfTimeoutError, PdfUnavailableError, renderPdf } from './pdf.ts';

const formats = ['csv', 'json', 'md', 'pdf'] as const;
type Format = (typeof formats)[number];

const contentTypes: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * Outcomes over HTTP (docs/OUTCOMES.md): exports in four formats for the organizer —
 * during the event and after it is closed — the synthesis as JSON, and restoring an
 * event from its JSON export (admin). Mounted before the main API so the import can
 * accept a larger body than the rest of /api.
 */
export function outcomesRouter(auth: RequestAuth, sources: ExportSources & { store: Store }): Router {
  const router = express.Router();
  const { tokens } = auth;

  router.get('/events/:eventId/export.:format', async (request, response) => {
    const format = String(request.params.format);
    if (!(formats as readonly string[]).includes(format)) {
      throw badRequest(`Unknown export format "${format.slice(0, 20)}"; use csv, json, md or pdf.`);
    }
    const data = await exportFor(request);
    const language = languageOf(request);
    const stem = exportFileStem(data);
    const body = await render(format as Format, data, language, request);
    response.setHeader('Content-Type', contentTypes[format as Format]);
    response.setHeader('Content-Disposition', `attachment; filename="${stem}.${format}"`);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Length', String(body.byteLength));
    response.end(body);
  });

  router.get('/events/:eventId/synthesis', async (request, response) => {
    const data = await exportFor(request);
    response.setHeader('Cache-Control', 'no-store');
    response.json(computeSynthesis(data));
  });

  router.post('/events/import', express.json({ limit: limits.maxImportBytes }), async (request, response) => {
    requireAdmin(auth, request);
    const result = validateEventExport(request.body);
    if (!result.ok) {
      throw badRequest(`This file cannot be imported: ${result.errors.join('; ')}.`);
    }
    response.status(201).json(await created(result.data));
  });

  router.post('/events/demo', async (request, response) => {
    requireAdmin(auth, request);
    response.status(201).json(await created(hackathonFixture()));
  });

  async function created(data: EventExport): Promise<CreateEventResponse> {
    const event = await importEvent(data, sources);
    return {
      eventId: event.eventId,
      joinCode: event.joinCode,
      organizerToken: tokens.sign({ role: 'organizer', eventId: event.eventId, issuedAtMs: Date.now() }),
      groups: event.groups,
    };
  }

  /** The organizer's export, also after the event was closed (that is when it is needed). */
  async function exportFor(request: Request): Promise<EventExport> {
    const { claims, event } = await requireRole(auth, request, ['organizer'], { allowClosed: true });
    if (claims.eventId !== request.params.eventId) throw forbidden('This token belongs to another event.');
    const group = request.query.group;
    let groupId: string | null = null;
    if (group !== undefined) {
      if (!isGroupId(group) || !event.groups.some((g) => g.groupId === group)) {
        throw badRequest('"group" is not a group of this event.');
      }
      groupId = group;
    }
    const anonymous = request.query.anonymous === '1' || request.query.anonymous === 'true';
    return buildEventExport(event, { groupId, anonymous }, sources);
  }

  return router;
}

function languageOf(request: Request): ReportLanguage {
  const lang = request.query.lang;
  if (lang === undefined) return 'nl';
  if (!isReportLanguage(lang)) throw badRequest('"lang" must be nl or en.');
  return lang;
}

async function render(
  format: Format,
  data: EventExport,
  language: ReportLanguage,
  request: Request,
): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return Buffer.from(
        renderCsv(data, { language, delimiter: request.query.delimiter === 'semicolon' ? ';' : ',' }),
        'utf8',
      );
    case 'json':
      return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(buildReport(data, computeSynthesis(data), language)), 'utf8');
    case 'pdf': {
      const report = buildReport(data, computeSynthesis(data), language);
      try {
        return await renderPdf(renderReportHtml(report), { language, title: report.title });
      } catch (error) {
        // Each says what to do next (install Chromium, try again in a minute, use Markdown).
        if (
          error instanceof PdfUnavailableError ||
          error instanceof PdfBusyError ||
          error instanceof PdfTimeoutError
        )
          throw new ApiError(503, 'unavailable', error.message);
        throw error;
      }
    }
  }
}
