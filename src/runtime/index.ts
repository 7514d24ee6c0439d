// The runtime's public entry: a node with the prelude loaded, and `runExs`, which behaves like
// `elixir file.exs` (stdout, stderr with the `** (Error) ...` banner, exit status).
import './bifs/index.ts';
import './vm/natives.ts';
import './vm/otp_natives.ts';
import { Atom, Bin, EMPTY_LIST, Fun, NIL, Pid, atom, list, type Term } from './terms/types.ts';
import type { MapTerm } from './terms/map.ts';
import { parse, ElixirSyntaxError } from './parser/index.ts';
import { compileFile, CompileError, type CompileHost } from './compiler/compile.ts';
import type { FunctionCode, Lambda, ModuleCode } from './compiler/code.ts';
import { fnKey } from './compiler/code.ts';
import { bifsOf, lookupBif } from './bifs/registry.ts';
import { Node, type Clock, type Output } from './vm/node.ts';
import type { Process } from './vm/process.ts';
import { formatBanner, formatExit, formatStacktrace, type MessageHost } from './vm/exceptions.ts';
import { execute } from './vm/interp.ts';
import { vmPreludeSources } from './vm/prelude.ts';
import { nextTurn } from './vm/driver.ts';
import type { CompiledFile } from './image.ts';

/** Lets the host's event loop run between slices of a script (timers, I/O). */
const giveTurn = nextTurn();

export { Node } from './vm/node.ts';
export type { VmEvent } from './vm/node.ts';
export { Process } from './vm/process.ts';

const NO_PRELUDE: { file: string; source: string }[] = [];
const compiledPreludes = new WeakMap<object, CompiledFile[]>();

/** The prelude as Elixir sources, or already compiled (read from the image the build writes). */
export type PreludeInput = { file: string; source: string }[] | { compiled: CompiledFile[] };

export interface RuntimeOptions {
  output?: Output;
  clock?: Clock | 'virtual';
  firstPid?: number;
  /** Elixir loaded before anything runs (OTP and stdlib in Elixir), as sources or compiled. */
  prelude?: PreludeInput;
}

export class Runtime implements MessageHost {
  readonly node: Node;

  constructor(opts: RuntimeOptions = {}) {
    this.node = new Node(opts.output ?? (() => {}), opts.clock, opts.firstPid);
    this.node.crashReporter = (p) => this.reportCrash(p);
    this.loadPrelude(opts.prelude ?? NO_PRELUDE);
    this.node.resetPids(opts.firstPid ?? 96);
  }

  readonly host: CompileHost = {
    module: (name) => this.node.modules.get(name),
    exported: (module, name, arity) => {
      const m = this.node.modules.get(module);
      if (m !== undefined && m.exports.has(fnKey(name, arity))) return true;
      return lookupBif(module.name, name, arity) !== undefined;
    },
    expandMacro: (module, name, args, pending) => this.expandMacro(module, name, args, pending),
  };

  /**
   * Macros run at compile time, in a scratch node that sees the loaded modules and the ones
   * compiled earlier in the same file (Elixir has loaded those by the time it expands a later
   * module). Output of the macro goes to the real output.
   */
  private expandMacro(module: ModuleCode, name: string, args: Term[], pending: ModuleCode[]): { ast: Term } | { error: string } {
    const scratch = new Node(this.node.output, 'virtual');
    for (const m of this.node.modules.values()) scratch.loadModule(m);
    for (const m of pending) scratch.loadModule(m);
    const p = scratch.spawn(module.name, atom(`MACRO-${name}`), list([NIL, ...args]), null, false);
    p.quietCrash = true;
    scratch.runUntilIdle(() => !p.alive);
    if (p.crash !== null) return { error: formatBanner(p.crash.kind, p.crash.reason, p.crash.stack, this).replace(/^\*\* /, '') };
    if (p.alive || p.result === null) return { error: `macro ${name} did not finish` };
    return { ast: p.result };
  }

  /** Compile source; throws CompileError or ElixirSyntaxError. */
  compile(source: string, file: string): { main: FunctionCode; warnings: string[] } {
    const ast = parse(source, { file });
    const r = compileFile(ast, file, this.host);
    return { main: r.main, warnings: r.warnings };
  }

