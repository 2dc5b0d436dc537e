import * as Y from 'yjs';
import { limits } from '../../shared/protocol/limits.ts';

/**
 * A bound, computed before an untrusted update is applied, on how much work Yjs will do to
 * place its items: the conflict scan of `Item.integrate` (YATA) and the walks along a map
 * key's history. Those are the only parts of `Y.applyUpdate` that are not linear in the
 * update: an item inserted where other items were inserted concurrently scans them, so
 * thousands of items at one spot cost millions of steps (measured: 6,000 + 6,000 one-character
 * inserts at the start of a text, 72 kB, block the event loop for about 5 s; two client ids
 * are enough, so counting client ids alone does not bound it).
 *
 * Why the bound holds (Yjs 13.6 `Item.integrate`): the scan for an item Z starts right
 * after Z's origin and goes on only through items whose origin equals Z's origin (Z's
 * "siblings") or lies in an item already scanned (their descendants), until Z's right
 * origin. So a Z without a sibling scans at most one item, whatever the doc holds. For a Z
 * with siblings the estimate adds the doc items the same test lets the scan pass (a run
 * right after the origin: a doc item never has its origin in the update) and the update's
 * items that hang off a sibling or off one of those doc items (from the update's own origin
 * tree), plus the pieces splits make. Siblings on the chain of Z's right origins lie right
 * of it and are never scanned, which keeps honest edits (typing at the start of a text
 * again, inserting before one's own insert) at one step. It can over-count siblings whose
 * position it cannot tell without integrating; it must never under-count (checked by a
 * seeded fuzz of crafted and honest updates against a Yjs instrumented to count its scan).
 *
 * Items that Yjs keeps pending (a dependency is missing) are integrated later, by the
 * update that completes them, and then scan like any other. `admitUpdate` therefore lets
 * an update leave items pending only while nothing else waits (so what waits is one
 * update's rest), and an update that completes them is estimated together with them.
 *
 * Work here is linear in the update plus the steps it counts, and stops as soon as a limit
 * is exceeded. Only V1 is decoded from client bytes; the doc's pending structs are V2 that
 * Yjs itself encoded (it merges them with `mergeUpdatesV2` on every apply anyway).
 */

export interface GuardLimits {
  /** Client ids an update may add to the doc. */
  maxClientIdsPerUpdate: number;
  /** Conflict-scan steps beyond one per item that one update may cost. */
  maxScanStepsPerUpdate: number;
  /** Structs one update may leave waiting for a missing dependency. */
  maxPendingStructs: number;
}

export const defaultGuardLimits: GuardLimits = {
  maxClientIdsPerUpdate: limits.maxClientIdsPerUpdate,
  maxScanStepsPerUpdate: limits.maxScanStepsPerUpdate,
  maxPendingStructs: limits.maxPendingStructs,
};

/** For estimating what is already stored (the load): nothing is refused. */
export const unlimited: GuardLimits = {
  maxClientIdsPerUpdate: Infinity,
  maxScanStepsPerUpdate: Infinity,
  maxPendingStructs: Infinity,
};

export type GuardLimit = 'clients' | 'scan' | 'pending' | 'malformed';

export type GuardVerdict =
  | {
      ok: true;
      /** Structs (items, GC ranges and skips) the update holds. */
      structs: number;
      /** Client ids the doc does not know yet. */
      newClients: number;
      /**
       * Upper bound on the steps of Yjs's conflict scans and map-key walks beyond the one
       * step every item takes (0 for an update without concurrent inserts).
       */
      scanSteps: number;
      /** The update's structs that will wait for a missing dependency. */
      leavesPending: number;
      /** The update completes something the doc's pending structs wait for: Yjs retries them. */
      completesPending: boolean;
    }
  | { ok: false; reason: string; limit: GuardLimit };

type Struct = Y.Item | Y.GC | Y.AbstractStruct;

