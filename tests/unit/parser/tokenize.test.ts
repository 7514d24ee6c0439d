// tokenize is exported for editors: every token knows where it starts and ends, strings keep
// their interpolations' tokens in place, and positions count code points like Elixir's columns.
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../src/runtime/parser/index.ts';

const span = (t: Token) => `${t.type}@${t.line}:${t.col}-${t.endLine}:${t.endCol}`;

describe('tokenize', () => {
  it('gives each token its start and end', () => {
    expect(tokenize('foo(1, :ok)').map(span)).toEqual([
      'ident@1:1-1:4', '(@1:4-1:5', 'int@1:5-1:6', ',@1:6-1:7', 'atom@1:8-1:11', ')@1:11-1:12', 'eof@1:12-1:12',
    ]);
  });

  it('spans multi-line strings and keeps interpolation tokens at their real positions', () => {
    const [str] = tokenize('"a\n#{x + 1}"');
    expect(span(str)).toBe('bin_string@1:1-2:10');
    const interp = str.parts?.[1];
    expect(typeof interp === 'object' && interp.tokens.map(span)).toEqual([
      'ident@2:3-2:4', 'op@2:5-2:6', 'int@2:7-2:8', 'eof@2:8-2:8',
    ]);
  });

  it('counts columns in code points', () => {
    expect(tokenize('"é😀" x').map(span).slice(0, 2)).toEqual(['bin_string@1:1-1:5', 'ident@1:6-1:7']);
  });
});
