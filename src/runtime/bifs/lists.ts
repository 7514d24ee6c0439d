// The :lists natives that take no function argument. Where OTP's lists.erl has no clause for
// an argument it fails with function_clause, and where it is a BIF it fails with badarg: the
// reasons below follow each function's own behaviour.
// https://www.erlang.org/doc/man/lists.html
import { registerBif, type Bif } from './registry.ts';
import { atom, bool, Cons, EMPTY_LIST, FALSE, isInteger, type Term } from '../terms/types.ts';
import { compareTerms, exactlyEqual, looselyEqual } from './order.ts';
import { badarg, fromArray, functionClause, properList } from './util.ts';
import { add } from './erlang.ts';
import { listsSort } from './lists_sort.ts';

const def = (name: string, arity: number, fn: Bif): void => registerBif('lists', name, arity, fn);

function listOr(t: Term, fail: () => never): Term[] {
  return properList(t) ?? fail();
}

def('reverse', 1, ([l]) => {
  let out: Term = EMPTY_LIST;
  while (l instanceof Cons) {
    out = new Cons(l.head, out);
    l = l.tail;
  }
  if (l !== EMPTY_LIST) functionClause();
  return out;
});
def('reverse', 2, ([l, tail]) => {
  let out: Term = tail;
  while (l instanceof Cons) {
    out = new Cons(l.head, out);
    l = l.tail;
  }
  if (l !== EMPTY_LIST) badarg();
  return out;
});

/** seq/2 has no clause for a descending range; seq/3 raises badarg for any bad argument. */
function seq(first: Term, last: Term, inc: Term, fail: () => never): Term {
  if (typeof first !== 'number' || typeof last !== 'number' || typeof inc !== 'number') fail();
  const ok = inc > 0 ? first - inc <= last : inc < 0 ? first - inc >= last : first === last;
  if (!ok) fail();
  if (inc === 0) return new Cons(first, EMPTY_LIST);
  const items: number[] = [];
  if (inc > 0) for (let x = first; x <= last; x += inc) items.push(x);
  else for (let x = first; x >= last; x += inc) items.push(x);
  return fromArray(items);
}
def('seq', 2, ([f, l]) => seq(f, l, 1, functionClause));
def('seq', 3, ([f, l, i]) => seq(f, l, i, badarg));

def('nth', 2, ([n, l]) => {
  const items = listOr(l, functionClause);
  if (typeof n !== 'number' || n < 1 || n > items.length) functionClause();
  return items[n - 1];
});
def('nthtail', 2, ([n, l]) => {
  if (typeof n !== 'number' || n < 0) functionClause();
  for (let i = 0; i < n; i++) {
    if (!(l instanceof Cons)) functionClause();
    l = l.tail;
  }
  return l;
});
def('last', 1, ([l]) => {
  const items = listOr(l, functionClause);
  if (items.length === 0) functionClause();
  return items[items.length - 1];
});

/** A stable sort in term order; JS's sort is stable. */
const sorted = (items: Term[]): Term[] => items.slice().sort((a, b) => compareTerms(a, b));

function dedupSorted(items: Term[]): Term[] {
  const out: Term[] = [];
  for (const x of items) if (out.length === 0 || !looselyEqual(out[out.length - 1], x)) out.push(x);
  return out;
}

def('sort', 1, ([l]) => {
  listOr(l, functionClause);
  return listsSort(l);
});
def('usort', 1, ([l]) => fromArray(dedupSorted(sorted(listOr(l, functionClause)))));
def('merge', 2, ([a, b]) => fromArray(sorted([...listOr(a, functionClause), ...listOr(b, functionClause)])));

function keyIndex(n: Term): number {
  if (typeof n !== 'number' || n < 1) badarg();
  return n - 1;
}

function findKey(key: Term, i: number, items: Term[]): number {
  return items.findIndex((t) => Array.isArray(t) && t.length > i && looselyEqual(t[i], key));
}

def('keyfind', 3, ([k, n, l]) => {
  const items = listOr(l, badarg);
  const j = findKey(k, keyIndex(n), items);
  return j < 0 ? FALSE : items[j];
});
def('keymember', 3, ([k, n, l]) => bool(findKey(k, keyIndex(n), listOr(l, badarg)) >= 0));
def('keydelete', 3, ([k, n, l]) => {
  const items = listOr(l, functionClause);
  const j = findKey(k, keyIndex(n), items);
  if (j >= 0) items.splice(j, 1);
  return fromArray(items);
});
def('keyreplace', 4, ([k, n, l, t]) => {
  const items = listOr(l, functionClause);
  const j = findKey(k, keyIndex(n), items);
  if (j >= 0) items[j] = t;
  return fromArray(items);
});
def('keystore', 4, ([k, n, l, t]) => {
  const items = listOr(l, functionClause);
  const j = findKey(k, keyIndex(n), items);
  if (j >= 0) items[j] = t;
  else items.push(t);
  return fromArray(items);
});
def('keytake', 3, ([k, n, l]) => {
  const items = listOr(l, functionClause);
  const j = findKey(k, keyIndex(n), items);
  if (j < 0) return FALSE;
  const [found] = items.splice(j, 1);
  return [atom('value'), found, fromArray(items)];
});

