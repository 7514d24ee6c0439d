// Macro.to_string/1: quoted code back to source text, as Elixir 1.14's formatter prints it for
// the forms a learner quotes (calls, operators with the parentheses precedence needs, literals,
// fn, blocks and do/end keywords). Lines are not broken at a width: long code stays on one line.
import { registerBif } from './registry.ts';
import { Atom, atom, Bin, Cons, EMPTY_LIST, Float, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { inspect, inspectAtom } from '../terms/inspect.ts';
import { properList } from './util.ts';

type Assoc = 'left' | 'right';
// Binary operators from lowest to highest precedence, as in elixir_parser.yrl.
const BINARY: [Assoc, string[]][] = [
  ['left', ['\\\\', '<-']],
  ['right', ['when']],
  ['right', ['::']],
  ['right', ['|']],
  ['right', ['=>']],
  ['right', ['=']],
  ['left', ['||', '|||', 'or']],
  ['left', ['&&', '&&&', 'and']],
  ['left', ['==', '!=', '=~', '===', '!==']],
  ['left', ['<', '>', '<=', '>=']],
  ['left', ['|>', '<<<', '>>>', '<<~', '~>>', '<~', '~>', '<~>', '<|>']],
  ['left', ['in', 'not in']],
  ['left', ['^^^']],
  ['right', ['++', '--', '+++', '---', '..', '<>']],
  ['left', ['+', '-']],
  ['left', ['*', '/']],
  ['left', ['**']],
];
const PREC = new Map<string, { prec: number; assoc: Assoc }>();
BINARY.forEach(([assoc, ops], i) => ops.forEach((op) => PREC.set(op, { prec: i + 1, assoc })));
const UNARY = new Set(['!', '^', 'not', '-', '+', '~~~', '&', '@']);
const UNARY_PREC = BINARY.length + 1;
const WORD_OPS = new Set(['when', 'or', 'and', 'in', 'not in', 'not']);

const A_DO = atom('do');
const A_ARROW = atom('->');
const A_ACCESS = atom('Elixir.Access');

function isCall(t: Term): t is [Term, Term, Term] {
  return Array.isArray(t) && t.length === 3;
}

function items(t: Term): Term[] | null {
  return t === EMPTY_LIST || t instanceof Cons ? properList(t) : null;
}

function isKeyword(xs: Term[]): boolean {
  return xs.length > 0 && xs.every((x) => Array.isArray(x) && x.length === 2 && x[0] instanceof Atom);
}

function keywordKey(a: Atom): string {
  return inspectAtom(a).slice(1) + ':';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : '  ' + l))
    .join('\n');
}

function keywordList(xs: Term[]): string {
  return xs.map((kv) => `${keywordKey((kv as Term[])[0] as Atom)} ${str((kv as Term[])[1])}`).join(', ');
}

function args(xs: Term[]): string {
  if (xs.length > 0) {
    const last = items(xs[xs.length - 1]);
    if (last !== null && isKeyword(last)) return [...xs.slice(0, -1).map(str), keywordList(last)].join(', ');
  }
  return xs.map(str).join(', ');
}

/** The precedence of a quoted expression as an operand: operators have theirs, the rest bind tightest. */
function precOf(t: Term): number {
  if (!isCall(t) || !(t[0] instanceof Atom)) return Infinity;
  const argv = items(t[2]);
  if (argv === null) return Infinity;
  if (argv.length === 2 && PREC.has(t[0].name)) return PREC.get(t[0].name)!.prec;
  if (argv.length === 1 && UNARY.has(t[0].name) && t[0].name !== '&' && t[0].name !== '@') return UNARY_PREC;
  return Infinity;
}

function operand(t: Term, parent: string, side: 'left' | 'right'): string {
  const { prec, assoc } = PREC.get(parent)!;
  const p = precOf(t);
  const child = isCall(t) && t[0] instanceof Atom ? t[0].name : '';
  const mixedBool = (parent === 'or' || parent === '||') && (child === 'and' || child === '&&');
  const wrap = p < prec || (p === prec && side !== assoc && p !== Infinity) || mixedBool;
  return wrap ? `(${str(t)})` : str(t);
}

