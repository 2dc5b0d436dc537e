import * as Y from 'yjs';
import { shareStructure } from './shareStructure.ts';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { createSubscriber } from 'svelte/reactivity';
import { localUnsavedCount, SaveTracker, type SaveState } from './saveTracker.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export function yjsServerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
}

/**
 * One open document in the browser: the Y.Doc, its IndexedDB copy (offline edits survive a
 * reload or a closed lid), the websocket provider, and what the UI shows about them —
 * validated views of the doc, connection state and what is not yet saved.
 */
export class DocSession {
  readonly doc = new Y.Doc();
  readonly docName: string;
  readonly #saves: SaveTracker;
  readonly #provider: WebsocketProvider;
  readonly #local: IndexeddbPersistence | null;
  #status = $state<ConnectionStatus>('connecting');
  #synced = $state(false);
  /** Synced at least once: the provider resets `synced` before it reports the disconnect. */
  #hasSynced = $state(false);
  /** The IndexedDB copy put content on screen (e.g. a reload without network). */
  #deviceCopy = $state(false);
  /** A connection attempt failed or closed. */
  #connectionLost = $state(false);
  #saveState = $state<SaveState>({ unsaved: 0, storeFailing: false });
  #closedByServer = $state<{ code: number; reason: string } | null>(null);
  #version = 0;
  readonly #subscribe = createSubscriber((update) => {
    this.doc.on('update', update);
    return () => this.doc.off('update', update);
  });
  readonly #bump = (): void => {
    this.#version++;
  };

  /** `readOnly`: the server refuses this token's writes to this doc, presence included. */
  readonly readOnly: boolean;

  /**
   * `persist: false` keeps no IndexedDB copy: for monitoring views (the wall, the console,
   * the problem owner), so a shared machine does not keep every group's board on disk.
   */
  /** Resolves once this session's first connection attempt opened, failed or closed. */
  readonly firstAttempt: Promise<void>;
  #endFirstAttempt!: () => void;
  #destroyed = false;

  constructor(
    docName: string,
    token: string,
    options: { readOnly: boolean; persist?: boolean; connect?: boolean },
  ) {
    this.firstAttempt = new Promise((resolve) => (this.#endFirstAttempt = resolve));
    this.readOnly = options.readOnly;
    this.docName = docName;
    this.doc.on('update', this.#bump);
    const persist = options.persist !== false;
    // Before the provider: the tracker must see each change before the provider sends it.
    // It keeps the unsaved count of a board we write to, so that after a reload the
    // IndexedDB copy counts as what was unsaved before it, not as 1 change.
    this.#saves = new SaveTracker(this.doc, {
      persisted: persist && !options.readOnly ? localUnsavedCount(`vonk.unsaved:${docName}`) : undefined,
    });
    this.#saves.subscribe((state) => {
      this.#saveState = state;
    });
    this.#local = persist ? new IndexeddbPersistence(`vonk:${docName}`, this.doc) : null;
    if (this.#local) {
      this.#saves.expectDeviceCopy(this.#local);
      void this.#local.whenSynced.then(() => {
        this.#saves.deviceCopyLoaded();
        this.#deviceCopy = this.doc.store.clients.size > 0;
      });
    }
    this.#provider = new WebsocketProvider(yjsServerUrl(), docName, this.doc, {
      params: { token, acks: '1' },
      WebSocketPolyfill: this.#saves.wrapWebSocket(WebSocket),
      maxBackoffTime: 5_000,
      connect: false,
    });
    // A read-only connection that announced a presence would be closed by the server.
    if (options.readOnly) this.#provider.awareness.setLocalState(null);
    this.#saves.attach(this.#provider);
    this.#provider.on('status', ({ status }) => {
      this.#status = status;
      if (status !== 'connecting') this.#endFirstAttempt();
    });
    this.#provider.on('sync', (synced: boolean) => {
      this.#synced = synced;
      if (synced) this.#hasSynced = true;
    });
    this.#provider.on('connection-close', () => {
      this.#connectionLost = true;
    });
    this.#provider.on('connection-error', () => {
      this.#connectionLost = true;
      this.#endFirstAttempt();
    });
    this.#provider.on('closed', (event) => {
      this.#closedByServer = event;
    });
    if (options.connect !== false) this.#provider.connect();
  }

  /** Connects a session made with `connect: false` (not once destroyed). */
  connect(): void {
    if (!this.#destroyed) this.#provider.connect();
  }

  /**
   * A reactive view of the doc: `project` runs on the first read after a change (never for
   * changes nobody reads), and components re-render when the doc changes.
   */
  view<T>(project: (doc: Y.Doc) => T): () => T {
    let cached: { version: number; value: T } | null = null;
    return () => {
      this.#subscribe();
      if (cached === null || cached.version !== this.#version) {
        // Unchanged parts keep their identity, so components re-render only what changed.
        cached = { version: this.#version, value: shareStructure(cached?.value, project(this.doc)) };
      }
      return cached.value;
    };
  }

  get status(): ConnectionStatus {
    return this.#status;
  }

  /** True once the server's content has arrived (never before: the server answers after loading). */
  get synced(): boolean {
    return this.#synced;
  }

  /**
   * Synced at least once, or showing the IndexedDB copy after the connection failed (a
   * reload without network): the board is there to work on, and the UI says "offline"
   * rather than "connecting".
   */
  get hasSynced(): boolean {
    return this.#hasSynced || (this.#deviceCopy && this.#connectionLost);
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
    this.#destroyed = true;
    this.#endFirstAttempt();
    this.#provider.destroy();
    void this.#local?.destroy();
    this.#saves.destroy();
    this.doc.off('update', this.#bump);
    this.doc.destroy();
  }
}
