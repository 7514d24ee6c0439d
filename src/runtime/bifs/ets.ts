// :ets, Erlang term storage: tables of tuples owned by a process, shared by reference (terms
// are immutable, so nothing is copied). Tables live per node; when its owner exits a table
// passes to its heir, if it has a live one, or dies.
// Supported: set, ordered_set, bag and duplicate_bag; public / protected / private access;
// named tables; keypos; heir and give_away; patterns and match specifications (./ets_match.ts).
// How objects are laid out, and so the order they are listed in, is in ./ets_store.ts.
// foldl/3 and foldr/3 take a function and i/0 prints: they are written in Elixir over the
// natives (prelude/ets.ex), as ets.erl writes them.
//
// A bad argument raises ArgumentError with the explanation erl_stdlib_errors gives for the
// call, one line per argument at fault.
// https://www.erlang.org/doc/man/ets.html
import { registerBif, ErlangError } from './registry.ts';
import { properList } from './util.ts';
import { Atom, Bin, Cons, EMPTY_LIST, FALSE, Float, Pid, Ref, TRUE, atom, list, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { compareTerms, exactEquals } from '../terms/compare.ts';
import { builtinException } from '../vm/exceptions.ts';
import { Node } from '../vm/node.ts';
import { PROCESS_BIFS } from '../compiler/compile.ts';
import type { Process } from '../vm/process.ts';
import { newStore, type Obj, type Store, type TableType } from './ets_store.ts';
import { BadMatchSpec, boundKey, compile, keepsKey, patternSpec, run, type MatchSpec } from './ets_match.ts';

type Protection = 'public' | 'protected' | 'private';

interface Table {
  id: Ref;
  name: Atom;
  named: boolean;
  type: TableType;
  keypos: number;
  protection: Protection;
  owner: Pid;
  heir: { pid: Pid; data: Term } | null;
  readConcurrency: boolean;
  writeConcurrency: Term;
  decentralizedCounters: boolean;
  compressed: boolean;
  store: Store;
  /** safe_fixtable/2 counts by process; the table is fixed while any is positive. */
  fixations: Map<number, { pid: Pid; count: number }>;
  fixedAt: Term;
}

interface Tables {
  byRef: Map<number, Table>;
  byName: Map<Atom, Table>;
  /** Every reference ever made a table identifier: a deleted table's is still one. */
  ids: Set<number>;
}

const NODE_TABLES = new WeakMap<Node, Tables>();

function tablesOf(p: Process): Tables {
  let t = NODE_TABLES.get(p.node);
  if (t === undefined) NODE_TABLES.set(p.node, (t = { byRef: new Map(), byName: new Map(), ids: new Set() }));
  return t;
}

const ETS_TRANSFER = atom('ETS-TRANSFER');
const UNDEFINED = atom('undefined');
const NONE = atom('none');
const EOT = atom('$end_of_table');

/** How a table is named to its user: by name when it is a named table. */
function tid(t: Table): Term {
  return t.named ? t.name : t.id;
}

Node.exitHooks.push((p) => {
  const tables = NODE_TABLES.get(p.node);
  if (tables === undefined) return;
  for (const t of [...tables.byRef.values()]) {
    if (t.fixations.delete(p.self.id) && t.fixations.size === 0) t.store.fix(false);
    if (!samePid(t.owner, p.self)) continue;
    const heir = t.heir !== null && !samePid(t.heir.pid, p.self) ? p.node.lookup(t.heir.pid) : undefined;
    if (heir === undefined) drop(tables, t);
    else {
      t.owner = heir.self;
      p.node.send(p, heir.self, [ETS_TRANSFER, tid(t), p.self, t.heir!.data]);
    }
  }
});

function samePid(a: Pid, b: Pid): boolean {
  return a.id === b.id && a.serial === b.serial;
}

function drop(t: Tables, table: Table): void {
  t.byRef.delete(table.id.id);
  if (table.named) t.byName.delete(table.name);
}

// ------------------------------------------------------------------ errors

const ORD = ['1st', '2nd', '3rd', '4th', '5th', '6th'];

const NO_TABLE = 'the table identifier does not refer to an existing ETS table';
const NOT_TID = 'not an atom or a table identifier';
const NOT_VALID_TID = 'not a valid table identifier';
const ACCESS = 'the table identifier refers to an ETS table with insufficient access rights';
const TABLE_TYPE = 'the table identifier refers to an ETS table of a type not supported by this operation';
const BAD_KEY = 'not a key that exists in the table';
const BAD_MATCHSPEC = 'not a valid match specification';
const BAD_UPDATE_OP = 'not a valid update operation';
const NOT_TUPLE = 'not a tuple';
const EMPTY_TUPLE = 'is an empty tuple';
const RANGE = 'out of range';

/** Raises badarg explained argument by argument ('' for an argument that is fine). */
function fail(...why: string[]): never {
  const lines = why.map((w, i) => (w === '' ? '' : `  * ${ORD[i]} argument: ${w}\n`)).join('');
  const message = lines === '' ? 'argument error' : `errors were found at the given arguments:\n\n${lines}`;
  throw new ErlangError(builtinException('ArgumentError', [['message', Bin.fromString(message)]]));
}

function proc(name: string, arity: number, fn: (args: Term[], p: Process) => Term): void {
  registerBif('ets', name, arity, (args, ctx) => fn(args, ctx as Process));
  PROCESS_BIFS.add('ets:' + name);
}

function findTable(p: Process, id: Term): Table | undefined {
  const t = tablesOf(p);
  return id instanceof Atom ? t.byName.get(id) : id instanceof Ref ? t.byRef.get(id.id) : undefined;
}

/** The table, or what is wrong with the first argument. */
function access(p: Process, id: Term, write: boolean): Table | string {
  if (!(id instanceof Atom) && !(id instanceof Ref)) return NOT_TID;
  if (id instanceof Ref && !tablesOf(p).ids.has(id.id)) return NOT_VALID_TID;
  const table = findTable(p, id);
  if (table === undefined) return NO_TABLE;
  if (!samePid(table.owner, p.self) && (table.protection === 'private' || (write && table.protection === 'protected'))) return ACCESS;
  return table;
}

function need(p: Process, id: Term, write: boolean): Table {
  const t = access(p, id, write);
  if (typeof t === 'string') fail(t);
  return t;
}


function tupleCause(t: Term): string {
  return Array.isArray(t) ? (t.length > 0 ? '' : EMPTY_TUPLE) : NOT_TUPLE;
}

function isInteger(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

function keyOf(t: Table, obj: Obj): Term {
  return obj[t.keypos - 1];
}

// ------------------------------------------------------------------ tables

const TYPES = new Set(['set', 'ordered_set', 'bag', 'duplicate_bag']);
const PROTECTIONS = new Set(['public', 'protected', 'private']);

proc('new', 2, ([name, opts], p) => {
  const options = properList(opts);
  if (!(name instanceof Atom) || options === null) fail(name instanceof Atom ? '' : 'not an atom', options === null ? (opts instanceof Cons ? 'not a proper list' : 'not a list') : '');
  const table: Table = {
    id: p.node.makeRef(),
    name,
    named: false,
    type: 'set',
    keypos: 1,
    protection: 'protected',
    owner: p.self,
    heir: null,
    readConcurrency: false,
    writeConcurrency: FALSE,
    decentralizedCounters: false,
    compressed: false,
    store: null as unknown as Store,
    fixations: new Map(),
    fixedAt: FALSE,
  };
  const bool = (v: Term): boolean => {
    if (v !== TRUE && v !== FALSE) fail('', 'invalid options');
    return v === TRUE;
  };
  for (const o of options) {
    if (o instanceof Atom) {
      if (TYPES.has(o.name)) table.type = o.name as TableType;
      else if (PROTECTIONS.has(o.name)) table.protection = o.name as Protection;
      else if (o.name === 'named_table') table.named = true;
      else if (o.name === 'compressed') table.compressed = true;
      else fail('', 'invalid options');
    } else if (Array.isArray(o) && o.length === 2 && o[0] instanceof Atom) {
      const [k, v] = o;
      if (k.name === 'keypos' && typeof v === 'number' && v >= 1) table.keypos = v;
      else if (k.name === 'read_concurrency') table.readConcurrency = bool(v);
      else if (k.name === 'write_concurrency' && (v === TRUE || v === FALSE || v === atom('auto'))) table.writeConcurrency = v;
      else if (k.name === 'decentralized_counters') table.decentralizedCounters = bool(v);
      else if (k.name === 'heir' && v === NONE) table.heir = null;
      else fail('', 'invalid options');
    } else if (Array.isArray(o) && o.length === 3 && o[0] === atom('heir') && o[1] instanceof Pid) {
      table.heir = { pid: o[1], data: o[2] };
    } else fail('', 'invalid options');
  }
  // A private table has one reader and writer: ERTS ignores the concurrency options.
  if (table.protection === 'private') {
    table.readConcurrency = false;
    table.writeConcurrency = FALSE;
    table.decentralizedCounters = false;
  }
  // Unless told, ERTS decentralizes the counters of an ordered_set written concurrently and of
  // any table with write_concurrency :auto.
  const toldCounters = options.some((o) => Array.isArray(o) && o[0] === atom('decentralized_counters'));
  if (!toldCounters && (table.writeConcurrency === atom('auto') || (table.type === 'ordered_set' && table.writeConcurrency === TRUE))) table.decentralizedCounters = true;
  const tables = tablesOf(p);
  if (table.named && tables.byName.has(name)) fail('table name already exists');
  const fineLocked = table.writeConcurrency !== FALSE;
  table.store = newStore(table.type, table.keypos, { fineLocked, decentralized: fineLocked && table.decentralizedCounters });
  tables.byRef.set(table.id.id, table);
  tables.ids.add(table.id.id);
  if (table.named) tables.byName.set(name, table);
  return tid(table);
});

proc('delete', 1, ([id], p) => {
  const t = access(p, id, true);
  if (typeof t === 'string') fail(t);
  if (!samePid(t.owner, p.self) && t.protection !== 'public') fail(ACCESS);
  drop(tablesOf(p), t);
  return TRUE;
});

proc('whereis', 1, ([name], p) => {
  if (!(name instanceof Atom)) fail('invalid table name (must be an atom)');
  return tablesOf(p).byName.get(name)?.id ?? UNDEFINED;
});

proc('all', 0, (_a, p) => list([...tablesOf(p).byRef.values()].map(tid)));

proc('rename', 2, ([id, name], p) => {
  const t = access(p, id, true);
  if (typeof t === 'string' || !(name instanceof Atom)) fail(typeof t === 'string' ? t : '', name instanceof Atom ? '' : 'invalid table name (must be an atom)');
  const tables = tablesOf(p);
  if (t.named) {
    if (tables.byName.has(name)) fail('', 'table name already exists');
    tables.byName.delete(t.name);
    tables.byName.set(name, t);
  }
  t.name = name;
  return tid(t);
});

proc('give_away', 3, ([id, pid, gift], p) => {
  const t = access(p, id, true);
  const tabCause = typeof t === 'string' ? t : '';
  if (!(pid instanceof Pid)) fail(tabCause, 'not a pid');
  if (typeof t === 'string') fail(t);
  if (!samePid(t.owner, p.self)) fail('', 'the current process is not the owner');
  if (samePid(pid, p.self)) fail('', 'the process is already the owner of the table');
  const to = p.node.lookup(pid);
  if (to === undefined) fail('', 'the pid refers to a terminated process');
  t.owner = to.self;
  p.node.send(p, to.self, [ETS_TRANSFER, tid(t), p.self, gift]);
  return TRUE;
});

proc('setopts', 2, ([id, opts], p) => {
  const t = access(p, id, true);
  if (typeof t === 'string') fail(t);
  const options = Array.isArray(opts) ? [opts] : properList(opts);
  if (options === null || !samePid(t.owner, p.self)) fail('', 'invalid options');
  // Each option may be given once.
  const seen = new Set<Term>();
  for (const o of options) {
    if (Array.isArray(o) && o.length > 0) {
      if (seen.has(o[0])) fail('', 'invalid options');
      seen.add(o[0]);
    }
    if (Array.isArray(o) && o.length === 3 && o[0] === atom('heir') && o[1] instanceof Pid) t.heir = { pid: o[1], data: o[2] };
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('heir') && o[1] === NONE) t.heir = null;
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('protection') && o[1] instanceof Atom && PROTECTIONS.has(o[1].name)) t.protection = o[1].name as Protection;
    else fail('', 'invalid options');
  }
  return TRUE;
});

