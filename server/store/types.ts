/**
 * The store keeps two things: each document's update log (with a snapshot that compaction
 * folds the log into), and small JSON records (events, participants). Implementations:
 * LevelDB (embedded default) and memory; both pass test/integration/store-contract.
 */
export interface StoredDoc {
  /** The snapshot (if any) first, then every update after it, in append order. */
  updates: Uint8Array[];
  /**
   * The highest sequence number ever appended, kept across compaction (0 for a new doc):
   * appends continue after it, so a seq is never reused for other bytes.
   */
  lastSeq: number;
  /** Bytes of all updates returned, for the doc-size limit. */
  totalBytes: number;
}

export interface DocStore {
  loadDoc(docName: string): Promise<StoredDoc>;
  /**
   * Appends updates with sequence numbers firstSeq, firstSeq+1, …; durable when it returns
   * (a store that can write synchronously returns nothing) or when the promise resolves.
   */
  appendUpdates(docName: string, firstSeq: number, updates: Uint8Array[]): void | Promise<void>;
  /**
   * Replaces the snapshot and drops every update with seq ≤ throughSeq, in one atomic batch:
   * a crash leaves either the old log or the new snapshot, never neither.
   */
  compactDoc(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
}

export interface RecordStore {
  getRecord<T>(kind: RecordKind, id: string): Promise<T | undefined>;
  putRecord(kind: RecordKind, id: string, value: unknown): Promise<void>;
  listRecords<T>(kind: RecordKind): Promise<T[]>;
}

export type RecordKind = 'event' | 'joinCode' | 'participant' | 'control' | 'votes' | 'comments';

export interface Store extends DocStore, RecordStore {
  readonly kind: 'leveldb' | 'memory';
  close(): Promise<void>;
}
