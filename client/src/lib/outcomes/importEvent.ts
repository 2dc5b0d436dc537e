import type { ApiErrorBody, CreateEventResponse } from '../../../../shared/protocol/api.ts';
import { limits } from '../../../../shared/protocol/limits.ts';
import { ClientApiError } from '../api.ts';

/**
 * The /new page's other ways to start an event: importing a `vonk-event` JSON export
 * (`POST /api/events/import`, through XMLHttpRequest for its upload progress) and loading
 * the hackathon demo (`POST /api/events/demo`). Both answer like creating an event.
 */

export interface UploadProgress {
  sent: number;
  total: number | null;
}

/** Why a file cannot be imported before it is even sent, or null when it may be. */
export function checkImportFile(
  file: { size: number },
  text: string | null,
): 'too-large' | 'not-json' | null {
  if (file.size > limits.maxImportBytes) return 'too-large';
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? null : 'not-json';
  } catch {
    return 'not-json';
  }
}

function parseError(xhr: XMLHttpRequest): ClientApiError {
  let body: ApiErrorBody | null;
  try {
    body = JSON.parse(xhr.responseText) as ApiErrorBody;
  } catch {
    body = null;
  }
  if (xhr.status === 413 && !body?.error) {
    return new ClientApiError('payload-too-large', 'The file is too large for the server.');
  }
  return new ClientApiError(body?.error?.code ?? 'internal', body?.error?.message ?? xhr.statusText);
}

/** POSTs the JSON text with the admin token; resolves with the created event. */
export function importEvent(
  adminToken: string,
  json: string,
  onProgress: (progress: UploadProgress) => void,
): Promise<CreateEventResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/events/import');
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('authorization', `Bearer ${adminToken}`);
    xhr.upload.onprogress = (event) =>
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onerror = () => reject(new ClientApiError('network', 'network unreachable'));
    xhr.onabort = () => reject(new ClientApiError('network', 'the upload was cancelled'));
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(parseError(xhr));
        return;
      }
      try {
        resolve(JSON.parse(xhr.responseText) as CreateEventResponse);
      } catch {
        reject(new ClientApiError('internal', 'The server sent an answer that is not JSON.'));
      }
    };
    onProgress({ sent: 0, total: null });
    xhr.send(json);
  });
}
