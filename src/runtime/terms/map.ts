// Elixir maps. Keys are compared with exact equality (=:=), so 1 and 1.0 are different keys.
//
// A map is a persistent hash array mapped trie (HAMT) over the structural hash of its keys
// (./hash.ts): get is a few array lookups, and put/delete copy only the path to the changed
// entry, so building a map of 100,000 keys one put at a time stays O(n log32 n), and old versions
// stay valid (terms are immutable and shared between processes).
//
// entries()/keys()/values() list keys in the order the BEAM does (:maps.to_list/1, and so
// inspect, Map.keys/1, Enum over a map): map-key order (./compare.ts compareKeys) for maps of up
// to 32 keys, the BEAM's hash order beyond (./beam_hash.ts) when every key's hash can be known
// (integers, floats, binaries, lists and tuples of those), else map-key order. sortedEntries()
// is always in map-key order. Both views are computed on first use and cached with the map.
import type { Term } from './types.ts';
import { compareKeys, exactEquals } from './compare.ts';
import { hashTerm } from './hash.ts';
import { beamMapOrderKey } from './beam_hash.ts';

/** The BEAM keeps maps of up to this many keys sorted; larger ones are hash tries. */
const FLATMAP_LIMIT = 32;

const BITS = 5;
const MASK = (1 << BITS) - 1;

class Leaf {
  constructor(
    readonly hash: number,
    readonly key: Term,
    readonly value: Term,
  ) {}
}

/** Keys whose 32-bit hashes are all equal. */
class Collision {
  constructor(
    readonly hash: number,
    readonly leaves: readonly Leaf[],
  ) {}
}

class Branch {
  constructor(
    readonly bitmap: number,
    readonly children: readonly Child[],
  ) {}
}

type Child = Leaf | Collision | Branch;

const EMPTY_BRANCH = new Branch(0, []);

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

function fragment(hash: number, shift: number): number {
  return (hash >>> shift) & MASK;
}

function lookup(root: Branch, hash: number, key: Term): Leaf | undefined {
  let node: Child = root;
  let shift = 0;
  for (;;) {
    if (node instanceof Branch) {
      const bit = 1 << fragment(hash, shift);
      if ((node.bitmap & bit) === 0) return undefined;
      node = node.children[popcount(node.bitmap & (bit - 1))];
      shift += BITS;
    } else if (node instanceof Leaf) {
      return node.hash === hash && exactEquals(node.key, key) ? node : undefined;
    } else {
      if (node.hash !== hash) return undefined;
      for (const l of node.leaves) if (exactEquals(l.key, key)) return l;
      return undefined;
    }
  }
}

function withChild(children: readonly Child[], index: number, child: Child): Child[] {
  const copy = children.slice();
  copy[index] = child;
  return copy;
}

/** A branch (or collision) holding two leaves-or-collisions whose hashes may share a prefix. */
function merge(a: Leaf | Collision, b: Leaf, shift: number): Child {
  if (a.hash === b.hash) {
    const leaves = a instanceof Leaf ? [a, b] : [...a.leaves, b];
    return new Collision(b.hash, leaves);
  }
  const fa = fragment(a.hash, shift);
  const fb = fragment(b.hash, shift);
  if (fa === fb) return new Branch(1 << fa, [merge(a, b, shift + BITS)]);
  return fa < fb ? new Branch((1 << fa) | (1 << fb), [a, b]) : new Branch((1 << fa) | (1 << fb), [b, a]);
}

// Set by insert/remove: whether the map's size changed.
let sizeChanged = false;

function insert(node: Child, leaf: Leaf, shift: number): Child {
  if (node instanceof Branch) {
    const bit = 1 << fragment(leaf.hash, shift);
    const index = popcount(node.bitmap & (bit - 1));
    if ((node.bitmap & bit) === 0) {
      const children = node.children.slice();
      children.splice(index, 0, leaf);
      sizeChanged = true;
      return new Branch(node.bitmap | bit, children);
    }
    const child = node.children[index];
    const updated = insert(child, leaf, shift + BITS);
    return updated === child ? node : new Branch(node.bitmap, withChild(node.children, index, updated));
  }
  if (node instanceof Leaf) {
    if (node.hash === leaf.hash && exactEquals(node.key, leaf.key)) {
      if (node.value === leaf.value) return node;
      // Keep the stored key: it is exactly equal, and sharing it keeps memory down.
      return new Leaf(node.hash, node.key, leaf.value);
    }
    sizeChanged = true;
    return merge(node, leaf, shift);
  }
  if (node.hash === leaf.hash) {
    const i = node.leaves.findIndex((l) => exactEquals(l.key, leaf.key));
    if (i >= 0) {
      const leaves = node.leaves.slice();
      leaves[i] = new Leaf(leaf.hash, node.leaves[i].key, leaf.value);
      return new Collision(node.hash, leaves);
    }
    sizeChanged = true;
    return new Collision(node.hash, [...node.leaves, leaf]);
  }
  sizeChanged = true;
  return merge(node, leaf, shift);
}