/** While a table is fixed, keys deleted from a hash table can still be stepped from with next/2. */
proc('safe_fixtable', 2, ([id, flag], p) => {
  const t = access(p, id, false);
  if (typeof t === 'string') fail(t);
  if (flag !== TRUE && flag !== FALSE) fail('', 'not a boolean value');
  const mine = t.fixations.get(p.self.id);
  if (flag === TRUE) {
    if (t.fixations.size === 0) {
      t.store.fix(true);
      const now = Date.now() * 1000;
      t.fixedAt = [Math.floor(now / 1e12), Math.floor(now / 1e6) % 1e6, now % 1e6];
    }
    if (mine === undefined) t.fixations.set(p.self.id, { pid: p.self, count: 1 });
    else mine.count++;
  } else if (mine !== undefined && --mine.count === 0) {
    t.fixations.delete(p.self.id);
    if (t.fixations.size === 0) t.store.fix(false);
  }
  return TRUE;
});

/**
 * Words a term takes in a table (64-bit), as ets:info(T, memory) counts them: a binary of up
 * to 64 bytes is copied whole, a larger one is a reference to shared data.
 */
function words(t: Term): number {
  // The empty tuple is one shared constant.
  if (Array.isArray(t)) return t.length === 0 ? 0 : t.reduce((n: number, e) => n + words(e), 1 + t.length);
  if (t instanceof Cons) return 2 + words(t.head) + words(t.tail);
  if (t instanceof Float) return 2;
  if (t instanceof Bin) return t.byteSize <= 64 ? 2 + Math.ceil(t.byteSize / 8) : 6;
  if (t instanceof Ref) return 3;
  if (typeof t === 'bigint') return t >= -(2n ** 59n) && t < 2n ** 59n ? 0 : 1 + Math.ceil((t < 0n ? -t : t).toString(16).length / 16);
  if (t instanceof MapTerm) return 4 + 2 * t.size + t.entries().reduce((n, [k, v]) => n + words(k) + words(v), 0);
  return 0;
}

