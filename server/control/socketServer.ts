import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ControlState } from '../../shared/control/state.ts';
import {
  commandRoles,
  type Ack,
  type ClientToServerEvents,
  type CommandResult,
  type ControlError,
  type LaptopStatus,
  type ServerToClientEvents,
} from '../../shared/protocol/events.ts';
import type { EventId, GroupId, ParticipantId } from '../../shared/protocol/ids.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { isStaff, type Claims } from '../../shared/protocol/roles.ts';
import type { TokenService } from '../auth/tokens.ts';
import { identityOf } from '../auth/identity.ts';
import { RateLimiter } from '../realtime/rateLimiter.ts';
import type { EventRecord, EventRegistry } from '../events/registry.ts';
import { isOriginAllowed } from '../http/origin.ts';
import { ControlRefusal, requireBoolean, type ControlService } from './controlService.ts';
import { PresenceTracker } from './presence.ts';
import { buildBallot, solutionExists } from './ballot.ts';
import type { CommentService } from './comments.ts';
import { SynthesisService } from '../outcomes/synthesisService.ts';
import { parseDocName } from '../../shared/protocol/docNames.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { Store } from '../store/types.ts';

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
const eventRoom = (eventId: EventId): string => `event:${eventId}`;
const participantRoom = (participantId: string): string => `participant:${participantId}`;
/** Screens that show the whole event (staff and projectors): the synthesis goes here. */
const watchersRoom = (eventId: EventId): string => `watchers:${eventId}`;
/** Staff only, never a projector: laptop status names participants. */
const laptopsRoom = (eventId: EventId): string => `laptops:${eventId}`;
const knownEvents = new Set<string>([
  'presence:refresh',
  'time:sync',
  'votes:ballot',
  'status:report',
  ...Object.keys(commandRoles),
]);

/**
 * socket.io: what the server decides. Every socket is authenticated in the connection
 * middleware, and every packet is checked again: a known event, a role allowed to send it,
 * an event that is still open. Commands are acknowledged with ok or a reason.
 */
/**
 * Runs a push to clients in the background. A push that fails (the store closing at
 * shutdown, or failing, which the rooms report) is dropped: pushes are best-effort, a
 * client gets the whole state again when it reconnects, and commands report their own
 * errors in their acknowledgement.
 */
function push(work: Promise<unknown>): void {
  work.catch(() => {});
}

/** A command that failed for a reason other than a refusal (e.g. the store failing). */
const notCarriedOut: ControlError = { code: 'bad-request', message: 'the command could not be carried out' };