  /**
   * Load the prelude: run each file's top level (its module definitions) to completion in a
   * throwaway process. Compiled code is kept per prelude list and shared by every runtime of
   * this JS realm (compiled code is immutable), so only the first runtime pays for compiling,
   * and none does when the prelude comes compiled.
   */
  private loadPrelude(prelude: PreludeInput): void {
    if ('compiled' in prelude) {
      for (const { main, file } of prelude.compiled) this.run(main, file);
      return;
    }
    const cached = compiledPreludes.get(prelude);
    if (cached !== undefined) {
      for (const { main, file } of cached) this.run(main, file);
      return;
    }
    const mains: CompiledFile[] = [];
    for (const { file, source } of [...vmPreludeSources, ...prelude]) {
      const { main } = this.compile(source, file);
      this.run(main, file);
      mains.push({ main, file });
    }
    compiledPreludes.set(prelude, mains);
  }

  load(source: string, file: string): void {
    const { main } = this.compile(source, file);
    this.run(main, file);
  }

  private run(main: FunctionCode, file: string): void {
    const p = this.spawnMain(main);
    p.quietCrash = true;
    this.node.runUntilIdle(() => !p.alive);
    if (p.crash !== null) throw new Error(`prelude ${file} failed: ${formatBanner(p.crash.kind, p.crash.reason, p.crash.stack, this)}`);
  }

  spawnMain(main: FunctionCode): Process {
    const fun = new Fun(0, { code: main, arity: 0, nenv: 0, label: { kind: 'local', module: main.module, owner: main.name, ownerArity: 1, index: 0, uniq: 0 }, envRegs: [] } as Lambda & { envRegs: number[] }, [], {
      kind: 'local',
      module: main.module,
      owner: main.name,
      ownerArity: 1,
      index: 0,
      uniq: 0,
    });
    return this.node.spawn(fun, NIL, EMPTY_LIST, null, false);
  }

  // MessageHost: user-defined exception messages run their message/1 in a throwaway process.
  userMessage(e: MapTerm): string | null {
    const mod = e.get(atom('__struct__')) as Atom;
    const m = this.node.modules.get(mod);
    if (m === undefined || !m.exports.has('message/1')) return null;
    const v = this.callSync(mod, 'message', [e]);
    return v instanceof Bin ? v.text : null;
  }