/** Words a table takes when empty: its header, and the locks its concurrency options add. */
function tableWords(t: Table): number {
  const concurrent = t.writeConcurrency !== FALSE;
  const read = t.readConcurrency ? 32 : 0;
  if (t.type === 'ordered_set') return 139 + read + (concurrent ? (t.decentralizedCounters ? -6 : -40) : 0);
  // 64 bucket locks, reader-optimized ones when read_concurrency is on too.
  const locks = !concurrent ? read : t.readConcurrency ? 3104 : 1056;
  return 305 + locks + (concurrent && t.decentralizedCounters ? 34 : 0);
}

function info(t: Table): [string, Term][] {
  const objs = t.store.all();
  const base = tableWords(t) + t.store.extraWords();
  const perObject = t.type === 'ordered_set' ? 5 : 4;
  // While fixed: a record per fixing process and per deletion, and the dead objects kept.
  const fixing = 9 * t.fixations.size + 2 * t.store.fixDeletions;
  const memory = [...objs, ...t.store.deadObjects()].reduce((n, o) => n + words(o) + perObject, base + fixing);
  return [
    ['id', t.id],
    ['decentralized_counters', t.decentralizedCounters ? TRUE : FALSE],
    ['read_concurrency', t.readConcurrency ? TRUE : FALSE],
    ['write_concurrency', t.writeConcurrency],
    ['compressed', t.compressed ? TRUE : FALSE],
    ['memory', memory],
    ['owner', t.owner],
    ['heir', t.heir?.pid ?? NONE],
    ['name', t.name],
    // A count ERTS drove below zero shows as the unsigned word it is.
    ['size', t.store.size < 0 ? 2n ** 64n + BigInt(t.store.size) : t.store.size],
    ['node', atom('nonode@nohost')],
    ['named_table', t.named ? TRUE : FALSE],
    ['type', atom(t.type)],
    ['keypos', t.keypos],
    ['protection', atom(t.protection)],
  ];
}

