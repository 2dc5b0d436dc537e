import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  store: 'leveldb' | 'memory';
  /** When unset, the server creates one on first start and keeps it in dataDir. */
  adminToken: string | null;
  /** Browser origins allowed to open websockets; empty = same host as the request. */
  allowedOrigins: string[];
  /** Where the built client lives; null serves no client (API-only tests). */
  clientDir: string | null;
  /** Create a demo event with two groups when the store has no events. */
  seedDemo: boolean;
  /** The URL people type, for printed links (defaults to http://<host>:<port>). */
  publicUrl: string | null;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0–65535), got "${env.PORT}"`);
  }
  const store = env.VONK_STORE ?? 'leveldb';
  if (store !== 'leveldb' && store !== 'memory') {
    throw new Error(`VONK_STORE must be "leveldb" or "memory", got "${store}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    store,
    adminToken: env.VONK_ADMIN_TOKEN || null,
    allowedOrigins: (env.VONK_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    clientDir: path.resolve(env.VONK_CLIENT_DIR ?? './dist/client'),
    seedDemo: env.VONK_DEMO !== '0',
    publicUrl: env.VONK_PUBLIC_URL || null,
  };
}
