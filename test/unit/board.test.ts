import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cardText,
  deleteCard,
  editCardText,
  moveCard,
  newCardId,
  type NewCard,
} from '../../shared/board/commands.ts';
import { boardSchemaVersion, cardsMap, isCardId, metaMap, type Polarity } from '../../shared/board/layout.ts';
import { isOrderKey, keyBetween, keysAfter } from '../../shared/board/order.ts';
import { localUserOrigin, seedOrigin } from '../../shared/board/origins.ts';
import { cardsInLane, projectBoard } from '../../shared/board/projection.ts';
import { limits } from '../../shared/protocol/limits.ts';

/** Deterministic, so a failing case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expectBetween(before: string | null, after: string | null): string {
  const key = keyBetween(before, after);
  expect(isOrderKey(key), `${key} is a valid key`).toBe(true);
  if (before !== null) expect(key > before, `${key} > ${before}`).toBe(true);
  if (after !== null) expect(key < after, `${key} < ${after}`).toBe(true);
  return key;
}

function expectStrictlyAscending(keys: string[]): void {
  for (let i = 1; i < keys.length; i++) {
    expect(keys[i - 1]! < keys[i]!, `${keys[i - 1]} < ${keys[i]} at ${i}`).toBe(true);
  }
}

describe('keyBetween', () => {
  it('finds a key strictly between two keys', () => {
    const pairs: [string, string][] = [
      ['1', 'z'],
      ['a', 'b'],
      ['1', '2'],
      ['y', 'z'],
      ['a', 'a5'],
      ['a', 'a1'],
      ['a01', 'a1'],
      ['0i', '1'],
      ['i', 'ii'],
      ['zzzz', 'zzzzz'],
      ['00001', '00002'],
    ];
    for (const [before, after] of pairs) expectBetween(before, after);
  });

  it('gives concrete keys at the open ends', () => {
    expect(keyBetween(null, null)).toBe('i');
    expect(keyBetween('i', null)).toBe('j');
    expect(keyBetween(null, 'i')).toBe('h');
    expect(keyBetween(null, '1')).toBe('0i');
    expect(keyBetween('z', null)).toBe('z1');
    expect(keyBetween('a', 'a1')).toBe('a0i');
  });

  it('goes below any key and above any key', () => {
    for (const key of ['1', '01', '0001', 'i', 'z', 'zzz', '5h7']) {
      expectBetween(null, key);
      expectBetween(key, null);
    }
  });

  it('throws when before is not below after', () => {
    expect(() => keyBetween('i', 'i')).toThrow(RangeError);
    expect(() => keyBetween('r', 'i')).toThrow(RangeError);
    expect(() => keyBetween('a1', 'a')).toThrow(RangeError);
    expect(() => keyBetween('z', '1')).toThrow('keyBetween: z is not before 1');
  });

  // Keys grow by one character per ~35 inserts at an end and per ~5 at one middle spot;
  // isOrderKey allows 1024 characters, far beyond these runs.
  const runs = 1_000;

  it('stays ordered and valid over a long run of inserts at the front', () => {
    const keys: string[] = [];
    for (let i = 0; i < runs; i++) keys.unshift(expectBetween(null, keys[0] ?? null));
    expectStrictlyAscending(keys);
    expect(keys.every(isOrderKey)).toBe(true);
  });

  it('stays ordered and valid over a long run of inserts at the back', () => {
    const keys: string[] = [];
    for (let i = 0; i < runs; i++) keys.push(expectBetween(keys.at(-1) ?? null, null));
    expectStrictlyAscending(keys);
    expect(keys.every(isOrderKey)).toBe(true);
    // Appending is the common move; it must not wear keys down.
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(40);
  });

  it('stays ordered and valid over a long run of inserts at the same middle spot', () => {
    const keys = [keyBetween(null, null), keyBetween('i', null)];
    // Always just after the first card: the new key's upper neighbour is the previous one.
    for (let i = 0; i < runs; i++) keys.splice(1, 0, expectBetween(keys[0]!, keys[1]!));
    expectStrictlyAscending(keys);
    expect(keys).toHaveLength(runs + 2);
    expect(keys.every(isOrderKey)).toBe(true);
  });

  it('stays ordered and valid over random inserts', () => {
    const random = mulberry32(7);
    const keys: string[] = [];
    for (let i = 0; i < 2_000; i++) {
      const at = Math.floor(random() * (keys.length + 1));
      keys.splice(at, 0, expectBetween(keys[at - 1] ?? null, keys[at] ?? null));
    }
    expectStrictlyAscending(keys);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(64);
  });

  it('keysAfter gives count ascending keys after the last one', () => {
    const keys = keysAfter('r', 5);
    expect(keys).toHaveLength(5);
    expectStrictlyAscending(['r', ...keys]);
    expect(keys.every(isOrderKey)).toBe(true);
    expect(keysAfter(null, 0)).toEqual([]);
    expect(keysAfter(null, 1)).toEqual(['i']);
  });

  it('isOrderKey refuses what keyBetween never makes', () => {
    for (const bad of ['', '0', 'i0', 'I', 'a-b', ' i', 'i ', '1'.repeat(1025), 5, null, undefined, ['i']]) {
      expect(isOrderKey(bad), String(bad)).toBe(false);
    }
    expect(isOrderKey('1'.repeat(1024))).toBe(true);
    expect(isOrderKey('0i')).toBe(true);
  });
});

interface RawCard {
  polarity?: unknown;
  text?: unknown;
  order?: unknown;
  authorId?: unknown;
  authorName?: unknown;
  createdAt?: unknown;
}

const validRaw = (): RawCard => ({
  polarity: 'stressor',
  text: new Y.Text('Nachtdiensten'),
  order: 'i',
  authorId: 'pabcdefghijk',
  authorName: 'Anna',
  createdAt: 1_750_000_000_000,
});

/** Writes a card as any peer could, bypassing the commands' checks. */
function putRaw(doc: Y.Doc, id: string, fields: RawCard, extra: Record<string, unknown> = {}): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({ ...fields, ...extra })) {
      if (value !== undefined) map.set(key, value);
    }
    cardsMap(doc).set(id, map);
  });
}

