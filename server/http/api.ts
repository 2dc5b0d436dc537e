import express, { type Router } from 'express';
import type {
  CreateEventResponse,
  JoinPreviewResponse,
  JoinResponse,
  MintTokenResponse,
  SessionResponse,
} from '../../shared/protocol/api.ts';
import { eventDocName, groupDocName } from '../../shared/protocol/docNames.ts';
import {
  isEventId,
  isGroupId,
  isParticipantId,
  joinCodePattern,
  normalizeJoinCode,
  type GroupId,
} from '../../shared/protocol/ids.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { isMintableRole, isStaff, mintableRoles } from '../../shared/protocol/roles.ts';
import type { EventRecord } from '../events/registry.ts';
import { maxBriefChars } from '../../shared/taxonomy/layout.ts';
import { evidenceCards } from '../../shared/domain/evidence.ts';
import { defaultPresetId, findPreset, taxonomyPresets } from '../../shared/domain/presets/index.ts';
import * as taxonomyAxes from '../../shared/domain/axes.ts';
import { requireAdmin, requireRole, type RequestAuth } from './auth.ts';
import { ApiError, badRequest, forbidden, notFound } from './errors.ts';
import { requireObject, requireText } from './validate.ts';

/** HTTP API v1 (docs/API.md). Every handler validates its input and checks the role itself. */
export function apiRouter(auth: RequestAuth): Router {
  const router = express.Router();
  router.use(express.json({ limit: limits.maxJsonBodyBytes }));
  const { events, tokens } = auth;

  router.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });

  router.post('/events', async (request, response) => {
    requireAdmin(auth, request);
    const body = requireObject(request.body);
    const title = requireText(body.title, 'title', limits.maxEventTitleChars);
    if (!Array.isArray(body.groups) || body.groups.length === 0) {
      throw badRequest('"groups" must be a non-empty array of group names.');
    }
    if (body.groups.length > limits.maxGroupsPerEvent) {
      throw badRequest(`An event has at most ${limits.maxGroupsPerEvent} groups.`);
    }
    const preset = findPreset(body.preset === undefined ? defaultPresetId : String(body.preset));
    if (!preset) {
      throw badRequest(`"preset" must be one of: ${taxonomyPresets.map((p) => p.id).join(', ')}.`);
    }
    const groupNames = body.groups.map((name, i) =>
      requireText(name, `groups[${i}]`, limits.maxGroupNameChars),
    );
    let brief = '';
    if (body.brief !== undefined) {
      if (typeof body.brief !== 'string') throw badRequest('"brief" must be text.');
      if (body.brief.length > maxBriefChars)
        throw badRequest(`"brief" is longer than ${maxBriefChars} characters.`);
      brief = body.brief.trim();
    }
    const event = await events.createEvent(title, groupNames, preset, brief);
    const result: CreateEventResponse = {
      eventId: event.eventId,
      joinCode: event.joinCode,
      organizerToken: tokens.sign({ role: 'organizer', eventId: event.eventId, issuedAtMs: Date.now() }),
      groups: event.groups,
    };
    response.status(201).json(result);
  });

  // Reference data: public, the same for every event, cacheable.
  router.get('/taxonomy/presets', (_request, response) => {
    response.set('Cache-Control', 'public, max-age=300');
    response.json({ presets: taxonomyPresets, defaultPresetId, axes: taxonomyAxes });
  });

  router.get('/evidence', (_request, response) => {
    response.set('Cache-Control', 'public, max-age=300');
    response.json({ cards: evidenceCards });
  });

  router.get('/join/:code', async (request, response) => {
    const event = await openEventByCode(String(request.params.code));
    const result: JoinPreviewResponse = { eventId: event.eventId, title: event.title, groups: event.groups };
    response.json(result);
  });

  router.post('/join', async (request, response) => {
    const body = requireObject(request.body);
    if (typeof body.code !== 'string') throw badRequest('"code" must be the event code, e.g. "K7PQ2X".');
    const event = await openEventByCode(body.code);
    const name = requireText(body.name, 'name', limits.maxDisplayNameChars);
    let groupId: GroupId;
    if (body.groupId !== undefined) {
      const chosen = event.groups.find((group) => group.groupId === body.groupId);
      if (!isGroupId(body.groupId) || !chosen) throw badRequest('"groupId" is not a group of this event.');
      groupId = chosen.groupId;
    } else {
      groupId = await events.leastFilledGroup(event);
    }
    const participant = await events.addParticipant(event, groupId, name);
    const result: JoinResponse = {
      token: tokens.sign({
        role: 'participant',
        eventId: event.eventId,
        groupId,
        participantId: participant.participantId,
        issuedAtMs: participant.joinedAtMs,
      }),
      eventId: event.eventId,
      groupId,
      participantId: participant.participantId,
      docs: { group: groupDocName(event.eventId, groupId), event: eventDocName(event.eventId) },
    };
    response.json(result);
  });

  router.post('/events/:eventId/tokens', async (request, response) => {
    const { claims } = await requireRole(auth, request, ['organizer']);
    if (claims.eventId !== request.params.eventId) throw forbidden('This token belongs to another event.');
    const body = requireObject(request.body);
    if (!isMintableRole(body.role)) throw badRequest(`"role" must be one of: ${mintableRoles.join(', ')}.`);
    const result: MintTokenResponse = {
      token: tokens.sign({ role: body.role, eventId: claims.eventId, issuedAtMs: Date.now() }),
    };
    response.status(201).json(result);
  });

  router.post('/events/:eventId/close', async (request, response) => {
    const { claims } = await requireRole(auth, request, ['organizer']);
    if (claims.eventId !== request.params.eventId) throw forbidden('This token belongs to another event.');
    await events.closeEvent(claims.eventId);
    response.json({ status: 'closed' });
  });

  router.get('/session', async (request, response) => {
    const authorized = await requireRole(auth, request, 'any', { allowMoved: true, allowClosed: true });
    const { event } = authorized;
    // After the event only the organizer gets in: the exports are still needed then.
    if (event.closedAtMs !== null && authorized.claims.role !== 'organizer') {
      throw new ApiError(401, 'event-closed', 'This event has been closed.');
    }
    let { claims } = authorized;
    const participant = claims.participantId ? await events.getParticipant(claims.participantId) : undefined;
    let freshToken: string | undefined;
    if (participant && participant.groupId !== claims.groupId) {
      // Moved by the organizer: the same person, now in another group.
      claims = { ...claims, groupId: participant.groupId };
      freshToken = tokens.sign(claims);
    }
    const visibleGroups =
      isStaff(claims.role) || claims.role === 'projector'
        ? event.groups
        : event.groups.filter((group) => group.groupId === claims.groupId);
    const result: SessionResponse = {
      role: claims.role,
      eventId: event.eventId,
      eventTitle: event.title,
      joinCode: event.joinCode,
      groupId: claims.groupId ?? null,
      participantId: claims.participantId ?? null,
      name: participant?.name ?? null,
      groups: event.groups,
      closed: event.closedAtMs !== null,
      docs: {
        event: eventDocName(event.eventId),
        groups: Object.fromEntries(
          visibleGroups.map((group) => [group.groupId, groupDocName(event.eventId, group.groupId)]),
        ),
      },
      ...(freshToken ? { token: freshToken } : {}),
    };
    response.json(result);
  });

  router.get('/events/:eventId/participants', async (request, response) => {
    const { claims } = await requireRole(auth, request, ['organizer', 'facilitator']);
    if (claims.eventId !== request.params.eventId) throw forbidden('This token belongs to another event.');
    const participants = (await events.listParticipants(claims.eventId)).map((p) => ({
      participantId: p.participantId,
      name: p.name,
      groupId: p.groupId,
      joinedAtMs: p.joinedAtMs,
    }));
    response.json({ participants });
  });

  router.post('/events/:eventId/participants/:participantId/move', async (request, response) => {
    const { claims, event } = await requireRole(auth, request, ['organizer']);
    if (claims.eventId !== request.params.eventId) throw forbidden('This token belongs to another event.');
    const participant = isParticipantId(request.params.participantId)
      ? await events.getParticipant(request.params.participantId)
      : undefined;
    if (!participant || participant.eventId !== event.eventId)
      throw notFound('No such participant in this event.');
    const body = requireObject(request.body);
    const group = event.groups.find((g) => g.groupId === body.groupId);
    if (!group) throw badRequest('"groupId" is not a group of this event.');
    const moved = await events.moveParticipant(participant, group.groupId);
    response.json({ participantId: moved.participantId, name: moved.name, groupId: moved.groupId });
  });

  router.all('/{*rest}', () => {
    throw notFound('No such API endpoint; see docs/API.md.');
  });

  async function openEventByCode(input: string): Promise<EventRecord> {
    const code = normalizeJoinCode(input);
    if (!joinCodePattern.test(code)) throw notFound('No event has this code; check the code on the screen.');
    const event = await events.findByJoinCode(code);
    if (!event || !isEventId(event.eventId))
      throw notFound('No event has this code; check the code on the screen.');
    if (event.closedAtMs !== null) throw notFound('This event has been closed.');
    return event;
  }

  return router;
}
