import { describe, expect, it } from 'vitest';
import { shareStructure } from '../../client/src/lib/sync/shareStructure.ts';

const card = (id: string, text: string) => ({ id, text, tags: { code: null, phases: ['a'] } });

describe('shareStructure', () => {
  it('keeps every unchanged card, replaces only the changed one', () => {
    const previous = { schemaVersion: 1, cards: [card('c1', 'een'), card('c2', 'twee')], rejected: [] };
    const next = { schemaVersion: 1, cards: [card('c1', 'een'), card('c2', 'twee!')], rejected: [] };
    const shared = shareStructure(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.cards[0]).toBe(previous.cards[0]);
    expect(shared.cards[1]).not.toBe(previous.cards[1]);
    expect(shared.cards[1]!.tags).toBe(previous.cards[1]!.tags);
    expect(shared.rejected).toBe(previous.rejected);
  });

  it('returns the previous value itself when nothing changed', () => {
    const previous = { cards: [card('c1', 'een')], rejected: ['x'] };
    expect(shareStructure(previous, structuredClone(previous))).toBe(previous);
  });

  it('matches items by id when they moved, and by index when they have no id', () => {
    const previous = [card('c1', 'een'), card('c2', 'twee')];
    const moved = shareStructure(previous, [card('c2', 'twee'), card('c1', 'een')]);
    expect(moved).not.toBe(previous);
    expect(moved[0]).toBe(previous[1]);
    expect(moved[1]).toBe(previous[0]);
    const plain = [[1, 2], [3]];
    expect(
      shareStructure(plain, [
        [1, 2],
        [3, 4],
      ])[0],
    ).toBe(plain[0]);
  });

  it('notices added and removed keys and items, and never shares Maps', () => {
    const previous = { a: 1, list: [1, 2], nodes: new Map([['x', 1]]) };
    const next = { a: 1, b: undefined, list: [1], nodes: new Map([['x', 1]]) };
    const shared = shareStructure(previous, next);
    expect(shared).not.toBe(previous);
    expect('b' in shared).toBe(true);
    expect(shared.list).toEqual([1]);
    expect(shared.nodes).toBe(next.nodes);
  });
});
