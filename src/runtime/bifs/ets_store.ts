// How an :ets table keeps its objects, laid out as ERTS lays them out so that every function
// that lists a table (tab2list, match, select, first/next, foldl) gives its objects in the
// order real ETS gives them.
//
// set, bag and duplicate_bag are ERTS' linear hash tables (erts/emulator/beam/erl_db_hash.c):
// 256 buckets to begin with, one more bucket split off each time the table holds more objects
// than buckets. A key's hash is its atom-table hash for an atom and make_internal_hash/2
// otherwise (see ../terms/beam_hash.ts); keys whose internal hash depends on where the BEAM
// stored an atom (tuples holding atoms, pids, references...) get a stand-in hash, so only their
// order differs from the BEAM's. Walking the buckets upwards (lock by lock with
// write_concurrency) gives first/next; the select family collects the same walk backwards. In a
// bucket, a new key goes last, and in a bag a new object of a key goes before the others of
// that key (lookup lists them the other way round). While a table is fixed, deleted objects
// stay behind as dead entries and no bucket splits, as ERTS' pseudo-deletion does.
//
// ordered_set is a sorted array compared with == in term order.
import { Atom, Cons, type Term } from '../terms/types.ts';
import { compareTerms, exactEquals } from '../terms/compare.ts';
import { beamMapHash } from '../terms/beam_hash.ts';
import { inspect } from '../terms/inspect.ts';

export type TableType = 'set' | 'ordered_set' | 'bag' | 'duplicate_bag';

export type Obj = Term[];

/** The object store of one table; keys are found at keypos (1-based). */
export interface Store {
  readonly size: number;
  /** The objects of a key, in the order lookup/2 returns them. */
  get(key: Term): Obj[];
  has(key: Term): boolean;
  /**
   * Inserts one object (for a set: replaces the object of its key, keeping its place). For
   * insert_new (keyIsNew), a bag does not look for an equal object among deleted ones.
   */
  put(obj: Obj, keyIsNew?: boolean): void;
  /** Removes the objects of a key and returns them in lookup order. */
  take(key: Term): Obj[];
  /** Removes the objects of a key (delete/2). */
  erase(key: Term): void;
  /** Removes objects equal to obj (every copy in a duplicate_bag). */
  deleteObject(obj: Obj): void;
  /** Removes these very objects, found by a select or match. */
  deleteFound(objs: Obj[]): void;
  /** Replaces one stored object by another with the same key, in place. */
  replace(old: Obj, obj: Obj): void;
  /** Every object, in the order match/select/tab2list list them. */
  all(): Obj[];
  /** The key of the first object of the walk, or undefined for an empty table. */
  first(): Term | undefined;
  /** The key after key in the walk: undefined at the end, null when key is not in the table. */
  next(key: Term): Term | undefined | null;
  last(): Term | undefined;
  prev(key: Term): Term | undefined | null;
  clear(): void;
  /** Fixes the table (on) or releases it (off), as safe_fixtable/2 does for the last fixer. */
  fix(on: boolean): void;
  /** Words the table's own structure takes beyond its first 256 buckets. */
  extraWords(): number;
  /** Objects deleted while the table is fixed, still held until it is released. */
  deadObjects(): Obj[];
  /** slot/2: bucket i's objects (the i-th object of an ordered_set), 'end' past the last, null beyond. */
  slot(i: number): Obj[] | 'end' | null;
  /**
   * A hash table's buckets in walk order from the given one on, each with its live objects:
   * what select/3 traverses. Undefined for an ordered_set.
   */
  bucketsFrom?(slot: number): Generator<[number, Obj[]]>;
  /** Deletions recorded while fixed, each a small record in the table's memory. */
  readonly fixDeletions: number;
}

/**
 * How a hash table is locked, which changes its layout: a table with write_concurrency has 64
 * bucket locks and is walked lock by lock (buckets 0, 64, 128.., then 1, 65..); with
 * decentralized counters it grows when one lock's count, times 64, passes the bucket count.
 */
export interface Locking {
  fineLocked: boolean;
  decentralized: boolean;
}

export function newStore(type: TableType, keypos: number, locking: Locking = { fineLocked: false, decentralized: false }): Store {
  return type === 'ordered_set' ? new OrderedStore(keypos) : new HashStore(type, keypos, locking);
}

