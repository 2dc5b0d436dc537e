import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { SaveTracker } from '../../client/src/lib/sync/saveTracker.ts';

export interface BoardClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  saves: SaveTracker;
  destroy(): void;
}

/**
 * A stock y-websocket WebsocketProvider in Node (BroadcastChannel off, so clients only meet
 * through the server), with the same save tracker the browser uses.
 */
export function connectBoard(
  baseUrl: string,
  docName: string,
  token: string,
  options: { doc?: Y.Doc; acks?: boolean; readOnly?: boolean } = {},
): BoardClient {
  const doc = options.doc ?? new Y.Doc();
  const saves = new SaveTracker(doc);
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/yjs`, docName, doc, {
    params: { token, ...(options.acks === false ? {} : { acks: '1' }) },
    WebSocketPolyfill: saves.wrapWebSocket(WebSocket as unknown as typeof globalThis.WebSocket),
    disableBc: true,
    maxBackoffTime: 500,
    connect: false,
  });
  // Read-only connections must not announce a presence: the server closes them (4403).
  if (options.readOnly) provider.awareness.setLocalState(null);
  provider.connect();
  saves.attach(provider);
  return {
    doc,
    provider,
    saves,
    destroy: () => {
      provider.destroy();
      saves.destroy();
    },
  };
}

export async function waitFor(
  condition: () => boolean,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function waitForSynced(client: BoardClient, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => client.provider.synced, timeoutMs, 'provider synced');
}
