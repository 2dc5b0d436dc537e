import path from 'node:path';
import { ClassicLevel } from 'classic-level';
import { timing } from '../../shared/protocol/limits.ts';
import { Journal, readJournal, removeSegments, type JournalEntry } from './journal.ts';
import type { RecordKind, Store, StoredDoc } from './types.ts';

/**
 * LevelDB layout (keys are strings; '!' sorts below every id character):
 *   d!<docName>!s             snapshot
 *   d!<docName>!n             seq the snapshot covers (hex16), so seqs are never reused
 *   d!<docName>!u!<seq:hex16> update
 *   r!<kind>!<id>             JSON record
 * Doc names are validated before they get here (parseDocName), so they contain no '!'.
 *
 * Updates go through the journal first (journal.ts): appendUpdates returns once they are
 * in its file, and they reach LevelDB in the background. Reads of docs wait for that.
 */
const seqWidth = 16;
const journalDirectoryName = 'vonk-journal';
/**
 * How long appends gather before they go to LevelDB in one batch. They are durable in the
 * journal already; fewer, larger batches cost the event loop less than one per turn.
 */
const levelDbFlushIntervalMs = 10;

function updateKey(docName: string, seq: number): string {
  return `d!${docName}!u!${seq.toString(16).padStart(seqWidth, '0')}`;
}

function hexSeq(seq: number): Uint8Array {
  return Buffer.from(seq.toString(16).padStart(seqWidth, '0'), 'utf8');
}

type Put = { type: 'put'; key: string; value: Uint8Array };

interface Pending {
  docName: string;
  puts: Put[];
  segment: number;
}

export class LevelStore implements Store {
  readonly kind = 'leveldb' as const;
  readonly #db: ClassicLevel<string, Uint8Array>;
  readonly #journal: Journal;
  #pending: Pending[] = [];
  #flushScheduled = false;
  /** Appends so far, and how many of them are in LevelDB: reads wait for the second to catch up. */
  #appended = 0;
  #flushedCount = 0;
  #flushWaiters: { target: number; resolve: () => void }[] = [];
  /** Appends not yet in LevelDB, per doc: a read of another doc need not wait for them. */
  readonly #unflushedByDoc = new Map<string, number>();
  #closed = false;

  private constructor(db: ClassicLevel<string, Uint8Array>, journal: Journal) {
    this.#db = db;
    this.#journal = journal;
  }

  static async open(directory: string): Promise<LevelStore> {
    const db = new ClassicLevel<string, Uint8Array>(directory, {
      keyEncoding: 'utf8',
      valueEncoding: 'view',
    });
    await db.open();
    // After LevelDB's lock: no other process writes this journal.
    const journalDirectory = path.join(directory, journalDirectoryName);
    const left = readJournal(journalDirectory);
    if (left.entries.length > 0) await replay(db, left.entries);
    removeSegments(journalDirectory, left.segments);
    return new LevelStore(db, new Journal(journalDirectory, (left.segments.at(-1) ?? 0) + 1));
  }

  async loadDoc(docName: string): Promise<StoredDoc> {
    await this.#inLevelDb(docName);
    const updates: Uint8Array[] = [];
    const snapshot = await this.#db.get(`d!${docName}!s`);
    if (snapshot !== undefined) updates.push(snapshot);
    let lastSeq = await compactedThrough(this.#db, docName);
    const prefix = `d!${docName}!u!`;
    for await (const [key, value] of this.#db.iterator({ gt: prefix, lt: `${prefix}~` })) {
      updates.push(value);
      lastSeq = Math.max(lastSeq, parseInt(key.slice(prefix.length), 16));
    }
    return {
      updates,
      lastSeq,
      totalBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
    };
  }

  /**
   * Synchronous: the updates are in the journal file when it returns (in the OS page cache,
   * which survives a kill -9 of the process — the promise Vonk makes — not a power cut).
   */
  appendUpdates(docName: string, firstSeq: number, updates: Uint8Array[]): void {
    if (this.#closed) throw new Error('store is closed');
    const segment = this.#journal.append({ docName, firstSeq, updates });
    this.#unflushedByDoc.set(docName, (this.#unflushedByDoc.get(docName) ?? 0) + 1);
    this.#pending.push({
      docName,
      segment,
      // Copies: LevelDB reads them later, and the caller may reuse its buffers meanwhile.
      puts: updates.map((value, i) => ({
        type: 'put',
        key: updateKey(docName, firstSeq + i),
        value: value.slice(),
      })),
    });
    this.#appended += 1;
    this.#scheduleFlush();
  }

