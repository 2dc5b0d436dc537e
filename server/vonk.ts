import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDocName } from '../shared/protocol/docNames.ts';
import { closeCode } from '../shared/protocol/wire.ts';
import { boardSchemaVersion, metaKeys, metaMap } from '../shared/board/layout.ts';
import { loadOrCreateSecret } from './auth/secrets.ts';
import { TokenService } from './auth/tokens.ts';
import type { Config } from './config.ts';
import { attachControl, type ControlServer } from './control/socketServer.ts';
import { ControlService } from './control/controlService.ts';
import { CommentService } from './control/comments.ts';
import { ensureDemoEvent } from './demo.ts';
import { EventRegistry, type EventRecord } from './events/registry.ts';
import { createHttpApp } from './http/app.ts';
import { ConnectionSet } from './realtime/connections.ts';
import { createUpgradeHandler } from './realtime/upgrade.ts';
import { RoomRegistry } from './rooms/registry.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/types.ts';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface VonkServer {
  url: string;
  port: number;
  adminToken: string;
  adminTokenCreated: boolean;
  demoEvent: EventRecord | null;
  tokens: TokenService;
  events: EventRegistry;
  rooms: RoomRegistry;
  control: ControlService;
  store: Store;
  io: ControlServer;
  /** Stores everything, tells every client, closes the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  /** A store to use instead of opening one from the config (tests inject faults this way). */
  store?: Store;
  logger?: Logger;
  roomUnloadGraceMs?: number;
}

const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error ?? ''),
};

/** Starts one Vonk process: HTTP API and client, websockets for boards, socket.io control. */
export async function startVonk(options: StartOptions): Promise<VonkServer> {
  const { config } = options;
  const logger = options.logger ?? consoleLogger;
  const store = options.store ?? (await openStore(config));
  const secret = await loadOrCreateSecret(config.dataDir, 'token-secret');
  const admin = config.adminToken
    ? { value: config.adminToken, created: false }
    : await loadOrCreateSecret(config.dataDir, 'admin-token');
  const tokens = new TokenService(secret.value);
  const events = new EventRegistry(store);
  await events.init();
  const demoEvent = config.seedDemo ? await ensureDemoEvent(events, store) : null;

  const rooms = new RoomRegistry({
    store,
    unloadGraceMs: options.roomUnloadGraceMs,
    onStoreError: (docName, error) =>
      logger.error(`store write failed for ${docName}; keeping it in memory and retrying`, error),
    onLoadError: (docName, error) =>
      logger.error(`could not load ${docName}; nothing was overwritten`, error),
    migrate: (docName, doc) => {
      if (!parseDocName(docName)) return;
      const meta = metaMap(doc);
      if (meta.get(metaKeys.schemaVersion) === undefined) {
        doc.transact(() => meta.set(metaKeys.schemaVersion, boardSchemaVersion), { kind: 'migration' });
      }
    },
  });
  const connections = new ConnectionSet(rooms);
  const control = new ControlService(store);
  // Unlocking asks every participant client for the edits it kept during the lock.
  control.onChange((eventId, state, previous) => {
    if (state.locked === previous.locked) return;
    for (const room of rooms.withPrefix(`g/${eventId}/`)) {
      room.notifyAll(state.locked ? 'locked' : 'unlocked');
      if (!state.locked) room.resyncWriters();
    }
  });
  const comments = new CommentService(store);
  const auth = { tokens, events, adminToken: admin.value };
  const app = createHttpApp(auth, {
    clientDir: config.clientDir,
    log: (message, error) => logger.error(message, error),
    outcomes: { rooms, store, events, control, comments },
  });
  const server = http.createServer(app);
  const io = attachControl(server, {
    tokens,
    events,
    control,
    comments,
    rooms,
    store,
    allowedOrigins: config.allowedOrigins,
  });
  const upgrade = createUpgradeHandler({
    control,
    tokens,
    events,
    connections,
    allowedOrigins: config.allowedOrigins,
  });
  server.on('upgrade', (request, socket, head) => {
    upgrade(request, socket, head).catch((error: unknown) => {
      logger.error('websocket upgrade failed', error);
      socket.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${port}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      connections.stop();
      server.close();
      const flushed = await rooms.closeAll(closeCode.serviceRestart, 'server restarting', 10_000);
      if (!flushed) logger.error('some documents could not be stored before shutdown');
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
    })();
    return closing;
  };

  return {
    url,
    port,
    adminToken: admin.value,
    adminTokenCreated: admin.created,
    demoEvent,
    tokens,
    events,
    rooms,
    control,
    store,
    io,
    close,
  };
}
