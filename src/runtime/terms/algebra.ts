// Elixir's document algebra (Inspect.Algebra, Elixir 1.14): the Wadler/Lindig "strictly pretty"
// printer with Elixir's additions (flex breaks that are re-decided one by one, groups that
// inherit their parent's mode, nesting at the cursor). inspect builds documents with these
// functions and format() lays them out at a width, exactly as Elixir does, so pretty-printed
// output matches byte for byte.
//
// The format and fits loops keep their pending work on explicit linked stacks rather than the JS
// stack, so a document for a 10,000-element list lays out in linear time without recursion.
//
// Widths are measured like Elixir measures them: plain text by its UTF-8 byte size, text built
// with string() by its length in code points.

export type Doc =
  | string
  | typeof DOC_NIL
  | typeof DOC_LINE
  | DocCons
  | DocNest
  | DocBreak
  | DocGroup
  | DocString
  | DocForce
  | DocFits
  | DocCollapse;

export const DOC_NIL = { kind: 'nil' } as const;
export const DOC_LINE = { kind: 'line' } as const;

export interface DocCons {
  readonly kind: 'cons';
  readonly left: Doc;
  readonly right: Doc;
}
export interface DocNest {
  readonly kind: 'nest';
  readonly doc: Doc;
  readonly indent: number | 'cursor' | 'reset';
  readonly always: boolean;
}
export interface DocBreak {
  readonly kind: 'break';
  readonly text: string;
  readonly flex: boolean;
}
export interface DocGroup {
  readonly kind: 'group';
  readonly doc: Doc;
  readonly inherit: boolean;
}
export interface DocString {
  readonly kind: 'string';
  readonly text: string;
  readonly length: number;
}
export interface DocForce {
  readonly kind: 'force';
  readonly doc: Doc;
}
export interface DocFits {
  readonly kind: 'fits';
  readonly doc: Doc;
  readonly enabled: boolean;
}
export interface DocCollapse {
  readonly kind: 'collapse';
  readonly max: number;
}

export function empty(): Doc {
  return DOC_NIL;
}

export function concat(left: Doc, right: Doc): Doc {
  return { kind: 'cons', left, right };
}

export function concatAll(docs: readonly Doc[]): Doc {
  return foldDoc(docs, concat);
}

export function nest(doc: Doc, indent: number | 'cursor' | 'reset', mode: 'always' | 'break' = 'always'): Doc {
  if (indent === 0) return doc;
  return { kind: 'nest', doc, indent, always: mode === 'always' };
}

export function breakDoc(text = ' '): Doc {
  return { kind: 'break', text, flex: false };
}

export function flexBreak(text = ' '): Doc {
  return { kind: 'break', text, flex: true };
}

export function glue(left: Doc, right: Doc, text = ' '): Doc {
  return concat(left, concat(breakDoc(text), right));
}

export function flexGlue(left: Doc, right: Doc, text = ' '): Doc {
  return concat(left, concat(flexBreak(text), right));
}

export function group(doc: Doc, mode: 'self' | 'inherit' = 'self'): Doc {
  return { kind: 'group', doc, inherit: mode === 'inherit' };
}

export function space(left: Doc, right: Doc): Doc {
  return concat(left, concat(' ', right));
}

export function line(left?: Doc, right?: Doc): Doc {
  if (left === undefined || right === undefined) return DOC_LINE;
  return concat(left, concat(DOC_LINE, right));
}

/** Text measured by its number of code points rather than its bytes. */
export function string(text: string): Doc {
  let length = 0;
  for (const _ of text) length++;
  return { kind: 'string', text, length };
}

export function forceUnfit(doc: Doc): Doc {
  return { kind: 'force', doc };
}

export function nextBreakFits(doc: Doc, mode: 'enabled' | 'disabled' = 'enabled'): Doc {
  return { kind: 'fits', doc, enabled: mode === 'enabled' };
}

export function collapseLines(max: number): Doc {
  return { kind: 'collapse', max };
}

/** Folds from the right, like Inspect.Algebra.fold_doc/2 (the last doc is the seed). */
export function foldDoc(docs: readonly Doc[], fn: (doc: Doc, acc: Doc) => Doc): Doc {
  if (docs.length === 0) return DOC_NIL;
  let acc = docs[docs.length - 1];
  for (let i = docs.length - 2; i >= 0; i--) acc = fn(docs[i], acc);
  return acc;
}

/** Whether a doc is made only of text (what container_doc lays out with flex breaks). */
export function isSimple(doc: Doc): boolean {
  if (typeof doc === 'string') return true;
  if (doc === DOC_NIL) return true;
  if (doc.kind === 'string') return true;
  if (doc.kind === 'cons') return isSimple(doc.left) && isSimple(doc.right);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Layout

export function byteLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // a surrogate pair: 4 bytes for its 2 units
      i++;
    } else n += 2;
  }
  return n;
}

const enum Mode {
  Flat,
  Break,
  FlatNoBreak,
  BreakNoFlat,
}

/** A pending piece of work: a doc at an indentation in a mode, or (in fits) a group's end. */
interface Entry {
  readonly indent: number;
  readonly mode: Mode;
  readonly doc: Doc | null; // null: the end of a group inside fits, restoring `hadBreak`
  readonly hadBreak: boolean;
  readonly next: Entry | null;
}

function entry(indent: number, mode: Mode, doc: Doc, next: Entry | null): Entry {
  return { indent, mode, doc, hadBreak: false, next };
}

function applyNesting(indent: number, column: number, nesting: number | 'cursor' | 'reset'): number {
  if (nesting === 'cursor') return column;
  if (nesting === 'reset') return 0;
  return indent + nesting;
}

