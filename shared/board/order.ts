/**
 * Fractional order keys: a card moves by getting a new key between its neighbours, never
 * by delete + insert (which would duplicate or lose it under concurrent moves).
 * Keys are base-36 digit strings read as fractions in (0, 1); they never end in '0', so a
 * key strictly between two keys always exists. Equal keys (two peers inserting at the same
 * spot) are ordered by card id.
 */
const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
const base = digits.length;
const keyPattern = /^[0-9a-z]*[1-9a-z]$/;
/** Far beyond what a lane needs; a bound so a hostile peer cannot grow keys without end. */
const maxKeyChars = 1024;

export function isOrderKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxKeyChars && keyPattern.test(value);
}

/**
 * A key strictly between `before` and `after` (null = open end). Appending and prepending —
 * the common moves — step the first digit that can move, so keys grow by one character per
 * ~35 inserts at an end; inserting in the middle takes the midpoint.
 */
export function keyBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    throw new RangeError(`keyBetween: ${before} is not before ${after}`);
  }
  if (before === null && after === null) return digits[base / 2]!;
  if (after === null) return increment(before!);
  if (before === null) return decrement(after);
  return midpoint(before, after);
}

function increment(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const digit = digits.indexOf(key[i]!);
    if (digit < base - 1) return key.slice(0, i) + digits[digit + 1];
  }
  return key + digits[1];
}

function decrement(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const digit = digits.indexOf(key[i]!);
    if (digit >= 2) return key.slice(0, i) + digits[digit - 1];
    // A key must not end in '0', so below '1' we go one level deeper.
    if (digit === 1) return key.slice(0, i) + '0' + digits[base / 2];
  }
  throw new RangeError(`keyBetween: ${key} is not a valid order key`);
}

function midpoint(before: string, after: string): string {
  let prefix = '';
  let upper: string | null = after;
  for (let i = 0; ; i++) {
    const low = i < before.length ? digits.indexOf(before[i]!) : 0;
    const high = upper !== null && i < upper.length ? digits.indexOf(upper[i]!) : base;
    if (low === high) {
      prefix += digits[low];
      continue;
    }
    const mid = Math.floor((low + high) / 2);
    if (mid > low) return prefix + digits[mid];
    // high === low + 1: keep `low` here; anything after it is below `upper` already.
    prefix += digits[low];
    upper = null;
  }
}

/** Keys for appending n items after `last`, for seeding and imports. */
export function keysAfter(last: string | null, count: number): string[] {
  const keys: string[] = [];
  let previous = last;
  for (let i = 0; i < count; i++) {
    previous = keyBetween(previous, null);
    keys.push(previous);
  }
  return keys;
}