// ------------------------------------------------------------------ hash tables

/** hashpjw over the atom's UTF-8 name, as erts' atom_hash() computes an atom's hvalue. */
export function atomHash(name: string): number {
  const bytes = new TextEncoder().encode(name);
  let h = 0;
  for (let i = 0; i < bytes.length; i++) {
    let v = bytes[i];
    // The "latin1 clutch": a two-byte UTF-8 sequence for U+0080..U+00FF hashes as one byte.
    if (i + 1 < bytes.length && (v & 0xfe) === 0xc2 && (bytes[i + 1] & 0xc0) === 0x80) {
      v = ((v << 6) | (bytes[i + 1] & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h = (h ^ (g >>> 24) ^ g) >>> 0;
  }
  return h;
}

/** A structural hash standing in where the BEAM's hash of a key cannot be known. */
function standInHash(key: Term, h = 0x811c9dc5): number {
  const mixIn = (x: number): number => Math.imul(h ^ x, 0x01000193);
  if (key instanceof Atom) return mixIn(atomHash(key.name));
  if (typeof key === 'number') return mixIn(key | 0) ^ mixIn(Math.floor(key / 4294967296));
  if (Array.isArray(key)) {
    h = mixIn(key.length + 0x9e37);
    for (const e of key) h = standInHash(e, h);
    return h;
  }
  if (key instanceof Cons) {
    for (let l: Term = key; ; ) {
      if (!(l instanceof Cons)) return standInHash(l, mixIn(0x5bd1));
      h = standInHash(l.head, mixIn(0x27d4));
      l = l.tail;
    }
  }
  const known = beamMapHash(key);
  if (known !== null) return mixIn(known);
  const text = inspect(key, { limit: Infinity, printableLimit: Infinity, structs: false } as never);
  for (let i = 0; i < text.length; i++) h = mixIn(text.charCodeAt(i));
  return h >>> 0;
}

export function etsHash(key: Term): number {
  if (key instanceof Atom) return atomHash(key.name);
  return beamMapHash(key) ?? standInHash(key) >>> 0;
}

interface Entry {
  obj: Obj;
  key: Term;
  hval: number;
  /** Deleted while the table was fixed: kept so that next/2 can step past it. */
  dead: boolean;
}

const FIRST_SEGSZ = 256;
/** Bucket locks of a table with write_concurrency (DB_HASH_LOCK_CNT). */
const LOCKS = 64;
/** Buckets one insert may split at most (erl_db_hash.c grow()'s loop_limit). */
const GROW_LOOP_LIMIT = 5;

class HashStore implements Store {
  private buckets: Entry[][] = [];
  private nactive = FIRST_SEGSZ;
  private szm = FIRST_SEGSZ - 1;
  /**
   * The object count. ERTS miscounts take/2 of a key with objects deleted while fixed (it counts
   * those again), so this can go below zero, as it does on the BEAM. Deletions never merge
   * buckets back: ERTS only shrinks tables of thousands of buckets.
   */
  private nitems = 0;
  fixDeletions = 0;
  /** While fixed (safe_fixtable, foldl) deleted objects stay as dead entries and no bucket splits. */
  private fixed = false;
  private readonly bag: boolean;
  private readonly dup: boolean;
  /** Objects per bucket lock, kept when counters are decentralized. */
  private lockItems: number[] | null;

  constructor(
    readonly type: TableType,
    private readonly keypos: number,
    private readonly locking: Locking,
  ) {
    this.bag = type === 'bag';
    this.dup = type === 'duplicate_bag';
    this.lockItems = locking.decentralized ? new Array<number>(LOCKS).fill(0) : null;
    this.clear();
  }

  private count(hval: number, by: number): void {
    this.nitems += by;
    if (this.lockItems !== null) this.lockItems[hval & (LOCKS - 1)] += by;
  }

  /** The item count growing goes by: exact, or estimated from the lock of the last insert. */
  private estimate(hval: number): number {
    if (this.lockItems === null) return this.nitems;
    return LOCKS * Math.max(1, this.lockItems[hval & (LOCKS - 1)]);
  }

  get size(): number {
    return this.nitems;
  }

  clear(): void {
    this.lockItems?.fill(0);
    if (this.fixed) {
      for (const chain of this.buckets) for (const e of chain) e.dead = true;
      this.nitems = 0;
      this.fixDeletions++;
      return;
    }
    this.buckets = Array.from({ length: FIRST_SEGSZ }, () => []);
    this.nactive = FIRST_SEGSZ;
    this.szm = FIRST_SEGSZ - 1;
    this.nitems = 0;
  }

  /** Each 2048 buckets past the first 256 are a segment, the first one with a segment table. */
  extraWords(): number {
    const segments = Math.ceil((this.nactive - FIRST_SEGSZ) / 2048);
    return segments === 0 ? 0 : 262 + 2048 * segments;
  }

  deadObjects(): Obj[] {
    const out: Obj[] = [];
    for (let i = 0; i < this.nactive; i++) for (const e of this.buckets[i]) if (e.dead) out.push(e.obj);
    return out;
  }

  fix(on: boolean): void {
    this.fixed = on;
    if (!on) this.fixDeletions = 0;
    if (!on) for (let i = 0; i < this.nactive; i++) this.buckets[i] = this.buckets[i].filter((e) => !e.dead);
  }

  private ix(hval: number): number {
    let ix = hval & this.szm;
    if (ix >= this.nactive) ix &= this.szm >>> 1;
    return ix;
  }

  /** Where the key's run of entries starts in its bucket (dead ones included), or -1. */
  private bucketOf(key: Term): { chain: Entry[]; hval: number; at: number; ix: number } {
    const hval = etsHash(key);
    const ix = this.ix(hval);
    const chain = this.buckets[ix];
    const at = chain.findIndex((e) => e.hval === hval && exactEquals(e.key, key));
    return { chain, hval, at, ix };
  }

  /** The end of the run of entries with the key of chain[at]. */
  private runEnd(chain: Entry[], at: number): number {
    let end = at + 1;
    while (end < chain.length && chain[end].hval === chain[at].hval && exactEquals(chain[end].key, chain[at].key)) end++;
    return end;
  }

  private live(key: Term): Entry[] {
    const { chain, at } = this.bucketOf(key);
    return at < 0 ? [] : chain.slice(at, this.runEnd(chain, at)).filter((e) => !e.dead);
  }

  get(key: Term): Obj[] {
    if (!this.bag && !this.dup) {
      const { chain, at } = this.bucketOf(key);
      return at < 0 || chain[at].dead ? [] : [chain[at].obj];
    }
    return this.live(key).map((e) => e.obj).reverse();
  }

  has(key: Term): boolean {
    return this.live(key).length > 0;
  }

  put(obj: Obj, keyIsNew = false): void {
    const key = obj[this.keypos - 1];
    const { chain, hval, at } = this.bucketOf(key);
    const entry: Entry = { obj, key, hval, dead: false };
    if (at < 0) chain.push(entry);
    else if (!this.bag && !this.dup) {
      // A set replaces the object in its place, reviving it if it was deleted while fixed.
      if (!chain[at].dead) {
        chain[at] = entry;
        return;
      }
      chain[at] = entry;
    } else if (this.bag && !keyIsNew) {
      const end = this.runEnd(chain, at);
      const same = chain.slice(at, end).findIndex((e) => exactEquals(e.obj, obj));
      if (same >= 0) {
        const e = chain[at + same];
        if (!e.dead) return;
        // A deleted copy comes back first among its key's objects, as the newest.
        chain.splice(at + same, 1);
        e.dead = false;
        chain.splice(at, 0, e);
      } else chain.splice(at, 0, entry);
    } else chain.splice(at, 0, entry);
    this.count(hval, 1);
    const estimate = this.estimate(hval);
    for (let n = 0; n < GROW_LOOP_LIMIT && !this.fixed && estimate > this.nactive; n++) this.grow();
  }

  /** Splits one bucket in two, keeping the order of each half (erl_db_hash.c grow()). */
  private grow(): void {
    let from: number;
    if (this.nactive <= this.szm) from = this.nactive & (this.szm >>> 1);
    else {
      from = 0;
      this.szm = this.szm * 2 + 1;
    }
    const to = this.nactive++;
    const stay: Entry[] = [];
    const move: Entry[] = [];
    for (const e of this.buckets[from]) ((e.hval & this.szm) === from ? stay : move).push(e);
    this.buckets[from] = stay;
    this.buckets[to] = move;
  }

  /**
   * Deletes chain[i]: while the table is fixed the first object deleted from a key's run stays
   * behind as dead (a "pseudo-deletion", recorded for the release), the others go at once.
   */
  private kill(chain: Entry[], i: number, pseudo: boolean, record = true): void {
    if (pseudo && this.fixed) {
      chain[i].dead = true;
      if (record) this.fixDeletions++;
    } else chain.splice(i, 1);
  }

  take(key: Term): Obj[] {
    const { chain, at } = this.bucketOf(key);
    if (at < 0) return [];
    const end = this.runEnd(chain, at);
    let b = at;
    while (b < end && chain[b].dead) b++;
    if (b === end) return [];
    const taken = chain.slice(b, end).filter((e) => !e.dead).map((e) => e.obj);
    // ERTS counts every entry from the first live one on, dead ones included.
    this.count(chain[b].hval, -(end - b));
    for (let i = end - 1; i > b; i--) this.kill(chain, i, false);
    this.kill(chain, b, true);
    return taken.reverse();
  }

  erase(key: Term): void {
    const { chain, at } = this.bucketOf(key);
    if (at < 0) return;
    const live: number[] = [];
    for (let i = at; i < this.runEnd(chain, at); i++) if (!chain[i].dead) live.push(i);
    if (live.length === 0) return;
    this.count(chain[at].hval, -live.length);
    for (let j = live.length - 1; j >= 0; j--) this.kill(chain, live[j], j === 0);
  }

  deleteObject(obj: Obj): void {
    const { chain, at } = this.bucketOf(obj[this.keypos - 1]);
    if (at < 0) return;
    let nkeys = 0;
    let end = this.runEnd(chain, at);
    for (let i = at; i < end; i++) {
      if (chain[i].dead) continue;
      nkeys++;
      if (!exactEquals(chain[i].obj, obj)) continue;
      this.count(chain[i].hval, -1);
      const stays = nkeys === 1 && this.fixed;
      this.kill(chain, i, nkeys === 1);
      if (!stays) {
        i--;
        end--;
      }
      if (!this.dup) return;
    }
  }

  /**
   * What select_delete/2 deletes while the table is fixed stays behind, every object of it, with
   * one deletion record per bucket.
   */
  deleteFound(objs: Obj[]): void {
    let lastBucket: Entry[] | null = null;
    for (const obj of objs) {
      const { chain, at } = this.bucketOf(obj[this.keypos - 1]);
      if (at < 0) continue;
      const i = chain.findIndex((e) => e.obj === obj && !e.dead);
      if (i < 0) continue;
      this.count(chain[i].hval, -1);
      this.kill(chain, i, true, chain !== lastBucket);
      lastBucket = chain;
    }
  }

  replace(old: Obj, obj: Obj): void {
    const { chain, at } = this.bucketOf(old[this.keypos - 1]);
    if (at < 0) return;
    const i = chain.findIndex((e) => e.obj === old);
    if (i >= 0) chain[i] = { ...chain[i], obj };
  }

  /** The bucket after ix in a walk (erl_db_hash.c next_slot()), or -1 at the end. */
  private nextSlot(ix: number): number {
    if (!this.locking.fineLocked) return ix + 1 < this.nactive ? ix + 1 : -1;
    ix += LOCKS;
    if (ix < this.nactive) return ix;
    ix = (ix + 1) & (LOCKS - 1);
    return ix === 0 ? -1 : ix;
  }

  slot(i: number): Obj[] | 'end' | null {
    if (i === this.nactive) return 'end';
    if (i < 0 || i > this.nactive) return null;
    return this.buckets[i].filter((e) => !e.dead).map((e) => e.obj).reverse();
  }

  *bucketsFrom(slot: number): Generator<[number, Obj[]]> {
    for (let i = slot; i >= 0 && i < this.nactive; i = this.nextSlot(i)) {
      yield [i, this.buckets[i].filter((e) => !e.dead).map((e) => e.obj)];
    }
  }

  /** Bucket by bucket, each chain in order: the first/next walk. */
  private walk(): Entry[] {
    const out: Entry[] = [];
    for (let i = 0; i >= 0; i = this.nextSlot(i)) for (const e of this.buckets[i]) if (!e.dead) out.push(e);
    return out;
  }

  all(): Obj[] {
    return this.walk().map((e) => e.obj).reverse();
  }

  /** The key of the first live entry from chain[at] of bucket ix onwards. */
  private liveFrom(ix: number, at: number): Term | undefined {
    for (; ix >= 0; ix = this.nextSlot(ix), at = 0) {
      const chain = this.buckets[ix];
      for (; at < chain.length; at++) if (!chain[at].dead) return chain[at].key;
    }
    return undefined;
  }

  first(): Term | undefined {
    return this.liveFrom(0, 0);
  }

  next(key: Term): Term | undefined | null {
    const { chain, at, ix } = this.bucketOf(key);
    if (at < 0) return null;
    return this.liveFrom(ix, this.runEnd(chain, at));
  }

  // An unordered table has no last or previous: ERTS answers them as first and next.
  last(): Term | undefined {
    return this.first();
  }

  prev(key: Term): Term | undefined | null {
    return this.next(key);
  }
}

// ------------------------------------------------------------------ ordered_set

class OrderedStore implements Store {
  private objs: Obj[] = [];

  constructor(private readonly keypos: number) {}

  get size(): number {
    return this.objs.length;
  }

  private keyOf(o: Obj): Term {
    return o[this.keypos - 1];
  }

  /** The index of the first object whose key is not less than key. */
  private lowerBound(key: Term): number {
    let lo = 0;
    let hi = this.objs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareTerms(this.keyOf(this.objs[mid]), key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(key: Term): number {
    const i = this.lowerBound(key);
    return i < this.objs.length && compareTerms(this.keyOf(this.objs[i]), key) === 0 ? i : -1;
  }

  get(key: Term): Obj[] {
    const i = this.find(key);
    return i < 0 ? [] : [this.objs[i]];
  }

  has(key: Term): boolean {
    return this.find(key) >= 0;
  }

  put(obj: Obj): void {
    const key = this.keyOf(obj);
    const i = this.lowerBound(key);
    if (i < this.objs.length && compareTerms(this.keyOf(this.objs[i]), key) === 0) this.objs[i] = obj;
    else this.objs.splice(i, 0, obj);
  }

  take(key: Term): Obj[] {
    const i = this.find(key);
    return i < 0 ? [] : this.objs.splice(i, 1);
  }

  erase(key: Term): void {
    this.take(key);
  }

  deleteFound(objs: Obj[]): void {
    for (const obj of objs) {
      const i = this.objs.indexOf(obj);
      if (i >= 0) this.objs.splice(i, 1);
    }
  }

  deadObjects(): Obj[] {
    return [];
  }

  slot(i: number): Obj[] | 'end' | null {
    if (i === this.objs.length) return 'end';
    return i < 0 || i > this.objs.length ? null : [this.objs[i]];
  }

  readonly fixDeletions = 0;

  deleteObject(obj: Obj): void {
    const i = this.find(this.keyOf(obj));
    if (i >= 0 && exactEquals(this.objs[i], obj)) this.objs.splice(i, 1);
  }

  replace(old: Obj, obj: Obj): void {
    const i = this.objs.indexOf(old);
    if (i >= 0) this.objs[i] = obj;
  }

  all(): Obj[] {
    return this.objs.slice();
  }

  first(): Term | undefined {
    return this.objs.length > 0 ? this.keyOf(this.objs[0]) : undefined;
  }

  /** Any term can be a starting point in an ordered_set, whether it is a key or not. */
  next(key: Term): Term | undefined {
    let i = this.lowerBound(key);
    if (i < this.objs.length && compareTerms(this.keyOf(this.objs[i]), key) === 0) i++;
    return i < this.objs.length ? this.keyOf(this.objs[i]) : undefined;
  }

  last(): Term | undefined {
    return this.objs.length > 0 ? this.keyOf(this.objs[this.objs.length - 1]) : undefined;
  }

  prev(key: Term): Term | undefined {
    const i = this.lowerBound(key) - 1;
    return i >= 0 ? this.keyOf(this.objs[i]) : undefined;
  }

  clear(): void {
    this.objs = [];
  }

  /** Any key can be stepped from in an ordered_set: fixing changes nothing. */
  fix(): void {}

  extraWords(): number {
    return 0;
  }
}