/** What is wrong with a table identifier for info/1,2, which answer :undefined for a gone table. */
function infoCause(p: Process, id: Term): string {
  if (!(id instanceof Atom) && !(id instanceof Ref)) return NOT_TID;
  return id instanceof Ref && !tablesOf(p).ids.has(id.id) ? NOT_VALID_TID : '';
}

proc('info', 1, ([id], p) => {
  const cause = infoCause(p, id);
  if (cause !== '') fail(cause);
  const t = findTable(p, id);
  if (t === undefined) return UNDEFINED;
  return list(info(t).map(([k, v]) => [atom(k), v]));
});

/** Items info/2 answers beyond those info/1 lists. */
function moreInfo(t: Table, item: string): Term | undefined {
  const fixers = (): Term => list([...t.fixations.values()].map((f) => [f.pid, f.count]));
  switch (item) {
    case 'fixed':
      return t.fixations.size > 0 ? TRUE : FALSE;
    case 'safe_fixed':
    case 'safe_fixed_monotonic_time':
      return t.fixations.size > 0 ? [t.fixedAt, fixers()] : FALSE;
    default:
      return undefined;
  }
}

proc('info', 2, ([id, item], p) => {
  const cause = infoCause(p, id);
  if (cause !== '') fail(cause);
  const t = findTable(p, id);
  if (t === undefined) return UNDEFINED;
  const hit = info(t).find(([k]) => item instanceof Atom && k === item.name);
  if (hit !== undefined) return hit[1];
  const more = item instanceof Atom ? moreInfo(t, item.name) : undefined;
  if (more !== undefined) return more;
  fail('', 'not a valid info item');
});

