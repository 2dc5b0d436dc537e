import type { SessionResponse } from '../../../shared/protocol/api.ts';
import { apiRequest, ClientApiError } from './api.ts';

/**
 * The token this browser joined with. Kept in localStorage so a closed laptop lid or a
 * browser restart comes back to the same identity and group without a new join.
 */
const storageKey = 'vonk.token';
/** The last `GET /api/session` answer for that token, for pages opened without network. */
const sessionKey = 'vonk.session';

export function saveToken(token: string): void {
  localStorage.setItem(storageKey, token);
}

export function loadToken(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function clearToken(): void {
  localStorage.removeItem(storageKey);
  forgetSession();
}

export interface LoadedSession {
  session: SessionResponse;
  /** The token to use from now on (a moved participant gets a fresh one). */
  token: string;
  /** True when the server was unreachable and this is the answer kept from the last visit. */
  cached: boolean;
}

/**
 * `GET /api/session`, remembered per token. When the server cannot be reached (no network,
 * or a 5xx from it or a proxy in front of it) the last answer for this token is used, so a
 * laptop that reloads the board offline opens the same group from its IndexedDB copy. A
 * refusal (4xx) is never covered up: it is thrown, and the kept answer is forgotten.
 */
export async function loadSession(token: string): Promise<LoadedSession> {
  try {
    const session = await apiRequest<SessionResponse>('GET', '/session', { token });
    // Moved to another group by the organizer: the same person, a fresh token.
    const current = session.token ?? token;
    if (session.token) saveToken(session.token);
    rememberSession(current, session);
    return { session, token: current, cached: false };
  } catch (caught) {
    if (isUnreachable(caught)) {
      const kept = keptSession(token);
      if (kept) return { session: kept, token, cached: true };
    } else {
      forgetSession(token);
    }
    throw caught;
  }
}

/** No answer from the server itself: the network, or the server (or a proxy in front) failing. */
export function isUnreachable(error: unknown): boolean {
  return (
    error instanceof ClientApiError &&
    (error.code === 'network' || error.code === 'unavailable' || error.code === 'internal')
  );
}

function rememberSession(token: string, session: SessionResponse): void {
  try {
    const { token: _moved, ...rest } = session;
    localStorage.setItem(sessionKey, JSON.stringify({ token, session: rest }));
  } catch {
    // Storage full or blocked: the board still works online.
  }
}

function keptSession(token: string): SessionResponse | null {
  try {
    const kept = JSON.parse(localStorage.getItem(sessionKey) ?? 'null') as {
      token?: unknown;
      session?: SessionResponse;
    } | null;
    return kept && kept.token === token && kept.session ? kept.session : null;
  } catch {
    return null;
  }
}

/** Forgets the kept answer (for `token` only, when given). */
function forgetSession(token?: string): void {
  try {
    if (token === undefined || keptSession(token)) localStorage.removeItem(sessionKey);
  } catch {
    // Nothing kept.
  }
}