/** Returns the node without the key; null when nothing is left. */
function remove(node: Child, hash: number, key: Term, shift: number): Child | null {
  if (node instanceof Branch) {
    const bit = 1 << fragment(hash, shift);
    if ((node.bitmap & bit) === 0) return node;
    const index = popcount(node.bitmap & (bit - 1));
    const child = node.children[index];
    const updated = remove(child, hash, key, shift + BITS);
    if (updated === child) return node;
    if (updated === null) {
      if (node.children.length === 1) return null;
      const children = node.children.slice();
      children.splice(index, 1);
      // A branch left with one leaf collapses into it, so lookups stay short.
      if (children.length === 1 && !(children[0] instanceof Branch) && shift > 0) return children[0];
      return new Branch(node.bitmap & ~bit, children);
    }
    if (node.children.length === 1 && !(updated instanceof Branch) && shift > 0) return updated;
    return new Branch(node.bitmap, withChild(node.children, index, updated));
  }
  if (node instanceof Leaf) {
    if (node.hash === hash && exactEquals(node.key, key)) {
      sizeChanged = true;
      return null;
    }
    return node;
  }
  if (node.hash !== hash) return node;
  const i = node.leaves.findIndex((l) => exactEquals(l.key, key));
  if (i < 0) return node;
  sizeChanged = true;
  if (node.leaves.length === 2) return node.leaves[1 - i];
  const leaves = node.leaves.slice();
  leaves.splice(i, 1);
  return new Collision(node.hash, leaves);
}

function collect(node: Child, out: Leaf[]): void {
  if (node instanceof Leaf) out.push(node);
  else if (node instanceof Collision) for (const l of node.leaves) out.push(l);
  else for (const c of node.children) collect(c, out);
}

export class MapTerm {
  private _sorted: (readonly [Term, Term])[] | undefined;
  private _ordered: (readonly [Term, Term])[] | undefined;
  private _hash: number | undefined;

  private constructor(
    private readonly root: Branch,
    private readonly _size: number,
  ) {}

  static readonly EMPTY: MapTerm = new MapTerm(EMPTY_BRANCH, 0);

  static fromEntries(entries: Iterable<readonly [Term, Term]>): MapTerm {
    let m = MapTerm.EMPTY;
    for (const [k, v] of entries) m = m.put(k, v);
    return m;
  }

  get size(): number {
    return this._size;
  }

  get(key: Term): Term | undefined {
    if (this._size === 0) return undefined;
    return lookup(this.root, hashTerm(key), key)?.value;
  }

  has(key: Term): boolean {
    return this.get(key) !== undefined;
  }

  put(key: Term, value: Term): MapTerm {
    sizeChanged = false;
    const root = insert(this.root, new Leaf(hashTerm(key), key, value), 0) as Branch;
    if (root === this.root) return this;
    return new MapTerm(root, sizeChanged ? this._size + 1 : this._size);
  }

  delete(key: Term): MapTerm {
    if (this._size === 0) return this;
    sizeChanged = false;
    const root = remove(this.root, hashTerm(key), key, 0);
    if (!sizeChanged) return this;
    return new MapTerm((root as Branch | null) ?? EMPTY_BRANCH, this._size - 1);
  }

  /** In the order the BEAM lists them: map-key order up to 32 keys, hash order beyond. */
  entries(): readonly (readonly [Term, Term])[] {
    if (this._size <= FLATMAP_LIMIT) return this.sortedEntries();
    if (this._ordered === undefined) {
      const leaves: Leaf[] = [];
      collect(this.root, leaves);
      const keyed: { order: number; entry: readonly [Term, Term] }[] = [];
      for (const l of leaves) {
        const order = beamMapOrderKey(l.key);
        if (order === null) break; // an atom, pid... key: the BEAM's order is unknowable
        keyed.push({ order, entry: [l.key, l.value] });
      }
      if (keyed.length < leaves.length) this._ordered = this.sortedEntries() as (readonly [Term, Term])[];
      else {
        // Greatest first; equal hashes (deep collisions) fall back to map-key order.
        keyed.sort((a, b) => b.order - a.order || compareKeys(a.entry[0], b.entry[0]));
        this._ordered = keyed.map((k) => k.entry);
      }
    }
    return this._ordered;
  }

  /** In map-key order (Erlang term order, integers before floats), whatever the size. */
  sortedEntries(): readonly (readonly [Term, Term])[] {
    if (this._sorted === undefined) {
      const leaves: Leaf[] = [];
      collect(this.root, leaves);
      const sorted = leaves.map((l) => [l.key, l.value] as const);
      sorted.sort((a, b) => compareKeys(a[0], b[0]));
      this._sorted = sorted;
    }
    return this._sorted;
  }

  keys(): Term[] {
    return this.entries().map((e) => e[0]);
  }

  values(): Term[] {
    return this.entries().map((e) => e[1]);
  }

  /** Every entry, in no particular order: cheaper than entries() when order does not matter. */
  forEachUnordered(fn: (key: Term, value: Term) => void): void {
    const leaves: Leaf[] = [];
    collect(this.root, leaves);
    for (const l of leaves) fn(l.key, l.value);
  }

  /** Structural hash, independent of insertion order (see ./hash.ts). */
  hash(): number {
    if (this._hash === undefined) {
      let h = 0x3f84d5b5 ^ this._size;
      const leaves: Leaf[] = [];
      collect(this.root, leaves);
      // A commutative combination, so equal maps built in different orders hash alike.
      for (const l of leaves) h = (h + (Math.imul(l.hash, 31) ^ hashTerm(l.value))) | 0;
      this._hash = h;
    }
    return this._hash;
  }

  /** Exact equality (=:=) of two maps. */
  equals(other: MapTerm): boolean {
    if (this === other) return true;
    if (this._size !== other._size) return false;
    if (this._hash !== undefined && other._hash !== undefined && this._hash !== other._hash) return false;
    const leaves: Leaf[] = [];
    collect(this.root, leaves);
    for (const l of leaves) {
      const found = lookup(other.root, l.hash, l.key);
      if (found === undefined || !exactEquals(found.value, l.value)) return false;
    }
    return true;
  }
}
