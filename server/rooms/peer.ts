/** A connection as a room sees it; the websocket details stay in realtime/. */
export interface RoomPeer {
  readonly canWrite: boolean;
  /** Sends `stored` acknowledgements (the client asked with ?acks=1). */
  readonly wantsAcks: boolean;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
