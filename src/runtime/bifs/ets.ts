// :ets, Erlang term storage: tables of tuples owned by a process, shared by reference (terms
// are immutable, so nothing is copied). Tables live per node and die with their owner.
// Supported: set, ordered_set, bag and duplicate_bag; public / protected / private access;
// named tables; keypos 1.
// https://www.erlang.org/doc/man/ets.html
import { registerBif, ErlangError, type BifContext } from './registry.ts';
import { Atom, Bin, Cons, EMPTY_LIST, FALSE, Float, Pid, Ref, TRUE, atom, list, type Term } from '../terms/types.ts';
import { compareTerms as compare, exactEquals } from '../terms/compare.ts';
import { inspect } from '../terms/inspect.ts';
import { builtinException } from '../vm/exceptions.ts';
import { Node } from '../vm/node.ts';
import { PROCESS_BIFS } from '../compiler/compile.ts';
import type { Process } from '../vm/process.ts';

type TableType = 'set' | 'ordered_set' | 'bag' | 'duplicate_bag';

interface Table {
  id: Ref;
  name: Atom;
  named: boolean;
  type: TableType;
  protection: 'public' | 'protected' | 'private';
  owner: Pid;
  /** Rows by key (exact-equality text of the key); bags keep several tuples per key. */
  rows: Map<string, Term[][]>;
}

interface Tables {
  byRef: Map<number, Table>;
  byName: Map<Atom, Table>;
}

const NODE_TABLES = new WeakMap<Node, Tables>();

function tablesOf(p: Process): Tables {
  let t = NODE_TABLES.get(p.node);
  if (t === undefined) NODE_TABLES.set(p.node, (t = { byRef: new Map(), byName: new Map() }));
  return t;
}

Node.exitHooks.push((p) => {
  const t = NODE_TABLES.get(p.node);
  if (t === undefined) return;
  for (const table of [...t.byRef.values()]) if (table.owner === p.self) drop(t, table);
});

function drop(t: Tables, table: Table): void {
  t.byRef.delete(table.id.id);
  if (table.named) t.byName.delete(table.name);
}

/** Exact (=:=) equality as a string: 1 and 1.0 are different keys, as in ETS sets. */
function keyText(k: Term): string {
  if (k instanceof Atom) return 'a' + k.name;
  if (typeof k === 'number') return 'n' + k;
  return 'x' + inspect(k, { limit: Infinity, printableLimit: Infinity, structs: false } as never);
}

const ORD = ['1st', '2nd', '3rd'];

function badarg(index: number, why: string): never {
  throw new ErlangError(builtinException('ArgumentError', [['message', Bin.fromString(`errors were found at the given arguments:\n\n  * ${ORD[index]} argument: ${why}\n`)]]));
}

function P(ctx: BifContext): Process {
  return ctx as Process;
}

function proc(name: string, arity: number, fn: (args: Term[], p: Process) => Term): void {
  registerBif('ets', name, arity, (args, ctx) => fn(args, P(ctx)));
  PROCESS_BIFS.add('ets:' + name);
}

function table(p: Process, id: Term, write: boolean): Table {
  const t = tablesOf(p);
  const table = id instanceof Atom ? t.byName.get(id) : id instanceof Ref ? t.byRef.get(id.id) : undefined;
  if (table === undefined) badarg(0, 'the table identifier does not refer to an existing ETS table');
  const mine = table.owner === p.self;
  if (!mine && (table.protection === 'private' || (write && table.protection === 'protected'))) {
    badarg(0, 'the table identifier refers to an ETS table with insufficient access rights');
  }
  return table;
}

function items(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return out;
}

function ordered(table: Table): Term[][] {
  const all = [...table.rows.values()].flat();
  if (table.type === 'ordered_set') all.sort((a, b) => compare(a[0], b[0]));
  return all;
}

/** An ordered_set compares keys with ==, so 1 and 1.0 are the same key there. */
function rowKey(table: Table, k: Term): string {
  if (table.type === 'ordered_set') {
    if (k instanceof Float) return 'n' + k.value;
    if (typeof k === 'bigint') return 'n' + k;
  }
  return keyText(k);
}

function insertRow(table: Table, row: Term[]): void {
  const k = rowKey(table, row[0]);
  const existing = table.rows.get(k);
  if (table.type === 'set' || table.type === 'ordered_set' || existing === undefined) {
    table.rows.set(k, [row]);
    return;
  }
  if (table.type === 'bag' && existing.some((r) => exactEquals(r, row))) return;
  existing.push(row);
}

proc('new', 2, ([name, opts], p) => {
  if (!(name instanceof Atom)) badarg(0, 'not an atom');
  let type: TableType = 'set';
  let protection: Table['protection'] = 'protected';
  let named = false;
  for (const o of items(opts)) {
    if (o instanceof Atom) {
      if (o.name === 'set' || o.name === 'ordered_set' || o.name === 'bag' || o.name === 'duplicate_bag') type = o.name;
      else if (o.name === 'public' || o.name === 'protected' || o.name === 'private') protection = o.name;
      else if (o.name === 'named_table') named = true;
    }
  }
  const t = tablesOf(p);
  if (named && t.byName.has(name)) badarg(0, 'table name already exists');
  const table: Table = { id: p.node.makeRef(), name, named, type, protection, owner: p.self, rows: new Map() };
  t.byRef.set(table.id.id, table);
  if (named) t.byName.set(name, table);
  return named ? name : table.id;
});