/**
 * Whether the entries fit in width w from column k. Only a break can make a document not fit:
 * a long unbreakable text has no choice but to overflow its line.
 */
function fits(w: number, k: number, hadBreak: boolean, entries: Entry | null): boolean {
  let cur = entries;
  for (;;) {
    if (k > w && hadBreak) return false;
    if (cur === null) return true;
    const { indent: i, mode: m, doc } = cur;
    const rest: Entry | null = cur.next;
    if (doc === null) {
      hadBreak = cur.hadBreak;
      cur = rest;
      continue;
    }
    if (typeof doc === 'string') {
      k += byteLength(doc);
      cur = rest;
      continue;
    }
    switch (doc.kind) {
      case 'fits':
        if (!doc.enabled || m === Mode.FlatNoBreak) cur = entry(i, Mode.FlatNoBreak, doc.doc, rest);
        else cur = entry(i, Mode.BreakNoFlat, doc.doc, rest);
        continue;
      case 'force':
        if (m === Mode.BreakNoFlat) {
          cur = entry(i, m, doc.doc, rest);
          continue;
        }
        return false;
      case 'break':
        if (m === Mode.Break || m === Mode.BreakNoFlat) return true;
        k += byteLength(doc.text);
        hadBreak = true;
        cur = rest;
        continue;
      case 'line':
        if (m === Mode.Break || m === Mode.BreakNoFlat) return true;
        k = i;
        hadBreak = false;
        cur = rest;
        continue;
      case 'group': {
        const end: Entry = { indent: 0, mode: Mode.Flat, doc: null, hadBreak, next: rest };
        cur = entry(i, m === Mode.Break ? Mode.Flat : m, doc.doc, end);
        continue;
      }
      case 'nil':
        cur = rest;
        continue;
      case 'collapse':
        k = i;
        cur = rest;
        continue;
      case 'string':
        k += doc.length;
        cur = rest;
        continue;
      case 'nest':
        cur = entry(doc.always ? applyNesting(i, k, doc.indent) : i, m, doc.doc, rest);
        continue;
      case 'cons':
        cur = entry(i, m, doc.left, entry(i, m, doc.right, rest));
        continue;
    }
  }
}

function indentText(i: number): string {
  return i === 0 ? '\n' : '\n' + ' '.repeat(i);
}

/** Lays out the document at the given width (Infinity: never break), as Inspect.Algebra.format/2. */
export function format(doc: Doc, width: number): string {
  const out: string[] = [];
  const w = width;
  const infinite = w === Infinity;
  let k = 0;
  let cur: Entry | null = entry(0, Mode.Flat, doc, null);
  while (cur !== null) {
    const { indent: i, mode: m, doc: d } = cur;
    const rest: Entry | null = cur.next;
    if (typeof d === 'string') {
      out.push(d);
      k += byteLength(d);
      cur = rest;
      continue;
    }
    const node = d as Exclude<Doc, string>;
    switch (node.kind) {
      case 'nil':
        cur = rest;
        break;
      case 'line':
        out.push(indentText(i));
        k = i;
        cur = rest;
        break;
      case 'cons':
        cur = entry(i, m, node.left, entry(i, m, node.right, rest));
        break;
      case 'string':
        out.push(node.text);
        k += node.length;
        cur = rest;
        break;
      case 'force':
      case 'fits':
        cur = entry(i, m, node.doc, rest);
        break;
      case 'collapse': {
        // Collapse the blank lines that follow into at most `max` newlines.
        out.push('\u0000collapse:' + node.max + ':' + i);
        k = i;
        cur = rest;
        break;
      }
      case 'break':
        if (node.flex) {
          k += byteLength(node.text);
          if (infinite || m === Mode.Flat || fits(w, k, true, rest)) {
            out.push(node.text);
          } else {
            out.push(indentText(i));
            k = i;
          }
        } else if (m === Mode.Break) {
          out.push(indentText(i));
          k = i;
        } else {
          out.push(node.text);
          k += byteLength(node.text);
        }
        cur = rest;
        break;
      case 'nest':
        if (node.always || m === Mode.Break) cur = entry(applyNesting(i, k, node.indent), m, node.doc, rest);
        else cur = entry(i, m, node.doc, rest);
        break;
      case 'group':
        if (m === Mode.Break && node.inherit) cur = entry(i, Mode.Break, node.doc, rest);
        else if (infinite || fits(w, k, false, entry(i, Mode.Flat, node.doc, null)))
          cur = entry(i, Mode.Flat, node.doc, rest);
        else cur = entry(i, Mode.Break, node.doc, rest);
        break;
    }
  }
  return collapsePass(out);
}

// collapse_lines/1 rewrites the output that follows it; it is rare (the code formatter uses it),
// so it is applied as a pass over the pieces only when a marker was emitted.
function collapsePass(out: string[]): string {
  let marker = -1;
  for (let j = 0; j < out.length; j++) {
    if (out[j].startsWith('\u0000collapse:')) {
      marker = j;
      break;
    }
  }
  if (marker < 0) return out.join('');
  const result: string[] = out.slice(0, marker);
  let j = marker;
  while (j < out.length) {
    const piece = out[j];
    if (!piece.startsWith('\u0000collapse:')) {
      result.push(piece);
      j++;
      continue;
    }
    const [, max, indent] = piece.split(':');
    j++;
    let count = 0;
    while (j < out.length && (out[j].startsWith('\n') || out[j] === '')) {
      if (out[j] !== '') count++;
      j++;
    }
    result.push('\n'.repeat(Math.min(Number(max), count)) + ' '.repeat(Number(indent)));
  }
  return result.join('');
}