// ------------------------------------------------------------------ objects

/** The objects of insert/insert_new, checked as erl_stdlib_errors checks them. */
function objectsOf(t: Table | string, objects: Term): Obj[] {
  const tabCause = typeof t === 'string' ? t : '';
  let objs: Term[] | null;
  let cause = '';
  if (Array.isArray(objects)) {
    objs = [objects];
    cause = tupleCause(objects);
  } else if ((objs = properList(objects)) !== null) {
    if (objs.some((o) => !Array.isArray(o) || o.length === 0)) cause = 'not a non-empty tuple or a list of non-empty tuples';
  } else cause = objects instanceof Cons ? 'not a non-empty tuple or a list of non-empty tuples' : NOT_TUPLE;
  if (tabCause !== '' || cause !== '') fail(tabCause, cause);
  const table = t as Table;
  // An object too short to hold its key is refused, with nothing to explain.
  if (objs!.some((o) => (o as Obj).length < table.keypos)) fail();
  // ERTS puts the objects of one call into a bag last to first.
  return table.type === 'bag' && objs!.length > 1 ? (objs!.slice().reverse() as Obj[]) : (objs as Obj[]);
}

proc('insert', 2, ([id, objects], p) => {
  const t = access(p, id, true);
  const objs = objectsOf(t, objects);
  for (const o of objs) (t as Table).store.put(o);
  return TRUE;
});

proc('insert_new', 2, ([id, objects], p) => {
  const t = access(p, id, true);
  const objs = objectsOf(t, objects);
  const table = t as Table;
  if (objs.some((o) => table.store.has(keyOf(table, o)))) return FALSE;
  // ERTS inserts a lone object as new outright; a list's objects go in as insert/2 puts them.
  for (const o of objs) table.store.put(o, Array.isArray(objects));
  return TRUE;
});

proc('lookup', 2, ([id, key], p) => list(need(p, id, false).store.get(key)));

proc('member', 2, ([id, key], p) => (need(p, id, false).store.has(key) ? TRUE : FALSE));

proc('lookup_element', 3, ([id, key, pos], p) => {
  const t = access(p, id, false);
  const posCause = !isInteger(pos) ? 'not an integer' : pos < 1 ? RANGE : '';
  if (typeof t === 'string' || posCause !== '') fail(typeof t === 'string' ? t : '', '', posCause);
  const objs = t.store.get(key);
  if (objs.length === 0) fail('', BAD_KEY);
  if (objs.some((o) => o.length < (pos as number))) fail('', '', 'position is greater than the size of the object');
  const vals = objs.map((o) => o[(pos as number) - 1]);
  return t.type === 'set' || t.type === 'ordered_set' ? vals[0] : list(vals);
});

proc('take', 2, ([id, key], p) => list(need(p, id, true).store.take(key)));

proc('delete', 2, ([id, key], p) => {
  need(p, id, true).store.erase(key);
  return TRUE;
});

proc('delete_object', 2, ([id, obj], p) => {
  const t = access(p, id, true);
  const cause = tupleCause(obj);
  if (typeof t === 'string' || cause !== '') fail(typeof t === 'string' ? t : '', cause);
  if ((obj as Obj).length >= t.keypos) t.store.deleteObject(obj as Obj);
  return TRUE;
});

proc('delete_all_objects', 1, ([id], p) => {
  need(p, id, true).store.clear();
  return TRUE;
});

proc('tab2list', 1, ([id], p) => list(need(p, id, false).store.all()));

// ------------------------------------------------------------------ counters and elements

type UpdateOp = { pos: number; incr: number | bigint; threshold?: number | bigint; setValue?: number | bigint };

/** An operation; a bare increment is for the element after the key. */
function updateOp(op: Term, keypos: number): UpdateOp | null {
  if (isInteger(op)) return { pos: keypos + 1, incr: op };
  if (Array.isArray(op) && op.length === 2 && typeof op[0] === 'number' && isInteger(op[1])) return { pos: op[0], incr: op[1] };
  if (Array.isArray(op) && op.length === 4 && op.every(isInteger) && typeof op[0] === 'number') return { pos: op[0], incr: op[1] as number, threshold: op[2] as number, setValue: op[3] as number };
  return null;
}

function add(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  const s = BigInt(a) + BigInt(b);
  return s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s) : s;
}

