import type { EventId, GroupId, ParticipantId } from './ids.ts';
import type { MintableRole, Role } from './roles.ts';

/** Request and response bodies of HTTP API v1 (docs/API.md). */

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'event-closed'
  | 'payload-too-large'
  | 'unavailable'
  | 'internal';

export interface GroupSummary {
  groupId: GroupId;
  name: string;
}

export interface CreateEventRequest {
  title: string;
  groups: string[];
  /** 'thesis' (default) or 'survey13'. */
  preset?: string;
  /** The problem brief; the problem owner can edit it later. */
  brief?: string;
}

export interface CreateEventResponse {
  eventId: EventId;
  joinCode: string;
  organizerToken: string;
  groups: GroupSummary[];
}

/** GET /api/join/:code — what a student sees before joining. */
export interface JoinPreviewResponse {
  eventId: EventId;
  title: string;
  groups: GroupSummary[];
}

export interface JoinRequest {
  code: string;
  name: string;
  groupId?: string;
}

export interface JoinResponse {
  token: string;
  eventId: EventId;
  groupId: GroupId;
  participantId: ParticipantId;
  docs: { group: string; event: string };
}

export interface MintTokenRequest {
  role: MintableRole;
}

export interface MintTokenResponse {
  token: string;
}

/** GET /api/session — who a token belongs to, so a reopened laptop can rejoin. */
export interface SessionResponse {
  role: Role;
  eventId: EventId;
  eventTitle: string;
  joinCode: string;
  groupId: GroupId | null;
  participantId: ParticipantId | null;
  name: string | null;
  groups: GroupSummary[];
  docs: { event: string; groups: Record<string, string> };
  /** Closed events answer only their organizer (for exports); boards and sockets refuse. */
  closed: boolean;
  /** Present when the organizer moved this participant: use it from now on. */
  token?: string;
}

/** GET /api/events/:eventId/participants (organizer, facilitator). */
export interface ParticipantSummary {
  participantId: ParticipantId;
  name: string;
  groupId: GroupId;
  joinedAtMs: number;
}
