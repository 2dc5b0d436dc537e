import crypto from 'node:crypto';
import http from 'node:http';
import { WebSocket, type ClientOptions } from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { messageType, syncType } from '../../shared/protocol/wire.ts';

/** ws://host:port/yjs/<docName>?token=… for a server's http:// base URL. */
export function boardUrl(baseUrl: string, docName: string, token?: string): string {
  const url = new URL(`/yjs/${docName}`, baseUrl.replace(/^http/, 'ws'));
  if (token !== undefined) url.searchParams.set('token', token);
  return url.toString();
}

export interface UpgradeOutcome {
  /** The HTTP status of the refusal, or 101 when the websocket opened. */
  status: number;
  body: string;
}

/**
 * Opens a websocket with the stock `ws` client and reports how the server answered the
 * upgrade; an accepted socket is closed again at once.
 */
export function upgradeOutcome(
  url: string,
  options: ClientOptions = {},
  timeoutMs = 10_000,
): Promise<UpgradeOutcome> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { ...options, perMessageDeflate: false });
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no answer to the upgrade of ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.on('unexpected-response', (_request, response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, body });
      });
      response.on('error', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    ws.on('open', () => {
      clearTimeout(timer);
      ws.close();
      resolve({ status: 101, body: '' });
    });
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Sends an upgrade request with the path exactly as given. The `ws` client (like every
 * WHATWG URL user) normalises `..` and `%2e%2e` away before sending, so hostile paths have
 * to be written by hand to reach the server as an attacker would send them.
 */
export function rawUpgradeStatus(baseUrl: string, rawPath: string, timeoutMs = 10_000): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: hostname,
      port: Number(port),
      path: rawPath,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'),
        'Sec-WebSocket-Version': '13',
      },
      timeout: timeoutMs,
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('upgrade', (_response, socket) => {
      socket.destroy();
      resolve(101);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer for ${rawPath}`)));
    request.on('error', reject);
    request.end();
  });
}

/** An open raw websocket; rejects when the server refuses the upgrade. */
export function openSocket(url: string, options: ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { ...options, perMessageDeflate: false });
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', (_request, response) => {
      reject(new Error(`upgrade refused with ${response.statusCode}`));
    });
    ws.on('error', reject);
  });
}

/** Resolves with the close code the socket ends with (registered before anything is sent). */
export function closeCodeOf(ws: WebSocket, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (ws.readyState === ws.CLOSED) {
      reject(new Error('socket already closed; listen before sending'));
      return;
    }
    const timer = setTimeout(() => reject(new Error(`socket not closed within ${timeoutMs} ms`)), timeoutMs);
    ws.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export function syncFrame(sub: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  encoding.writeVarUint(encoder, sub);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Frame(doc: Y.Doc = new Y.Doc()): Uint8Array {
  return syncFrame(syncType.step1, Y.encodeStateVector(doc));
}

export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(syncType.update, update);
}

/** An awareness frame announcing `state` for a fresh client id; returns the id too. */
export function awarenessFrame(state: Record<string, unknown>): { frame: Uint8Array; clientId: number } {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  const frame = encoding.toUint8Array(encoder);
  awareness.destroy();
  doc.destroy();
  return { frame, clientId: doc.clientID };
}
