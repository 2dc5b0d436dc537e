/** A connection as a room sees it; the websocket details stay in realtime/. */
export interface RoomPeer {
  /** The token's role may write this doc (fixed for the connection's life). */
  readonly canWrite: boolean;
  /** Whether a write would be accepted now (false while the facilitator locks the boards). */
  mayWriteNow(): boolean;
  /** Sends `stored` acknowledgements (the client asked with ?acks=1). */
  readonly wantsAcks: boolean;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
