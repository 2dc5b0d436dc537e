import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { createSubscriber } from 'svelte/reactivity';
import { projectBoard, type BoardView } from '../../../../shared/board/projection.ts';
import { SaveTracker, type SaveState } from './saveTracker.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export function yjsServerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
}

/**
 * One open group board in the browser: the Y.Doc, its IndexedDB copy (offline edits
 * survive a reload or a closed lid), the websocket provider, and what the UI shows about
 * them — the validated board projection, connection state and what is not yet saved.
 */
export class BoardSession {
  readonly doc = new Y.Doc();
  readonly #saves: SaveTracker;
  readonly #provider: WebsocketProvider;
  readonly #local: IndexeddbPersistence;
  #status = $state<ConnectionStatus>('connecting');
  #synced = $state(false);
  #saveState = $state<SaveState>({ unsaved: 0, storeFailing: false });
  #closedByServer = $state<{ code: number; reason: string } | null>(null);
  #board: BoardView | null = null;
  readonly #subscribeBoard = createSubscriber((update) => {
    this.doc.on('update', update);
    return () => this.doc.off('update', update);
  });
  readonly #markDirty = (): void => {
    this.#board = null;
  };

  constructor(docName: string, token: string) {
    this.doc.on('update', this.#markDirty);
    // Before the provider: the tracker must see each change before the provider sends it.
    this.#saves = new SaveTracker(this.doc);
    this.#saves.subscribe((state) => {
      this.#saveState = state;
    });
    this.#local = new IndexeddbPersistence(`vonk:${docName}`, this.doc);
    this.#provider = new WebsocketProvider(yjsServerUrl(), docName, this.doc, {
      params: { token, acks: '1' },
      WebSocketPolyfill: this.#saves.wrapWebSocket(WebSocket),
      maxBackoffTime: 5_000,
    });
    this.#saves.attach(this.#provider);
    this.#provider.on('status', ({ status }) => {
      this.#status = status;
    });
    this.#provider.on('sync', (synced: boolean) => {
      this.#synced = synced;
    });
    this.#provider.on('closed', (event) => {
      this.#closedByServer = event;
    });
  }

  /** The validated board, recomputed only after the doc changed. */
  get board(): BoardView {
    this.#subscribeBoard();
    this.#board ??= projectBoard(this.doc);
    return this.#board;
  }

  get status(): ConnectionStatus {
    return this.#status;
  }

  /** True once the server's content has arrived (never before: the server answers after loading). */
  get synced(): boolean {
    return this.#synced;
  }

  get saveState(): SaveState {
    return this.#saveState;
  }

  get closedByServer(): { code: number; reason: string } | null {
    return this.#closedByServer;
  }

  get awareness() {
    return this.#provider.awareness;
  }

  destroy(): void {
    this.#provider.destroy();
    void this.#local.destroy();
    this.#saves.destroy();
    this.doc.off('update', this.#markDirty);
    this.doc.destroy();
  }
}
