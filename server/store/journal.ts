import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The write-ahead journal in front of LevelDB: an append is one synchronous write() into
 * the current segment file, so it is in the OS page cache — as durable against kill -9 as
 * LevelDB's own log — before the room broadcasts, without waiting for a thread-pool round
 * trip. LevelDB gets the same entries a moment later, one batch every 10 ms across all
 * rooms; a segment is deleted once every entry in it is in LevelDB. At open, entries
 * that never reached LevelDB are replayed into it (see LevelStore.open).
 *
 * Record: u32 payload length (LE) · u32 CRC-32 of the payload · payload, where the payload
 * is lib0-encoded: docName · firstSeq · count · count × update bytes. A torn or corrupt
 * record ends a segment's replay: a write that did not complete was never acknowledged.
 */
export interface JournalEntry {
  docName: string;
  firstSeq: number;
  updates: Uint8Array[];
}

const headerBytes = 8;
const segmentPattern = /^segment-(\d{8})\.log$/;
/** A new segment after this many bytes, so that flushed entries can be deleted soon. */
export const journalSegmentBytes = 4 * 1024 * 1024;

function segmentName(segment: number): string {
  return `segment-${String(segment).padStart(8, '0')}.log`;
}

export function encodeJournalRecord(entry: JournalEntry): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, entry.docName);
  encoding.writeVarUint(encoder, entry.firstSeq);
  encoding.writeVarUint(encoder, entry.updates.length);
  for (const update of entry.updates) encoding.writeVarUint8Array(encoder, update);
  const payload = encoding.toUint8Array(encoder);
  const record = Buffer.allocUnsafe(headerBytes + payload.byteLength);
  record.writeUInt32LE(payload.byteLength, 0);
  record.writeUInt32LE(zlib.crc32(payload), 4);
  record.set(payload, headerBytes);
  return record;
}

/** Every whole, intact record of one segment, in order; stops at the first bad one. */
export function decodeJournalSegment(bytes: Uint8Array): { entries: JournalEntry[]; intactBytes: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset + headerBytes <= view.byteLength) {
    const length = view.readUInt32LE(offset);
    const end = offset + headerBytes + length;
    if (end > view.byteLength) break;
    const payload = view.subarray(offset + headerBytes, end);
    if (zlib.crc32(payload) !== view.readUInt32LE(offset + 4)) break;
    try {
      const decoder = decoding.createDecoder(payload);
      const docName = decoding.readVarString(decoder);
      const firstSeq = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      const updates: Uint8Array[] = [];
      // Copies: the segment's buffer is dropped after replay.
      for (let i = 0; i < count; i++) updates.push(decoding.readVarUint8Array(decoder).slice());
      entries.push({ docName, firstSeq, updates });
    } catch {
      break;
    }
    offset = end;
  }
  return { entries, intactBytes: offset };
}

/** What a journal directory holds from before a crash, oldest first. */
export function readJournal(directory: string): { entries: JournalEntry[]; segments: number[] } {
  fs.mkdirSync(directory, { recursive: true });
  const segments = fs
    .readdirSync(directory)
    .map((name) => segmentPattern.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b);
  const entries = segments.flatMap(
    (segment) => decodeJournalSegment(fs.readFileSync(path.join(directory, segmentName(segment)))).entries,
  );
  return { entries, segments };
}

export class Journal {
  readonly #directory: string;
  #segment: number;
  #fd: number;
  #segmentBytes = 0;
  /** Entries written but not yet in LevelDB, per segment. */
  readonly #unflushed = new Map<number, number>();

  /** Starts a fresh segment numbered after every existing one; call removeSegments for those. */
  constructor(directory: string, firstSegment: number) {
    this.#directory = directory;
    this.#segment = firstSegment;
    this.#fd = this.#open(firstSegment);
  }

  #open(segment: number): number {
    this.#unflushed.set(segment, 0);
    return fs.openSync(path.join(this.#directory, segmentName(segment)), 'wx');
  }

  /** Durable against kill -9 when it returns; throws when the write failed. Returns the segment. */
  append(entry: JournalEntry): number {
    if (this.#segmentBytes >= journalSegmentBytes) this.#rotate();
    const record = encodeJournalRecord(entry);
    let written = 0;
    try {
      while (written < record.byteLength) written += fs.writeSync(this.#fd, record, written);
    } catch (error) {
      // A partial record would end the replay of this segment, and with it every later
      // record: start a new segment so that the next append is readable.
      if (written > 0) this.#rotate();
      throw error;
    }
    this.#segmentBytes += record.byteLength;
    this.#unflushed.set(this.#segment, (this.#unflushed.get(this.#segment) ?? 0) + 1);
    return this.#segment;
  }

  /** The entries of `segment` counted here are in LevelDB now. */
  flushed(segment: number, entryCount: number): void {
    const left = (this.#unflushed.get(segment) ?? 0) - entryCount;
    this.#unflushed.set(segment, left);
    if (left === 0 && segment !== this.#segment) this.#remove(segment);
  }

  #rotate(): void {
    const previous = this.#segment;
    fs.closeSync(this.#fd);
    this.#segment += 1;
    this.#fd = this.#open(this.#segment);
    this.#segmentBytes = 0;
    if (this.#unflushed.get(previous) === 0) this.#remove(previous);
  }

  #remove(segment: number): void {
    this.#unflushed.delete(segment);
    fs.rmSync(path.join(this.#directory, segmentName(segment)), { force: true });
  }

  /** After everything is in LevelDB: nothing left to replay. */
  close(): void {
    fs.closeSync(this.#fd);
    for (const [segment, left] of this.#unflushed) if (left === 0) this.#remove(segment);
  }
}

export function removeSegments(directory: string, segments: number[]): void {
  for (const segment of segments) fs.rmSync(path.join(directory, segmentName(segment)), { force: true });
}