/** One struct of the update (or of the doc's pending structs). */
interface Node {
  struct: Struct;
  client: number;
  clock: number;
  end: number;
  /** Index in its client's list. */
  index: number;
  /** One of the doc's pending structs, not of the update. */
  carried: boolean;
  /** 0 unknown, 1 on the stack, 2 integrates now, 3 waits (or Yjs refuses it). */
  state: 0 | 1 | 2 | 3;
  /** Already in the doc entirely: Yjs skips it. */
  known: boolean;
  /** The item becomes a GC struct (its left, right or parent is garbage collected). */
  gc: boolean;
  origin: Y.ID | null;
  list: List | null;
  /** Update node that holds the origin, for the origin tree. */
  originNode: Node | null;
  /** Pieces other items of the update split off this one (each is scanned on its own). */
  splits: number;
  subtree: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as Yjs's own signatures type it
type DocType = Y.AbstractType<any>;

/** A sequence Yjs integrates into: a type's list, or one key's history in a map. */
interface List {
  key: string;
  /** The type when the doc has it (else the list is new and empty in the doc). */
  type: DocType | null;
  sub: string | null;
}

class Refusal extends Error {
  constructor(
    readonly limit: GuardLimit,
    reason: string,
  ) {
    super(reason);
  }
}

const typeIds = new WeakMap<object, number>();
let nextTypeId = 1;
function typeKey(type: object): string {
  let id = typeIds.get(type);
  if (id === undefined) {
    id = nextTypeId++;
    typeIds.set(type, id);
  }
  return `t${id}`;
}

const pendingCache = new WeakMap<Uint8Array, Struct[]>();

function pendingStructsOf(doc: Y.Doc): Struct[] {
  const pending = doc.store.pendingStructs;
  if (pending === null) return [];
  let structs = pendingCache.get(pending.update);
  if (!structs) {
    // Yjs encoded these bytes itself (see the comment at the top).
    structs = Y.decodeUpdateV2(pending.update).structs;
    pendingCache.set(pending.update, structs);
  }
  return structs;
}

/** Inspects an untrusted V1 update against the doc it is about to be applied to. */
export function inspectUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  options: { limits?: GuardLimits; includePending?: boolean } = {},
): GuardVerdict {
  const lim = options.limits ?? defaultGuardLimits;
  let decoded: Struct[];
  try {
    decoded = Y.decodeUpdate(update).structs;
  } catch {
    return { ok: false, limit: 'malformed', reason: 'malformed update' };
  }
  const carried = options.includePending === false ? [] : pendingStructsOf(doc);
  try {
    return new Estimate(doc, decoded, carried, lim).run();
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, limit: error.limit, reason: error.message };
    // Structures Yjs itself cannot make sense of (it would throw too): refused, unapplied.
    return { ok: false, limit: 'malformed', reason: 'malformed update' };
  }
}

class Estimate {
  readonly #doc: Y.Doc;
  readonly #lim: GuardLimits;
  /** The update's structs per client, sorted by clock, without overlaps. */
  readonly #clients = new Map<number, Node[]>();
  readonly #nodes: Node[] = [];
  readonly #structCount: number;
  readonly #order: Node[] = [];
  readonly #siblingTotal = new Map<string, number>();
  /** Sizes of the update's subtrees hanging off each doc item. */
  readonly #hang = new Map<Y.Item, number>();
  /** Update items hanging off the start of a list or map key (origin null). */
  readonly #listItems = new Map<string, number>();
  #steps = 0;

