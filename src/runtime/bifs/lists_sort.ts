// lists:sort/1 as OTP's lists.erl writes it: runs are split off ascending or descending and
// merged three at a time. A plain stable sort gives the same order for everything except
// terms that compare equal without being identical (1 and 1.0), whose relative order this
// algorithm decides; Elixir's Enum.sort/1 shows it (Enum.sort([2, 1.0, 1]) is [1.0, 1, 2]).
// Each Erlang function is a case of a loop, so long lists never deepen the JS stack.
// https://github.com/erlang/otp/blob/OTP-25.0/lib/stdlib/src/lists.erl
import { Cons, EMPTY_LIST, type Term } from '../terms/types.ts';
import { compareTerms } from './order.ts';

const le = (a: Term, b: Term): boolean => compareTerms(a, b) <= 0;
const lt = (a: Term, b: Term): boolean => compareTerms(a, b) < 0;
const eq = (a: Term, b: Term): boolean => compareTerms(a, b) === 0;
const cons = (h: Term, t: Term): Term => new Cons(h, t);
const list = (...xs: Term[]): Term => xs.reduceRight<Term>((t, h) => new Cons(h, t), EMPTY_LIST);

/** lists:reverse(L, Tail). */
function rev(l: Term, tail: Term): Term {
  while (l instanceof Cons) {
    tail = new Cons(l.head, tail);
    l = l.tail;
  }
  return tail;
}

export function listsSort(l0: Term): Term {
  if (!(l0 instanceof Cons) || !(l0.tail instanceof Cons)) return l0;
  const x = l0.head;
  const y = l0.tail.head;
  const l = l0.tail.tail;
  if (le(x, y)) {
    if (l === EMPTY_LIST) return l0;
    if (l instanceof Cons && l.tail === EMPTY_LIST) {
      const z = l.head;
      if (le(y, z)) return l0;
      if (le(x, z)) return list(x, z, y);
      return list(z, x, y);
    }
    if (eq(x, y)) return run('sort_1', [y, l, list(x)]);
    return run('split_1', [x, y, l, EMPTY_LIST, EMPTY_LIST]);
  }
  if (l === EMPTY_LIST) return list(y, x);
  if (l instanceof Cons && l.tail === EMPTY_LIST) {
    const z = l.head;
    if (le(x, z)) return cons(y, cons(x, l));
    if (le(y, z)) return list(y, z, x);
    return list(z, y, x);
  }
  return run('split_2', [x, y, l, EMPTY_LIST, EMPTY_LIST]);
}

type State = 'sort_1' | 'split_1' | 'split_1_1' | 'split_2' | 'split_2_1' | 'mergel' | 'rmergel';

