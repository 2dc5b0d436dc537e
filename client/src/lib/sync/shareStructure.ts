/**
 * Returns `next`, but with every part that equals the same part of `previous` replaced by
 * the previous object, so that a view recomputed after a change keeps the identity of
 * everything the change did not touch. Svelte then updates only what changed: one typed
 * key re-renders one card, not all 500 of a board.
 *
 * Plain objects are compared key by key; arrays item by item, matched by `id` when every
 * item has a string id (cards move between lanes and positions), otherwise by index.
 * Anything else (Maps, class instances) is kept only when it is the same object.
 */
export function shareStructure<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(next) && Array.isArray(previous)) return shareArray(previous, next) as T;
  if (isPlainObject(next) && isPlainObject(previous)) return shareObject(previous, next) as T;
  return next;
}

function shareArray(previous: unknown[], next: unknown[]): unknown[] {
  const byId = idsOf(previous);
  let same = previous.length === next.length;
  const shared = next.map((item, i) => {
    const id = byId && isPlainObject(item) && typeof item.id === 'string' ? item.id : null;
    const earlier = id !== null ? byId!.get(id) : previous[i];
    const kept = shareStructure(earlier, item);
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? previous : shared;
}

function shareObject(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  const shared: Record<string, unknown> = {};
  for (const key of keys) {
    shared[key] = shareStructure(previous[key], next[key]);
    if (shared[key] !== previous[key] || !(key in previous)) same = false;
  }
  return same ? previous : shared;
}

/** The items by id, when every item has a string id; null otherwise. */
function idsOf(items: unknown[]): Map<string, unknown> | null {
  const byId = new Map<string, unknown>();
  for (const item of items) {
    if (!isPlainObject(item) || typeof item.id !== 'string') return null;
    byId.set(item.id, item);
  }
  return byId;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
