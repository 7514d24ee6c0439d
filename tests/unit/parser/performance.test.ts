// Parsing stays cheap: a 1,000-line source (the size of the prelude) parses in a few
// milliseconds. The best of several runs is checked, against a loose bound, so that a busy
// machine does not flake; a real regression (quadratic scanning, say) overshoots it by far.
import { expect, it } from 'vitest';
import { loadCorpus } from './corpus.ts';
import { parse } from '../../../src/runtime/parser/index.ts';

it('parses a 1,000-line module source in a few milliseconds', () => {
  const modules = loadCorpus().filter((c) => c.source.startsWith('defmodule') && !c.expected.startsWith('!'));
  let source = '';
  for (let i = 0; source.split('\n').length < 1000; i++) source += modules[i % modules.length].source + '\n\n';
  for (let i = 0; i < 10; i++) parse(source);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    parse(source);
    times.push(performance.now() - start);
  }
  expect(Math.min(...times)).toBeLessThan(40);
}, 60_000);
