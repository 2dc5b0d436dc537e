/**
 * Every limit the server enforces, in one place, with its unit in the name.
 * Limits are per identity (a token's participant or role), never per IP: a classroom
 * shares one NAT address.
 */
export const limits = {
  /** ws refuses a larger frame while reading its header, without buffering the payload. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** A group board is text on cards; 16 MiB is far beyond any real hackathon board. */
  maxDocBytes: 16 * 1024 * 1024,
  /** JSON bodies on /api. Imports are larger and have their own limit. */
  maxJsonBodyBytes: 256 * 1024,
  /** `POST /api/events/import`: a whole event's JSON export. */
  maxImportBytes: 32 * 1024 * 1024,
  maxCardTextChars: 2_000,
  /** Each text field of a solution canvas. */
  maxSolutionTextChars: 8_000,
  /** The "per person" divisor of a solution's costs: a national programme, not more. */
  maxPeoplePerSolution: 10_000_000,
  maxDisplayNameChars: 40,
  maxEventTitleChars: 120,
  maxGroupNameChars: 60,
  maxGroupsPerEvent: 60,
  /** Open board connections of one participant (a few tabs and a reload). */
  maxConnectionsPerParticipant: 12,
  /** Open board connections of one staff link: a projector wall opens every group's board. */
  maxConnectionsPerStaffLink: 200,
  /** socket.io commands per socket per second, averaged over 10 s; people send a few. */
  maxControlCommandsPerSecond: 50,
  /** A socket that keeps flooding past its limit is disconnected after this many refusals. */
  maxControlRefusalsBeforeDisconnect: 500,
  /** One socket.io packet: an agenda of 30 phases is ~10 kB. */
  maxControlPacketBytes: 64 * 1024,
  /** Awareness messages (cursor, presence) per connection per second, averaged over 5 s. */
  maxAwarenessPerSecond: 30,
  /**
   * Client ids one update may add to a board. A reconnecting laptop sends its own one or two
   * (a reload while offline adds one); a doc's whole history has one per page load.
   */
  maxClientIdsPerUpdate: 256,
  /** Yjs spends time per client id of a doc on every update (1 ms at 4,000, 7 ms at 16,000). */
  maxClientIdsPerDoc: 4_000,
  /**
   * Conflict-scan steps (Yjs placing an item among items inserted concurrently at the same
   * spot, beyond the one step every item takes) that one update may cost, and that a board
   * may hold in total (its load replays them); see server/rooms/updateGuard.ts and
   * docs/RELIABILITY.md for the measured cost of a step.
   */
  maxScanStepsPerUpdate: 300_000,
  maxScanStepsPerDoc: 10_000_000,
  /** Items one update may leave waiting for content the server does not have yet. */
  maxPendingStructs: 256,
} as const;

export const timing = {
  /** An empty room stays loaded this long, so a reload or a flaky laptop reconnects warm. */
  roomUnloadGraceMs: 5_000,
  /** The stock y-websocket client drops a connection that heard nothing for 30 s. */
  heartbeatIntervalMs: 10_000,
  /** ws-level ping to find dead TCP connections (a closed laptop lid). */
  pingIntervalMs: 20_000,
  /** First retry after a failed store write; doubled up to storeRetryMaxMs. */
  storeRetryInitialMs: 100,
  storeRetryMaxMs: 5_000,
  /** Compact the update log into a snapshot after this many stored updates. */
  compactAfterUpdates: 500,
  /** The synthesis is recomputed at most this often per event while groups type. */
  synthesisIntervalMs: 1_500,
} as const;
