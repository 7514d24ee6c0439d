// Every snippet of the corpus must parse to exactly the quoted form real Elixir 1.14 gives for
// it (or fail with the same error, position and banner). The answers come from
// tests/fixtures/parser/regenerate.exs. The random programs (random-programs.ts) are ones
// Elixir accepts, mixing every construct; the re-spaced ones (respace.ts) are corpus snippets
// with newlines, tabs and comments inserted at random that Elixir still accepts.
import { describe, expect, it } from 'vitest';
import { loadCorpus, answer } from './corpus.ts';

const corpus = loadCorpus();

describe('parse matches Code.string_to_quoted(source, columns: true)', () => {
  it('has a corpus worth the name', () => {
    expect(corpus.length).toBeGreaterThan(300);
  });
  for (const c of corpus) {
    it(c.name, () => {
      expect(answer(c.source, c.name)).toBe(c.expected);
    });
  }
});

const random = loadCorpus('random');

describe('random valid programs parse as Elixir parses them', () => {
  it('has a few hundred of them', () => {
    expect(random.length).toBeGreaterThan(400);
  });
  for (const c of random) {
    it(c.name, () => {
      expect(answer(c.source, c.name)).toBe(c.expected);
    });
  }
});

const respaced = loadCorpus('respaced');

describe('re-spaced programs parse as Elixir parses them', () => {
  it('has a few hundred of them', () => {
    expect(respaced.length).toBeGreaterThan(300);
  });
  for (const c of respaced) {
    it(c.name, () => {
      expect(answer(c.source, c.name)).toBe(c.expected);
    });
  }
});