  exports(m: Atom): { macros: [string, number][]; functions: [string, number][] } | null {
    const code = this.node.modules.get(m);
    const natives = bifsOf(m.name).map(({ name, arity }): [string, number] => [name, arity]);
    if (code === undefined && natives.length === 0) return null;
    const byName = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);
    const fns = new Map<string, [string, number]>();
    for (const k of code?.exports ?? []) {
      const i = k.lastIndexOf('/');
      if (!k.startsWith('MACRO-')) fns.set(k, [k.slice(0, i), Number(k.slice(i + 1))]);
    }
    for (const [n, a] of natives) if (!n.startsWith('__')) fns.set(`${n}/${a}`, [n, a]);
    return { macros: (code?.macros ?? []).slice().sort(byName), functions: [...fns.values()].sort(byName) };
  }

  moduleLoaded(m: Atom): boolean {
    return this.node.modules.has(m) || bifsOf(m.name).length > 0;
  }

  structFields(module: Atom): readonly Atom[] | null | undefined {
    const m = this.node.modules.get(module);
    // A struct of a module that does not exist prints as the map it is (Inspect.Any's rescue).
    if (m === undefined) return null;
    return m.struct === null ? null : m.struct.map(([k]) => k);
  }

  inspectCustom(t: Term, pretty: boolean, width = 80): string | null {
    const ctx = { self: new Pid(0), node: this.node };
    if (lookupBif('elixir_inspect', 'custom_structs', 1)!([t], ctx) === EMPTY_LIST) return null;
    const opts = pretty ? list([[atom('pretty'), atom('true')], [atom('width'), width]]) : EMPTY_LIST;
    const text = this.callSync(atom('Elixir.Kernel'), 'inspect', [t, opts]);
    return text instanceof Bin ? text.text : null;
  }

  /**
   * Run Module.name(args) to completion outside the scheduler (for messages of exceptions while
   * printing a crash). Returns null if it does not finish promptly.
   */
  callSync(module: Atom, name: string, args: Term[]): Term | null {
    const p = this.node.spawn(module, atom(name), args.length === 0 ? EMPTY_LIST : listOf(args), null, false);
    p.quietCrash = true;
    for (let i = 0; i < 1000 && p.alive; i++) {
      if (p.status !== 'runnable') break;
      p.status = 'running';
      const saved = this.node.current;
      this.node.current = p;
      execute(this.node, p, 4000);
      this.node.current = saved;
      if (p.status === 'running') p.status = 'runnable';
    }
    if (p.alive) {
      this.node.terminate(p, atom('kill'));
      return null;
    }
    return p.crash === null ? p.result : null;
  }

  /** The logger's report for a process that crashed with an uncaught exception. */
  private reportCrash(p: Process): void {
    const c = p.crash!;
    const reason = c.kind.name === 'throw' ? [atom('nocatch'), c.reason] : c.reason;
    const kind = c.kind.name === 'exit' ? null : atom('error');
    if (kind === null) return; // plain exits are not reported
    const banner = formatBanner(kind, reason, c.stack, this, false);
    const trace = formatStacktrace(c.stack);
    const time = new Date().toISOString().slice(11, 23);
    // The logger prints asynchronously: a report can be overtaken by the script's own end.
    this.pendingReports.push(`\n${time} [error] Process ${pidText(p)} raised an exception\n${banner}${trace ? '\n' + trace : ''}\n`);
  }

  readonly pendingReports: string[] = [];

  flushReports(): void {
    // Logger's console backend writes to standard output, not to standard error.
    for (const r of this.pendingReports.splice(0)) this.node.write('stdout', r);
  }
}


function pidText(p: Process): string {
  return `#PID<0.${p.self.id}.${p.self.serial}>`;
}

function listOf(items: Term[]): Term {
  return list(items);
}

/** Compiles the prelude (with the VM's own Elixir) the way a runtime loads it: what an image holds. */
export function compilePrelude(sources: { file: string; source: string }[]): CompiledFile[] {
  new Runtime({ prelude: sources });
  return compiledPreludes.get(sources) as CompiledFile[];
}

let preludeCache: { file: string; source: string }[] | null = null;

/** The Elixir prelude, when it exists (it is generated alongside the stdlib). */
export async function loadPreludeSources(): Promise<{ file: string; source: string }[]> {
  if (preludeCache !== null) return preludeCache;
  try {
    const path = './prelude/index.ts';
    const mod = (await import(/* @vite-ignore */ path)) as { preludeSources?: { file: string; source: string }[] };
    preludeCache = mod.preludeSources ?? [];
  } catch {
    preludeCache = [];
  }
  return preludeCache;
}

function isQuietExit(reason: Term): boolean {
  if (reason === atom('normal') || reason === atom('shutdown')) return true;
  return Array.isArray(reason) && reason.length === 2 && reason[0] === atom('shutdown');
}

/** The source line under a syntax error, with a caret at the column (as Elixir 1.14 prints). */
function snippet(source: string, line: number, column: number): string {
  const text = source.split('\n')[line - 1];
  if (text === undefined) return '';
  const gutter = String(line).padStart(3);
  const pad = ' '.repeat(gutter.length + 1);
  return `${pad}|\n${gutter} | ${text}\n${pad}|${' '.repeat(Math.max(column, 1))}^\n`;
}

export interface ExsResult {
  stdout: string;
  stderr: string;
  status: number;
}

/**
 * Run a script like `elixir file.exs`: compile, run the top level in a fresh process, stop when
 * that process ends (other processes are simply abandoned, as `elixir` halts the node).
 */
