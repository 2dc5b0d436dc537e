import type { RecordKind, Store, StoredDoc } from '../../server/store/types.ts';

/**
 * A real store with switches to make its doc reads or writes fail, for the promises about
 * store faults. Records (events, participants) are never faulted.
 */
export class FaultyStore implements Store {
  readonly kind: Store['kind'];
  failWrites = false;
  failLoads = false;
  /** Resolves loads only when released (to prove nobody syncs before the content). */
  holdLoads: Promise<void> | null = null;
  /** Resolves compactions only when released (to prove writes do not wait for them). */
  holdCompactions: Promise<void> | null = null;
  compactions = 0;
  writeAttempts = 0;
  readonly #inner: Store;

  constructor(inner: Store) {
    this.#inner = inner;
    this.kind = inner.kind;
  }

  async loadDoc(docName: string): Promise<StoredDoc> {
    if (this.holdLoads) await this.holdLoads;
    if (this.failLoads) throw new Error('injected load failure');
    return this.#inner.loadDoc(docName);
  }

  async appendUpdates(docName: string, firstSeq: number, updates: Uint8Array[]): Promise<void> {
    this.writeAttempts++;
    if (this.failWrites) throw new Error('injected write failure');
    return this.#inner.appendUpdates(docName, firstSeq, updates);
  }

  async compactDoc(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.compactions++;
    if (this.holdCompactions) await this.holdCompactions;
    if (this.failWrites) throw new Error('injected write failure');
    return this.#inner.compactDoc(docName, snapshot, throughSeq);
  }

  getRecord<T>(kind: RecordKind, id: string): Promise<T | undefined> {
    return this.#inner.getRecord<T>(kind, id);
  }

  putRecord(kind: RecordKind, id: string, value: unknown): Promise<void> {
    return this.#inner.putRecord(kind, id, value);
  }

  listRecords<T>(kind: RecordKind): Promise<T[]> {
    return this.#inner.listRecords<T>(kind);
  }

  close(): Promise<void> {
    return this.#inner.close();
  }
}
