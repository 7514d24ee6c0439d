// The layout engine on its own: random documents laid out at several widths, against what
// Inspect.Algebra.format/2 of Elixir 1.14 gives (tests/fixtures/terms/gen_algebra.exs).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  DOC_LINE,
  DOC_NIL,
  breakDoc,
  concat,
  flexBreak,
  forceUnfit,
  format,
  group,
  nest,
  nextBreakFits,
  string,
  type Doc,
} from '../../../src/runtime/terms/algebra.ts';

type Json = string | [string, ...unknown[]];

function build(j: Json): Doc {
  if (typeof j === 'string') return j;
  const [tag, a, b, c] = j as [string, Json, unknown, unknown];
  switch (tag) {
    case 'line':
      return DOC_LINE;
    case 'nil':
      return DOC_NIL;
    case 'string':
      return string(a as string);
    case 'concat':
      return concat(build(a), build(b as Json));
    case 'nest':
      return nest(build(a), b as number | 'cursor' | 'reset', c as 'always' | 'break');
    case 'group':
      return group(build(a), b as 'self' | 'inherit');
    case 'break':
      return breakDoc(a as string);
    case 'flex_break':
      return flexBreak(a as string);
    case 'force':
      return forceUnfit(build(a));
    case 'fits':
      return nextBreakFits(build(a), b as 'enabled' | 'disabled');
  }
  throw new Error('unknown doc ' + tag);
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/terms/algebra.json', import.meta.url), 'utf8'),
) as { widths: number[]; cases: { doc: Json; widths: string[]; infinity: string }[] };

describe('format lays documents out as Inspect.Algebra.format/2', () => {
  it.each(fixture.cases.map((c, i) => [i, c] as const))('document %i', (_i, c) => {
    const doc = group(build(c.doc));
    fixture.widths.forEach((w, k) => expect(format(doc, w), `width ${w}`).toBe(c.widths[k]));
    expect(format(doc, Infinity)).toBe(c.infinity);
  });
});
