import type { DocRef } from './docNames.ts';
import type { EventId, GroupId, ParticipantId } from './ids.ts';

export const roles = ['participant', 'facilitator', 'problem-owner', 'organizer', 'projector'] as const;
export type Role = (typeof roles)[number];

/** Roles an organizer can mint a link for. Participants join with the code instead. */
export const mintableRoles = ['facilitator', 'projector', 'problem-owner', 'organizer'] as const;
export type MintableRole = (typeof mintableRoles)[number];

export function isMintableRole(value: unknown): value is MintableRole {
  return typeof value === 'string' && (mintableRoles as readonly string[]).includes(value);
}

/** What a verified token says about its bearer. */
export interface Claims {
  role: Role;
  eventId: EventId;
  /** Participants only: the group they belong to. */
  groupId?: GroupId;
  /** Participants only. */
  participantId?: ParticipantId;
  /** Unix ms when the token was issued. */
  issuedAtMs: number;
}

export type DocAccess = 'write' | 'read' | 'none';

/**
 * The one rule for who may open which document, used at the websocket upgrade.
 * Problem owners comment on group boards through their own channel, so they read them here.
 */
export function docAccess(claims: Claims, ref: DocRef): DocAccess {
  if (claims.eventId !== ref.eventId) return 'none';
  switch (claims.role) {
    case 'organizer':
      return 'write';
    case 'facilitator':
      return ref.kind === 'group' ? 'write' : 'read';
    case 'problem-owner':
      return ref.kind === 'event' ? 'write' : 'read';
    case 'projector':
      return 'read';
    case 'participant':
      if (ref.kind === 'event') return 'read';
      return ref.groupId === claims.groupId ? 'write' : 'none';
  }
}

/** Staff see every group's presence and board; participants only their own group's. */
export function isStaff(role: Role): boolean {
  return role === 'organizer' || role === 'facilitator' || role === 'problem-owner';
}
