/**
 * The costs-and-feasibility table of a solution: rows of item × quantity × unit cost, a
 * total, and a per-person figure when the group says how many people it serves — e.g. one
 * coach at €70,000 a year for 50 anios is €1,400 per anios per year.
 */
export interface CostRow {
  id: string;
  item: string;
  /** null until the group fills it in (templates give item names only). */
  quantity: number | null;
  unitCost: number | null;
}

export interface CostSummary {
  rows: { id: string; total: number | null }[];
  /** Sum of the rows that have both numbers. */
  total: number;
  /** Rows still missing a quantity or a unit cost. */
  incompleteRows: number;
  perPerson: number | null;
}

export const costPeriods = ['year', 'once'] as const;
export type CostPeriod = (typeof costPeriods)[number];

export function rowTotal(row: CostRow): number | null {
  return row.quantity === null || row.unitCost === null ? null : row.quantity * row.unitCost;
}

export function summarizeCosts(rows: CostRow[], people: number | null): CostSummary {
  const totals = rows.map((row) => ({ id: row.id, total: rowTotal(row) }));
  const total = totals.reduce((sum, row) => sum + (row.total ?? 0), 0);
  return {
    rows: totals,
    total,
    incompleteRows: totals.filter((row) => row.total === null).length,
    perPerson: people !== null && people > 0 ? total / people : null,
  };
}

/** A number typed by a person (Dutch or English style) → a finite number ≥ 0, or null. */
export function parseAmount(input: string): number | null {
  const compact = input.replace(/[€\s]/g, '');
  if (compact === '') return null;
  // "70.000,50" (nl) and "70,000.50" (en): the last separator with 1–2 digits after it is
  // the decimal one; every other separator groups thousands.
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const whole = match[1]!.replace(/[.,]/g, '');
  const value = Number(match[3] === undefined ? whole : `${whole}.${match[3]}`);
  return Number.isFinite(value) && value >= 0 ? value : null;
}
