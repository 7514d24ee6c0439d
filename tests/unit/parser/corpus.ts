// Reads the parser corpus (tests/fixtures/parser/snippets.txt) and the answers real Elixir gave
// for it (golden.txt, written by regenerate.exs), and prints our results in the same one-line
// canonical form as regenerate.exs's dump/1, so that the two can be compared as strings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Atom, Bin, Cons, EmptyList, Float, type Term } from '../../../src/runtime/terms/types.ts';
import { MapTerm } from '../../../src/runtime/terms/map.ts';
import { parse, ElixirSyntaxError } from '../../../src/runtime/parser/index.ts';

const dir = fileURLToPath(new URL('../../fixtures/parser/', import.meta.url));

function sections(file: string): { name: string; body: string }[] {
  const text = readFileSync(dir + file, 'utf8');
  return text
    .split(/^#--- /m)
    .slice(1)
    .map((chunk) => {
      const nl = chunk.indexOf('\n');
      const name = chunk.slice(0, nl).trim();
      const body = chunk.slice(nl + 1);
      return { name, body: body.endsWith('\n') ? body.slice(0, -1) : body };
    });
}

export interface Case {
  name: string;
  source: string;
  expected: string;
}

/** The hand-written corpus (snippets.txt), the random programs or the re-spaced variants. */
export function loadCorpus(which: 'snippets' | 'random' | 'respaced' = 'snippets'): Case[] {
  const prefix = which === 'snippets' ? '' : which + '-';
  const golden = new Map(sections(prefix + 'golden.txt').map((s) => [s.name, s.body]));
  return sections(prefix + 'snippets.txt').map(({ name, body }) => {
    const expected = golden.get(name);
    if (expected === undefined) throw new Error(`no golden answer for ${name}: run regenerate.exs`);
    return { name, source: body, expected };
  });
}

export function quoteText(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c < 0x20 || c >= 0x7f) out += `\\u{${c.toString(16).toUpperCase()}}`;
    else out += ch;
  }
  return out + '"';
}

export function dump(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (t instanceof Float) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, t.value);
    let hex = '';
    for (let i = 0; i < 8; i++) hex += view.getUint8(i).toString(16).padStart(2, '0');
    return 'f:' + hex;
  }
  if (t instanceof Atom) return ':' + quoteText(t.name);
  if (t instanceof Bin) {
    const text = t.text;
    return text !== null ? quoteText(text) : '<<' + Array.from(t.bytes).join(',') + '>>';
  }
  if (Array.isArray(t)) return '{' + t.map(dump).join(', ') + '}';
  if (t instanceof EmptyList) return '[]';
  if (t instanceof Cons) {
    const items: string[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      items.push(dump(l.head));
      l = l.tail;
    }
    return '[' + items.join(', ') + (l instanceof EmptyList ? '' : ' | ' + dump(l)) + ']';
  }
  if (t instanceof MapTerm) return '%{' + t.entries().map(([k, v]) => dump(k) + ' => ' + dump(v)).join(', ') + '}';
  throw new Error('unexpected term in AST: ' + String(t));
}

/** A snippet named iex_line<N>_... is parsed as the shell parses its Nth input (as regenerate.exs does). */
function options(name: string): { file: string; line?: number } {
  const m = /^iex_line(\d+)_/.exec(name);
  return m === null ? { file: 'nofile' } : { file: 'iex', line: Number(m[1]) };
}

/** Our answer for a snippet, in the golden file's format. */
export function answer(source: string, name = ''): string {
  try {
    return dump(parse(source, options(name)));
  } catch (e) {
    if (!(e instanceof ElixirSyntaxError)) throw e;
    return [
      `!error ${e.kind} ${e.line} ${e.column} ${e.incomplete}`,
      `!description ${quoteText(e.description)}`,
      `!banner ${quoteText(e.format())}`,
    ].join('\n');
  }
}
