// A compiled prelude as plain JSON, so the page loads OTP and the stdlib already compiled
// (the build writes the image; the Worker only decodes it and runs the module definitions).
//
// Compiled code is a graph, not a tree: a local call's LocalRef points at the FunctionCode that
// holds it (recursion), a module's functions are shared with the call sites that resolved them.
// Plain objects (FunctionCode, ModuleCode, CallSite, LocalRef, Lambda...) keep their identity:
// the first occurrence is written in full with a number, later ones refer to that number.
// Terms are values and are written inline; atoms are interned again when read. What the VM
// caches in compiled code (a call site's resolution, a struct's template) is left out and
// recomputed on first use, as after any module load.
import { lookupBif, type Bif } from './bifs/registry.ts';
import type { CallSite, FunctionCode, LocalRef, Lambda } from './compiler/code.ts';
import { MapTerm } from './terms/map.ts';
import { Atom, Bin, BitString, Cons, EMPTY_LIST, Float, Fun, atom, type FunLabel, type Term } from './terms/types.ts';

export const IMAGE_FORMAT = 2;

/** The prelude's files compiled: running each main defines that file's modules. */
export interface CompiledFile {
  main: FunctionCode;
  file: string;
}

interface ImageJson {
  format: number;
  shapes: string[][];
  /**
   * Integer arrays (bytecode, line tables), kept apart from the structure that refers to them
   * by index: like data compresses better together (about 7% of the gzip size).
   */
  ints: number[][];
  files: { file: string; main: unknown }[];
}

// Encoded values: JSON numbers, booleans and null stand for themselves, a JSON string is an
// atom (the most frequent constant); everything else is an array whose first element says
// what it is.
type Encoded = number | string | boolean | null | [string, ...unknown[]];

export function writeImage(files: CompiledFile[]): string {
  const ids = new Map<object, number>();
  // Each distinct list of keys is written once; an object gives the index of its keys.
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const ints: number[][] = [];

  const encode = (v: unknown): Encoded => {
    switch (typeof v) {
      case 'number':
        return Number.isFinite(v) && !Object.is(v, -0) ? v : ['n', String(Object.is(v, -0) ? '-0' : v)];
      case 'string':
        return ['j', v];
      case 'boolean':
        return v;
      case 'bigint':
        return ['i', v.toString()];
      case 'undefined':
        return ['u'];
      case 'function':
        throw new Error('a function outside a call site cannot be written to an image');
    }
    if (v === null) return null;
    if (v instanceof Atom) return v.name;
    if (v === EMPTY_LIST) return ['e'];
    if (Array.isArray(v)) return ['t', ...v.map(encode)];
    if (v instanceof Cons) {
      const heads: Encoded[] = [];
      let t: Term = v;
      while (t instanceof Cons) {
        heads.push(encode(t.head));
        t = t.tail;
      }
      return ['l', encode(t), ...heads];
    }
    if (v instanceof Float) return ['f', encode(v.value)];
    if (v instanceof Bin) {
      const text = v.text;
      return text !== null ? ['s', text] : ['y', Array.from(v.bytes)];
    }
    if (v instanceof BitString) return ['z', v.bitSize, Array.from(v.bytes)];
    if (v instanceof MapTerm) return ['m', ...v.entries().flatMap(([k, x]) => [encode(k), encode(x)])];
    if (v instanceof Int32Array) {
      const [tag, words] = encodeInts(v);
      ints.push(words);
      return [tag, ints.length - 1];
    }
    if (v instanceof Map) return ['M', ...[...v].flatMap(([k, x]) => [encode(k), encode(x)])];
    if (v instanceof Set) return ['S', ...[...v].map(encode)];
    if (v instanceof Fun) return ['F', v.arity, encode(v.code), encode(v.env), encode(v.label)];
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype) throw new Error(`cannot write ${String((v as object).constructor?.name)} to an image`);
    const seen = ids.get(v as object);
    if (seen !== undefined) return ['r', seen];
    const id = ids.size;
    ids.set(v as object, id);
    const o = v as Record<string, unknown>;
    if (isCallSite(o)) return ['c', id, encode(o.module), encode(o.name), o.arity, siteBif(o), o.folded, encode(o.protocol)];
    // structTemplate is a cache of the VM's, rebuilt on first use.
    const keys = Object.keys(o).filter((k) => k !== 'structTemplate');
    const shape = keys.join(',');
    let index = shapeIndex.get(shape);
    if (index === undefined) {
      index = shapes.length;
      shapes.push(keys);
      shapeIndex.set(shape, index);
    }
    return ['o', id, index, ...keys.map((k) => encode(o[k]))];
  };

  const encoded = files.map(({ file, main }) => ({ file, main: encode(main) }));
  const image: ImageJson = { format: IMAGE_FORMAT, shapes, ints, files: encoded };
  return JSON.stringify(image);
}

