/**
 * The websocket protocol on /yjs/<docName>: the y-websocket message types (y-protocols
 * sync and awareness) plus two Vonk messages that a stock client ignores unless it
 * registers handlers for them. A client opts in to acknowledgements with `?acks=1`.
 */
export const messageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Server → client: varUint n — the first n write messages of this connection are stored. */
  stored: 20,
  /** Server → client: varString code — a problem the user should know about (see ServerNotice). */
  notice: 21,
} as const;

/** y-protocols sync sub-types. */
export const syncType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

export type ServerNotice = 'store-failing' | 'store-recovered' | 'shutting-down' | 'locked' | 'unlocked';

/**
 * Close codes. 4400–4499 tell the stock y-websocket client not to reconnect (the request
 * itself is wrong); 4500–4599 and 1012 are transient and it retries with backoff.
 */
export const closeCode = {
  serviceRestart: 1012,
  malformedMessage: 4400,
  unauthorized: 4401,
  forbiddenWrite: 4403,
  docTooLarge: 4413,
  tooManyConnections: 4429,
  loadFailed: 4503,
  /** A participant wrote while the facilitator had locked the boards; it retries and waits. */
  boardLocked: 4523,
  rateLimited: 4529,
  /**
   * An update the server cannot take yet: it waits for content the server does not have,
   * while other content already waits. The client keeps it and resends it on reconnect.
   */
  updateDeferred: 4524,
} as const;

/** HTTP status sent when an upgrade is refused before the websocket handshake. */
export const upgradeRefusal = {
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  tooMany: 429,
} as const;
