import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.ts';
import type { EventId, GroupId } from '../../shared/protocol/ids.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { isStaff, type Claims } from '../../shared/protocol/roles.ts';
import type { TokenService } from '../auth/tokens.ts';
import { identityOf } from '../auth/identity.ts';
import type { EventRecord, EventRegistry } from '../events/registry.ts';
import { isOriginAllowed } from '../http/origin.ts';
import { PresenceTracker } from './presence.ts';

interface SocketData {
  claims: Claims;
  event: EventRecord;
  presenceKey: string;
  /** From the participant record, never from the client; staff show as their role. */
  displayName: string;
}

type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type ControlServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

const groupRoom = (eventId: EventId, groupId: GroupId): string => `group:${eventId}:${groupId}`;
const staffRoom = (eventId: EventId): string => `staff:${eventId}`;

/**
 * socket.io: what the server decides. Every socket is authenticated in the connection
 * middleware; participants join their group's room, staff and projectors the event's.
 */
export function attachControl(
  httpServer: HttpServer,
  deps: { tokens: TokenService; events: EventRegistry; allowedOrigins: string[] },
): ControlServer {
  const io: ControlServer = new Server(httpServer, {
    // Our upgrade router answers every other path; socket.io must not close them.
    destroyUpgrade: false,
    maxHttpBufferSize: limits.maxJsonBodyBytes,
    serveClient: false,
    allowRequest: (request, callback) => {
      callback(null, isOriginAllowed(request.headers.origin, request.headers.host, deps.allowedOrigins));
    },
  });
  const presence = new PresenceTracker();

  io.use(async (socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown };
    const claims = deps.tokens.verify(auth.token);
    if (!claims) {
      next(new Error('unauthorized: missing or invalid token'));
      return;
    }
    const event = await deps.events.getEvent(claims.eventId);
    if (!event || event.closedAtMs !== null) {
      next(new Error('unauthorized: the event is closed'));
      return;
    }
    socket.data.claims = claims;
    socket.data.event = event;
    socket.data.presenceKey = identityOf(claims);
    const participant = claims.participantId
      ? await deps.events.getParticipant(claims.participantId)
      : undefined;
    socket.data.displayName = participant?.name ?? claims.role;
    next();
  });

  const publish = (event: EventRecord, groupId: GroupId | null): void => {
    const groupIds = event.groups.map((group) => group.groupId);
    io.to(staffRoom(event.eventId)).emit('presence', presence.groups(event.eventId, groupIds));
    if (groupId)
      io.to(groupRoom(event.eventId, groupId)).emit('presence', presence.groups(event.eventId, [groupId]));
  };

  const visiblePresence = (socket: ControlSocket) => {
    const { claims, event } = socket.data;
    const groupIds = claims.groupId ? [claims.groupId] : event.groups.map((group) => group.groupId);
    return presence.groups(event.eventId, groupIds);
  };

  io.on('connection', (socket: ControlSocket) => {
    const { claims, event, presenceKey } = socket.data;
    const groupId = claims.groupId ?? null;
    if (groupId) void socket.join(groupRoom(event.eventId, groupId));
    if (isStaff(claims.role) || claims.role === 'projector') void socket.join(staffRoom(event.eventId));
    // Projectors are screens, not people: they are not listed as online.
    const changed =
      claims.role !== 'projector' &&
      presence.add(
        event.eventId,
        presenceKey,
        { participantId: claims.participantId ?? null, name: socket.data.displayName, role: claims.role },
        groupId,
      );
    if (changed) publish(event, groupId);
    else socket.emit('presence', visiblePresence(socket));

    socket.on('presence:refresh', () => {
      socket.emit('presence', visiblePresence(socket));
    });
    socket.on('disconnect', () => {
      if (claims.role !== 'projector' && presence.remove(event.eventId, presenceKey)) publish(event, groupId);
    });
  });

  return io;
}
