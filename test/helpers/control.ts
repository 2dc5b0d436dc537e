import { io, type Socket } from 'socket.io-client';
import type { ControlState } from '../../shared/control/state.ts';
import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import type {
  ClientToServerEvents,
  CommandResult,
  ServerToClientEvents,
} from '../../shared/protocol/events.ts';
import type { Role } from '../../shared/protocol/roles.ts';
import { createEvent, join, mintToken } from './api.ts';
import { waitFor } from './clients.ts';

export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ReceivedEvent {
  event: string;
  args: unknown[];
}

/** A socket.io client that records everything the server sends it, in arrival order. */
export interface ControlClient {
  socket: ControlSocket;
  received: ReceivedEvent[];
  /** Every 'control:state', in arrival order. */
  states: ControlState[];
  /** Reasons of every disconnect (the client never reconnects by itself). */
  disconnects: string[];
  /** The newest 'control:state'. */
  latest(): ControlState;
}

const defaultTimeoutMs = 10_000;
const open = new Set<ControlSocket>();

function newSocket(baseUrl: string, token: unknown): ControlSocket {
  const socket: ControlSocket = io(baseUrl, {
    auth: { token },
    transports: ['websocket'],
    // A test decides when to connect again; a retry would hide a disconnect it checks for.
    reconnection: false,
    forceNew: true,
  });
  open.add(socket);
  return socket;
}

/**
 * Connects with a token and resolves once the server has sent the event's state (it does
 * on every connect), so a test starts from what the client really shows.
 */
export function connectControl(
  baseUrl: string,
  token: string,
  timeoutMs = defaultTimeoutMs,
): Promise<ControlClient> {
  const socket = newSocket(baseUrl, token);
  const received: ReceivedEvent[] = [];
  const states: ControlState[] = [];
  const disconnects: string[] = [];
  socket.onAny((event: string, ...args: unknown[]) => {
    received.push({ event, args });
    if (event === 'control:state') states.push(args[0] as ControlState);
  });
  socket.on('disconnect', (reason) => void disconnects.push(reason));
  const client: ControlClient = {
    socket,
    received,
    states,
    disconnects,
    latest: () => {
      const state = states.at(-1);
      if (!state) throw new Error('no control:state received yet');
      return state;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('connect_error', onError);
      reject(new Error(`no control:state within ${timeoutMs} ms of connecting`));
    }, timeoutMs);
    const onError = (error: Error): void => {
      clearTimeout(timer);
      reject(error);
    };
    socket.once('connect_error', onError);
    socket.once('control:state', () => {
      clearTimeout(timer);
      socket.off('connect_error', onError);
      resolve(client);
    });
  });
}

/** Resolves with the handshake's refusal; rejects when the socket connects after all. */
export function controlConnectError(
  baseUrl: string,
  token: unknown,
  timeoutMs = defaultTimeoutMs,
): Promise<Error> {
  const socket = newSocket(baseUrl, token);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`neither connected nor refused within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      resolve(error);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      reject(new Error('the server accepted the connection'));
    });
  });
}

/**
 * The first 'control:state' at index `from` or later (default: the next one to arrive)
 * that matches. Pass a `from` taken before a command to also see states that arrived
 * before the command's acknowledgement.
 */
export async function nextState(
  client: ControlClient,
  predicate: (state: ControlState) => boolean = () => true,
  options: { from?: number; timeoutMs?: number; what?: string } = {},
): Promise<ControlState> {
  const from = options.from ?? client.states.length;
  let found: ControlState | undefined;
  await waitFor(
    () => (found = client.states.slice(from).find(predicate)) !== undefined,
    options.timeoutMs ?? defaultTimeoutMs,
    options.what ?? 'a matching control:state',
  );
  return found!;
}

/** Like nextState, for any server event: the arguments of the first match. */
export async function nextEvent(
  client: ControlClient,
  event: string,
  options: { from?: number; timeoutMs?: number; where?: (...args: unknown[]) => boolean } = {},
): Promise<unknown[]> {
  const from = options.from ?? client.received.length;
  const where = options.where ?? (() => true);
  let found: ReceivedEvent | undefined;
  await waitFor(
    () =>
      (found = client.received.slice(from).find((r) => r.event === event && where(...r.args))) !== undefined,
    options.timeoutMs ?? defaultTimeoutMs,
    `event ${event}`,
  );
  return found!.args;
}

/** Every argument list of one event the client has received so far. */
export function receivedOf(client: ControlClient, event: string): unknown[][] {
  return client.received.filter((r) => r.event === event).map((r) => r.args);
}

/**
 * Emits an event with an acknowledgement and resolves with what the server acknowledged.
 * Untyped on purpose: tests send what a broken or hostile client would.
 */
export async function request<T = unknown>(
  client: ControlClient,
  event: string,
  args: unknown[] = [],
  timeoutMs = defaultTimeoutMs,
): Promise<T> {
  const socket = client.socket as unknown as Socket;
  try {
    return (await socket.timeout(timeoutMs).emitWithAck(event, ...args)) as T;
  } catch (error) {
    throw new Error(`no acknowledgement of ${event} within ${timeoutMs} ms`, { cause: error });
  }
}

/** Sends a command and resolves with its acknowledgement. */
export function command(client: ControlClient, event: string, ...args: unknown[]): Promise<CommandResult> {
  return request<CommandResult>(client, event, args);
}

/** Emits without an acknowledgement (the server answers refusals with 'control:error'). */
export function emitRaw(client: ControlClient, event: string, ...args: unknown[]): void {
  (client.socket as unknown as Socket).emit(event, ...args);
}

/** Disconnects every socket these helpers opened. */
export function closeControlClients(): void {
  for (const socket of open) {
    socket.removeAllListeners();
    socket.disconnect();
  }
  open.clear();
}

export interface EventWithRoles {
  event: CreateEventResponse;
  /** Joined the event's first group. */
  participant: JoinResponse;
  tokens: Record<Role, string>;
}

/** An event with two groups and a token for every role (the participant in the first group). */
export async function eventWithRoles(baseUrl: string, title = 'Control event'): Promise<EventWithRoles> {
  const event = await createEvent(baseUrl, ['Groep 1', 'Groep 2'], title);
  const participant = await join(baseUrl, event.joinCode, 'Anna', event.groups[0]!.groupId);
  const mint = (role: string) => mintToken(baseUrl, event.eventId, event.organizerToken, role);
  const [facilitator, problemOwner, projector] = await Promise.all([
    mint('facilitator'),
    mint('problem-owner'),
    mint('projector'),
  ]);
  return {
    event,
    participant,
    tokens: {
      participant: participant.token,
      facilitator,
      'problem-owner': problemOwner,
      organizer: event.organizerToken,
      projector,
    },
  };
}
