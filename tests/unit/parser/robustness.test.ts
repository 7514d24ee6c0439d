// Whatever the input, parse either returns a term or throws ElixirSyntaxError: never another
// exception, never a hang, and never a JavaScript stack overflow on deeply nested input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, ElixirSyntaxError } from '../../../src/runtime/parser/index.ts';

function outcome(source: string): 'ok' | 'syntax-error' {
  try {
    parse(source);
    return 'ok';
  } catch (e) {
    if (e instanceof ElixirSyntaxError) return 'syntax-error';
    throw e;
  }
}

// Fragments that exercise the tokenizer's and parser's modes far more often than random text.
const fragment = fc.constantFrom(
  '(', ')', '[', ']', '{', '}', '%{', '%', '<<', '>>', ',', ';', '.', ' ', ' ', '\n', '\t', '\r\n',
  'do', 'end', 'fn', '->', 'else', 'after', 'rescue', 'catch', 'when', 'in', 'not', 'and', 'or',
  'x', 'foo', 'Foo', 'Foo.Bar', 'a:', '"k":', ':ok', ':"q"', '1', '1.5', '0x1F', '1e', '?a', '?',
  '"', "'", '"""\n', "'''\n", '#{', '#', '\\', '~s(', '~r/', '~S"""\n', '~w[', '@', '&', '&1', '^',
  '+', '-', '*', '/', '=', '==', '|>', '<>', '++', '..', '//', '::', '|', '=>', '<-', '\\\\', '!',
  'é', '😀', '\u0000',
);
const elixirish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('parse on arbitrary input', () => {
  it('returns or throws ElixirSyntaxError on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      expect(['ok', 'syntax-error']).toContain(outcome(s));
    }), { numRuns: 2000 });
  }, 60_000);

  it('returns or throws ElixirSyntaxError on Elixir-like fragments', () => {
    fc.assert(fc.property(elixirish, (s) => {
      expect(['ok', 'syntax-error']).toContain(outcome(s));
    }), { numRuns: 3000 });
  }, 60_000);

  it('marks as incomplete exactly the errors that end at the end of input', () => {
    fc.assert(fc.property(elixirish, (s) => {
      try {
        parse(s);
      } catch (e) {
        if (!(e instanceof ElixirSyntaxError)) throw e;
        expect(e.incomplete).toBe(e.kind === 'TokenMissingError');
        expect(e.format().startsWith(`** (${e.kind}) nofile:${e.line}:${e.column}: `)).toBe(true);
      }
    }), { numRuns: 1000 });
  }, 60_000);
});

describe('deeply nested input', () => {
  const deep = 5000;
  const cases: [string, string][] = [
    ['lists', '['.repeat(deep) + ']'.repeat(deep)],
    ['parentheses', '('.repeat(deep) + '1' + ')'.repeat(deep)],
    ['tuples', '{'.repeat(deep) + '}'.repeat(deep)],
    ['right-associative operators', Array(deep).fill('a').join(' = ')],
    ['unary operators', '-'.repeat(deep) + '1'],
    ['anonymous functions', 'fn -> '.repeat(deep) + '1' + ' end'.repeat(deep)],
    ['interpolations', '"#{'.repeat(deep) + '1' + '}"'.repeat(deep)],
    ['do blocks', 'a do\n'.repeat(deep) + 'end\n'.repeat(deep)],
  ];
  for (const [name, source] of cases) {
    it(`reports ${name} nested ${deep} deep as a syntax error, not a stack overflow`, () => {
      expect(outcome(source)).toBe('syntax-error');
    }, 60_000);
  }

  it('parses nesting of reasonable depth', () => {
    expect(outcome('['.repeat(200) + ']'.repeat(200))).toBe('ok');
    expect(outcome('"#{'.repeat(100) + '1' + '}"'.repeat(100))).toBe('ok');
  });

  it('parses long flat sequences without recursion', () => {
    expect(outcome(Array(100_000).fill('1').join(' + '))).toBe('ok');
    expect(outcome('[' + Array(100_000).fill('1').join(', ') + ']')).toBe('ok');
    expect(outcome(Array(20_000).fill('x').join('\n'))).toBe('ok');
  }, 60_000);
});