function updateCounter([id, key, opTerm, deflt]: Term[], p: Process, withDefault: boolean): Term {
  const t = access(p, id, true);
  const many = opTerm === EMPTY_LIST || opTerm instanceof Cons;
  const opTerms = many ? properList(opTerm) : [opTerm];
  const ops = opTerms?.map((o) => updateOp(o, typeof t === 'string' ? 1 : t.keypos)) ?? null;
  const opCause = ops === null || ops.some((o) => o === null) ? BAD_UPDATE_OP : '';
  const defaultCause = withDefault ? tupleCause(deflt) : '';
  if (typeof t === 'string') fail(t);
  if (t.type === 'bag' || t.type === 'duplicate_bag') fail(TABLE_TYPE);
  if (opCause !== '' || defaultCause !== '') fail('', '', opCause, defaultCause);
  let obj = t.store.get(key)[0];
  let fresh = false;
  if (obj === undefined) {
    if (!withDefault) fail('', BAD_KEY, opCause);
    const d = (deflt as Obj).slice();
    if (d.length < t.keypos) fail('', '', '', NOT_TUPLE);
    d[t.keypos - 1] = key;
    obj = d;
    fresh = true;
  }
  const next = obj.slice();
  const results: Term[] = [];
  for (const op of ops as UpdateOp[]) {
    if (op.pos === t.keypos) fail('', '', 'the position is the same as the key position');
    if (op.pos < 1 || op.pos > next.length) fail('', '', 'the position in the update operation is out of range');
    const cur = next[op.pos - 1];
    if (!isInteger(cur)) fail('', '', 'the value in the given position, in the object, is not an integer');
    let v = add(cur, op.incr);
    if (op.threshold !== undefined) {
      const over = op.incr >= 0 ? v > op.threshold : v < op.threshold;
      if (over) v = op.setValue!;
    }
    next[op.pos - 1] = v;
    results.push(v);
  }
  if (fresh) t.store.put(next);
  else t.store.replace(obj, next);
  return many ? list(results) : results[0];
}

proc('update_counter', 3, (args, p) => updateCounter(args, p, false));
proc('update_counter', 4, (args, p) => updateCounter(args, p, true));

proc('update_element', 3, ([id, key, spec], p) => {
  const t = access(p, id, true);
  if (typeof t === 'string') fail(t);
  const many = spec === EMPTY_LIST || spec instanceof Cons;
  const specs = many ? properList(spec) : [spec];
  const valid = specs !== null && specs.every((s) => Array.isArray(s) && s.length === 2 && typeof s[0] === 'number' && s[0] > 0);
  if (!valid) fail('', '', 'is not a valid element specification');
  if (t.type === 'bag' || t.type === 'duplicate_bag') fail('', '', RANGE);
  const obj = t.store.get(key)[0];
  if (obj === undefined) return FALSE;
  const next = obj.slice();
  for (const [pos, value] of specs as [number, Term][]) {
    if (pos === t.keypos) fail('', '', 'the position is the same as the key position');
    if (pos > next.length) fail('', '', RANGE);
    next[pos - 1] = value;
  }
  t.store.replace(obj, next);
  return TRUE;
});

// ------------------------------------------------------------------ traversal

function stepper(name: 'next' | 'prev'): void {
  proc(name, 2, ([id, key], p) => {
    const k = need(p, id, false).store[name](key);
    if (k === null) fail('', BAD_KEY);
    return k === undefined ? EOT : k;
  });
}

/** A bucket of a hash table (an object of an ordered_set) by number: for looking inside. */
proc('slot', 2, ([id, i], p) => {
  const t = access(p, id, false);
  const objs = typeof t === 'string' || typeof i !== 'number' ? null : t.store.slot(i);
  if (typeof t === 'string') fail(t);
  if (objs === null) fail('', RANGE);
  return objs === 'end' ? EOT : list(objs);
});

proc('first', 1, ([id], p) => need(p, id, false).store.first() ?? EOT);
proc('last', 1, ([id], p) => need(p, id, false).store.last() ?? EOT);
stepper('next');
stepper('prev');

// ------------------------------------------------------------------ patterns and match specifications

function spec(t: Table | string, ms: Term): MatchSpec {
  // The select functions take [] and select nothing; the compiler itself refuses it.
  if (ms === EMPTY_LIST && typeof t !== 'string') return { clauses: [] };
  let compiled: MatchSpec | null = null;
  try {
    compiled = compile(ms);
  } catch (e) {
    if (!(e instanceof BadMatchSpec)) throw e;
  }
  if (typeof t === 'string') fail(t);
  if (compiled === null) fail('', BAD_MATCHSPEC);
  return compiled;
}

