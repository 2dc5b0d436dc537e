import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { parseDocName } from '../../shared/protocol/docNames.ts';
import type { EventId } from '../../shared/protocol/ids.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { docAccess } from '../../shared/protocol/roles.ts';
import { upgradeRefusal } from '../../shared/protocol/wire.ts';
import type { TokenService } from '../auth/tokens.ts';
import { identityOf } from '../auth/identity.ts';
import type { EventRegistry } from '../events/registry.ts';
import type { ConnectionSet } from './connections.ts';
import { isOriginAllowed } from '../http/origin.ts';
import type { ControlService } from '../control/controlService.ts';

export const yjsPathPrefix = '/yjs/';
const socketIoPathPrefix = '/socket.io/';

interface UpgradeDeps {
  control: ControlService;
  tokens: TokenService;
  events: EventRegistry;
  connections: ConnectionSet;
  allowedOrigins: string[];
}

/**
 * Routes every websocket upgrade by path. /socket.io/ is left to socket.io's own listener;
 * /yjs/<docName> is checked — doc name, Origin, token, access, existence, per-identity
 * limit — and refused with an HTTP status before the handshake, so a refused client never
 * gets a websocket to send anything on. Anything else is a 404.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: false,
  });

  return async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(socketIoPathPrefix)) return;
    socket.on('error', destroySocket);
    if (!url.pathname.startsWith(yjsPathPrefix)) {
      refuse(socket, upgradeRefusal.notFound, 'no websocket endpoint at this path');
      return;
    }
    const ref = parseDocName(url.pathname.slice(yjsPathPrefix.length));
    if (!ref) {
      refuse(socket, upgradeRefusal.notFound, 'no such document');
      return;
    }
    if (!isOriginAllowed(request.headers.origin, request.headers.host, deps.allowedOrigins)) {
      refuse(socket, upgradeRefusal.forbidden, 'origin not allowed');
      return;
    }
    const claims = deps.tokens.verify(url.searchParams.get('token'));
    if (!claims) {
      refuse(socket, upgradeRefusal.unauthorized, 'missing or invalid token');
      return;
    }
    const access = docAccess(claims, ref);
    if (access === 'none') {
      refuse(socket, upgradeRefusal.forbidden, 'this token may not open this document');
      return;
    }
    const event = await deps.events.getEvent(claims.eventId);
    if (!event || event.closedAtMs !== null) {
      refuse(socket, upgradeRefusal.unauthorized, 'the event is closed; the token has expired');
      return;
    }
    if (!(await deps.events.isCurrent(claims))) {
      refuse(socket, upgradeRefusal.unauthorized, 'moved to another group; reload to continue there');
      return;
    }
    if (!(await deps.events.docExists(ref))) {
      refuse(socket, upgradeRefusal.notFound, 'no such document');
      return;
    }
    const identity = identityOf(claims);
    const maxConnections = claims.participantId
      ? limits.maxConnectionsPerParticipant
      : limits.maxConnectionsPerStaffLink;
    if (deps.connections.countFor(identity) >= maxConnections) {
      refuse(socket, upgradeRefusal.tooMany, 'too many open connections for this identity');
      return;
    }
    // Load the event's facilitation state now: the write path checks the lock synchronously.
    await deps.control.state(claims.eventId);
    const lockable = claims.role === 'participant' && ref.kind === 'group';
    if (socket.destroyed) return;
    // Plain values only: a closure made here would keep this whole scope (the request, its
    // URL, the token) alive for as long as the connection lasts.
    const options = {
      docName: url.pathname.slice(yjsPathPrefix.length),
      canWrite: access === 'write',
      wantsAcks: url.searchParams.get('acks') === '1',
      identity,
      writeGate: lockable ? unlockedGate(deps.control, claims.eventId) : undefined,
    };
    wss.handleUpgrade(request, socket, head, (ws) => deps.connections.accept(ws, options));
  };
}

/** Shared by every socket (a closure per socket would stay for its whole life). */
function destroySocket(this: Duplex): void {
  this.destroy();
}

/** Participants may write only while the event is not locked. */
function unlockedGate(control: UpgradeDeps['control'], eventId: EventId): () => boolean {
  return () => !control.isLocked(eventId);
}

const statusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
};

function refuse(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: { code: String(status), message } });
  socket.end(
    `HTTP/1.1 ${status} ${statusText[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
