import type { RecordKind, Store, StoredDoc } from './types.ts';

interface MemoryDoc {
  snapshot: Uint8Array | null;
  log: Map<number, Uint8Array>;
  lastSeq: number;
}

/** The in-memory store, for tests and throwaway demos: same contract, no disk. */
export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  readonly #docs = new Map<string, MemoryDoc>();
  readonly #records = new Map<string, string>();

  async loadDoc(docName: string): Promise<StoredDoc> {
    const doc = this.#docs.get(docName);
    if (!doc) return { updates: [], lastSeq: 0, totalBytes: 0 };
    const seqs = [...doc.log.keys()].sort((a, b) => a - b);
    const updates = [...(doc.snapshot ? [doc.snapshot] : []), ...seqs.map((seq) => doc.log.get(seq)!)];
    return {
      updates: updates.map((update) => update.slice()),
      lastSeq: doc.lastSeq,
      totalBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
    };
  }

  appendUpdates(docName: string, firstSeq: number, updates: Uint8Array[]): void {
    let doc = this.#docs.get(docName);
    if (!doc) {
      doc = { snapshot: null, log: new Map(), lastSeq: 0 };
      this.#docs.set(docName, doc);
    }
    updates.forEach((update, i) => doc.log.set(firstSeq + i, update.slice()));
    doc.lastSeq = Math.max(doc.lastSeq, firstSeq + updates.length - 1);
  }

  async compactDoc(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const doc = this.#docs.get(docName) ?? { snapshot: null, log: new Map<number, Uint8Array>(), lastSeq: 0 };
    doc.lastSeq = Math.max(doc.lastSeq, throughSeq);
    doc.snapshot = snapshot.slice();
    for (const seq of [...doc.log.keys()]) if (seq <= throughSeq) doc.log.delete(seq);
    this.#docs.set(docName, doc);
  }

  async getRecord<T>(kind: RecordKind, id: string): Promise<T | undefined> {
    const json = this.#records.get(`${kind}:${id}`);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  async putRecord(kind: RecordKind, id: string, value: unknown): Promise<void> {
    this.#records.set(`${kind}:${id}`, JSON.stringify(value));
  }

  async listRecords<T>(kind: RecordKind): Promise<T[]> {
    const prefix = `${kind}:`;
    return [...this.#records.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([, json]) => JSON.parse(json) as T);
  }

  async close(): Promise<void> {}
}