/** The splitting and the merging of runs: tail calls become iterations of this loop. */
function run(state: State, a: Term[]): Term {
  for (;;) {
    switch (state) {
      case 'sort_1': {
        const [x, l, r] = a;
        if (l instanceof Cons) {
          const y = l.head;
          if (eq(x, y)) a = [y, l.tail, cons(x, r)];
          else if (lt(x, y)) (state = 'split_1'), (a = [x, y, l.tail, r, EMPTY_LIST]);
          else (state = 'split_2'), (a = [x, y, l.tail, r, EMPTY_LIST]);
          break;
        }
        return rev(r, list(x));
      }
      case 'split_1': {
        const [x, y, l, r, rs] = a;
        if (l instanceof Cons) {
          const z = l.head;
          if (le(y, z)) a = [y, z, l.tail, cons(x, r), rs];
          else if (le(x, z)) a = [z, y, l.tail, cons(x, r), rs];
          else if (r === EMPTY_LIST) a = [x, y, l.tail, list(z), rs];
          else (state = 'split_1_1'), (a = [x, y, l.tail, r, rs, z]);
          break;
        }
        state = 'rmergel';
        a = [cons(cons(y, cons(x, r)), rs), EMPTY_LIST];
        break;
      }
      case 'split_1_1': {
        const [x, y, l, r, rs, s] = a;
        if (l instanceof Cons) {
          const z = l.head;
          if (le(y, z)) a = [y, z, l.tail, cons(x, r), rs, s];
          else if (le(x, z)) a = [z, y, l.tail, cons(x, r), rs, s];
          else if (le(s, z)) (state = 'split_1'), (a = [s, z, l.tail, EMPTY_LIST, cons(cons(y, cons(x, r)), rs)]);
          else (state = 'split_1'), (a = [z, s, l.tail, EMPTY_LIST, cons(cons(y, cons(x, r)), rs)]);
          break;
        }
        state = 'rmergel';
        a = [cons(list(s), cons(cons(y, cons(x, r)), rs)), EMPTY_LIST];
        break;
      }
      case 'split_2': {
        const [x, y, l, r, rs] = a;
        if (l instanceof Cons) {
          const z = l.head;
          if (le(z, y)) a = [y, z, l.tail, cons(x, r), rs];
          else if (le(z, x)) a = [z, y, l.tail, cons(x, r), rs];
          else if (r === EMPTY_LIST) a = [x, y, l.tail, list(z), rs];
          else (state = 'split_2_1'), (a = [x, y, l.tail, r, rs, z]);
          break;
        }
        state = 'mergel';
        a = [cons(cons(y, cons(x, r)), rs), EMPTY_LIST];
        break;
      }
      case 'split_2_1': {
        const [x, y, l, r, rs, s] = a;
        if (l instanceof Cons) {
          const z = l.head;
          if (le(z, y)) a = [y, z, l.tail, cons(x, r), rs, s];
          else if (le(z, x)) a = [z, y, l.tail, cons(x, r), rs, s];
          else if (lt(z, s)) (state = 'split_2'), (a = [s, z, l.tail, EMPTY_LIST, cons(cons(y, cons(x, r)), rs)]);
          else (state = 'split_2'), (a = [z, s, l.tail, EMPTY_LIST, cons(cons(y, cons(x, r)), rs)]);
          break;
        }
        state = 'mergel';
        a = [cons(list(s), cons(cons(y, cons(x, r)), rs)), EMPTY_LIST];
        break;
      }
      case 'mergel': {
        const [l, acc] = a as [Term, Term];
        if (l instanceof Cons) {
          const first = l.head;
          if (first === EMPTY_LIST) {
            a = [l.tail, acc];
            break;
          }
          const rest = l.tail;
          if (rest instanceof Cons) {
            const second = rest.head;
            const rest2 = rest.tail;
            if (second instanceof Cons && rest2 instanceof Cons && rest2.head instanceof Cons) {
              const third = rest2.head;
              a = [rest2.tail, cons(merge3_1(first, EMPTY_LIST, second.head, second.tail, third.head, third.tail), acc)];
              break;
            }
            if (second instanceof Cons && rest2 === EMPTY_LIST) {
              state = 'rmergel';
              a = [cons(merge2_1(first, second.head, second.tail, EMPTY_LIST), acc), EMPTY_LIST];
              break;
            }
            if (second === EMPTY_LIST) {
              a = [cons(first, rest2), acc];
              break;
            }
            if (rest2 instanceof Cons && rest2.head === EMPTY_LIST) {
              a = [cons(first, cons(second, rest2.tail)), acc];
              break;
            }
            throw new Error('lists:sort: unexpected runs');
          }
          if (acc === EMPTY_LIST) return first;
          state = 'rmergel';
          a = [cons(rev(first, EMPTY_LIST), acc), EMPTY_LIST];
          break;
        }
        if (acc === EMPTY_LIST) return EMPTY_LIST;
        state = 'rmergel';
        a = [acc, EMPTY_LIST];
        break;
      }
      case 'rmergel': {
        const [l, acc] = a as [Term, Term];
        if (l instanceof Cons) {
          const first = l.head;
          const rest = l.tail;
          if (rest instanceof Cons && first instanceof Cons && rest.head instanceof Cons && rest.tail instanceof Cons) {
            const second = rest.head;
            a = [rest.tail.tail, cons(rmerge3_1(rest.tail.head, EMPTY_LIST, second.head, second.tail, first.head, first.tail), acc)];
            break;
          }
          if (rest instanceof Cons && first instanceof Cons && rest.tail === EMPTY_LIST) {
            state = 'mergel';
            a = [cons(rmerge2_1(rest.head, first.head, first.tail, EMPTY_LIST), acc), EMPTY_LIST];
            break;
          }
          if (rest === EMPTY_LIST) {
            state = 'mergel';
            a = [cons(rev(first, EMPTY_LIST), acc), EMPTY_LIST];
            break;
          }
          throw new Error('lists:sort: unexpected runs');
        }
        state = 'mergel';
        a = [acc, EMPTY_LIST];
        break;
      }
    }
  }
}

type M = 'm3_1' | 'm3_2' | 'm3_12_3' | 'm3_21_3' | 'm2_1' | 'm2_2';