/** Each object with what the specification made of it. */
function selected(t: Table, ms: MatchSpec, p: Process): [Obj, Term][] {
  const out: [Obj, Term][] = [];
  // A key's objects come in the same order from lookup as from a walk of the whole table.
  const key = boundKey(ms, t.keypos);
  for (const o of key === undefined ? t.store.all() : t.store.get(key)) {
    const r = run(ms, o, p);
    if (r !== undefined) out.push([o, r]);
  }
  return out;
}

proc('match', 2, ([id, pattern], p) => list(selected(need(p, id, false), patternSpec(pattern, false), p).map(([, r]) => r)));
proc('match_object', 2, ([id, pattern], p) => list(selected(need(p, id, false), patternSpec(pattern, true), p).map(([, r]) => r)));

proc('match_delete', 2, ([id, pattern], p) => {
  const t = need(p, id, true);
  t.store.deleteFound(selected(t, patternSpec(pattern, true), p).map(([o]) => o));
  return TRUE;
});

proc('select', 2, ([id, ms], p) => {
  const t = access(p, id, false);
  return list(selected(t as Table, spec(t, ms), p).map(([, r]) => r));
});

proc('select_reverse', 2, ([id, ms], p) => {
  const t = access(p, id, false);
  const out = selected(t as Table, spec(t, ms), p).map(([, r]) => r);
  return list((t as Table).type === 'ordered_set' ? out.reverse() : out);
});

proc('select_count', 2, ([id, ms], p) => {
  const t = access(p, id, false);
  return selected(t as Table, spec(t, ms), p).filter(([, r]) => r === TRUE).length;
});

proc('select_delete', 2, ([id, ms], p) => {
  const t = access(p, id, true);
  const doomed = selected(t as Table, spec(t, ms), p).filter(([, r]) => r === TRUE);
  (t as Table).store.deleteFound(doomed.map(([o]) => o));
  return doomed.length;
});

proc('select_replace', 2, ([id, ms], p) => {
  const t = access(p, id, true);
  const compiled = spec(t, ms);
  const table = t as Table;
  if (table.type === 'bag') fail(TABLE_TYPE);
  if (!keepsKey(compiled, table.keypos)) fail('', BAD_MATCHSPEC);
  let n = 0;
  for (const [o, r] of selected(table, compiled, p)) {
    if (!Array.isArray(r) || r.length < table.keypos || !exactEquals(keyOf(table, r), keyOf(table, o))) continue;
    table.store.replace(o, r);
    n++;
  }
  return n;
});

// ------------------------------------------------------------------ chunks and continuations

// select/3 and match/3 return a chunk of at most Limit results with a continuation for the
// rest. An ordered_set's chunk is in key order (descending for select_reverse) and its
// continuation holds the last key seen. A hash table is traversed a bucket at a time, as
// erl_db_hash.c does: matches pile up newest first until a bucket ends with at least Limit of
// them; the oldest Limit are the chunk, and the others wait in the continuation, as they were,
// with the bucket to go on from. A chunk that ends the table short of Limit comes with
// :"$end_of_table" instead of a continuation.
const CONTINUATION = atom('$ets_continuation');
const SELECT = atom('select');
const MATCH = atom('match');
const MATCH_OBJECT = atom('match_object');

type Kind = typeof SELECT | typeof MATCH | typeof MATCH_OBJECT;

function specOf(kind: Kind, t: Table | string, msTerm: Term): MatchSpec {
  if (kind === SELECT) return spec(t, msTerm);
  if (typeof t === 'string') fail(t);
  return patternSpec(msTerm, kind === MATCH_OBJECT);
}

function chunk(p: Process, t: Table, kind: Kind, msTerm: Term, limit: number, reverse: boolean, cursor: Term | null): Term {
  const ms = specOf(kind, t, msTerm);
  const cont = (next: Term): Term => [CONTINUATION, t.id, kind, msTerm, limit, reverse ? TRUE : FALSE, next];
  if (t.store.bucketsFrom === undefined) {
    let objs = t.store.all();
    if (reverse) objs.reverse();
    if (cursor !== null) {
      const after = (cursor as Term[])[0];
      objs = objs.filter((o) => (reverse ? compareTerms(keyOf(t, o), after) < 0 : compareTerms(keyOf(t, o), after) > 0));
    }
    const got: Term[] = [];
    let at = 0;
    for (; at < objs.length && got.length < limit; at++) {
      const r = run(ms, objs[at], p);
      if (r !== undefined) got.push(r);
    }
    if (at >= objs.length && got.length === 0) return EOT;
    if (at >= objs.length && got.length < limit) return [list(got), EOT];
    return [list(got), cont([keyOf(t, objs[at - 1])])];
  }
  // Matches oldest first (the lists ERTS builds hold them newest first), leftovers included.
  const [slot, waiting] = cursor === null ? [0, EMPTY_LIST] : [(cursor as Term[])[0] as number, (cursor as Term[])[1]];
  const found = (properList(waiting) ?? []).reverse();
  const newestFirst = (ts: Term[]): Term => list(ts.slice().reverse());
  const split = (next: number): Term => [newestFirst(found.slice(0, limit)), cont([next, newestFirst(found.slice(limit))])];
  if (found.length >= limit) return split(slot);
  for (const [i, objs] of t.store.bucketsFrom(slot)) {
    for (const o of objs) {
      const r = run(ms, o, p);
      if (r !== undefined) found.push(r);
    }
    if (found.length >= limit) return split(nextAfter(t, i));
  }
  return found.length === 0 ? EOT : [newestFirst(found), EOT];
}