export function attachControl(
  httpServer: HttpServer,
  deps: {
    tokens: TokenService;
    events: EventRegistry;
    control: ControlService;
    comments: CommentService;
    rooms: RoomRegistry;
    store: Store;
    allowedOrigins: string[];
  },
): ControlServer {
  const { control } = deps;
  const io: ControlServer = new Server(httpServer, {
    // Our upgrade router answers every other path; socket.io must not close them.
    destroyUpgrade: false,
    maxHttpBufferSize: limits.maxControlPacketBytes,
    serveClient: false,
    allowRequest: (request, callback) => {
      callback(null, isOriginAllowed(request.headers.origin, request.headers.host, deps.allowedOrigins));
    },
  });
  const presence = new PresenceTracker();
  const { comments } = deps;
  /** The last report of each participant's laptop (memory only: it is live status). */
  const reports = new Map<string, { unsaved: number; atMs: number }>();
  const lastSeen = new Map<string, number>();
  const laptopTimers = new Map<EventId, NodeJS.Timeout>();

  /** Sends staff the laptops of an event, at most twice a second. */
  function publishLaptops(eventId: EventId): void {
    if (laptopTimers.has(eventId)) return;
    const timer = setTimeout(() => {
      laptopTimers.delete(eventId);
      push(laptopsOf(eventId).then((laptops) => io.to(laptopsRoom(eventId)).emit('laptops', laptops)));
    }, 500);
    timer.unref();
    laptopTimers.set(eventId, timer);
  }

  async function laptopsOf(eventId: EventId): Promise<LaptopStatus[]> {
    const event = await deps.events.getEvent(eventId);
    if (!event) return [];
    const online = new Set(
      presence
        .groups(
          eventId,
          event.groups.map((g) => g.groupId),
        )
        .flatMap((g) => g.members.map((m) => m.participantId)),
    );
    return (await deps.events.listParticipants(eventId)).map((participant) => ({
      participantId: participant.participantId,
      name: participant.name,
      groupId: participant.groupId,
      online: online.has(participant.participantId),
      unsaved: reports.get(participant.participantId)?.unsaved ?? 0,
      lastSeenMs: lastSeen.get(participant.participantId) ?? null,
    }));
  }

  const synthesis = new SynthesisService({
    sources: deps,
    publish: (eventId, current) => io.to(watchersRoom(eventId)).emit('synthesis', current),
    hasWatchers: (eventId) => (io.sockets.adapter.rooms.get(watchersRoom(eventId))?.size ?? 0) > 0,
  });
  deps.rooms.onDocChange((docName) => {
    const ref = parseDocName(docName);
    if (ref) synthesis.changed(ref.eventId);
  });

  /** A synthesis that fails (the store closing at shutdown) is simply not sent. */
  const sendSynthesis = (socket: ControlSocket): void => {
    synthesis.current(socket.data.event).then(
      (current) => socket.emit('synthesis', current),
      () => {},
    );
  };

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
    if (!(await deps.events.isCurrent(claims))) {
      next(new Error('unauthorized: moved to another group; reload to continue there'));
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

  const publishPresence = (event: EventRecord, groupId: GroupId | null): void => {
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

  control.onChange((eventId: EventId, state: ControlState, previous: ControlState) => {
    io.to(eventRoom(eventId)).emit('control:state', state);
    if (
      state.voting.revealed !== previous.voting.revealed ||
      (state.voting.revealed && !previous.voting.open)
    ) {
      push(publishResults(eventId, state));
    }
    if (state.voting.open && !previous.voting.open) push(publishBallot(eventId));
    if (state.voting.budget !== previous.voting.budget) push(publishMyVotes(eventId));
  });

  /** Each participant's own dots again, e.g. after the budget changed. */
  async function publishMyVotes(eventId: EventId): Promise<void> {
    for (const participantId of await participantsOnline(eventId)) {
      io.to(participantRoom(participantId)).emit(
        'votes:mine',
        await control.myVotes(eventId, participantId as ParticipantId),
      );
    }
  }

  async function publishBallot(eventId: EventId): Promise<void> {
    const event = await deps.events.getEvent(eventId);
    if (event)
      io.to(eventRoom(eventId)).emit('votes:ballot', await buildBallot(event, deps.rooms, deps.store));
  }

  async function publishResults(eventId: EventId, state: ControlState): Promise<void> {
    io.to(eventRoom(eventId)).emit(
      'votes:results',
      state.voting.revealed ? await control.tallies(eventId) : null,
    );
  }

  io.on('connection', (socket: ControlSocket) => {
    const { claims, event, presenceKey } = socket.data;
    const groupId = claims.groupId ?? null;
    void socket.join(eventRoom(event.eventId));
    if (groupId) void socket.join(groupRoom(event.eventId, groupId));
    if (claims.participantId) void socket.join(participantRoom(claims.participantId));
    if (isStaff(claims.role) || claims.role === 'projector') {
      void socket.join(staffRoom(event.eventId));
      void socket.join(watchersRoom(event.eventId));
      sendSynthesis(socket);
    }
    if (isStaff(claims.role)) void socket.join(laptopsRoom(event.eventId));

    // Per socket, never per IP: a classroom shares one address.
    const limiter = new RateLimiter(limits.maxControlCommandsPerSecond, 10);
    let refusals = 0;

    // Every packet: a known event, an allowed role, a rate within bounds, an open event.
    socket.use((packet, next) => {
      const [name, ...args] = packet as [unknown, ...unknown[]];
      const ack = args.at(-1);
      const reply = (result: CommandResult): void => {
        if (typeof ack === 'function') (ack as Ack)(result);
        else if (!result.ok) socket.emit('control:error', result.error);
      };
      if (typeof name !== 'string' || !knownEvents.has(name)) {
        reply({
          ok: false,
          error: { code: 'bad-request', message: `unknown event ${String(name).slice(0, 40)}` },
        });
        return;
      }
      const allowed = commandRoles[name as keyof typeof commandRoles];
      if (allowed && !allowed.includes(claims.role)) {
        reply({ ok: false, error: { code: 'forbidden', message: `${claims.role} may not send ${name}` } });
        return;
      }
      if (!limiter.take()) {
        reply({ ok: false, error: { code: 'rate-limited', message: 'too many commands; slow down' } });
        if (++refusals >= limits.maxControlRefusalsBeforeDisconnect) socket.disconnect(true);
        return;
      }
      deps.events.getEvent(event.eventId).then(
        (current) => {
          if (!current || current.closedAtMs !== null) {
            reply({ ok: false, error: { code: 'unauthorized', message: 'the event is closed' } });
            socket.disconnect(true);
            return;
          }
          next();
        },
        () => reply({ ok: false, error: notCarriedOut }),
      );
    });

    /** Runs a command and acknowledges it; a refusal's reason goes back to the sender. */
    const command =
      <Args extends unknown[]>(run: (...args: Args) => Promise<unknown>) =>
      (...received: unknown[]): void => {
        const ack = received.at(-1);
        const args = (typeof ack === 'function' ? received.slice(0, -1) : received) as Args;
        const reply = (result: CommandResult): void => {
          if (typeof ack === 'function') (ack as Ack)(result);
          else if (!result.ok) socket.emit('control:error', result.error);
        };
        // A service may refuse before it returns a promise: that is a refusal, never a crash.
        new Promise<unknown>((resolve) => resolve(run(...args))).then(
          () => reply({ ok: true }),
          (error: unknown) =>
            reply({
              ok: false,
              error: error instanceof ControlRefusal ? error.error : notCarriedOut,
            }),
        );
      };

    const id = event.eventId;
    socket.on(
      'agenda:set',
      command((agenda: unknown) => control.setAgenda(id, agenda)),
    );
    socket.on(
      'timer:start',
      command((phaseId: unknown) => control.startPhase(id, phaseId)),
    );
    socket.on(
      'timer:pause',
      command(() => control.pause(id)),
    );
    socket.on(
      'timer:resume',
      command(() => control.resume(id)),
    );
    socket.on(
      'timer:extend',
      command((byMs: unknown) => control.extend(id, byMs)),
    );
    socket.on(
      'timer:end',
      command((options: unknown) =>
        control.end(id, requireBoolean((options as { lock?: unknown } | null)?.lock, 'lock')),
      ),
    );
    socket.on(
      'boards:lock',
      command((locked: unknown) => control.setLocked(id, requireBoolean(locked, 'locked'))),
    );
    socket.on(
      'spotlight:set',
      command((spotlight: unknown) => control.setSpotlight(event, spotlight)),
    );
    socket.on(
      'announce:set',
      command((text: unknown) => control.announce(id, text)),
    );
    socket.on(
      'projector:names',
      command((show: unknown) => control.showNames(id, requireBoolean(show, 'show'))),
    );
    socket.on(
      'voting:set',
      command((settings: unknown) => control.setVoting(id, settings)),
    );
    socket.on(
      'voting:reveal',
      command((revealed: unknown) => control.reveal(id, requireBoolean(revealed, 'revealed'))),
    );
    socket.on(
      'voting:reset',
      command(async () => {
        await control.resetVotes(id);
        io.to(eventRoom(id)).emit('votes:results', null);
        for (const participantId of await participantsOnline(id)) {
          io.to(participantRoom(participantId)).emit(
            'votes:mine',
            await control.myVotes(id, participantId as never),
          );
        }
      }),
    );
    socket.on(
      'vote:cast',
      command(async (vote: unknown) => {
        // A dot goes only to a solution that exists (taking one back always works, also
        // from a solution deleted since). The service checks the rest of the input.
        const input = (vote ?? {}) as { groupId?: unknown; solutionId?: unknown; delta?: unknown };
        if (
          input.delta === 1 &&
          typeof input.groupId === 'string' &&
          typeof input.solutionId === 'string' &&
          event.groups.some((group) => group.groupId === input.groupId) &&
          !(await solutionExists(event, input.groupId, input.solutionId, deps.rooms, deps.store))
        ) {
          throw new ControlRefusal('bad-request', 'no such solution');
        }
        const mine = await control.castVote(event, claims.participantId!, vote);
        io.to(participantRoom(claims.participantId!)).emit('votes:mine', mine);
        const state = await control.state(id);
        if (state.voting.revealed) await publishResults(id, state);
      }),
    );
    socket.on(
      'group:ready',
      command((ready: unknown) => control.setReady(id, claims.groupId!, ready === true)),
    );
    socket.on(
      'comment:add',
      command(async (input: unknown) => {
        const comment = await comments.add(
          event,
          { role: claims.role, name: socket.data.displayName },
          input,
        );
        await publishComments(id, comment.groupId);
      }),
    );
    socket.on(
      'comment:delete',
      command(async (commentId: unknown) => {
        const comment = await comments.remove(id, commentId);
        await publishComments(id, comment.groupId);
      }),
    );
    socket.on('synthesis:get', () => {
      sendSynthesis(socket);
    });
    socket.on('time:sync', (ack) => {
      if (typeof ack === 'function') ack(control.now());
    });
    socket.on('votes:ballot', () => {
      push(
        buildBallot(event, deps.rooms, deps.store).then((entries) => socket.emit('votes:ballot', entries)),
      );
    });
    socket.on('status:report', (status) => {
      if (!claims.participantId) return;
      const unsaved = (status as { unsaved?: unknown } | undefined)?.unsaved;
      if (typeof unsaved !== 'number' || !Number.isInteger(unsaved) || unsaved < 0) return;
      reports.set(claims.participantId, { unsaved: Math.min(unsaved, 1_000_000), atMs: control.now() });
      lastSeen.set(claims.participantId, control.now());
      publishLaptops(id);
    });
    socket.on('presence:refresh', () => {
      socket.emit('presence', visiblePresence(socket));
    });

    // Projectors are screens, not people: they are not listed as online.
    const changed =
      claims.role !== 'projector' &&
      presence.add(
        event.eventId,
        presenceKey,
        { participantId: claims.participantId ?? null, name: socket.data.displayName, role: claims.role },
        groupId,
      );
    if (changed) publishPresence(event, groupId);
    else socket.emit('presence', visiblePresence(socket));
    if (claims.participantId) {
      lastSeen.set(claims.participantId, control.now());
      publishLaptops(id);
    }
    if (isStaff(claims.role)) push(laptopsOf(id).then((laptops) => socket.emit('laptops', laptops)));
    push(
      (async () => {
        const state = await control.state(id);
        socket.emit('control:state', state);
        if (claims.participantId) socket.emit('votes:mine', await control.myVotes(id, claims.participantId));
        if (state.voting.revealed) socket.emit('votes:results', await control.tallies(id));
        if (state.voting.open) socket.emit('votes:ballot', await buildBallot(event, deps.rooms, deps.store));
        const all = await comments.list(id);
        socket.emit('comments', groupId ? all.filter((c) => c.groupId === groupId) : all);
      })(),
    );

    socket.on('disconnect', () => {
      if (claims.role !== 'projector' && presence.remove(event.eventId, presenceKey))
        publishPresence(event, groupId);
      if (claims.participantId) {
        lastSeen.set(claims.participantId, control.now());
        publishLaptops(id);
      }
    });
  });

  /** The group sees its own comments; staff and projectors see all. */
  async function publishComments(eventId: EventId, groupId: GroupId): Promise<void> {
    const all = await comments.list(eventId);
    io.to(groupRoom(eventId, groupId)).emit(
      'comments',
      all.filter((c) => c.groupId === groupId),
    );
    io.to(staffRoom(eventId)).emit('comments', all);
  }

  async function participantsOnline(eventId: EventId): Promise<string[]> {
    const sockets = await io.in(eventRoom(eventId)).fetchSockets();
    return [
      ...new Set(
        sockets.map((s) => s.data.claims.participantId).filter((p): p is NonNullable<typeof p> => !!p),
      ),
    ];
  }

  return io;
}