function isArrowList(t: Term): Term[] | null {
  const xs = items(t);
  return xs !== null && xs.length > 0 && xs.every((x) => isCall(x) && x[0] === A_ARROW) ? xs : null;
}

function doBlock(head: string, kw: Term[]): string {
  let out = head + ' do\n';
  for (const [i, kv] of kw.entries()) {
    const [k, v] = kv as [Atom, Term];
    if (i > 0) out += k.name + '\n';
    const arrows = isArrowList(v);
    out += indent(arrows !== null ? clauseLines(arrows) : str(v)) + '\n';
  }
  return out + 'end';
}

function clauseParts(clauses: Term[]): { head: string; body: string }[] {
  return clauses.map((c) => {
    const [, , cargs] = c as [Term, Term, Term];
    const [params, body] = items(cargs) as [Term, Term];
    const ps = items(params) ?? [];
    return { head: ps.map(str).join(', '), body: str(body) };
  });
}

/** Clauses of case, receive or a multi-clause fn: one line each when the body is one line. */
function clauseLines(clauses: Term[]): string {
  const parts = clauseParts(clauses);
  const multi = parts.some(({ body }) => body.includes('\n'));
  return parts
    .map(({ head, body }) => (body.includes('\n') ? `${head} ->\n${indent(body)}` : `${head} -> ${body}`))
    .join(multi ? '\n\n' : '\n');
}

function fnClauses(clauses: Term[]): string {
  const parts = clauseParts(clauses);
  if (parts.length === 1 && !parts[0].body.includes('\n')) {
    const { head, body } = parts[0];
    return head === '' ? `fn -> ${body} end` : `fn ${head} -> ${body} end`;
  }
  return 'fn\n' + indent(clauseLines(clauses)) + '\nend';
}

function interpolation(parts: Term[]): string | null {
  let out = '"';
  for (const p of parts) {
    if (p instanceof Bin && p.text !== null) {
      out += inspect(p).slice(1, -1);
      continue;
    }
    if (!isCall(p) || p[0] !== atom('::')) return null;
    const [inner] = items(p[2]) ?? [];
    const call = isCall(inner) ? inner : null;
    const target = call !== null ? items(call[2]) : null;
    if (call === null || target === null || target.length !== 1) return null;
    out += '#{' + str(target[0]) + '}';
  }
  return out + '"';
}

