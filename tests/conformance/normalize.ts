// Makes the output of real Elixir and the output of our runtime comparable. Everything that
// differs between two runs of the same program on the BEAM itself is rewritten to a stable
// form: pid, reference, port and fun identities (renamed by order of appearance, so the same
// pid seen twice is still the same pid), logger timestamps, and the bytes of a compiled module
// that IEx prints after `defmodule`. Stacktrace entries name the BEAM's own files and line
// numbers (`(elixir 1.14.0) lib/code.ex:1245: ...`), so they are dropped: the banner and the
// message of an error are compared exactly, the frames under it are not.

/** Identity-carrying terms whose printed numbers are an accident of the run. */
const IDENTITIES: { kind: string; pattern: RegExp }[] = [
  { kind: 'PID', pattern: /#PID<\d+\.\d+\.\d+>/g },
  { kind: 'Reference', pattern: /#Reference<\d+(?:\.\d+)*>/g },
  { kind: 'Port', pattern: /#Port<\d+(?:\.\d+)*>/g },
  // `#Function<6.65708918/1 in :erl_eval.expr/6>`: the index and the hash depend on how the
  // enclosing module was compiled, which is not ours to reproduce.
  { kind: 'Function', pattern: /#Function<[^>\n]*>/g },
];

/**
 * Renames identities by order of first appearance: the first pid becomes `#PID<A>`, the next
 * distinct one `#PID<B>`. One renamer shared by several texts (stdout and stderr of one run)
 * keeps a pid that shows up in both under the same name.
 */
export class IdentityRenamer {
  private readonly seen = new Map<string, Map<string, string>>();

  rename(text: string): string {
    let out = text;
    for (const { kind, pattern } of IDENTITIES) {
      out = out.replace(pattern, (match) => `#${kind}<${this.labelFor(kind, match)}>`);
    }
    return out;
  }

  private labelFor(kind: string, match: string): string {
    let names = this.seen.get(kind);
    if (!names) this.seen.set(kind, (names = new Map()));
    let label = names.get(match);
    if (label === undefined) {
      label = spreadsheetLabel(names.size);
      names.set(match, label);
    }
    return label;
  }
}

/** 0 -> A, 25 -> Z, 26 -> AA: short names that cannot be mistaken for the original numbers. */
export function spreadsheetLabel(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/**
 * One frame of a formatted stacktrace, as `Exception.format_stacktrace_entry/1` prints it,
 * indented by one or more levels of four spaces (nested for an exit reason that carries an
 * exception). Message lines never take these shapes: a FunctionClauseError's arguments are
 * `# 1` and a term, its clauses start with `def`.
 */
const STACK_ENTRY: RegExp[] = [
  // (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2
  // (elixir 1.14.0) String.no_such_fun(1)
  /^(?: {4})+\([\w-]+ [\w.+-]+\) \S.*$/,
  // match_error.exs:1: (file)
  // iex:4: Fragile.handle_call/3
  /^(?: {4})+[\w./-]+:\d+: \S.*$/,
  // :erlang.+(1, :a)        NoSuchModule.call(1)        :erlang./(10, 0)
  /^(?: {4})+:?[A-Za-z_][\w.]*\.(?:"[^"]*"|[^\s(]+)\(.*\)$/,
  // expanding struct: Plain.__struct__/1 (the compile-time stack of a CompileError)
  /^(?: {4})+expanding \w+: \S.*$/,
];

export function isStacktraceEntry(line: string): boolean {
  return STACK_ENTRY.some((re) => re.test(line));
}

export function dropStacktraces(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isStacktraceEntry(line))
    .join('\n');
}

/** Logger lines start with the wall clock: `13:08:56.007 [error] Process ... raised ...`. */
export function normalizeTimestamps(text: string): string {
  return text.replace(/^\d{2}:\d{2}:\d{2}\.\d{3} (?=\[)/gm, 'HH:MM:SS.mmm ');
}

/**
 * IEx answers `defmodule` with `{:module, Name, <<70, 79, 82, 49, ...>>, {:f, 1}}`: the bytes
 * are the BEAM file, and their width decides where the pretty printer breaks the tuple. Keep
 * the module name and the last function, forget the bytes and the layout around them.
 */
export function normalizeModuleBinaries(text: string): string {
  return text.replace(/\{:module, ([\w.:"]+),\s*<<[\d,\s]*(?:\.\.\.)?>>,\s*/g, '{:module, $1, <<...>>, ');
}

export interface NormalizeOptions {
  /** Keep stacktrace entries (for looking at a failure, not for comparing). */
  keepStacktraces?: boolean;
}

/** Normalizes one text; pass a shared renamer to normalize several texts of the same run. */
export function normalizeOutput(
  text: string,
  renamer: IdentityRenamer = new IdentityRenamer(),
  options: NormalizeOptions = {},
): string {
  let out = normalizeModuleBinaries(text);
  out = normalizeTimestamps(out);
  if (!options.keepStacktraces) out = dropStacktraces(out);
  return renamer.rename(out);
}

export interface ScriptRun {
  stdout: string;
  stderr: string;
  status: number;
}

/** Normalizes a whole `elixir name.exs` run, stdout first, so identities agree across streams. */
export function normalizeRun(run: ScriptRun, options: NormalizeOptions = {}): ScriptRun {
  const renamer = new IdentityRenamer();
  return {
    stdout: normalizeOutput(run.stdout, renamer, options),
    stderr: normalizeOutput(run.stderr, renamer, options),
    status: run.status,
  };
}
