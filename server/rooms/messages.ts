import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { messageType, syncType, type ServerNotice } from '../../shared/protocol/wire.ts';

/** Encoders for the messages the server sends; each returns one websocket frame. */

/**
 * A Buffer (a Uint8Array to everyone else): ws sends a Buffer as it is, where it would wrap
 * any other view in a new Buffer for every peer a broadcast goes to.
 */
function frameOf(encoder: encoding.Encoder): Uint8Array {
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  encoding.writeVarUint(encoder, syncType.step1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return frameOf(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return syncStep2Frame(Y.encodeStateAsUpdate(doc, stateVector));
}

/** Sync step 2 carrying an update that is already encoded. */
export function syncStep2Frame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  encoding.writeVarUint(encoder, syncType.step2);
  encoding.writeVarUint8Array(encoder, update);
  return frameOf(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  encoding.writeVarUint(encoder, syncType.update);
  encoding.writeVarUint8Array(encoder, update);
  return frameOf(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}

/** An encoded awareness update (y-protocols' format) as a frame. */
export function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return frameOf(encoder);
}

/**
 * An awareness update with no entries: every y-websocket client accepts it and counts it
 * as "heard from the server", which keeps idle and read-only connections alive.
 */
export const heartbeatMessage: Uint8Array = (() => {
  const noEntries = encoding.createEncoder();
  encoding.writeVarUint(noEntries, 0);
  return awarenessFrame(encoding.toUint8Array(noEntries));
})();

export function storedMessage(writesStored: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.stored);
  encoding.writeVarUint(encoder, writesStored);
  return frameOf(encoder);
}

export function noticeMessage(notice: ServerNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.notice);
  encoding.writeVarString(encoder, notice);
  return frameOf(encoder);
}