export function str(t: Term): string {
  if (t instanceof Bin || typeof t === 'number' || typeof t === 'bigint' || t instanceof Float || t instanceof Atom) return inspect(t);
  const xs = items(t);
  if (xs !== null) {
    if (isKeyword(xs)) return `[${keywordList(xs)}]`;
    if (xs.length > 0 && xs.every((x) => typeof x === 'number')) {
      const text = inspect(t);
      if (text.startsWith("'")) return text;
    }
    return `[${xs.map(str).join(', ')}]`;
  }
  if (t instanceof Cons) return inspect(t);
  if (Array.isArray(t) && t.length === 2) return `{${str(t[0])}, ${str(t[1])}}`;
  if (t instanceof MapTerm || !isCall(t)) return inspect(t);
  const [head, , rawArgs] = t;
  if (head instanceof Atom && rawArgs instanceof Atom) return head.name; // a variable
  const argv = items(rawArgs);
  if (argv === null) return inspect(t);
  if (head instanceof Atom) {
    const name = head.name;
    if (name === '__block__') return argv.length === 1 ? str(argv[0]) : argv.map(str).join('\n');
    if (name === '__aliases__') return argv.map((a) => (a instanceof Atom ? a.name : str(a))).join('.');
    if (name === '{}') return `{${argv.map(str).join(', ')}}`;
    if (name === '%{}') {
      const update = argv.length === 1 && isCall(argv[0]) && argv[0][0] === atom('|') ? items(argv[0][2]) : null;
      if (update !== null && update.length === 2) {
        const kv = items(update[1]) ?? [];
        const pairs = isKeyword(kv) ? keywordList(kv) : kv.map((p) => `${str((p as Term[])[0])} => ${str((p as Term[])[1])}`).join(', ');
        return `%{${str(update[0])} | ${pairs}}`;
      }
      if (isKeyword(argv)) return `%{${keywordList(argv)}}`;
      return `%{${argv.map((kv) => `${str((kv as Term[])[0])} => ${str((kv as Term[])[1])}`).join(', ')}}`;
    }
    if (name === '%' && argv.length === 2) return '%' + str(argv[0]) + str(argv[1]).slice(1);
    if (name === '<<>>') {
      const s = interpolation(argv);
      if (s !== null) return s;
      return `<<${argv.map(str).join(', ')}>>`;
    }
    if (name === 'fn') return fnClauses(argv);
    const delimiter = sigilDelimiter(t[1]);
    if (name.startsWith('sigil_') && argv.length === 2 && delimiter !== null) {
      const [body, mods] = argv;
      const parts = isCall(body) && body[0] === atom('<<>>') ? items(body[2]) : null;
      const text = parts !== null && parts.every((p) => p instanceof Bin) ? parts.map((p) => (p as Bin).text ?? '').join('') : null;
      const modifiers = (items(mods) ?? []).map((c) => String.fromCodePoint(c as number)).join('');
      const close = CLOSING[delimiter] ?? delimiter;
      if (text !== null) return `~${name.slice(6)}${delimiter}${text}${close}${modifiers}`;
    }
    if (name === '&' && argv.length === 1) {
      const [x] = argv;
      if (typeof x === 'number') return '&' + x;
      const fa = isCall(x) && x[0] === atom('/') ? items(x[2]) : null;
      if (fa !== null && fa.length === 2) return `&${str(fa[0])}/${str(fa[1])}`;
      return precOf(x) === Infinity ? `&${str(x)}` : `&(${str(x)})`;
    }
    if (name === '@' && argv.length === 1) return '@' + str(argv[0]);
    if (argv.length === 2 && PREC.has(name)) {
      const sep = name === '..' ? '..' : ` ${name} `;
      return operand(argv[0], name, 'left') + sep + operand(argv[1], name, 'right');
    }
    if (argv.length === 1 && UNARY.has(name)) {
      const x = argv[0];
      const inner = precOf(x) < UNARY_PREC ? `(${str(x)})` : str(x);
      return WORD_OPS.has(name) ? `${name} ${inner}` : name + inner;
    }
    if (argv.length > 0) {
      const last = items(argv[argv.length - 1]);
      if (last !== null && isKeyword(last) && (last[0] as Term[])[0] === A_DO) {
        const before = argv.slice(0, -1);
        return doBlock(before.length === 0 ? name : `${name} ${args(before)}`, last);
      }
    }
    return `${name}(${args(argv)})`;
  }
  if (isCall(head) && head[0] === atom('.')) {
    const dot = items(head[2]) ?? [];
    if (dot.length === 1) return `${str(dot[0])}.(${args(argv)})`;
    if (dot.length === 2 && dot[1] instanceof Atom) {
      if (dot[0] === A_ACCESS && dot[1] === atom('get') && argv.length === 2) return `${str(argv[0])}[${str(argv[1])}]`;
      const left = str(dot[0]);
      const name = dot[1].name;
      const fname = /^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(name) || PREC.has(name) ? name : inspect(Bin.fromString(name));
      const noParens = Array.isArray(t[1]) ? false : metaFlag(t[1], 'no_parens');
      if (argv.length === 0 && noParens) return `${left}.${fname}`;
      return `${left}.${fname}(${args(argv)})`;
    }
  }
  return `${str(head)}(${args(argv)})`;
}

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>', '"""': '"""', "'''": "'''" };

function sigilDelimiter(meta: Term): string | null {
  for (const e of items(meta) ?? []) if (Array.isArray(e) && e[0] === atom('delimiter') && e[1] instanceof Bin) return e[1].text;
  return null;
}

function metaFlag(meta: Term, key: string): boolean {
  const kv = items(meta) ?? [];
  return kv.some((e) => Array.isArray(e) && e[0] === atom(key) && e[1] === atom('true'));
}

registerBif('Elixir.Macro', 'to_string', 1, ([t]) => Bin.fromString(str(t)));