export async function runExs(
  source: string,
  file: string,
  opts: { argv?: string[]; clock?: Clock | 'virtual'; onOutput?: Output; prelude?: PreludeInput } = {},
): Promise<ExsResult> {
  let stdout = '';
  let stderr = '';
  const output: Output = (d, t) => {
    if (d === 'stdout') stdout += t;
    else stderr += t;
    opts.onOutput?.(d, t);
  };
  let rt: Runtime;
  try {
    rt = new Runtime({ output: () => {}, clock: opts.clock, prelude: opts.prelude ?? (await loadPreludeSources()) });
  } catch (e) {
    output('stderr', `** (RuntimeError) the runtime failed to start: ${(e as Error).message}\n`);
    return { stdout, stderr, status: 1 };
  }
  // Output of the prelude's own loading is not the script's.
  (rt.node as { output: Output }).output = output;
  rt.node.warnRedefine = true;
  let main: FunctionCode;
  try {
    const r = rt.compile(source, file);
    main = r.main;
    for (const w of r.warnings) output('stderr', w);
  } catch (e) {
    if (e instanceof CompileError) {
      for (const w of e.warnings) output('stderr', w);
      output('stderr', `${e.banner()}\n${e.trace || '\n'}`);
      return { stdout, stderr, status: 1 };
    }
    if (e instanceof ElixirSyntaxError && e.stacktrace.length > 0) {
      // Raised from inside Elixir's parser ('\xFF'): the banner and the parser's frames only.
      output('stderr', e.format() + '\n');
      return { stdout, stderr, status: 1 };
    }
    if (e instanceof ElixirSyntaxError) {
      const code = e.kind === 'SyntaxError' ? snippet(source, e.line, e.column) : '';
      output('stderr', `** (${e.kind}) ${e.file}:${e.line}:${e.column}: ${e.description}\n${code}    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n`);
      return { stdout, stderr, status: 1 };
    }
    // A bug of ours (or a JS limit such as a RangeError on absurdly nested code) must not crash
    // the host: report it the way a compile error is reported.
    const why = e instanceof RangeError ? 'code nested too deeply to compile' : `internal compiler error: ${(e as Error)?.message ?? String(e)}`;
    output('stderr', `** (CompileError) ${file}: ${why}\n\n`);
    return { stdout, stderr, status: 1 };
  }
  const p = rt.spawnMain(main);
  p.quietCrash = true;
  const node = rt.node;
  const done = (): boolean => !p.alive || node.halted !== null;
  // The logger prints crash reports as soon as the scheduler has a moment (before time moves on).
  node.beforeAdvance = () => rt.flushReports();
  for (;;) {
    if (node.clock === 'virtual') {
      node.runUntilIdle(done);
      break;
    }
    node.runFor(50, done);
    if (done()) break;
    rt.flushReports();
    if (!node.hasRunnable()) {
      const wait = node.nextTimerIn();
      if (wait === null) break; // deadlocked: `elixir` would hang; we stop instead
      await new Promise((r) => setTimeout(r, wait));
    } else {
      await new Promise<void>((r) => giveTurn(r));
    }
  }
  if (node.halted !== null) return { stdout, stderr, status: node.halted };
  if (p.exitFrom === null) rt.flushReports();
  if (p.alive) return { stdout, stderr, status: 0 };
  if (p.crash !== null && p.crash.kind.name === 'exit' && isQuietExit(p.crash.reason)) {
    // exit(:normal) and exit({:shutdown, _}) end a script quietly, with status 0.
    return { stdout, stderr, status: 0 };
  }
  if (p.crash !== null) {
    const c = p.crash;
    const banner = formatBanner(c.kind, c.reason, c.stack, rt);
    const trace = formatStacktrace(c.stack);
    output('stderr', `${banner}\n${trace ? trace + '\n' : ''}    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n`);
    return { stdout, stderr, status: 1 };
  }
  const reason = p.exitReason;
  if (reason !== null && reason !== atom('normal')) {
    // Killed by a linked process or an exit signal.
    // Elixir's script runner reports the exit as seen by the main process itself.
    const from = p.exitFrom !== null ? ` from ${pidText(p)}` : '';
    // Followed by an empty line, as Kernel.CLI prints it.
    const text = formatExit(reason, rt);
    output('stderr', `** (EXIT${from}) ${text}${text.endsWith('\n') ? '\n' : '\n\n'}`);
    return { stdout, stderr, status: 1 };
  }
  return { stdout, stderr, status: 0 };
}