def('keysort', 2, ([n, l]) => {
  const i = keyIndex(n);
  const items = listOr(l, badarg);
  for (const t of items) if (!Array.isArray(t) || t.length <= i) badarg();
  return fromArray(items.slice().sort((a, b) => compareTerms((a as Term[])[i], (b as Term[])[i])));
});

def('member', 2, ([x, l]) => {
  const items = listOr(l, badarg);
  return bool(items.some((y) => exactlyEqual(x, y)));
});
def('append', 1, ([ls]) => {
  const lists = listOr(ls, functionClause);
  let out: Term = lists.length === 0 ? EMPTY_LIST : lists[lists.length - 1];
  for (let i = lists.length - 2; i >= 0; i--) out = fromArray(listOr(lists[i], badarg), out);
  return out;
});
def('append', 2, ([a, b]) => fromArray(listOr(a, badarg), b));

function flattenInto(l: Term, out: Term[]): void {
  while (l instanceof Cons) {
    const h = l.head;
    if (h instanceof Cons || h === EMPTY_LIST) flattenInto(h, out);
    else out.push(h);
    l = l.tail;
  }
  if (l !== EMPTY_LIST) functionClause();
}
def('flatten', 1, ([l]) => {
  const out: Term[] = [];
  flattenInto(l, out);
  return fromArray(out);
});
def('flatten', 2, ([l, tail]) => {
  const out: Term[] = [];
  flattenInto(l, out);
  return fromArray(out, tail);
});
def('duplicate', 2, ([n, x]) => {
  if (typeof n !== 'number' || n < 0) functionClause();
  return fromArray(new Array<Term>(n).fill(x));
});
def('sum', 1, ([l]) => listOr(l, functionClause).reduce<Term>((acc, x) => add(acc, x), 0));
def('max', 1, ([l]) => {
  const items = listOr(l, functionClause);
  if (items.length === 0) functionClause();
  return items.reduce((m, x) => (compareTerms(m, x) < 0 ? x : m));
});
def('min', 1, ([l]) => {
  const items = listOr(l, functionClause);
  if (items.length === 0) functionClause();
  return items.reduce((m, x) => (compareTerms(m, x) > 0 ? x : m));
});
def('zip', 2, ([a, b]) => {
  const xs = listOr(a, functionClause);
  const ys = listOr(b, functionClause);
  if (xs.length !== ys.length) functionClause();
  return fromArray(xs.map((x, i) => [x, ys[i]]));
});
def('unzip', 1, ([l]) => {
  const items = listOr(l, functionClause);
  for (const t of items) if (!Array.isArray(t) || t.length !== 2) functionClause();
  return [fromArray(items.map((t) => (t as Term[])[0])), fromArray(items.map((t) => (t as Term[])[1]))];
});
def('sublist', 2, ([l, n]) => {
  if (typeof n !== 'number' || n < 0) functionClause();
  const out: Term[] = [];
  while (out.length < n && l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return fromArray(out);
});
def('sublist', 3, ([l, s, n]) => {
  if (typeof s !== 'number' || s < 1 || typeof n !== 'number' || n < 0) functionClause();
  const items = listOr(l, functionClause);
  return fromArray(items.slice(s - 1, s - 1 + n));
});
def('split', 2, ([n, l]) => {
  const items = properList(l);
  if (!isInteger(n) || items === null || typeof n !== 'number' || n < 0 || n > items.length) badarg();
  return [fromArray(items.slice(0, n)), fromArray(items.slice(n))];
});
def('delete', 2, ([x, l]) => {
  const items = listOr(l, functionClause);
  const i = items.findIndex((y) => exactlyEqual(x, y));
  if (i >= 0) items.splice(i, 1);
  return fromArray(items);
});
def('subtract', 2, ([a, b]) => {
  const left = listOr(a, badarg);
  for (const r of listOr(b, badarg)) {
    const i = left.findIndex((x) => exactlyEqual(x, r));
    if (i >= 0) left.splice(i, 1);
  }
  return fromArray(left);
});
