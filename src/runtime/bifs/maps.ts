// The :maps natives that take no function argument. A non-map argument fails with
// {badmap, Term} and a missing key with {badkey, Key}, as the BEAM's do.
// https://www.erlang.org/doc/man/maps.html
import { registerBif, type Bif } from './registry.ts';
import { bool, ERROR, OK } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { badarg, badkey, fromArray, mapArg, properList } from './util.ts';

const def = (name: string, arity: number, fn: Bif): void => registerBif('maps', name, arity, fn);

def('get', 2, ([k, m]) => {
  const v = mapArg(m).get(k);
  return v === undefined ? badkey(k) : v;
});
def('get', 3, ([k, m, d]) => mapArg(m).get(k) ?? d);
def('find', 2, ([k, m]) => {
  const v = mapArg(m).get(k);
  return v === undefined ? ERROR : [OK, v];
});
def('is_key', 2, ([k, m]) => bool(mapArg(m).has(k)));
def('put', 3, ([k, v, m]) => mapArg(m).put(k, v));
def('update', 3, ([k, v, m]) => {
  const map = mapArg(m);
  if (!map.has(k)) badkey(k);
  return map.put(k, v);
});
def('remove', 2, ([k, m]) => mapArg(m).delete(k));
def('take', 2, ([k, m]) => {
  const map = mapArg(m);
  const v = map.get(k);
  return v === undefined ? ERROR : [v, map.delete(k)];
});
def('keys', 1, ([m]) => fromArray(mapArg(m).keys()));
def('values', 1, ([m]) => fromArray(mapArg(m).values()));
def('to_list', 1, ([m]) => fromArray(mapArg(m).entries().map(([k, v]) => [k, v])));
def('size', 1, ([m]) => mapArg(m).size);
def('new', 0, () => MapTerm.EMPTY);

def('from_list', 1, ([l]) => {
  const items = properList(l);
  if (items === null) badarg();
  let m = MapTerm.EMPTY;
  for (const t of items) {
    if (!Array.isArray(t) || t.length !== 2) badarg();
    m = m.put(t[0], t[1]);
  }
  return m;
});
def('from_keys', 2, ([l, v]) => {
  const items = properList(l);
  if (items === null) badarg();
  let m = MapTerm.EMPTY;
  for (const k of items) m = m.put(k, v);
  return m;
});
def('merge', 2, ([a, b]) => {
  let m = mapArg(a);
  const other = mapArg(b);
  if (m.size === 0) return other;
  for (const [k, v] of other.entries()) m = m.put(k, v);
  return m;
});
def('with', 2, ([ks, m]) => {
  const map = mapArg(m);
  const keys = properList(ks);
  if (keys === null) badarg();
  let out = MapTerm.EMPTY;
  for (const k of keys) {
    const v = map.get(k);
    if (v !== undefined) out = out.put(k, v);
  }
  return out;
});
def('without', 2, ([ks, m]) => {
  let map = mapArg(m);
  const keys = properList(ks);
  if (keys === null) badarg();
  for (const k of keys) map = map.delete(k);
  return map;
});