/** The same doc as a remote peer would receive it, through an update. */
function viaUpdate(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('projectBoard validation', () => {
  afterEach(() => {
    // A leak would poison every later test in this worker; fail here, and clean up.
    const leaked = Object.getOwnPropertyNames(Object.prototype).filter((key) =>
      ['polluted', 'polarity', 'text', 'order', 'createdAt'].includes(key),
    );
    for (const key of leaked) delete (Object.prototype as Record<string, unknown>)[key];
    expect(leaked).toEqual([]);
  });

  it('accepts a well-formed card and copies every field', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'cabcdefgh1', validRaw());
    expect(projectBoard(viaUpdate(doc))).toEqual({
      schemaVersion: boardSchemaVersion,
      cards: [
        {
          id: 'cabcdefgh1',
          polarity: 'stressor',
          text: 'Nachtdiensten',
          order: 'i',
          authorId: 'pabcdefghijk',
          authorName: 'Anna',
          createdAt: 1_750_000_000_000,
          tags: { code: null, context: null, need: null, phases: [], evidence: [] },
          sensitive: false,
        },
      ],
      rejected: [],
    });
  });

  it('rejects every malformed card, lists it, and keeps the good ones', () => {
    const doc = new Y.Doc();
    const cases: [string, RawCard][] = [
      ['cbadpolar01', { ...validRaw(), polarity: 'neutral' }],
      ['cbadpolar02', { ...validRaw(), polarity: 'Stressor' }],
      ['cbadpolar03', { ...validRaw(), polarity: undefined }],
      ['cnotext0001', { ...validRaw(), text: undefined }],
      ['cnotext0002', { ...validRaw(), text: 'plain string, not a Y.Text' }],
      ['cnotext0003', { ...validRaw(), text: new Y.Array() }],
      ['cbadorder01', { ...validRaw(), order: 'i0' }],
      ['cbadorder02', { ...validRaw(), order: 'I' }],
      ['cbadorder03', { ...validRaw(), order: '' }],
      ['cbadorder04', { ...validRaw(), order: 'a'.repeat(1025) }],
      ['cbadorder05', { ...validRaw(), order: 5 }],
      ['cbadorder06', { ...validRaw(), order: undefined }],
      ['cbadtime001', { ...validRaw(), createdAt: Number.NaN }],
      ['cbadtime002', { ...validRaw(), createdAt: Number.POSITIVE_INFINITY }],
      ['cbadtime003', { ...validRaw(), createdAt: Number.NEGATIVE_INFINITY }],
      ['cbadtime004', { ...validRaw(), createdAt: '1750000000000' }],
      ['cbadtime005', { ...validRaw(), createdAt: undefined }],
      // Ids the card id pattern refuses.
      ['Cabcdefgh1', validRaw()],
      ['cabc', validRaw()],
      ['c' + 'a'.repeat(25), validRaw()],
      ['cabcdefgh-', validRaw()],
      ['c_abcdefgh', validRaw()],
      ['cabcdéfgh1', validRaw()],
    ];
    for (const [id, raw] of cases) putRaw(doc, id, raw);
    putRaw(doc, 'cgood000001', validRaw());
    // Not a Y.Map at all: a plain JSON object under the cards map.
    doc.transact(() => cardsMap(doc).set('cplainobj01', { ...validRaw(), text: 'x' } as never));

    const board = projectBoard(viaUpdate(doc));
    expect(board.cards.map((card) => card.id)).toEqual(['cgood000001']);
    expect([...board.rejected].sort()).toEqual([...cases.map(([id]) => id), 'cplainobj01'].sort());
  });

  it('turns non-string author fields into null and cuts a long author name', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'cabcdefgh1', { ...validRaw(), authorId: 42, authorName: { first: 'Anna' } });
    putRaw(doc, 'cabcdefgh2', { ...validRaw(), order: 'r', authorName: 'N'.repeat(100) });
    const [first, second] = projectBoard(doc).cards;
    expect(first!.authorId).toBeNull();
    expect(first!.authorName).toBeNull();
    expect(second!.authorName).toBe('N'.repeat(limits.maxDisplayNameChars));
  });

  it('cuts text at maxCardTextChars', () => {
    const doc = new Y.Doc();
    const long = 'abcdefghij'.repeat(250);
    putRaw(doc, 'cabcdefgh1', { ...validRaw(), text: new Y.Text(long) });
    const [card] = projectBoard(viaUpdate(doc)).cards;
    expect(limits.maxCardTextChars).toBe(2_000);
    expect(card!.text).toHaveLength(limits.maxCardTextChars);
    expect(card!.text).toBe(long.slice(0, limits.maxCardTextChars));
  });

  it('rejects a card stored under the id __proto__ without touching Object.prototype', () => {
    const doc = new Y.Doc();
    putRaw(doc, '__proto__', validRaw());
    putRaw(doc, 'cgood000001', validRaw());

    const board = projectBoard(viaUpdate(doc));
    expect(board.rejected).toEqual(['__proto__']);
    expect(board.cards.map((card) => card.id)).toEqual(['cgood000001']);
    const probe: Record<string, unknown> = {};
    expect(probe.polarity).toBeUndefined();
    expect(Object.getPrototypeOf(board)).toBe(Object.prototype);
  });

  it('a __proto__ key inside a card map never reaches a prototype', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'cprotoonly1', {}, { __proto__: { polluted: 'yes', polarity: 'stressor' } });
    putRaw(doc, 'cprotoplus1', validRaw(), { __proto__: { polluted: 'yes' }, constructor: 'x' });

    const board = projectBoard(viaUpdate(doc));
    // Only the known fields are read, so the extra keys make no difference either way.
    expect(board.rejected).toEqual(['cprotoonly1']);
    const [card] = board.cards;
    expect(card!.id).toBe('cprotoplus1');
    expect(Object.getPrototypeOf(card)).toBe(Object.prototype);
    expect(Object.keys(card!).sort()).toEqual(
      ['authorId', 'authorName', 'createdAt', 'id', 'order', 'polarity', 'sensitive', 'tags', 'text'].sort(),
    );
    expect((card as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sorts by order, then by id for equal orders (concurrent inserts at one spot)', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'czzzzzzzz1', { ...validRaw(), order: 'r' });
    putRaw(doc, 'cbbbbbbbb1', { ...validRaw(), order: 'i' });
    putRaw(doc, 'caaaaaaaa1', { ...validRaw(), order: 'i' });
    putRaw(doc, 'cyyyyyyyy1', { ...validRaw(), order: '9' });
    expect(projectBoard(doc).cards.map((card) => card.id)).toEqual([
      'cyyyyyyyy1',
      'caaaaaaaa1',
      'cbbbbbbbb1',
      'czzzzzzzz1',
    ]);
  });

  it('reads the schema version from meta, with the current one as default', () => {
    const doc = new Y.Doc();
    expect(projectBoard(doc).schemaVersion).toBe(boardSchemaVersion);
    metaMap(doc).set('schemaVersion', 'two');
    expect(projectBoard(doc).schemaVersion).toBe(boardSchemaVersion);
    metaMap(doc).set('schemaVersion', 7);
    expect(projectBoard(doc).schemaVersion).toBe(7);
  });
});