export function readImage(text: string): CompiledFile[] {
  const image = JSON.parse(text) as ImageJson;
  if (image.format !== IMAGE_FORMAT) throw new Error(`prelude image format ${image.format}, expected ${IMAGE_FORMAT}`);
  const objects: unknown[] = [];

  const decode = (e: unknown): unknown => {
    if (!Array.isArray(e)) return typeof e === 'string' ? atom(e) : e;
    switch (e[0] as string) {
      case 'j':
        return e[1];
      case 'e':
        return EMPTY_LIST;
      case 't':
        return e.slice(1).map(decode);
      case 'l': {
        let list = decode(e[1]) as Term;
        for (let i = e.length - 1; i >= 2; i--) list = new Cons(decode(e[i]) as Term, list);
        return list;
      }
      case 'f':
        return new Float(decode(e[1]) as number);
      case 's':
        return Bin.fromString(e[1] as string);
      case 'y':
        return Bin.fromBytes(Uint8Array.from(e[1] as number[]));
      case 'z':
        return new BitString(Uint8Array.from(e[2] as number[]), e[1] as number);
      case 'm': {
        const entries: [Term, Term][] = [];
        for (let i = 1; i < e.length; i += 2) entries.push([decode(e[i]) as Term, decode(e[i + 1]) as Term]);
        return MapTerm.fromEntries(entries);
      }
      case 'I':
        return Int32Array.from(image.ints[e[1] as number]);
      case 'R':
        return decodeRuns(image.ints[e[1] as number]);
      case 'M': {
        const m = new Map<unknown, unknown>();
        for (let i = 1; i < e.length; i += 2) m.set(decode(e[i]), decode(e[i + 1]));
        return m;
      }
      case 'S':
        return new Set(e.slice(1).map(decode));
      case 'F':
        return new Fun(e[1] as number, decode(e[2]), decode(e[3]) as Term[], decode(e[4]) as FunLabel);
      case 'n':
        return Number(e[1] === '-0' ? -0 : e[1]);
      case 'i':
        return BigInt(e[1] as string);
      case 'u':
        return undefined;
      case 'r':
        return objects[e[1] as number];
      case 'c': {
        const module = decode(e[2]) as Atom;
        const name = decode(e[3]) as Atom;
        const arity = e[4] as number;
        let bif: Bif | null = null;
        if (e[5] === true) {
          bif = lookupBif(module.name, name.name, arity) ?? null;
          if (bif === null) throw new Error(`prelude image: no native ${module.name}:${name.name}/${arity}`);
        }
        const protocol = decode(e[7]) as CallSite['protocol'];
        // Same keys in the same order as the compiler's call sites, so V8 sees one shape.
        const site: CallSite = { module, name, arity, version: -1, fn: null, bif, folded: e[6] as boolean, protocol };
        objects[e[1] as number] = site;
        return site;
      }
      case 'o':
        return decodeObject(e as unknown[]);
    }
    throw new Error(`prelude image: unknown tag ${String(e[0])}`);
  };

  const decodeObject = (e: unknown[]): object => {
    const keys = image.shapes[e[2] as number];
    const o = shell(keys) as Record<string, unknown>;
    objects[e[1] as number] = o;
    for (let i = 0; i < keys.length; i++) o[keys[i]] = decode(e[i + 3]);
    return o;
  };

  return image.files.map(({ file, main }) => ({ file, main: decode(main) as FunctionCode }));
}

/**
 * An empty object with the shape the compiler gives objects with these keys. An object built
 * with the same literal as the compiler's gets the same V8 hidden class, so the interpreter's
 * property loads stay monomorphic whether the code came from an image or was just compiled.
 */
function shell(keys: string[]): object {
  switch (keys.join(',')) {
    case 'module,name,arity,nregs,code,consts,lines,file,kind,owner':
      return {
        module: null,
        name: null,
        arity: 0,
        nregs: 0,
        code: null,
        consts: null,
        lines: null,
        file: '',
        kind: '',
        owner: undefined,
      } satisfies Record<keyof FunctionCode, unknown>;
    case 'name,arity,fn':
      return { name: '', arity: 0, fn: null } satisfies Record<keyof LocalRef, unknown>;
    case 'code,arity,nenv,label,envRegs':
      return { code: null, arity: 0, nenv: 0, label: null, envRegs: null } satisfies Record<keyof Lambda | 'envRegs', unknown>;
  }
  return {};
}

function isCallSite(o: Record<string, unknown>): o is CallSite & Record<string, unknown> {
  return 'version' in o && 'bif' in o && 'folded' in o && o.module instanceof Atom;
}

/** Whether the site calls a native directly (CALL_BIF); checked to be the registered one. */
function siteBif(site: CallSite): boolean {
  if (site.bif === null) return false;
  const registered = lookupBif(site.module.name, site.name.name, site.arity);
  if (registered === undefined) throw new Error(`call site ${site.module.name}:${site.name.name}/${site.arity} holds an unregistered native`);
  // A remote site resolved at run time may cache a native found another way; resolution is
  // redone after loading, so only a compile-time native must be the registered one.
  if (site.version === -1 && registered !== site.bif) throw new Error(`call site ${site.module.name}:${site.name.name}/${site.arity} holds a native that is not the registered one`);
  return true;
}

// Line tables repeat each line for every word of an instruction: they are written as
// [count, value] runs; bytecode, which rarely repeats, as it is.
function encodeInts(a: Int32Array): ['I' | 'R', number[]] {
  const runs: number[] = [];
  for (let i = 0; i < a.length; ) {
    let j = i + 1;
    while (j < a.length && a[j] === a[i]) j++;
    runs.push(j - i, a[i]);
    i = j;
  }
  return runs.length < a.length ? ['R', runs] : ['I', Array.from(a)];
}

function decodeRuns(runs: number[]): Int32Array {
  let n = 0;
  for (let i = 0; i < runs.length; i += 2) n += runs[i];
  const out = new Int32Array(n);
  let p = 0;
  for (let i = 0; i < runs.length; i += 2) {
    out.fill(runs[i + 1], p, p + runs[i]);
    p += runs[i];
  }
  return out;
}
