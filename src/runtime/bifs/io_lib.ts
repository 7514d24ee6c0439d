// :io_lib.format/2 and :io.format/1,2,3: Erlang's format directives (~p ~w ~s ~b ~B ~f ~e ~g
// ~c ~n ~i ~~ with field width, precision and padding, and the t modifier), and terms written
// in Erlang's syntax (#{a => 1}, <<"bin">>, 'Quoted.Atom', <0.106.0>). ~p prints like ~w but
// shows printable lists as strings; it does not break long terms over lines as io_lib_pretty
// does.
import { lookupBif, registerBif } from './registry.ts';
import { Atom, atom, Bin, Cons, EMPTY_LIST, Float, Fun, OK, Pid, Ref, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { formatFixed, formatFloatShortest } from './float_format.ts';
import { badarg, chardataText, properList } from './util.ts';
import { inspect } from '../terms/inspect.ts';

const RESERVED = new Set([
  'after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch', 'cond', 'div', 'end', 'fun', 'if', 'let', 'maybe',
  'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try', 'when', 'xor',
]);

function erlAtom(a: Atom): string {
  if (/^[a-z][a-zA-Z0-9_@]*$/.test(a.name) && !RESERVED.has(a.name)) return a.name;
  return `'${escapeChars(a.name, "'")}'`;
}

function escapeChars(s: string, quote: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 9) out += '\\t';
    else if (c === 13) out += '\\r';
    else if (c === 27) out += '\\e';
    else if (c < 32 || c === 127) out += '\\' + c.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out;
}

/** io_lib:printable_latin1_list (or printable_unicode_list with the t modifier). */
function printableCodes(codes: number[], unicode: boolean): boolean {
  return codes.every((c) => (c >= 32 && c <= 126) || (c >= 8 && c <= 13) || c === 27 || (c >= 160 && (unicode ? c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff) : c <= 255)));
}

function writeBinary(b: Bin, pretty: boolean, unicode: boolean): string {
  const bytes = Array.from(b.bytes);
  if (bytes.length === 0) return '<<>>';
  if (pretty) {
    // With ~tp a UTF-8 binary of printable characters is shown as text; the printable range is
    // Latin-1 (io:printable_range/0), so characters above U+00FF still print as bytes.
    const text = b.text;
    if (unicode && text !== null && /[^\x00-\x7f]/.test(text) && printableCodes(Array.from(text, (c) => c.codePointAt(0)!), false)) {
      return `<<"${escapeChars(text, '"')}"/utf8>>`;
    }
    if (printableCodes(bytes, false)) return `<<"${escapeChars(String.fromCharCode(...bytes), '"')}">>`;
  }
  return `<<${bytes.join(',')}>>`;
}