const card = (id: string, polarity: Polarity, text: string): NewCard => ({
  id,
  polarity,
  text,
  authorId: 'pabcdefghijk',
  authorName: 'Anna',
  createdAt: 1_750_000_000_000,
});

function laneIds(doc: Y.Doc, polarity: Polarity): string[] {
  return cardsInLane(projectBoard(doc), polarity).map((c) => c.id);
}

/** Counts the updates a command emits, to prove no-ops write nothing. */
function countUpdates(doc: Y.Doc, run: () => void): number {
  let count = 0;
  const onUpdate = (): void => void count++;
  doc.on('update', onUpdate);
  run();
  doc.off('update', onUpdate);
  return count;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('board commands', () => {
  it('addCard appends at the end of its own lane', () => {
    const doc = new Y.Doc();
    addCard(doc, card('cstress0001', 'stressor', 'Administratie'));
    addCard(doc, card('cenergy0001', 'energy', 'Collega’s'));
    addCard(doc, card('cstress0002', 'stressor', 'Roosters'));
    addCard(doc, card('cstress0003', 'stressor', 'Nachtdiensten'));

    expect(laneIds(doc, 'stressor')).toEqual(['cstress0001', 'cstress0002', 'cstress0003']);
    expect(laneIds(doc, 'energy')).toEqual(['cenergy0001']);
    const board = projectBoard(doc);
    expect(board.rejected).toEqual([]);
    expect(board.cards.find((c) => c.id === 'cstress0002')).toEqual({
      id: 'cstress0002',
      polarity: 'stressor',
      text: 'Roosters',
      order: 'j',
      authorId: 'pabcdefghijk',
      authorName: 'Anna',
      createdAt: 1_750_000_000_000,
      tags: { code: null, context: null, need: null, phases: [], evidence: [] },
      sensitive: false,
    });
  });

  it('addCard cuts the text at maxCardTextChars', () => {
    const doc = new Y.Doc();
    addCard(doc, card('cabcdefgh1', 'energy', 'x'.repeat(limits.maxCardTextChars + 10)));
    expect(cardText(doc, 'cabcdefgh1')!.length).toBe(limits.maxCardTextChars);
  });

  it('addCard runs in one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => void origins.push(transaction.origin));
    addCard(doc, card('cabcdefgh1', 'energy', 'a'));
    addCard(doc, card('cabcdefgh2', 'energy', 'b'), seedOrigin);
    expect(origins).toEqual([localUserOrigin, seedOrigin]);
  });

  it('moveCard moves a card to another lane at an index', () => {
    const doc = new Y.Doc();
    for (const id of ['cstress0001', 'cstress0002', 'cstress0003']) addCard(doc, card(id, 'stressor', id));
    for (const id of ['cenergy0001', 'cenergy0002']) addCard(doc, card(id, 'energy', id));

    moveCard(doc, 'cstress0002', 'energy', 1);

    expect(laneIds(doc, 'stressor')).toEqual(['cstress0001', 'cstress0003']);
    expect(laneIds(doc, 'energy')).toEqual(['cenergy0001', 'cstress0002', 'cenergy0002']);
    expect(projectBoard(doc).cards.find((c) => c.id === 'cstress0002')!.polarity).toBe('energy');
  });

  it('moveCard to index 0 puts the card first, also within its own lane', () => {
    const doc = new Y.Doc();
    for (const id of ['cstress0001', 'cstress0002', 'cstress0003']) addCard(doc, card(id, 'stressor', id));
    addCard(doc, card('cenergy0001', 'energy', 'e'));

    moveCard(doc, 'cstress0003', 'stressor', 0);
    expect(laneIds(doc, 'stressor')).toEqual(['cstress0003', 'cstress0001', 'cstress0002']);

    moveCard(doc, 'cstress0001', 'energy', 0);
    expect(laneIds(doc, 'energy')).toEqual(['cstress0001', 'cenergy0001']);
    expect(laneIds(doc, 'stressor')).toEqual(['cstress0003', 'cstress0002']);
  });

  it('moveCard clamps the index and ignores the moved card among its neighbours', () => {
    const doc = new Y.Doc();
    for (const id of ['cstress0001', 'cstress0002', 'cstress0003']) addCard(doc, card(id, 'stressor', id));

    moveCard(doc, 'cstress0001', 'stressor', 99);
    expect(laneIds(doc, 'stressor')).toEqual(['cstress0002', 'cstress0003', 'cstress0001']);
    moveCard(doc, 'cstress0001', 'stressor', -3);
    expect(laneIds(doc, 'stressor')).toEqual(['cstress0001', 'cstress0002', 'cstress0003']);
    // Index 1 among the *other* cards: between 0002 and 0003.
    moveCard(doc, 'cstress0001', 'stressor', 1);
    expect(laneIds(doc, 'stressor')).toEqual(['cstress0002', 'cstress0001', 'cstress0003']);
  });

  it('moveCard into an empty lane, and of a missing card, which writes nothing', () => {
    const doc = new Y.Doc();
    addCard(doc, card('cstress0001', 'stressor', 'a'));
    moveCard(doc, 'cstress0001', 'energy', 0);
    expect(laneIds(doc, 'energy')).toEqual(['cstress0001']);
    expect(laneIds(doc, 'stressor')).toEqual([]);
    expect(countUpdates(doc, () => moveCard(doc, 'cmissing001', 'energy', 0))).toBe(0);
  });

  it('moves made concurrently by two peers converge to the same board', () => {
    const a = new Y.Doc();
    for (const id of ['cstress0001', 'cstress0002', 'cstress0003']) addCard(a, card(id, 'stressor', id));
    const b = viaUpdate(a);

    moveCard(a, 'cstress0003', 'stressor', 0);
    moveCard(b, 'cstress0001', 'energy', 0);
    sync(a, b);

    expect(projectBoard(a)).toEqual(projectBoard(b));
    expect(laneIds(a, 'stressor')).toEqual(['cstress0003', 'cstress0002']);
    expect(laneIds(a, 'energy')).toEqual(['cstress0001']);
  });

  it('editCardText makes the smallest splice', () => {
    const doc = new Y.Doc();
    addCard(doc, card('cabcdefgh1', 'stressor', 'Te veel administratie'));
    const deltas: unknown[] = [];
    cardText(doc, 'cabcdefgh1')!.observe((event) => void deltas.push(event.delta));

    editCardText(doc, 'cabcdefgh1', 'Te weinig administratie');
    editCardText(doc, 'cabcdefgh1', 'Te weinig administratie!');
    editCardText(doc, 'cabcdefgh1', 'Veel te weinig administratie!');
    editCardText(doc, 'cabcdefgh1', 'Veel te weinig administratie!');

    expect(deltas).toEqual([
      [{ retain: 3 }, { delete: 4 }, { insert: 'weinig' }],
      [{ retain: 23 }, { insert: '!' }],
      [{ delete: 1 }, { insert: 'Veel t' }],
    ]);
    expect(projectBoard(doc).cards[0]!.text).toBe('Veel te weinig administratie!');
  });

  it('editCardText with the same text, or of a missing card, writes nothing', () => {
    const doc = new Y.Doc();
    addCard(doc, card('cabcdefgh1', 'stressor', 'Roosters'));
    expect(countUpdates(doc, () => editCardText(doc, 'cabcdefgh1', 'Roosters'))).toBe(0);
    expect(countUpdates(doc, () => editCardText(doc, 'cmissing001', 'x'))).toBe(0);
  });

  it('editCardText cuts the text at maxCardTextChars', () => {
    const doc = new Y.Doc();
    addCard(doc, card('cabcdefgh1', 'stressor', 'kort'));
    editCardText(doc, 'cabcdefgh1', 'y'.repeat(limits.maxCardTextChars * 2));
    expect(cardText(doc, 'cabcdefgh1')!.toString()).toBe('y'.repeat(limits.maxCardTextChars));
  });

  it('concurrent edits to different parts of one text both survive', () => {
    const a = new Y.Doc();
    addCard(a, card('cabcdefgh1', 'stressor', 'Te veel administratie'));
    const b = viaUpdate(a);

    // Each peer retypes the whole field: only a minimal splice keeps the other's edit.
    editCardText(a, 'cabcdefgh1', 'Echt te veel administratie');
    editCardText(b, 'cabcdefgh1', 'Te veel administratie en regeldruk');
    sync(a, b);

    const expected = 'Echt te veel administratie en regeldruk';
    expect(cardText(a, 'cabcdefgh1')!.toString()).toBe(expected);
    expect(cardText(b, 'cabcdefgh1')!.toString()).toBe(expected);
    expect(projectBoard(a)).toEqual(projectBoard(b));
  });

  it('deleteCard removes the card, and only that card', () => {
    const doc = new Y.Doc();
    addCard(doc, card('cstress0001', 'stressor', 'a'));
    addCard(doc, card('cstress0002', 'stressor', 'b'));
    deleteCard(doc, 'cstress0001');

    expect(laneIds(doc, 'stressor')).toEqual(['cstress0002']);
    expect(cardsMap(doc).has('cstress0001')).toBe(false);
    expect(cardText(doc, 'cstress0001')).toBeNull();
  });

  it('a card deleted by one peer while another edits it stays deleted', () => {
    const a = new Y.Doc();
    addCard(a, card('cstress0001', 'stressor', 'Roosters'));
    const b = viaUpdate(a);

    deleteCard(a, 'cstress0001');
    editCardText(b, 'cstress0001', 'Roosters en diensten');
    sync(a, b);

    expect(projectBoard(a).cards).toEqual([]);
    expect(projectBoard(b).cards).toEqual([]);
  });

  it('newCardId makes ids the projection accepts', () => {
    const random = mulberry32(3);
    for (let i = 0; i < 100; i++) expect(isCardId(newCardId(random))).toBe(true);
    expect(newCardId(() => 0)).toBe('c000000000000');
    expect(newCardId(() => 0.999999)).toBe('czzzzzzzzzzzz');
  });
});
