import type { ApiErrorBody } from '../../../../shared/protocol/api.ts';
import { ClientApiError } from '../api.ts';

/**
 * Downloads of the organizer's exports: `GET /api/events/<id>/export.<fmt>`, read as a
 * stream so the page can show how far it got, then saved through a Blob URL. Plain
 * functions with no Svelte and no i18n; the panel turns their results into words.
 */

export type ExportFormat = 'csv' | 'json' | 'md' | 'pdf';
export const exportFormats: readonly ExportFormat[] = ['csv', 'json', 'md', 'pdf'];

export interface ExportChoice {
  /** Null for the whole event. */
  groupId: string | null;
  anonymous: boolean;
  lang: 'nl' | 'en';
  /** CSV only: `;` between cells, for Excel with Dutch regional settings. */
  semicolon?: boolean;
}

/** The export's URL: `group` only for one group, `anonymous=1` only when asked. */
export function exportUrl(eventId: string, format: ExportFormat, choice: ExportChoice): string {
  const params = new URLSearchParams();
  if (choice.groupId) params.set('group', choice.groupId);
  if (choice.anonymous) params.set('anonymous', '1');
  params.set('lang', choice.lang);
  if (format === 'csv' && choice.semicolon) params.set('delimiter', 'semicolon');
  return `/api/events/${encodeURIComponent(eventId)}/export.${format}?${params.toString()}`;
}

/**
 * The file name of a `Content-Disposition` header: `filename*` (RFC 5987) first, then
 * `filename`; stripped of anything that could be a path. Null when there is none.
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
    if (plain) name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : (plain[1] ?? '').trim();
  }
  if (!name) return null;
  // Path separators and control characters never belong in a file name.
  const safe = [...name]
    .map((char) =>
      char === '/' || char === '\\' || char.charCodeAt(0) < 32 || char === '\u007f' ? '_' : char,
    )
    .join('')
    .replace(/^\.+/, '')
    .trim();
  return safe || null;
}

export interface DownloadProgress {
  /** 'waiting' until the response headers arrive (the server is still building the file). */
  phase: 'waiting' | 'receiving';
  received: number;
  /** Bytes expected, when the server said (and the body is not re-encoded on the way). */
  total: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * Fetches one export with the organizer's token and reads it to the end, reporting
 * progress. Errors are thrown as ClientApiError: the server's `{ error: { code, message } }`,
 * or 'network' when the connection failed or broke off.
 */
export async function fetchExport(
  url: string,
  token: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  onProgress({ phase: 'waiting', received: 0, total: null });
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal });
  } catch {
    throw new ClientApiError('network', 'network unreachable');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
    throw new ClientApiError(body?.error?.code ?? 'internal', body?.error?.message ?? response.statusText);
  }
  const length = Number(response.headers.get('content-length'));
  // With Content-Encoding the length counts the compressed bytes, not the ones we read.
  const total =
    Number.isFinite(length) && length > 0 && !response.headers.get('content-encoding') ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const filename = filenameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ phase: 'receiving', received, total });
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        onProgress({ phase: 'receiving', received, total });
      }
    } else {
      const buffer = new Uint8Array(await response.arrayBuffer());
      chunks.push(buffer);
      received = buffer.byteLength;
      onProgress({ phase: 'receiving', received, total });
    }
  } catch {
    throw new ClientApiError('network', 'the download broke off');
  }
  return { blob: new Blob(chunks, { type }), filename };
}

/** Hands a file to the browser's downloads, as a click on a `download` link would. */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time this runs; a large one still gets a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Percentage 0–100 when the total is known, else null. */
export function percentOf(progress: DownloadProgress): number | null {
  if (progress.total === null || progress.total <= 0) return null;
  return Math.min(100, Math.round((progress.received / progress.total) * 100));
}

/** "812 B", "34.5 kB", "2.1 MB" (decimal units), in the given locale. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
