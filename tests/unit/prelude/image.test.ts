// The prelude image (src/runtime/image.ts): what the build writes must bring back compiled code
// that behaves exactly as freshly compiled code does, so the page and `npm run exs` agree.
import { describe, expect, it } from 'vitest';
import { compilePrelude, runExs } from '../../../src/runtime/index.ts';
import { readImage, writeImage } from '../../../src/runtime/image.ts';
import { preludeSources } from '../../../src/runtime/prelude/index.ts';
import type { FunctionCode } from '../../../src/runtime/compiler/code.ts';
import { Bin, BitString, Pid, atom, bitstring } from '../../../src/runtime/terms/types.ts';
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

  it('brings terms back: atoms interned, strings, -0, big integers, bitstrings, bytes', () => {
    const bits = bitstring(Uint8Array.from([0b10100000]), 3);
    const bytes = Bin.fromBytes(Uint8Array.from([0xff, 0x00]));
    const fn: FunctionCode = { ...compiled[0]!.main, consts: [atom('an_image_atom'), 'a string', -0, 2n ** 70n, bits, bytes] };
    const back = readImage(writeImage([{ file: 'x.ex', main: fn }]))[0]!.main.consts;
    expect(back[0]).toBe(atom('an_image_atom'));
    expect(back[1]).toBe('a string');
    expect(Object.is(back[2], -0)).toBe(true);
    expect(back[3]).toBe(2n ** 70n);
    expect(back[4]).toBeInstanceOf(BitString);
    expect([(back[4] as BitString).bitSize, [...(back[4] as BitString).bytes]]).toEqual([3, [0b10100000]]);
    expect([...(back[5] as Bin).bytes]).toEqual([0xff, 0x00]);
  });
});

// Every golden script runs again on a runtime booted from the image and must still print what
// real Elixir printed. Scripts that depend on real time (sleeps, timers, receive timeouts) are
// left to the main suite: on a loaded machine they are the ones that can be late.
const pending = readPending('exs');
const TIMED = /Process\.sleep\((?!:infinity)|:timer\.|send_after|after\s+\d/;
const cases = discoverExsCases().filter((c) => !pending.has(c.id) && !TIMED.test(readSource(c)));

describe('scripts on a runtime booted from the image', () => {
  it('covers a real share of the golden scripts', () => {
    expect(cases.length).toBeGreaterThan(200);
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
