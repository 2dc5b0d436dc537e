import type { ApiErrorCode } from '../../../../shared/protocol/api.ts';
import { ClientApiError } from '../api.ts';
import type { MessageKey } from '../i18n/catalog.ts';

/**
 * What went wrong with an export, an import or the demo, and what to do next: a message
 * key of outcomes.ts with the server's own message as {message}.
 */
export interface OutcomeError {
  key: MessageKey;
  params: Record<string, string>;
}

const exportKeys: Record<ApiErrorCode | 'network', MessageKey> = {
  network: 'outcomes.error.export.network',
  'bad-request': 'outcomes.error.export.bad-request',
  unauthorized: 'outcomes.error.export.unauthorized',
  forbidden: 'outcomes.error.export.forbidden',
  'not-found': 'outcomes.error.export.not-found',
  'event-closed': 'outcomes.error.export.event-closed',
  'payload-too-large': 'outcomes.error.export.internal',
  unavailable: 'outcomes.error.export.unavailable',
  internal: 'outcomes.error.export.internal',
};

const startKeys: Record<ApiErrorCode | 'network', MessageKey> = {
  network: 'outcomes.error.start.network',
  'bad-request': 'outcomes.error.start.bad-request',
  unauthorized: 'outcomes.error.start.unauthorized',
  forbidden: 'outcomes.error.start.unauthorized',
  'not-found': 'outcomes.error.start.not-found',
  'event-closed': 'outcomes.error.start.bad-request',
  'payload-too-large': 'outcomes.error.start.payload-too-large',
  unavailable: 'outcomes.error.start.internal',
  internal: 'outcomes.error.start.internal',
};

/** The server's sentence without its final full stop: the messages go on after it. */
const clause = (message: string): string => message.trim().replace(/[.\s]+$/, '');

function describe(error: unknown, keys: Record<ApiErrorCode | 'network', MessageKey>): OutcomeError {
  if (error instanceof ClientApiError) {
    return { key: keys[error.code] ?? keys.internal, params: { message: clause(error.message) } };
  }
  return {
    key: keys.internal,
    params: { message: clause(error instanceof Error ? error.message : String(error)) },
  };
}

/** An export's error (organizer page). */
export function outcomeError(error: unknown): OutcomeError {
  return describe(error, exportKeys);
}

/** An import's or the demo's error (/new page, admin token). */
export function startError(error: unknown): OutcomeError {
  return describe(error, startKeys);
}
