// The natives' names for Erlang's term order and its two equalities, from the terms module:
//   compareTerms  the order of <, >, lists:sort (1 and 1.0 compare equal)
//   looselyEqual  ==   (1 == 1.0)
//   exactlyEqual  =:=  (1 =/= 1.0), the equality of pattern matching and map keys
export { compareTerms } from '../terms/compare.ts';
export { looseEquals as looselyEqual, exactEquals as exactlyEqual } from '../terms/compare.ts';
