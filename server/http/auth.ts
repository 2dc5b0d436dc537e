import crypto from 'node:crypto';
import type { Request } from 'express';
import type { Claims, Role } from '../../shared/protocol/roles.ts';
import type { TokenService } from '../auth/tokens.ts';
import { bearerToken } from '../auth/tokens.ts';
import type { EventRecord, EventRegistry } from '../events/registry.ts';
import { ApiError, forbidden, unauthorized } from './errors.ts';

export interface RequestAuth {
  tokens: TokenService;
  events: EventRegistry;
  adminToken: string;
}

export function requireAdmin(auth: RequestAuth, request: Request): void {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw unauthorized('Send the admin token as "Authorization: Bearer <token>".');
  const given = Buffer.from(token);
  const expected = Buffer.from(auth.adminToken);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw forbidden('That is not the admin token of this server.');
  }
}

/** The caller's claims and event; refuses bad tokens, closed events and other roles. */
export async function requireRole(
  auth: RequestAuth,
  request: Request,
  allowed: readonly Role[] | 'any',
  options: { allowMoved?: boolean; allowClosed?: boolean } = {},
): Promise<{ claims: Claims; event: EventRecord }> {
  const token = bearerToken(request.headers.authorization);
  const claims = auth.tokens.verify(token);
  if (!claims) throw unauthorized('Missing or invalid token; join again with the event code.');
  const event = await auth.events.getEvent(claims.eventId);
  if (!event) throw unauthorized('This token belongs to an event that no longer exists.');
  if (event.closedAtMs !== null && !options.allowClosed)
    throw new ApiError(401, 'event-closed', 'This event has been closed.');
  if (!options.allowMoved && !(await auth.events.isCurrent(claims))) {
    throw unauthorized('You were moved to another group; reload the page to continue there.');
  }
  if (allowed !== 'any' && !allowed.includes(claims.role)) {
    throw forbidden(`This needs one of the roles: ${allowed.join(', ')}.`);
  }
  return { claims, event };
}