function rowsOf(objects: Term): Term[][] {
  const rows = Array.isArray(objects) ? [objects] : items(objects);
  for (const r of rows) if (!Array.isArray(r) || r.length === 0) badarg(1, 'not a tuple');
  return rows as Term[][];
}

proc('insert', 2, ([id, objects], p) => {
  const t = table(p, id, true);
  for (const r of rowsOf(objects)) insertRow(t, r);
  return TRUE;
});

proc('insert_new', 2, ([id, objects], p) => {
  const t = table(p, id, true);
  const rows = rowsOf(objects);
  if (rows.some((r) => t.rows.has(rowKey(t, r[0])))) return FALSE;
  for (const r of rows) insertRow(t, r);
  return TRUE;
});

proc('lookup', 2, ([id, key], p) => {
  const t = table(p, id, false);
  return list(t.rows.get(rowKey(t, key)) ?? []);
});

proc('lookup_element', 3, ([id, key, pos], p) => {
  const t = table(p, id, false);
  const rows = t.rows.get(rowKey(t, key));
  if (rows === undefined || typeof pos !== 'number') badarg(1, 'not a key that exists in the table');
  const vals = rows.map((r) => {
    if (pos < 1 || pos > r.length) badarg(2, 'out of range');
    return r[pos - 1];
  });
  return vals.length === 1 ? vals[0] : list(vals);
});

proc('member', 2, ([id, key], p) => {
  const t = table(p, id, false);
  return t.rows.has(rowKey(t, key)) ? TRUE : FALSE;
});

proc('delete', 1, ([id], p) => {
  const t = table(p, id, true);
  if (t.owner !== p.self && t.protection !== 'public') badarg(0, 'the table identifier refers to an ETS table with insufficient access rights');
  drop(tablesOf(p), t);
  return TRUE;
});

proc('delete', 2, ([id, key], p) => {
  const t = table(p, id, true);
  t.rows.delete(rowKey(t, key));
  return TRUE;
});

proc('delete_object', 2, ([id, obj], p) => {
  const t = table(p, id, true);
  if (!Array.isArray(obj)) badarg(1, 'not a tuple');
  const k = rowKey(t, obj[0]);
  const rows = t.rows.get(k);
  if (rows !== undefined) {
    const left = rows.filter((r) => !exactEquals(r, obj));
    if (left.length === 0) t.rows.delete(k);
    else t.rows.set(k, left);
  }
  return TRUE;
});

proc('delete_all_objects', 1, ([id], p) => {
  table(p, id, true).rows.clear();
  return TRUE;
});

proc('tab2list', 1, ([id], p) => list(ordered(table(p, id, false))));

proc('update_counter', 3, ([id, key, incr], p) => {
  const t = table(p, id, true);
  const rows = t.rows.get(rowKey(t, key));
  if (rows === undefined || t.type === 'bag' || t.type === 'duplicate_bag') badarg(1, 'not a key that exists in the table');
  const row = rows[0].slice();
  let pos = 2;
  let by = incr;
  if (Array.isArray(incr)) [pos, by] = [incr[0] as number, incr[1]];
  if (typeof by !== 'number' || typeof row[pos - 1] !== 'number') badarg(2, 'not a valid update operation');
  row[pos - 1] = (row[pos - 1] as number) + by;
  t.rows.set(rowKey(t, key), [row]);
  return row[pos - 1];
});

proc('whereis', 1, ([name], p) => tablesOf(p).byName.get(name as Atom)?.id ?? atom('undefined'));

proc('all', 0, (_a, p) => list([...tablesOf(p).byRef.values()].map((t) => (t.named ? t.name : t.id))));

function info(t: Table): [string, Term][] {
  const size = [...t.rows.values()].reduce((n, r) => n + r.length, 0);
  return [
    ['id', t.id],
    ['decentralized_counters', FALSE],
    ['read_concurrency', FALSE],
    ['write_concurrency', FALSE],
    ['compressed', FALSE],
    ['memory', 305 + 7 * size],
    ['owner', t.owner],
    ['heir', atom('none')],
    ['name', t.name],
    ['size', size],
    ['node', atom('nonode@nohost')],
    ['named_table', t.named ? TRUE : FALSE],
    ['type', atom(t.type)],
    ['keypos', 1],
    ['protection', atom(t.protection)],
  ];
}

function findTable(p: Process, id: Term): Table | undefined {
  const t = tablesOf(p);
  if (id instanceof Atom) return t.byName.get(id);
  if (id instanceof Ref) return t.byRef.get(id.id);
  badarg(0, 'not a table identifier');
}

proc('info', 1, ([id], p) => {
  const t = findTable(p, id);
  if (t === undefined) return atom('undefined');
  return list(info(t).map(([k, v]) => [atom(k), v]));
});

proc('info', 2, ([id, item], p) => {
  const t = findTable(p, id);
  if (t === undefined) return atom('undefined');
  const hit = info(t).find(([k]) => item instanceof Atom && k === item.name);
  if (hit === undefined) badarg(1, 'not a valid info item');
  return hit[1];
});

void EMPTY_LIST;