  constructor(doc: Y.Doc, decoded: Struct[], carried: Struct[], lim: GuardLimits) {
    this.#doc = doc;
    this.#lim = lim;
    this.#structCount = decoded.length;
    // Yjs keeps only the last run of structs of a client that appears twice in one update.
    const decodedRuns = new Map<number, Node[]>();
    let runClient: number | null = null;
    for (const struct of decoded) {
      const client = struct.id.client;
      if (client !== runClient) decodedRuns.set(client, []);
      runClient = client;
      if (struct instanceof Y.Item || struct instanceof Y.GC)
        decodedRuns.get(client)!.push(this.#node(struct, false));
    }
    const carriedRuns = new Map<number, Node[]>();
    for (const struct of carried) {
      if (!(struct instanceof Y.Item) && !(struct instanceof Y.GC)) continue;
      const client = struct.id.client;
      let run = carriedRuns.get(client);
      if (!run) carriedRuns.set(client, (run = []));
      run.push(this.#node(struct, true));
    }
    for (const client of new Set([...decodedRuns.keys(), ...carriedRuns.keys()])) {
      const run = decodedRuns.get(client) ?? [];
      const list = run.slice();
      const first = run[0];
      const last = run[run.length - 1];
      for (const node of carriedRuns.get(client) ?? []) {
        // The doc's pending structs are retried after the update: Yjs integrates the part
        // of one past what the update brought, after its own previous character.
        if (first && last && node.clock < last.end && node.end > first.clock) node.clock = last.end;
        if (node.clock < node.end) list.push(node);
      }
      list.sort((a, b) => a.clock - b.clock);
      const kept: Node[] = [];
      for (const node of list) {
        const previous = kept[kept.length - 1];
        if (previous && node.end <= previous.end) continue;
        if (previous && node.clock < previous.end) node.clock = previous.end;
        node.index = kept.length;
        kept.push(node);
      }
      if (kept.length === 0) continue;
      this.#clients.set(client, kept);
      for (const node of kept) this.#nodes.push(node);
    }
  }

  #node(struct: Struct, carried: boolean): Node {
    return {
      struct,
      carried,
      client: struct.id.client,
      clock: struct.id.clock,
      end: struct.id.clock + struct.length,
      index: 0,
      state: 0,
      known: false,
      gc: false,
      origin: null,
      list: null,
      originNode: null,
      splits: 0,
      subtree: 0,
    };
  }

  run(): GuardVerdict {
    let newClients = 0;
    for (const [client, list] of this.#clients) {
      if (!this.#doc.store.clients.has(client) && list.some((node) => !node.carried)) newClients++;
    }
    if (newClients > this.#lim.maxClientIdsPerUpdate) {
      throw new Refusal(
        'clients',
        `update too complex: ${newClients} new client ids (at most ${this.#lim.maxClientIdsPerUpdate})`,
      );
    }

    for (const node of this.#nodes) this.#resolve(node);
    let leavesPending = 0;
    for (const node of this.#nodes) if (node.state === 3 && !node.carried) leavesPending++;

    // Lists, origins and the origin tree, in dependency order.
    for (const node of this.#order) this.#place(node);
    for (const node of this.#order) if (this.#integrates(node)) this.#countSplits(node);
    for (let i = this.#order.length - 1; i >= 0; i--) {
      const node = this.#order[i]!;
      if (!this.#integrates(node)) continue;
      node.subtree += 1 + node.splits;
      if (node.originNode) node.originNode.subtree += node.subtree;
    }
    for (const node of this.#order) {
      if (!this.#integrates(node)) continue;
      const key = this.#siblingKey(node);
      this.#siblingTotal.set(key, (this.#siblingTotal.get(key) ?? 0) + node.subtree);
      if (node.originNode === null && node.origin !== null) {
        const located = this.#docStruct(node.origin);
        if (located instanceof Y.Item) this.#hang.set(located, (this.#hang.get(located) ?? 0) + node.subtree);
      }
      if (node.list) this.#listItems.set(node.list.key, (this.#listItems.get(node.list.key) ?? 0) + 1);
    }

    let scanSteps = 0;
    for (const node of this.#order) {
      if (!this.#integrates(node)) continue;
      scanSteps += this.#cost(node) - 1;
      if (scanSteps > this.#lim.maxScanStepsPerUpdate) {
        throw new Refusal(
          'scan',
          `update too complex: over ${this.#lim.maxScanStepsPerUpdate} conflict-scan steps`,
        );
      }
    }
    return {
      ok: true,
      structs: this.#structCount,
      newClients,
      scanSteps,
      leavesPending,
      completesPending: this.#completesPending(),
    };
  }

  /** Whether a client the doc's pending structs wait for reaches the clock they need. */
  #completesPending(): boolean {
    const pending = this.#doc.store.pendingStructs;
    if (pending === null) return false;
    for (const [client, clock] of pending.missing) {
      let state = this.#docState(client);
      for (const node of this.#clients.get(client) ?? [])
        if (node.state === 2) state = Math.max(state, node.end);
      if (clock < state) return true;
    }
    return false;
  }

  #integrates(node: Node): node is Node & { struct: Y.Item; list: List } {
    return node.state === 2 && !node.known && !node.gc && node.list !== null && node.struct instanceof Y.Item;
  }

  /** Counts one unit of the estimate's own work, so that it stays linear plus its limit. */
  #work(): void {
    this.#steps++;
    if (this.#steps > this.#lim.maxScanStepsPerUpdate + 4 * this.#nodes.length) {
      throw new Refusal('scan', `update too complex: over ${this.#lim.maxScanStepsPerUpdate} steps`);
    }
  }

  #docState(client: number): number {
    const structs = this.#doc.store.clients.get(client);
    if (!structs || structs.length === 0) return 0;
    const last = structs[structs.length - 1]!;
    return last.id.clock + last.length;
  }

  #docStruct(id: Y.ID): Struct | null {
    const structs = this.#doc.store.clients.get(id.client);
    if (!structs) return null;
    return findStruct(
      structs,
      id.clock,
      (s) => s.id.clock,
      (s) => s.id.clock + s.length,
    );
  }

  #updateNode(id: Y.ID): Node | null {
    const list = this.#clients.get(id.client);
    if (!list) return null;
    return findStruct(
      list,
      id.clock,
      (n) => n.clock,
      (n) => n.end,
    );
  }

  /**
   * Whether a struct integrates now, as Yjs's integrateStructs decides it: its client has
   * no gap before it, and what it refers to from other clients is in the doc or integrates
   * now. Iterative depth-first search; cycles wait.
   */
  #resolve(root: Node): void {
    if (root.state !== 0) return;
    const stack: { node: Node; deps: (Node | null)[] | null; i: number }[] = [
      { node: root, deps: null, i: 0 },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = frame.node;
      if (frame.deps === null) {
        node.state = 1;
        frame.deps = this.#dependencies(node);
        if (frame.deps.includes(null)) {
          node.state = 3;
          stack.pop();
          continue;
        }
      }
      if (frame.i < frame.deps.length) {
        const dep = frame.deps[frame.i]!;
        if (dep.state === 0) {
          stack.push({ node: dep, deps: null, i: 0 }); // looked at again once it is decided
        } else if (dep.state === 2) {
          frame.i++;
        } else {
          node.state = 3; // it waits, or is on the stack (a cycle)
          stack.pop();
        }
        continue;
      }
      node.state = 2;
      this.#order.push(node);
      stack.pop();
    }
  }

  /** Update nodes this one needs first; null for something that is nowhere. */
  #dependencies(node: Node): (Node | null)[] {
    const deps: (Node | null)[] = [];
    const docState = this.#docState(node.client);
    if (node.end <= docState) {
      node.known = true;
      return deps;
    }
    if (node.clock > docState) {
      // Yjs integrates a struct only when its client's clock reaches it.
      const previous = node.index > 0 ? this.#clients.get(node.client)![node.index - 1]! : null;
      deps.push(previous !== null && previous.end === node.clock ? previous : null);
    }
    const item = node.struct;
    if (!(item instanceof Y.Item)) return deps;
    const refs: Y.ID[] = [];
    if (item.origin) refs.push(item.origin);
    if (item.rightOrigin) refs.push(item.rightOrigin);
    if (item.parent instanceof Y.ID) refs.push(item.parent);
    for (const ref of refs) {
      if (ref.client === node.client) {
        // Yjs does not wait for its own client; a reference forward in it makes Yjs throw.
        if (ref.clock >= node.clock) deps.push(null);
        continue;
      }
      if (ref.clock < this.#docState(ref.client)) continue;
      deps.push(this.#updateNode(ref));
    }
    return deps;
  }

  /** Where an integrating item goes: its effective origin, list and origin-tree parent. */
  #place(node: Node): void {
    if (node.known) return;
    const item = node.struct;
    if (!(item instanceof Y.Item)) return;
    // Partly known: Yjs integrates the rest after its own last known character.
    const start = Math.max(node.clock, this.#docState(node.client));
    node.origin = start > item.id.clock ? Y.createID(node.client, start - 1) : item.origin;
    if (node.origin) {
      const located = this.#locate(node.origin);
      if (located === null) return;
      if (located.gc) {
        node.gc = true;
        return;
      }
      node.list = located.list;
      node.originNode = located.node;
    }
    if (item.rightOrigin) {
      const located = this.#locate(item.rightOrigin);
      if (located === null) return;
      if (located.gc) {
        node.gc = true;
        return;
      }
      node.list ??= located.list;
    }
    if (!node.origin && !item.rightOrigin) node.list = this.#listOfParent(node);
  }

  /** An origin inside an item, or a right origin inside one, splits that item in two. */
  #countSplits(node: Node & { struct: Y.Item }): void {
    const split = (id: Y.ID | null, atEnd: boolean): void => {
      if (id === null) return;
      if (id.clock < this.#docState(id.client)) {
        const struct = this.#docStruct(id);
        if (!(struct instanceof Y.Item)) return;
        if (atEnd ? id.clock < struct.id.clock + struct.length - 1 : id.clock > struct.id.clock)
          this.#hang.set(struct, (this.#hang.get(struct) ?? 0) + 1);
        return;
      }
      const owner = this.#updateNode(id);
      if (owner && (atEnd ? id.clock < owner.end - 1 : id.clock > owner.clock)) owner.splits++;
    };
    split(node.origin, true);
    split(node.struct.rightOrigin, false);
  }

  #locate(id: Y.ID): { gc: boolean; list: List | null; node: Node | null } | null {
    if (id.clock < this.#docState(id.client)) {
      const struct = this.#docStruct(id);
      const list = struct instanceof Y.Item ? this.#docList(struct) : null;
      if (list === null) return { gc: true, list: null, node: null };
      return { gc: false, list, node: null };
    }
    const node = this.#updateNode(id);
    if (!node || node.state !== 2) return null;
    if (node.gc || !(node.struct instanceof Y.Item)) return { gc: true, list: null, node: null };
    return { gc: false, list: node.list, node };
  }

  #docList(item: Y.Item): List | null {
    const type = item.parent;
    if (!(type instanceof Y.AbstractType)) return null;
    return { key: `${typeKey(type)}/${subKey(item.parentSub)}`, type, sub: item.parentSub };
  }

  #listOfParent(node: Node): List | null {
    const item = node.struct as Y.Item;
    const parent = item.parent as unknown;
    const sub = item.parentSub;
    if (typeof parent === 'string') {
      const type = this.#doc.share.get(parent) ?? null;
      const key = type ? typeKey(type) : `r${JSON.stringify(parent)}`;
      return { key: `${key}/${subKey(sub)}`, type, sub };
    }
    if (parent instanceof Y.ID) {
      if (parent.clock < this.#docState(parent.client)) {
        const struct = this.#docStruct(parent);
        if (!(struct instanceof Y.Item)) {
          node.gc = true;
          return null;
        }
        if (!(struct.content instanceof Y.ContentType)) return null; // Yjs throws
        const type = struct.content.type;
        return { key: `${typeKey(type)}/${subKey(sub)}`, type, sub };
      }
      const owner = this.#updateNode(parent);
      if (!owner || owner.gc || !(owner.struct instanceof Y.Item)) {
        node.gc = true;
        return null;
      }
      return { key: `n${owner.client}:${owner.clock}/${subKey(sub)}`, type: null, sub };
    }
    return null;
  }

