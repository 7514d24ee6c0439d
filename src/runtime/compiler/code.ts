// What the compiler hands to the VM: functions as bytecode with their constant pools, call sites
// that cache their resolution, and modules as tables of functions. These objects are created
// once per compilation and shared by every process that runs them.
import type { Atom, FunLabel, MapTerm, Term } from '../terms/types.ts';
import type { Bif } from '../bifs/registry.ts';

export interface FunctionCode {
  module: Atom;
  name: Atom;
  arity: number;
  /** Registers the frame needs: arguments, closure environment, locals and temporaries. */
  nregs: number;
  code: Int32Array;
  consts: unknown[];
  /** Source line per code word (0: unknown); used for stacktraces. */
  lines: Int32Array;
  file: string;
  /** How the function shows in stacktraces. */
  kind: 'def' | 'defp' | 'fn' | 'file';
  /** For anonymous functions: the enclosing named function, as Elixir prints it. */
  owner: { name: Atom; arity: number } | undefined;
}

/** A local call's target, filled in once the whole module is compiled (clauses may come later). */
export interface LocalRef {
  name: string;
  arity: number;
  fn: FunctionCode | null;
}

/** A remote call site. The resolution is cached until any module is (re)loaded. */
export interface CallSite {
  module: Atom;
  name: Atom;
  arity: number;
  version: number;
  fn: FunctionCode | null;
  bif: Bif | null;
  /** A call the compiler knows will fail: its native frame stays in the stacktrace. */
  folded: boolean;
  /**
   * A native that is a protocol function ({protocol, function}): a struct argument whose module
   * has a defimpl goes to that implementation instead.
   */
  protocol: { module: Atom; name: Atom } | undefined;
}

/** An anonymous function literal: its code and how `inspect` names it. */
export interface Lambda {
  code: FunctionCode;
  arity: number;
  nenv: number;
  label: FunLabel;
}

/** A binary segment as the compiler understood it. */
export interface SegmentSpec {
  type: 'integer' | 'float' | 'binary' | 'bitstring' | 'utf8' | 'utf16' | 'utf32';
  /** Size in units; -1 when absent (the default for the type, or "the rest" for binaries). */
  size: number;
  /** When the size is taken from a register (matching: a variable bound earlier). */
  sizeReg: number;
  /** Bits per size unit, already the type's default when not given (8 for binary, else 1). */
  unit: number;
  signed: boolean;
  little: boolean;
  /** In BIN_MATCH: a literal this segment must equal (its value is checked, not bound). */
  literal?: Term;
}

export interface ModuleCode {
  name: Atom;
  file: string;
  /** The line of its defmodule. */
  line: number;
  /** "name/arity" -> code, public and private alike. */
  functions: Map<string, FunctionCode>;
  exports: Set<string>;
  /** For modules with defstruct: the field defaults in order. */
  struct: [Atom, Term][] | null;
  /** Public macros, [name, arity] (listed by __info__(:macros); not expanded yet). */
  macros?: [string, number][];
  /** defguard/defguardp: expanded by the compiler wherever they are called (see GuardMacro). */
  guards?: GuardMacro[];
  /** @enforce_keys of a struct module. */
  enforceKeys: Atom[];
  isException: boolean;
  attributes: Map<string, Term>;
  /** The value of the module body's last expression (for the {:module, ...} result). */
  last: Term;
  /** Filled by the VM when loaded. */
  structTemplate?: MapTerm;
}

/**
 * A guard defined with defguard: its parameters and its expression, already checked to be
 * valid in guards. Inside a guard a call is the expression with the arguments put in place of
 * the parameters; elsewhere the arguments are bound once and the expression evaluated.
 */
export interface GuardMacro {
  name: string;
  params: string[];
  body: Term;
  private: boolean;
}

export function fnKey(name: string, arity: number): string {
  return name + '/' + arity;
}