/** The bucket a traversal goes on from after bucket i. */
function nextAfter(t: Table, i: number): number {
  const it = t.store.bucketsFrom!(i);
  it.next();
  const n = it.next();
  return n.done ? -1 : n.value[0];
}

function limited(name: string, kind: Kind, reverse: boolean): void {
  proc(name, 3, ([id, msTerm, limit], p) => {
    const t = access(p, id, false);
    const limitCause = !isInteger(limit) ? 'not an integer' : limit < 1 ? RANGE : '';
    if (kind === SELECT) {
      let bad = false;
      try {
        compile(msTerm);
      } catch (e) {
        if (!(e instanceof BadMatchSpec)) throw e;
        bad = true;
      }
      // select/3 takes [] (it selects nothing), though it is no match specification to explain.
      if (typeof t === 'string' || (bad && msTerm !== EMPTY_LIST) || limitCause !== '') fail(typeof t === 'string' ? t : '', bad ? BAD_MATCHSPEC : '', limitCause);
    } else if (typeof t === 'string' || limitCause !== '') fail(typeof t === 'string' ? t : '', '', limitCause);
    return chunk(p, t, kind, msTerm, Number(limit), reverse, null);
  });
  proc(name, 1, ([cont], p) => {
    if (cont === EOT) return EOT;
    const c = cont as Term[];
    if (!Array.isArray(cont) || cont.length !== 7 || c[0] !== CONTINUATION || c[2] !== kind || !(c[1] instanceof Ref)) fail('invalid continuation');
    // A continuation into a table that is gone is as invalid as any other bad one.
    const t = access(p, c[1], false);
    if (typeof t === 'string') fail('invalid continuation');
    return chunk(p, t, kind, c[3], c[4] as number, c[5] === TRUE, c[6]);
  });
}

limited('select', SELECT, false);
limited('select_reverse', SELECT, true);
limited('match', MATCH, false);
limited('match_object', MATCH_OBJECT, false);

// ------------------------------------------------------------------ match specifications on their own

const OK = atom('ok');
const ERROR = atom('error');
/** What match_spec_compile/1 handed out: a reference standing for the compiled program. */
const COMPILED = new WeakMap<Ref, MatchSpec>();

const charlist = (s: string): Term => list([...s].map((c) => c.codePointAt(0)!));

/** Runs a specification on one term, or lists what the compiler finds wrong with it. */
proc('test_ms', 2, ([tuple, ms], p) => {
  let compiled: MatchSpec;
  try {
    compiled = compile(ms);
  } catch (e) {
    if (!(e instanceof BadMatchSpec)) throw e;
    return [ERROR, list(e.errors.map((m) => [ERROR, charlist(m)]))];
  }
  return [OK, run(compiled, tuple, p) ?? FALSE];
});

proc('match_spec_compile', 1, ([ms], p) => {
  let compiled: MatchSpec;
  try {
    compiled = compile(ms);
  } catch (e) {
    if (!(e instanceof BadMatchSpec)) throw e;
    fail(BAD_MATCHSPEC);
  }
  const ref = p.node.makeRef();
  COMPILED.set(ref, compiled);
  return ref;
});

proc('is_compiled_ms', 1, ([t]) => (t instanceof Ref && COMPILED.has(t) ? TRUE : FALSE));

proc('match_spec_run', 2, ([terms, ref], p) => {
  const compiled = ref instanceof Ref ? COMPILED.get(ref) : undefined;
  const all = properList(terms);
  if (compiled === undefined || all === null) fail();
  const out: Term[] = [];
  for (const t of all) {
    const r = run(compiled, t, p);
    if (r !== undefined) out.push(r);
  }
  return list(out);
});
