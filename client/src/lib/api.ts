import type { ApiErrorBody, ApiErrorCode } from '../../../shared/protocol/api.ts';

/** An API error the UI can translate: its code, and the server's message for bad requests. */
export class ClientApiError extends Error {
  readonly code: ApiErrorCode | 'network';

  constructor(code: ApiErrorCode | 'network', message: string) {
    super(message);
    this.code = code;
  }
}

export async function apiRequest<T>(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ClientApiError('network', 'network unreachable');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ApiErrorBody | null)?.error;
    throw new ClientApiError(error?.code ?? 'internal', error?.message ?? response.statusText);
  }
  return body as T;
}
