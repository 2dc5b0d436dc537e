import { describe, expect, it } from 'vitest';
import { parseAmount, rowTotal, summarizeCosts, type CostRow } from '../../shared/board/costs.ts';

const row = (id: string, quantity: number | null, unitCost: number | null, item = id): CostRow => ({
  id,
  item,
  quantity,
  unitCost,
});

describe('rowTotal', () => {
  it('is quantity × unit cost', () => {
    expect(rowTotal(row('a', 1, 70_000))).toBe(70_000);
    expect(rowTotal(row('a', 2.5, 100))).toBe(250);
    expect(rowTotal(row('a', 0, 100))).toBe(0);
  });

  it('is null until both numbers are there (templates give item names only)', () => {
    expect(rowTotal(row('a', null, 70_000))).toBeNull();
    expect(rowTotal(row('a', 1, null))).toBeNull();
    expect(rowTotal(row('a', null, null))).toBeNull();
  });
});

describe('summarizeCosts', () => {
  it('one coach at €70,000 a year for 50 anios is €1,400 per person', () => {
    const summary = summarizeCosts([row('coach', 1, 70_000, "Coach's yearly salary")], 50);
    expect(summary.total).toBe(70_000);
    expect(summary.perPerson).toBe(1_400);
    expect(summary.incompleteRows).toBe(0);
    expect(summary.rows).toEqual([{ id: 'coach', total: 70_000 }]);
  });

  it('adds up complete rows and counts the incomplete ones without guessing them', () => {
    const summary = summarizeCosts(
      [row('a', 2, 1_000), row('b', null, 500), row('c', 3, null), row('d', 1, 250.5)],
      10,
    );
    expect(summary.total).toBe(2_250.5);
    expect(summary.incompleteRows).toBe(2);
    expect(summary.rows.map((r) => r.total)).toEqual([2_000, null, null, 250.5]);
    expect(summary.perPerson).toBeCloseTo(225.05);
  });

  it('has no per-person figure without a positive number of people', () => {
    expect(summarizeCosts([row('a', 1, 100)], null).perPerson).toBeNull();
    expect(summarizeCosts([row('a', 1, 100)], 0).perPerson).toBeNull();
  });

  it('is zero for no rows', () => {
    const summary = summarizeCosts([], 50);
    expect(summary).toEqual({ rows: [], total: 0, incompleteRows: 0, perPerson: 0 });
  });
});

describe('parseAmount', () => {
  it.each([
    ['70.000', 70_000],
    ['70,000', 70_000],
    ['1.400,50', 1_400.5],
    ['1,400.50', 1_400.5],
    ['€ 70 000', 70_000],
    ['€70.000', 70_000],
    ['70000', 70_000],
    ['1.000.000', 1_000_000],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['12,50', 12.5],
    ['0', 0],
    ['  50 ', 50],
  ])('reads %j as %d', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each(['', '   ', 'abc', '-5', '70.000,', '7,00,000', '1.2.3', '€', '5e3', 'NaN'])(
    'refuses %j',
    (input) => {
      expect(parseAmount(input)).toBeNull();
    },
  );
});
