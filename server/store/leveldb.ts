import { ClassicLevel } from 'classic-level';
import type { RecordKind, Store, StoredDoc } from './types.ts';

/**
 * LevelDB layout (keys are strings; '!' sorts below every id character):
 *   d!<docName>!s             snapshot
 *   d!<docName>!u!<seq:hex16> update
 *   r!<kind>!<id>             JSON record
 * Doc names are validated before they get here (parseDocName), so they contain no '!'.
 */
const seqWidth = 16;

function updateKey(docName: string, seq: number): string {
  return `d!${docName}!u!${seq.toString(16).padStart(seqWidth, '0')}`;
}

export class LevelStore implements Store {
  readonly kind = 'leveldb' as const;
  readonly #db: ClassicLevel<string, Uint8Array>;

  private constructor(db: ClassicLevel<string, Uint8Array>) {
    this.#db = db;
  }

  static async open(directory: string): Promise<LevelStore> {
    const db = new ClassicLevel<string, Uint8Array>(directory, {
      keyEncoding: 'utf8',
      valueEncoding: 'view',
    });
    await db.open();
    return new LevelStore(db);
  }

  async loadDoc(docName: string): Promise<StoredDoc> {
    const updates: Uint8Array[] = [];
    const snapshot = await this.#db.get(`d!${docName}!s`);
    if (snapshot !== undefined) updates.push(snapshot);
    let lastSeq = 0;
    const prefix = `d!${docName}!u!`;
    for await (const [key, value] of this.#db.iterator({ gt: prefix, lt: `${prefix}~` })) {
      updates.push(value);
      lastSeq = parseInt(key.slice(prefix.length), 16);
    }
    return {
      updates,
      lastSeq,
      totalBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
    };
  }

  async appendUpdates(docName: string, firstSeq: number, updates: Uint8Array[]): Promise<void> {
    // Without `sync` the batch is in the OS page cache when this resolves: that survives a
    // kill -9 of the process (the promise Vonk makes), not a power cut of the machine.
    await this.#db.batch(
      updates.map((value, i) => ({ type: 'put' as const, key: updateKey(docName, firstSeq + i), value })),
    );
  }

  async compactDoc(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const prefix = `d!${docName}!u!`;
    const dels: { type: 'del'; key: string }[] = [];
    for await (const key of this.#db.keys({ gt: prefix, lte: updateKey(docName, throughSeq) })) {
      dels.push({ type: 'del', key });
    }
    await this.#db.batch([{ type: 'put', key: `d!${docName}!s`, value: snapshot }, ...dels]);
  }

  async getRecord<T>(kind: RecordKind, id: string): Promise<T | undefined> {
    const value = await this.#db.get(`r!${kind}!${id}`);
    return value === undefined ? undefined : (JSON.parse(Buffer.from(value).toString('utf8')) as T);
  }

  async putRecord(kind: RecordKind, id: string, value: unknown): Promise<void> {
    await this.#db.put(`r!${kind}!${id}`, Buffer.from(JSON.stringify(value), 'utf8'));
  }

  async listRecords<T>(kind: RecordKind): Promise<T[]> {
    const prefix = `r!${kind}!`;
    const records: T[] = [];
    for await (const value of this.#db.values({ gt: prefix, lt: `${prefix}~` })) {
      records.push(JSON.parse(Buffer.from(value).toString('utf8')) as T);
    }
    return records;
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}