  #scheduleFlush(retryDelayMs = 0): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // Every room's appends of the interval share one LevelDB batch.
    setTimeout(() => void this.#flush(retryDelayMs), retryDelayMs || levelDbFlushIntervalMs);
  }

  async #flush(previousRetryDelayMs: number): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    try {
      await this.#db.batch(batch.flatMap((pending) => pending.puts));
    } catch {
      // Still in the journal, so nothing is lost; retried with backoff. Reads wait meanwhile.
      this.#pending = [...batch, ...this.#pending];
      this.#flushScheduled = false;
      const retryDelayMs = Math.min(
        Math.max(previousRetryDelayMs * 2, timing.storeRetryInitialMs),
        timing.storeRetryMaxMs,
      );
      this.#scheduleFlush(retryDelayMs);
      return;
    }
    const perSegment = new Map<number, number>();
    for (const pending of batch) {
      perSegment.set(pending.segment, (perSegment.get(pending.segment) ?? 0) + 1);
      const left = (this.#unflushedByDoc.get(pending.docName) ?? 0) - 1;
      if (left > 0) this.#unflushedByDoc.set(pending.docName, left);
      else this.#unflushedByDoc.delete(pending.docName);
    }
    for (const [segment, count] of perSegment) this.#journal.flushed(segment, count);
    this.#flushedCount += batch.length;
    this.#flushWaiters = this.#flushWaiters.filter((waiter) => {
      if (waiter.target > this.#flushedCount) return true;
      waiter.resolve();
      return false;
    });
    this.#flushScheduled = false;
    if (this.#pending.length > 0) this.#scheduleFlush();
  }

  /** Resolves when every append made so far (to `docName`, when given) is in LevelDB. */
  #inLevelDb(docName?: string): Promise<void> {
    const target = this.#appended;
    if (this.#flushedCount >= target) return Promise.resolve();
    if (docName !== undefined && !this.#unflushedByDoc.has(docName)) return Promise.resolve();
    return new Promise((resolve) => this.#flushWaiters.push({ target, resolve }));
  }

  async compactDoc(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    await this.#inLevelDb(docName);
    const prefix = `d!${docName}!u!`;
    const dels: { type: 'del'; key: string }[] = [];
    for await (const key of this.#db.keys({ gt: prefix, lte: updateKey(docName, throughSeq) })) {
      dels.push({ type: 'del', key });
    }
    await this.#db.batch([
      { type: 'put', key: `d!${docName}!s`, value: snapshot },
      { type: 'put', key: `d!${docName}!n`, value: hexSeq(throughSeq) },
      ...dels,
    ]);
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
    if (this.#closed) return;
    this.#closed = true;
    await this.#inLevelDb();
    this.#journal.close();
    await this.#db.close();
  }
}

async function compactedThrough(db: ClassicLevel<string, Uint8Array>, docName: string): Promise<number> {
  const value = await db.get(`d!${docName}!n`);
  return value === undefined ? 0 : parseInt(Buffer.from(value).toString('utf8'), 16);
}

/**
 * Writes what the journal holds into LevelDB. Entries a snapshot already covers are
 * skipped; the others are put under their own keys, so replaying twice changes nothing.
 */
async function replay(db: ClassicLevel<string, Uint8Array>, entries: JournalEntry[]): Promise<void> {
  const covered = new Map<string, number>();
  const puts: Put[] = [];
  for (const entry of entries) {
    if (!covered.has(entry.docName)) covered.set(entry.docName, await compactedThrough(db, entry.docName));
    const through = covered.get(entry.docName)!;
    entry.updates.forEach((value, i) => {
      const seq = entry.firstSeq + i;
      if (seq > through) puts.push({ type: 'put', key: updateKey(entry.docName, seq), value });
    });
  }
  await db.batch(puts);
}
