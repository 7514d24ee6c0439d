// Kernel.to_string/1 and string interpolation ("#{x}") for the built-in types, as the String.Chars
// implementations of Elixir 1.14 give them: binaries as they are, atoms by name (nil is ""),
// integers, floats as Float.to_string/1 writes them (1.0e10, where inspect shows 10000000000.0),
// charlists and other chardata as their text. Types without an implementation throw
// ProtocolUndefined, lists that are not chardata throw ChardataError, each carrying what the VM
// needs to raise Protocol.UndefinedError, ArgumentError or UnicodeConversionError.
import { Atom, Bin, BitString, Cons, EMPTY_LIST, Float, NIL, type Term } from './types.ts';
import { formatFloatShortest } from './float.ts';
import { inspect } from './inspect.ts';

/** String.Chars is not implemented for `value` (a tuple, map, pid, fun, improper data...). */
export class ProtocolUndefined extends Error {
  readonly protocol = 'Elixir.String.Chars';
  constructor(
    readonly value: Term,
    /** Extra text of Protocol.UndefinedError's description ("" for none). */
    readonly description = '',
  ) {
    super('protocol String.Chars not implemented');
  }
}

/** List.to_string/1 refused a list: ArgumentError (not chardata) or UnicodeConversionError. */
export class ChardataError extends Error {
  constructor(
    readonly exception: 'ArgumentError' | 'UnicodeConversionError',
    message: string,
    /** UnicodeConversionError's `encoded`: the text converted before the bad element. */
    readonly encoded = '',
  ) {
    super(message);
  }
}

/** The text of to_string(term). Throws ProtocolUndefined or ChardataError where Elixir raises. */
export function toString(term: Term): string {
  if (term instanceof Bin) {
    const text = term.text;
    // Interpolating invalid UTF-8 still yields those bytes; as text they can only be lossy.
    return text ?? new TextDecoder().decode(term.bytes);
  }
  if (term instanceof BitString) throw new ProtocolUndefined(term, 'cannot convert a bitstring to a string');
  if (term instanceof Atom) return term === NIL ? '' : term.name;
  if (typeof term === 'number' || typeof term === 'bigint') return term.toString();
  if (term instanceof Float) return formatFloatShortest(term.value);
  if (term instanceof Cons || term === EMPTY_LIST) {
    const parts: string[] = [];
    collect(term, parts, term);
    return parts.join('');
  }
  throw new ProtocolUndefined(term);
}

/** Like toString, but keeps a binary's exact bytes (for the VM, which builds binaries). */
export function toStringBin(term: Term): Bin {
  if (term instanceof Bin) return term;
  return Bin.fromString(toString(term));
}

/**
 * The text of chardata: code points, binaries and nested lists, with an optional binary tail
 * (['a' | "b"]); null if it is not chardata. Nesting recurses; list spines are walked in a loop.
 */
export function chardataText(t: Term): string | null {
  const parts: string[] = [];
  try {
    collect(t, parts, t);
  } catch (e) {
    if (e instanceof ChardataError) return null;
    throw e;
  }
  return parts.join('');
}

function notChardata(whole: Term): never {
  throw new ChardataError(
    'ArgumentError',
    'cannot convert the given list to a string.\n\n' +
      'To be converted to a string, a list must either be empty or only\n' +
      'contain the following elements:\n\n' +
      '  * strings\n' +
      '  * integers representing Unicode code points\n' +
      '  * a list containing one of these three elements\n\n' +
      'Please check the given list or call inspect/1 to get the list representation, got:\n\n' +
      inspect(whole) +
      '\n',
  );
}

function collect(t: Term, out: string[], whole: Term): void {
  while (t instanceof Cons) {
    const h = t.head;
    if (typeof h === 'number' || typeof h === 'bigint') {
      if (typeof h === 'bigint' || h < 0 || h > 0x10ffff || (h >= 0xd800 && h <= 0xdfff)) {
        throw new ChardataError('UnicodeConversionError', 'invalid code point ' + h.toString(), out.join(''));
      }
      out.push(String.fromCodePoint(h));
    } else if (h instanceof Bin) {
      const text = h.text;
      if (text === null) throw encodingError(h, out.join(''));
      out.push(text);
    } else if (h instanceof Cons || h === EMPTY_LIST) {
      collect(h, out, whole);
    } else notChardata(whole);
    t = t.tail;
  }
  if (t === EMPTY_LIST) return;
  if (t instanceof Bin) {
    if (t.text === null) throw encodingError(t, out.join(''));
    out.push(t.text);
    return;
  }
  notChardata(whole);
}

/**
 * Why a binary is not UTF-8, as :unicode.characters_to_binary/1 tells it: "incomplete" when it
 * ends inside a sequence that was valid so far, else "invalid", with the bytes from there on.
 */
function encodingError(bin: Bin, before: string): ChardataError {
  const b = bin.bytes;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  let kind = 'invalid';
  while (i < b.length) {
    const n = b[i] < 0x80 ? 1 : b[i] >= 0xf8 ? 0 : b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : b[i] >= 0xc2 ? 2 : 0;
    if (n === 0) break;
    if (i + n > b.length) {
      let continuation = true;
      for (let j = i + 1; j < b.length; j++) if ((b[j] & 0xc0) !== 0x80) continuation = false;
      if (continuation) kind = 'incomplete';
      break;
    }
    try {
      decoder.decode(b.subarray(i, i + n));
    } catch {
      break;
    }
    i += n;
  }
  const rest = Bin.fromBytes(b.slice(i));
  const encoded = before + new TextDecoder().decode(b.subarray(0, i));
  return new ChardataError('UnicodeConversionError', kind + ' encoding starting at ' + inspect(rest), encoded);
}
