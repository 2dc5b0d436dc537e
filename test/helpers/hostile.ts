import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { messageType, syncType } from '../../shared/protocol/wire.ts';

/** mulberry32: a small seeded generator, so a failing hostile input can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export interface HostileFrame {
  kind: string;
  frame: Uint8Array | string;
}

function frameOf(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** True when Yjs itself refuses the bytes as an update (on an empty doc). */
function yjsRefuses(update: Uint8Array): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), update);
    return false;
  } catch {
    return true;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Message types the server does not accept from a client (everything but 0, 1 and 3). */
function unknownType(random: () => number): number {
  for (;;) {
    const type = random() < 0.7 ? randomInt(random, 0, 127) : randomInt(random, 128, 2 ** 31);
    if (type !== messageType.sync && type !== messageType.awareness && type !== messageType.queryAwareness)
      return type;
  }
}

/** A varuint cut off after its first byte(s): every byte has the continuation bit set. */
function truncatedVarUint(random: () => number): number[] {
  return Array.from({ length: randomInt(random, 1, 9) }, () => 0x80 | randomInt(random, 0, 127));
}

const badJson = [
  '{',
  '{"user":',
  "{'user':{'name':'x'}}",
  '[1,]',
  'undefined',
  'NaN',
  '{"a":1}}',
  '<script>alert(1)</script>',
  '\u0000',
  '',
  '{"user":{"name":"x"},}',
  'nul',
  '--',
];

/**
 * `count` websocket frames, each of which the server must answer by closing the connection
 * with 4400: seeded random bytes behind an unknown message type, truncated varints, valid
 * sync headers around updates Yjs refuses, impossible state vectors, huge length prefixes,
 * unknown sync sub-types, awareness with invalid JSON or too few entries, and text frames.
 */
export function hostileFrames(count: number, seed: number): HostileFrame[] {
  const random = seededRandom(seed);
  const makers: [string, () => Uint8Array | string | null][] = [
    [
      'random bytes behind an unknown message type',
      () =>
        frameOf((e) => {
          encoding.writeVarUint(e, unknownType(random));
          encoding.writeUint8Array(e, randomBytes(random, randomInt(random, 0, 64)));
        }),
    ],
    [
      'a truncated varint',
      () => {
        const prefixes = [
          [],
          [messageType.sync],
          [messageType.sync, syncType.update],
          [messageType.awareness],
        ];
        return Uint8Array.from([...pick(random, prefixes), ...truncatedVarUint(random)]);
      },
    ],
    [
      'a sync header around an update Yjs refuses',
      () => {
        const garbage = frameOf((e) => {
          encoding.writeVarUint(e, randomInt(random, 1, 5));
          encoding.writeUint8Array(e, randomBytes(random, randomInt(random, 0, 48)));
        });
        if (!yjsRefuses(garbage)) return null;
        return frameOf((e) => {
          encoding.writeVarUint(e, messageType.sync);
          encoding.writeVarUint(e, random() < 0.5 ? syncType.update : syncType.step2);
          encoding.writeVarUint8Array(e, garbage);
        });
      },
    ],
    [
      'sync step 1 with an impossible state vector',
      () =>
        frameOf((e) => {
          // n ≥ 2 entries need at least 2n bytes; at most 3 follow.
          const stateVector = frameOf((sv) => {
            encoding.writeVarUint(sv, randomInt(random, 2, 100_000));
            encoding.writeUint8Array(
              sv,
              randomBytes(random, randomInt(random, 0, 3)).map((b) => b & 0x7f),
            );
          });
          encoding.writeVarUint(e, messageType.sync);
          encoding.writeVarUint(e, syncType.step1);
          encoding.writeVarUint8Array(e, stateVector);
        }),
    ],
    [
      'a huge length prefix',
      () =>
        frameOf((e) => {
          const header = pick(random, [
            [messageType.sync, syncType.update],
            [messageType.sync, syncType.step2],
            [messageType.sync, syncType.step1],
            [messageType.awareness],
          ]);
          for (const value of header) encoding.writeVarUint(e, value);
          const huge = pick(random, [
            2 ** 21 + randomInt(random, 0, 1000),
            2 ** 31 - 1,
            2 ** 32 + randomInt(random, 0, 1000),
            Number.MAX_SAFE_INTEGER,
            randomInt(random, 1_000, 2 ** 30),
          ]);
          encoding.writeVarUint(e, huge);
          encoding.writeUint8Array(e, randomBytes(random, randomInt(random, 0, 32)));
        }),
    ],
    [
      'a length prefix beyond 2^53',
      () =>
        Uint8Array.from([messageType.sync, syncType.update, ...Array.from({ length: 9 }, () => 0xff), 0x7f]),
    ],
    [
      'an unknown sync sub-type',
      () =>
        frameOf((e) => {
          encoding.writeVarUint(e, messageType.sync);
          encoding.writeVarUint(e, randomInt(random, 3, 2 ** 20));
          encoding.writeVarUint8Array(e, randomBytes(random, randomInt(random, 0, 32)));
        }),
    ],
    [
      'awareness with invalid JSON',
      () => {
        const state =
          random() < 0.5
            ? pick(random, badJson)
            : Array.from({ length: randomInt(random, 1, 24) }, () =>
                String.fromCharCode(randomInt(random, 32, 126)),
              ).join('');
        if (isJson(state)) return null;
        // Sometimes after a valid entry: the whole message is refused, not half of it.
        const valid = random() < 0.5;
        return frameOf((e) => {
          encoding.writeVarUint(e, messageType.awareness);
          encoding.writeVarUint8Array(
            e,
            frameOf((inner) => {
              encoding.writeVarUint(inner, valid ? 2 : 1);
              if (valid) {
                encoding.writeVarUint(inner, randomInt(random, 1, 2 ** 30));
                encoding.writeVarUint(inner, 1);
                encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Mallory' } }));
              }
              encoding.writeVarUint(inner, randomInt(random, 1, 2 ** 30));
              encoding.writeVarUint(inner, randomInt(random, 1, 1000));
              encoding.writeVarString(inner, state);
            }),
          );
        });
      },
    ],
    [
      'awareness with fewer entries than announced',
      () =>
        frameOf((e) => {
          encoding.writeVarUint(e, messageType.awareness);
          encoding.writeVarUint8Array(
            e,
            frameOf((inner) => {
              encoding.writeVarUint(inner, randomInt(random, 2, 1_000_000));
              encoding.writeVarUint(inner, randomInt(random, 1, 2 ** 30));
              encoding.writeVarUint(inner, 1);
              encoding.writeVarString(inner, '{}');
            }),
          );
        }),
    ],
    [
      'a text frame',
      () =>
        pick(random, [
          '{"type":"sync"}',
          'hello',
          '\u0000\u0001',
          JSON.stringify({ awareness: { user: 1 } }),
        ]),
    ],
  ];
  const frames: HostileFrame[] = [];
  while (frames.length < count) {
    const [kind, make] = makers[frames.length % makers.length]!;
    const frame = make();
    if (frame !== null) frames.push({ kind, frame });
  }
  return frames;
}