  #siblingKey(node: Node): string {
    return node.origin ? `o${node.origin.client}:${node.origin.clock}` : `s${node.list!.key}`;
  }

  /** The upper bound of the scan (and map-key walks) of one item; 1 when it has no sibling. */
  #cost(node: Node & { struct: Y.Item; list: List }): number {
    const list = node.list;
    let cost = 1;
    // A map entry placed first in its key's history walks that history (twice).
    if (list.sub !== null && node.origin === null) {
      cost += 2 * (this.#chainLength(list) + (this.#listItems.get(list.key) ?? 0));
    }
    if (!this.#hasSibling(node)) return cost;
    cost += 2 + this.#siblingSubtrees(node);
    if (cost > this.#lim.maxScanStepsPerUpdate) return cost;
    return this.#walk(node, cost);
  }

  /**
   * The update's siblings of an item with everything that hangs off them, less the right
   * origin and the siblings on its chain of right origins: the scan stops at the right
   * origin, and a sibling's right origin that is a sibling too lies right of it (it was
   * integrated first, and a sibling lies right of the shared origin, so the scan that
   * placed the first one reached it).
   */
  #siblingSubtrees(node: Node & { struct: Y.Item }): number {
    const key = this.#siblingKey(node);
    let total = (this.#siblingTotal.get(key) ?? 0) - node.subtree;
    const group = this.#siblingGroup(key);
    const seen = new Set<Node>();
    let target = node.struct.rightOrigin;
    while (target !== null && total > 0) {
      this.#work();
      if (target.clock < this.#docState(target.client)) break;
      const right = this.#updateNode(target);
      if (!right || right.clock !== target.clock || !group.has(right) || seen.has(right)) break;
      if (!(right.struct instanceof Y.Item)) break;
      seen.add(right);
      total -= right.subtree;
      target = right.struct.rightOrigin;
    }
    return Math.max(0, total);
  }

  #siblingGroups: Map<string, Set<Node>> | null = null;
  #siblingGroup(key: string): Set<Node> {
    if (!this.#siblingGroups) {
      this.#siblingGroups = new Map();
      for (const node of this.#order) {
        if (!this.#integrates(node)) continue;
        const k = this.#siblingKey(node);
        let group = this.#siblingGroups.get(k);
        if (!group) this.#siblingGroups.set(k, (group = new Set()));
        group.add(node);
      }
    }
    return this.#siblingGroups.get(key) ?? new Set();
  }

  /** Whether anything with the item's origin can lie between its origin and right origin. */
  #hasSibling(node: Node & { struct: Y.Item; list: List }): boolean {
    const item = node.struct;
    this.#work();
    if (this.#siblingGroup(this.#siblingKey(node)).size > 1) return true;
    const list = node.list;
    let first: Y.Item | null;
    if (node.origin) {
      if (node.originNode) {
        // Splitting an item of the update makes its right half a sibling.
        return node.origin.clock < node.originNode.end - 1;
      }
      const origin = this.#docStruct(node.origin);
      if (!(origin instanceof Y.Item)) return false;
      if (node.origin.clock < origin.id.clock + origin.length - 1) return true;
      first = origin.right;
    } else {
      if (list.type === null) return false;
      if (list.sub !== null) return list.type._map.has(list.sub);
      first = list.type._start;
    }
    if (first === null) return false;
    const right = item.rightOrigin;
    if (right && first.id.client === right.client && first.id.clock === right.clock) return false;
    return sameId(first.origin, node.origin);
  }

  /**
   * Adds the doc items the scan can pass, with what hangs off them. The scan goes on only
   * through items whose origin is the item's origin or lies in an item it passed; a doc item
   * never has its origin in the update, so the doc items it passes are a run right after
   * the origin, found here by the same test (splits only make the real test stricter).
   */
  #walk(node: Node & { struct: Y.Item; list: List }, cost: number): number {
    const list = node.list;
    const origin = node.origin;
    let o: Y.Item | null;
    if (origin === null) {
      if (list.type === null) return cost;
      if (list.sub !== null) {
        o = list.type._map.get(list.sub) ?? null;
        while (o !== null && o.left !== null) o = o.left; // counted in #chainLength
      } else {
        o = list.type._start;
      }
    } else if (node.originNode) {
      // An origin inside an update item splits it: its second half (and what hangs off the
      // item) is a sibling. Then only a doc item can follow, and it stops the scan.
      const owner = node.originNode;
      return cost + 1 + (origin.clock < owner.end - 1 ? owner.subtree : 0);
    } else {
      const struct = this.#docStruct(origin);
      if (!(struct instanceof Y.Item)) return cost;
      o = origin.clock < struct.id.clock + struct.length - 1 ? struct : struct.right;
    }
    // An origin inside a doc item splits it: its second half starts right after the origin.
    const split =
      origin !== null && o !== null && o.id.client === origin.client && o.id.clock <= origin.clock ? o : null;
    const right = node.struct.rightOrigin;
    const passed = new Set<Y.Item>();
    while (o !== null) {
      // The part of this item the scan can reach (after the origin, for a split item).
      const from = o === split ? origin!.clock + 1 : o.id.clock;
      const inRange =
        right !== null &&
        o.id.client === right.client &&
        right.clock >= o.id.clock &&
        right.clock < o.id.clock + o.length;
      if (inRange && right.clock === from) break;
      cost += 1 + (this.#hang.get(o) ?? 0);
      this.#work();
      if (cost > this.#lim.maxScanStepsPerUpdate) return cost;
      if (
        o !== split &&
        !sameId(o.origin, origin) &&
        !(o.origin !== null && passed.has(this.#docItemOf(o) as Y.Item))
      )
        break;
      passed.add(o);
      // A right origin inside this item: the scan stops at its second half.
      if (inRange && right.clock > from) break;
      o = o.right;
    }
    return cost;
  }

  /** The doc item that holds the origin of a doc item. */
  #docItemOf(item: Y.Item): Y.Item | undefined {
    const origin = item.origin!;
    const left = item.left;
    if (
      left !== null &&
      left.id.client === origin.client &&
      left.id.clock <= origin.clock &&
      origin.clock < left.id.clock + left.length
    )
      return left;
    const struct = this.#docStruct(origin);
    return struct instanceof Y.Item ? struct : undefined;
  }

  #chainLength(list: List): number {
    if (list.type === null || list.sub === null) return 0;
    let length = 0;
    for (let o = list.type._map.get(list.sub) ?? null; o !== null; o = o.left) {
      length++;
      this.#work();
      if (length > this.#lim.maxScanStepsPerUpdate) break;
    }
    return length;
  }
}

function sameId(a: Y.ID | null, b: Y.ID | null): boolean {
  return a === b || (a !== null && b !== null && a.client === b.client && a.clock === b.clock);
}

function subKey(sub: string | null): string {
  return sub === null ? '-' : `k${JSON.stringify(sub)}`;
}

/** Binary search for the element whose [start, end) holds `clock`. */
function findStruct<T>(list: T[], clock: number, start: (t: T) => number, end: (t: T) => number): T | null {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const element = list[mid]!;
    if (clock < start(element)) high = mid - 1;
    else if (clock >= end(element)) low = mid + 1;
    else return element;
  }
  return null;
}

export type Admission =
  | { ok: true; verdict: GuardVerdict & { ok: true }; dropPending: boolean }
  | {
      ok: false;
      /** Transient: the same bytes may be accepted later (after what they wait for arrived). */
      retry: boolean;
      limit: GuardLimit;
      reason: string;
    };

/**
 * Decides whether an untrusted update may be applied now. Refused: what the guard refuses,
 * and (to retry later) an update that would leave items waiting while others already wait.
 * `dropPending`: the doc's pending structs would be too expensive to integrate together
 * with this update, which completes them; the caller forgets them (they only ever come from
 * a participant, and the update itself must not be refused for someone else's bytes).
 */
export function admitUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  lim: GuardLimits = defaultGuardLimits,
): Admission {
  const hasPending = doc.store.pendingStructs !== null;
  const alone = inspectUpdate(doc, update, { limits: lim, includePending: false });
  if (!alone.ok) return { ok: false, retry: false, limit: alone.limit, reason: alone.reason };
  if (
    alone.leavesPending > 0 &&
    (hasPending || alone.leavesPending > lim.maxPendingStructs) &&
    !(hasPending && repeatsPending(doc, update))
  ) {
    return {
      ok: false,
      retry: true,
      limit: 'pending',
      reason: 'update waits for content the server does not have yet; retry later',
    };
  }
  if (!hasPending || !alone.completesPending) return { ok: true, verdict: alone, dropPending: false };
  const together = inspectUpdate(doc, update, { limits: lim });
  if (together.ok) return { ok: true, verdict: together, dropPending: false };
  return { ok: true, verdict: alone, dropPending: true };
}

/**
 * Every struct of the update is in the doc or among its pending structs: a client that was
 * sent the pending structs (in a sync answer) sends them back when it answers our sync step
 * 1. Yjs merges them into what already waits, so nothing more waits: not a second pending.
 */
function repeatsPending(doc: Y.Doc, update: Uint8Array): boolean {
  const pending = pendingStructsOf(doc);
  let structs: Struct[];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return false;
  }
  return structs.every((struct) => {
    if (struct instanceof Y.Skip) return true;
    const { client, clock } = struct.id;
    const end = clock + struct.length;
    if (end <= Y.getState(doc.store, client)) return true;
    return pending.some(
      (waiting) =>
        waiting.id.client === client && waiting.id.clock <= clock && waiting.id.clock + waiting.length >= end,
    );
  });
}
