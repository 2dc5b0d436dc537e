import type { MessageKey } from './i18n/catalog.ts';
import { ClientApiError } from './api.ts';

/** The message key (and server detail) that tells the user what happened and what to do. */
export function errorMessage(error: unknown): { key: MessageKey; params: Record<string, string> } {
  if (error instanceof ClientApiError) {
    if (error.code === 'network') return { key: 'error.network', params: {} };
    return { key: `error.${error.code}`, params: { message: error.message } };
  }
  return { key: 'error.internal', params: {} };
}