/** A term as ~w (pretty = false) or ~p writes it. */
export function erlangTerm(t: Term, pretty: boolean, unicode = false): string {
  if (typeof t === 'number' || typeof t === 'bigint') return t.toString();
  if (t instanceof Float) return formatFloatShortest(t.value);
  if (t instanceof Atom) return erlAtom(t);
  if (t instanceof Bin) return writeBinary(t, pretty, unicode);
  if (t === EMPTY_LIST) return '[]';
  if (t instanceof Cons) {
    const items: Term[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      items.push(l.head);
      l = l.tail;
    }
    if (pretty && l === EMPTY_LIST && items.every((x) => typeof x === 'number') && printableCodes(items as number[], false)) {
      return `"${escapeChars(String.fromCodePoint(...(items as number[])), '"')}"`;
    }
    const body = items.map((x) => erlangTerm(x, pretty, unicode)).join(',');
    return l === EMPTY_LIST ? `[${body}]` : `[${body}|${erlangTerm(l, pretty, unicode)}]`;
  }
  if (Array.isArray(t)) return `{${t.map((x) => erlangTerm(x, pretty, unicode)).join(',')}}`;
  if (t instanceof MapTerm) return `#{${t.entries().map(([k, v]) => `${erlangTerm(k, pretty, unicode)} => ${erlangTerm(v, pretty, unicode)}`).join(',')}}`;
  if (t instanceof Pid) return `<0.${t.id}.${t.serial}>`;
  if (t instanceof Ref) return inspect(t).replace(/^#Reference</, '#Ref<');
  if (t instanceof Fun) {
    const l = t.label;
    return l.kind === 'external' ? `fun ${erlAtom(l.module)}:${erlAtom(l.name)}/${t.arity}` : `#Fun<${l.module.name}.${l.index}.${l.uniq}>`;
  }
  return inspect(t);
}

class FormatError extends Error {}

function intArg(x: Term | undefined): number | bigint {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  throw new FormatError();
}

function floatArg(x: Term | undefined): number {
  if (x instanceof Float) return x.value;
  throw new FormatError();
}

function charsOf(x: Term | undefined, unicode: boolean): string {
  if (x instanceof Atom) return x.name;
  if (x === undefined) throw new FormatError();
  // Without t a binary is Latin-1 bytes, so UTF-8 text comes out one character per byte.
  if (x instanceof Bin && !unicode) return String.fromCharCode(...x.bytes);
  const text = chardataText(x);
  if (text === null) throw new FormatError();
  if (!unicode && [...text].some((c) => c.codePointAt(0)! > 255)) throw new FormatError();
  return text;
}

/** Field width F (negative: left-justified) with the pad character, as io_lib_format pads. */
function pad(s: string, width: number | null, padChar: string, leftDefault = false): string {
  if (width === null) return s;
  const w = Math.abs(width);
  const len = [...s].length;
  if (len >= w) return s;
  const fill = padChar.repeat(w - len);
  return width < 0 || leftDefault ? s + fill : fill + s;
}

/**
 * ~e: P significant digits (P >= 2) rounded half up from the shortest digits of the float, the
 * exponent unpadded (1.23457e+4), as io_lib_format's float_e writes it.
 */
function erlScientific(x: number, p: number): string {
  if (p < 2) throw new FormatError();
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return `${neg ? '-' : ''}0.${'0'.repeat(p - 1)}e+0`;
  const [mant, exp] = Math.abs(x).toExponential().split('e');
  let digits = mant.replace('.', '');
  let e = Number(exp);
  if (digits.length > p) {
    const up = digits.charCodeAt(p) >= 53;
    let kept = BigInt(digits.slice(0, p));
    if (up) kept += 1n;
    digits = kept.toString();
    if (digits.length > p) {
      digits = digits.slice(0, p);
      e++;
    }
  } else digits = digits.padEnd(p, '0');
  return `${neg ? '-' : ''}${digits[0]}.${digits.slice(1)}e${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** ~f: P decimals (P >= 1), Erlang's float_to_list(X, [{decimals, P}]). */
function erlFixed(x: number, p: number): string {
  if (p < 1) throw new FormatError();
  return formatFixed(x, p);
}

/** ~g: ~f with P significant digits for 0.1 =< |X| < 10000.0, else ~e (fwrite_g of io_lib_format). */
function erlGeneral(x: number, p: number): string {
  if (p < 1) throw new FormatError();
  const a = Math.abs(x);
  const e = a < 0.1 ? -2 : a < 1 ? -1 : a < 10 ? 0 : a < 100 ? 1 : a < 1000 ? 2 : a < 10000 ? 3 : null;
  if ((p <= 1 && e === -1) || (e !== null && p - 1 > e && e >= -1)) return erlFixed(x, p - 1 - (e as number));
  return erlScientific(x, p <= 1 ? 2 : p);
}

/**
 * The formatted text in the pieces io_lib:format/2 returns: each character of the format on its
 * own, each directive's output as one string.
 */
export function formatParts(fmt: string, args: Term[]): (number | string)[] {
  const parts: (number | string)[] = [];
  let out = '';
  const flush = (): void => {
    if (out !== '') parts.push(out);
    out = '';
  };
  let ai = 0;
  const next = (): Term | undefined => (ai < args.length ? args[ai++] : undefined);
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '~') {
      flush();
      parts.push(ch.codePointAt(0)!);
      if (ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) < 0xdc00) i++;
      continue;
    }
    flush();
    // ~F.P.PadModC
    let j = i + 1;
    const num = (): number | null => {
      if (fmt[j] === '*') {
        j++;
        const v = next();
        if (typeof v !== 'number') throw new FormatError();
        return v;
      }
      const m = /^-?\d+/.exec(fmt.slice(j));
      if (m === null) return null;
      j += m[0].length;
      return Number(m[0]);
    };
    const width = num();
    let precision: number | null = null;
    let padChar = ' ';
    if (fmt[j] === '.') {
      j++;
      precision = num();
      if (fmt[j] === '.') {
        j++;
        padChar = fmt[j] ?? ' ';
        j++;
      }
    }
    let unicode = false;
    while (fmt[j] === 't' || fmt[j] === 'l') unicode ||= fmt[j++] === 't';
    const c = fmt[j];
    i = j;
    switch (c) {
      case '~':
        out += pad('~', width, padChar);
        break;
      case 'n':
        out += '\n';
        break;
      case 'c': {
        const v = intArg(next());
        // The character is repeated precision times, which defaults to the field width.
        out += pad(String.fromCodePoint(Number(v)).repeat(precision ?? (width === null ? 1 : Math.abs(width))), width, padChar);
        break;
      }
      case 's': {
        let text = charsOf(next(), unicode);
        if (precision !== null) text = [...text].slice(0, precision).join('');
        out += pad(text, width, padChar);
        break;
      }
      case 'w':
      case 'p':
      case 'W':
      case 'P': {
        const v = next();
        if (v === undefined) throw new FormatError();
        if (c === 'W' || c === 'P') next();
        out += pad(erlangTerm(v, c === 'p' || c === 'P', unicode), width, padChar);
        break;
      }
      case 'b':
      case 'B': {
        const v = intArg(next());
        const base = precision ?? 10;
        if (base < 2 || base > 36) throw new FormatError();
        const digits = v.toString(base);
        out += pad(c === 'B' ? digits.toUpperCase() : digits.toLowerCase(), width, padChar);
        break;
      }
      case 'f':
        out += pad(erlFixed(floatArg(next()), precision ?? 6), width, padChar);
        break;
      case 'e': {
        out += pad(erlScientific(floatArg(next()), precision ?? 6), width, padChar);
        break;
      }
      case 'g':
        out += pad(erlGeneral(floatArg(next()), precision ?? 6), width, padChar);
        break;
      case 'i':
        next();
        break;
      default:
        throw new FormatError();
    }
  }
  flush();
  if (ai < args.length) throw new FormatError();
  return parts;
}

export function formatText(fmt: string, args: Term[]): string {
  return formatParts(fmt, args)
    .map((p) => (typeof p === 'number' ? String.fromCodePoint(p) : p))
    .join('');
}

function formatArgs(fmt: Term, data: Term): (number | string)[] {
  const f = fmt instanceof Atom ? fmt.name : chardataText(fmt);
  const args = properList(data);
  if (f === null || args === null) badarg();
  try {
    return formatParts(f, args);
  } catch (e) {
    if (e instanceof FormatError) badarg();
    throw e;
  }
}

const textOf = (parts: (number | string)[]): string => parts.map((p) => (typeof p === 'number' ? String.fromCodePoint(p) : p)).join('');

function charlist(s: string): Term {
  const codes = Array.from(s, (c) => c.codePointAt(0)!);
  let l: Term = EMPTY_LIST;
  for (let i = codes.length - 1; i >= 0; i--) l = new Cons(codes[i], l);
  return l;
}

registerBif('io_lib', 'format', 2, ([f, a]) => {
  const parts = formatArgs(f, a);
  let l: Term = EMPTY_LIST;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    l = new Cons(typeof p === 'number' ? p : charlist(p), l);
  }
  return l;
});

const putChars = (device: Term, text: string, ctx: Parameters<NonNullable<ReturnType<typeof lookupBif>>>[1]): Term => {
  lookupBif('io', 'put_chars', 2)!([device, Bin.fromString(text)], ctx);
  return OK;
};

registerBif('io', 'format', 1, ([f], ctx) => putChars(atom('standard_io'), textOf(formatArgs(f, EMPTY_LIST)), ctx));
registerBif('io', 'format', 2, ([f, a], ctx) => putChars(atom('standard_io'), textOf(formatArgs(f, a)), ctx));
registerBif('io', 'format', 3, ([d, f, a], ctx) => putChars(d, textOf(formatArgs(f, a)), ctx));
registerBif('io', 'fwrite', 2, ([f, a], ctx) => putChars(atom('standard_io'), textOf(formatArgs(f, a)), ctx));