/** merge3_1/6 and the functions it calls: an ascending merge of three runs. */
function merge3_1(t1: Term, m: Term, h2: Term, t2: Term, h3: Term, t3: Term): Term {
  let state: M = 'm3_1';
  let a: Term[] = [t1, m, h2, t2, h3, t3];
  for (;;) {
    switch (state) {
      case 'm3_1': {
        const [t1, m, h2, t2, h3, t3] = a;
        if (t1 instanceof Cons) {
          const h1 = t1.head;
          if (le(h1, h2)) {
            // merge3_12 (inlined)
            if (le(h1, h3)) a = [t1.tail, cons(h1, m), h2, t2, h3, t3];
            else (state = 'm3_12_3'), (a = [t1.tail, h1, h2, t2, cons(h3, m), t3]);
          } else if (le(h2, h3)) (state = 'm3_2'), (a = [t1.tail, h1, cons(h2, m), t2, h3, t3]);
          else (state = 'm3_21_3'), (a = [t1.tail, h1, h2, t2, cons(h3, m), t3]);
          break;
        }
        if (le(h2, h3)) (state = 'm2_1'), (a = [t2, h3, t3, cons(h2, m)]);
        else (state = 'm2_2'), (a = [t2, h3, t3, m, h2]);
        break;
      }
      case 'm3_2': {
        const [t1, h1, m, t2, h3, t3] = a;
        if (t2 instanceof Cons) {
          const h2 = t2.head;
          if (le(h1, h2)) {
            if (le(h1, h3)) (state = 'm3_1'), (a = [t1, cons(h1, m), h2, t2.tail, h3, t3]);
            else (state = 'm3_12_3'), (a = [t1, h1, h2, t2.tail, cons(h3, m), t3]);
          } else if (le(h2, h3)) a = [t1, h1, cons(h2, m), t2.tail, h3, t3];
          else (state = 'm3_21_3'), (a = [t1, h1, h2, t2.tail, cons(h3, m), t3]);
          break;
        }
        if (le(h1, h3)) (state = 'm2_1'), (a = [t1, h3, t3, cons(h1, m)]);
        else (state = 'm2_2'), (a = [t1, h3, t3, m, h1]);
        break;
      }
      case 'm3_12_3': {
        const [t1, h1, h2, t2, m, t3] = a;
        if (t3 instanceof Cons) {
          const h3 = t3.head;
          if (le(h1, h3)) (state = 'm3_1'), (a = [t1, cons(h1, m), h2, t2, h3, t3.tail]);
          else a = [t1, h1, h2, t2, cons(h3, m), t3.tail];
          break;
        }
        state = 'm2_1';
        a = [t1, h2, t2, cons(h1, m)];
        break;
      }
      case 'm3_21_3': {
        const [t1, h1, h2, t2, m, t3] = a;
        if (t3 instanceof Cons) {
          const h3 = t3.head;
          if (le(h2, h3)) (state = 'm3_2'), (a = [t1, h1, cons(h2, m), t2, h3, t3.tail]);
          else a = [t1, h1, h2, t2, cons(h3, m), t3.tail];
          break;
        }
        state = 'm2_2';
        a = [t1, h2, t2, m, h1];
        break;
      }
      case 'm2_1':
      case 'm2_2':
        return mergeTwo(state, a);
    }
  }
}

/**
 * merge2_1/4 and merge2_2/5: an ascending merge of two runs. Like every merge here it answers
 * the merged run reversed (lists:reverse(T, [H | M])), which the next pass merges back.
 */
function mergeTwo(state: 'm2_1' | 'm2_2', a: Term[]): Term {
  for (;;) {
    if (state === 'm2_1') {
      const [t1, h2, t2, m] = a;
      if (t1 instanceof Cons) {
        const h1 = t1.head;
        if (le(h1, h2)) a = [t1.tail, h2, t2, cons(h1, m)];
        else (state = 'm2_2'), (a = [t1.tail, h2, t2, m, h1]);
        continue;
      }
      return rev(t2, cons(h2, m));
    }
    const [t1, hdm, t2, m, h1] = a;
    if (t2 instanceof Cons) {
      const h2 = t2.head;
      if (le(h1, h2)) (state = 'm2_1'), (a = [t1, h2, t2.tail, cons(h1, cons(hdm, m))]);
      else a = [t1, h2, t2.tail, cons(hdm, m), h1];
      continue;
    }
    return rev(t1, cons(h1, cons(hdm, m)));
  }
}

function merge2_1(t1: Term, h2: Term, t2: Term, m: Term): Term {
  return mergeTwo('m2_1', [t1, h2, t2, m]);
}

