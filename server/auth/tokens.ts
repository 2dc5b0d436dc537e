import crypto from 'node:crypto';
import { isEventId, isGroupId, isParticipantId } from '../../shared/protocol/ids.ts';
import { roles, type Claims, type Role } from '../../shared/protocol/roles.ts';

/**
 * Tokens are `<payload>.<signature>`, both base64url: the payload is JSON claims, the
 * signature an HMAC-SHA256 with the server's secret. Stateless, so a restarted server
 * (same data dir) accepts the tokens it handed out; revocation is by event close, checked
 * against the event record on every use.
 */
export class TokenService {
  readonly #secret: Buffer;

  constructor(secret: string) {
    this.#secret = Buffer.from(secret, 'utf8');
  }

  sign(claims: Claims): string {
    const payload = Buffer.from(
      JSON.stringify({
        r: claims.role,
        e: claims.eventId,
        g: claims.groupId,
        p: claims.participantId,
        i: claims.issuedAtMs,
      }),
    ).toString('base64url');
    return `${payload}.${this.#mac(payload)}`;
  }

  /** The claims of a well-formed, correctly signed token; null for anything else. */
  verify(token: unknown): Claims | null {
    if (typeof token !== 'string' || token.length > 600) return null;
    const dot = token.indexOf('.');
    if (dot <= 0) return null;
    const payload = token.slice(0, dot);
    // Compare the text, not decoded bytes: base64url decoding ignores stray characters and
    // spare bits, which would let altered signatures pass.
    const mac = Buffer.from(token.slice(dot + 1), 'utf8');
    const expected = Buffer.from(this.#mac(payload), 'utf8');
    if (mac.length !== expected.length || !crypto.timingSafeEqual(mac, expected)) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    return parseClaims(raw);
  }

  #mac(payload: string): string {
    return crypto.createHmac('sha256', this.#secret).update(payload).digest('base64url');
  }
}

function parseClaims(raw: unknown): Claims | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { r, e, g, p, i } = raw as Record<string, unknown>;
  if (!(roles as readonly unknown[]).includes(r) || !isEventId(e) || typeof i !== 'number') return null;
  const role = r as Role;
  if (role === 'participant') {
    if (!isGroupId(g) || !isParticipantId(p)) return null;
    return { role, eventId: e, groupId: g, participantId: p, issuedAtMs: i };
  }
  return { role, eventId: e, issuedAtMs: i };
}

/** Accepts `Authorization: Bearer <token>`. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}
