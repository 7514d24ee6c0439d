// Elixir maps. Keys are compared with exact equality (=:=), so 1 and 1.0 are different keys.
// The terms module fills in the efficient implementation; this API is what the rest of the
// runtime relies on.
import type { Term } from './types.ts';

export class MapTerm {
  /** Entries kept sorted by key in Erlang term order (what small maps show when inspected). */
  private constructor(private readonly _entries: readonly (readonly [Term, Term])[]) {}

  static readonly EMPTY: MapTerm = new MapTerm([]);

  static fromEntries(entries: Iterable<readonly [Term, Term]>): MapTerm {
    let m = MapTerm.EMPTY;
    for (const [k, v] of entries) m = m.put(k, v);
    return m;
  }

  get size(): number {
    return this._entries.length;
  }

  get(key: Term): Term | undefined {
    throw new Error('MapTerm.get: not yet implemented ' + String(key));
  }

  has(key: Term): boolean {
    return this.get(key) !== undefined;
  }

  put(key: Term, value: Term): MapTerm {
    throw new Error('MapTerm.put: not yet implemented ' + String(key) + String(value));
  }

  delete(key: Term): MapTerm {
    throw new Error('MapTerm.delete: not yet implemented ' + String(key));
  }

  /** In Erlang term order of the keys. */
  entries(): readonly (readonly [Term, Term])[] {
    return this._entries;
  }

  keys(): Term[] {
    return this._entries.map((e) => e[0]);
  }

  values(): Term[] {
    return this._entries.map((e) => e[1]);
  }
}
