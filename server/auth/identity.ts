import type { Claims } from '../../shared/protocol/roles.ts';

/**
 * Who a limit applies to: the participant, or the role within the event for staff links
 * (everyone holding the same projector link counts as one identity).
 */
export function identityOf(claims: Claims): string {
  return claims.participantId ?? `${claims.eventId}:${claims.role}:${claims.issuedAtMs}`;
}
