// The prelude image (src/runtime/image.ts): what the build writes must bring back compiled code
// that behaves exactly as freshly compiled code does, so the page and `npm run exs` agree.
import { describe, expect, it } from 'vitest';
import { compilePrelude, runExs } from '../../../src/runtime/index.ts';
import { readImage, writeImage } from '../../../src/runtime/image.ts';
import { preludeSources } from '../../../src/runtime/prelude/index.ts';
import type { FunctionCode } from '../../../src/runtime/compiler/code.ts';
import { Pid, atom } from '../../../src/runtime/terms/types.ts';
import { discoverExsCases, readExpected, readPending, readSource } from '../../conformance/cases.ts';
import { normalizeRun } from '../../conformance/normalize.ts';

const compiled = compilePrelude(preludeSources);
const image = writeImage(compiled);
const prelude = { compiled: readImage(image) };

describe('the prelude image', () => {
  it('reads back to code that writes the same image', () => {
    expect(writeImage(prelude.compiled)).toBe(image);
  });

  it('keeps every file, in load order', () => {
    expect(prelude.compiled.map((f) => f.file)).toEqual(compiled.map((f) => f.file));
    expect(prelude.compiled.map((f) => f.file)).toEqual(expect.arrayContaining(preludeSources.map((s) => s.file)));
  });

  it('gives compiled functions the compiler’s own key order (one V8 shape for both)', () => {
    const main = prelude.compiled[0]!.main;
    expect(Object.keys(main)).toEqual(Object.keys(compiled[0]!.main));
    expect(main.code).toBeInstanceOf(Int32Array);
    expect(main.lines).toBeInstanceOf(Int32Array);
  });

  it('refuses what compiled code never holds, such as a pid', () => {
    const fn: FunctionCode = { ...compiled[0]!.main, consts: [new Pid(1, 0)] };
    expect(() => writeImage([{ file: 'x.ex', main: fn }])).toThrow(/cannot write Pid/);
  });

  it('interns atoms again when read', () => {
    const fn: FunctionCode = { ...compiled[0]!.main, consts: [atom('an_image_atom'), 'a string', -0, 2n ** 70n] };
    const back = readImage(writeImage([{ file: 'x.ex', main: fn }]))[0]!.main.consts;
    expect(back[0]).toBe(atom('an_image_atom'));
    expect(back[1]).toBe('a string');
    expect(Object.is(back[2], -0)).toBe(true);
    expect(back[3]).toBe(2n ** 70n);
  });
});

// Scripts that lean on the prelude (OTP, exceptions and their banners, structs, inspect) run on
// a runtime booted from the image and must still print what real Elixir printed.
const GROUPS = new Set(['processes', 'errors', 'structs', 'inspect', 'enum', 'try']);
const pending = readPending('exs');
const cases = discoverExsCases().filter((c) => GROUPS.has(c.group) && !pending.has(c.id));

describe('scripts on a runtime booted from the image', () => {
  it('covers a real share of the golden scripts', () => {
    expect(cases.length).toBeGreaterThan(50);
  });
  for (const c of cases) {
    it(c.id, async () => {
      const expected = normalizeRun(readExpected(c));
      const actual = normalizeRun(await runExs(readSource(c), c.file, { prelude }));
      expect.soft(actual.stdout, `${c.id}: stdout`).toBe(expected.stdout);
      expect.soft(actual.stderr, `${c.id}: stderr`).toBe(expected.stderr);
      expect.soft(actual.status, `${c.id}: exit status`).toBe(expected.status);
    }, 60_000);
  }
});