type R = 'r3_1' | 'r3_2' | 'r3_12_3' | 'r3_21_3';

/** rmerge3_1/6: the same on descending runs. */
function rmerge3_1(t1: Term, m: Term, h2: Term, t2: Term, h3: Term, t3: Term): Term {
  let state: R = 'r3_1';
  let a: Term[] = [t1, m, h2, t2, h3, t3];
  for (;;) {
    switch (state) {
      case 'r3_1': {
        const [t1, m, h2, t2, h3, t3] = a;
        if (t1 instanceof Cons) {
          const h1 = t1.head;
          if (le(h1, h2)) {
            // rmerge3_12 (inlined)
            if (le(h2, h3)) (state = 'r3_12_3'), (a = [t1.tail, h1, h2, t2, cons(h3, m), t3]);
            else (state = 'r3_2'), (a = [t1.tail, h1, cons(h2, m), t2, h3, t3]);
          } else if (le(h1, h3)) (state = 'r3_21_3'), (a = [t1.tail, h1, h2, t2, cons(h3, m), t3]);
          else a = [t1.tail, cons(h1, m), h2, t2, h3, t3];
          break;
        }
        if (le(h2, h3)) return rmergeTwo('r2_2', [t2, h3, t3, m, h2]);
        return rmergeTwo('r2_1', [t2, h3, t3, cons(h2, m)]);
      }
      case 'r3_2': {
        const [t1, h1, m, t2, h3, t3] = a;
        if (t2 instanceof Cons) {
          const h2 = t2.head;
          if (le(h1, h2)) {
            if (le(h2, h3)) (state = 'r3_12_3'), (a = [t1, h1, h2, t2.tail, cons(h3, m), t3]);
            else a = [t1, h1, cons(h2, m), t2.tail, h3, t3];
          } else if (le(h1, h3)) (state = 'r3_21_3'), (a = [t1, h1, h2, t2.tail, cons(h3, m), t3]);
          else (state = 'r3_1'), (a = [t1, cons(h1, m), h2, t2.tail, h3, t3]);
          break;
        }
        if (le(h1, h3)) return rmergeTwo('r2_2', [t1, h3, t3, m, h1]);
        return rmergeTwo('r2_1', [t1, h3, t3, cons(h1, m)]);
      }
      case 'r3_12_3': {
        const [t1, h1, h2, t2, m, t3] = a;
        if (t3 instanceof Cons) {
          const h3 = t3.head;
          if (le(h2, h3)) a = [t1, h1, h2, t2, cons(h3, m), t3.tail];
          else (state = 'r3_2'), (a = [t1, h1, cons(h2, m), t2, h3, t3.tail]);
          break;
        }
        return rmergeTwo('r2_2', [t1, h2, t2, m, h1]);
      }
      case 'r3_21_3': {
        const [t1, h1, h2, t2, m, t3] = a;
        if (t3 instanceof Cons) {
          const h3 = t3.head;
          if (le(h1, h3)) a = [t1, h1, h2, t2, cons(h3, m), t3.tail];
          else (state = 'r3_1'), (a = [t1, cons(h1, m), h2, t2, h3, t3.tail]);
          break;
        }
        return rmergeTwo('r2_1', [t1, h2, t2, cons(h1, m)]);
      }
    }
  }
}

/** rmerge2_1/4 and rmerge2_2/5. */
function rmergeTwo(state: 'r2_1' | 'r2_2', a: Term[]): Term {
  for (;;) {
    if (state === 'r2_1') {
      const [t1, h2, t2, m] = a;
      if (t1 instanceof Cons) {
        const h1 = t1.head;
        if (le(h1, h2)) (state = 'r2_2'), (a = [t1.tail, h2, t2, m, h1]);
        else a = [t1.tail, h2, t2, cons(h1, m)];
        continue;
      }
      return rev(t2, cons(h2, m));
    }
    const [t1, hdm, t2, m, h1] = a;
    if (t2 instanceof Cons) {
      const h2 = t2.head;
      if (le(h1, h2)) a = [t1, h2, t2.tail, cons(hdm, m), h1];
      else (state = 'r2_1'), (a = [t1, h2, t2.tail, cons(h1, cons(hdm, m))]);
      continue;
    }
    return rev(t1, cons(h1, cons(hdm, m)));
  }
}

/** rmerge2_1 as called from rmergel. */
function rmerge2_1(t1: Term, h2: Term, t2: Term, m: Term): Term {
  return rmergeTwo('r2_1', [t1, h2, t2, m]);
}
