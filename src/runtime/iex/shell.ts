// The IEx shell over a Runtime: read an input line, keep reading (`...(N)>`) while the parser
// says the input is incomplete, evaluate it in the evaluator process, print the result or the
// error, and prompt again. The same class drives `npm run iex` and the browser's console: input
// goes in through `feed(line)`, everything printed comes out as ShellEvents, in order.
//
// The evaluator is a real process of the node (see evaluator.ts), so what it does to itself is
// what IEx's evaluator would do: `self()` is its pid, links and trap_exit apply to it, and when
// an exit signal kills it the shell says so and starts over with a new evaluator, a new pid, the
// counter back at 1 and no bindings. A raise, throw or exit inside an input is caught in the
// evaluator and printed, the counter does not advance and the bindings stay.
//
// Ordering. After the evaluator answers, the shell lets the other processes run briefly before
// printing (`settle`): output they print in reaction to the input (a `send` whose receiver prints)
// comes before the result, and a linked process that dies kills the shell before the result
// shows, as on the BEAM where the evaluator is still formatting the result when the signal
// lands. Crash reports travel through the logger, so they are printed late: while the
// evaluator waits for something, or right after the next prompt.
import { Atom, Cons, EMPTY_LIST, Fun, NIL, atom, list, type FunLabel, type Term } from '../terms/types.ts';
import { parse, ElixirSyntaxError } from '../parser/index.ts';
import { compileFile, CompileError } from '../compiler/compile.ts';
import type { FunctionCode } from '../compiler/code.ts';
import { Runtime, loadPreludeSources, type PreludeInput } from '../index.ts';
import type { Clock } from '../vm/node.ts';
import type { Process } from '../vm/process.ts';
import { attachShell } from './natives.ts';
import { evaluatorSource, NO_RESULT } from './evaluator.ts';
import { envForms, isWrapperWarning, wrapInput } from './bindings.ts';
import { keepNativeFrames } from './erl_eval.ts';
import { BANNER, exitNotice, formatError, formatResult } from './format.ts';
import { helpText, infoText, quoteHelpArguments } from './helpers.ts';
import { complete } from './complete.ts';

export type ShellEvent =
  /** Output of processes (IO.puts from anywhere), compiler warnings and logger reports. */
  | { kind: 'output'; device: 'stdout' | 'stderr'; text: string }
  /** The inspected value of an input, with its newline. */
  | { kind: 'result'; text: string }
  /** An error printed the way IEx prints it (the counter did not advance). */
  | { kind: 'error'; text: string }
  /** `iex(N)> ` or `...(N)> `: the shell waits for a line. */
  | { kind: 'prompt'; text: string; continuation: boolean }
  /** The banner of a new shell (at start, after a crash, after respawn). */
  | { kind: 'banner'; text: string }
  /** The shell process was killed; a new one starts. */
  | { kind: 'exit'; text: string }
  /** clear(): the console should clear its screen. */
  | { kind: 'clear'; text: string };

export interface ShellOptions {
  onEvent: (e: ShellEvent) => void;
  /** 'virtual' makes timers and sleeps instantaneous and runs deterministic (piped input, tests). */
  clock?: Clock | 'virtual';
  prelude?: PreludeInput;
  /** How to give the host's event loop a turn during long evaluations. */
  yieldToHost?: () => Promise<void>;
  /** Whether clear() can clear the screen (IEx refuses when ANSI codes are off, as when piped). */
  ansi?: boolean;
  /** Slices other processes may run between an answer and its printing. */
  settleSlices?: number;
}

const EVAL = atom('$iex_eval');
/**
 * Warnings a script gets and an input does not: IEx evaluates its inputs instead of compiling
 * them, so the Erlang compiler never sees a top-level `hd([])`, and a bare `self` is a call
 * that simply works. Code inside a defmodule is compiled and still warns (its location names
 * the function).
 */
const UNDEFINED_VARIABLE = /^warning: variable "\w+" does not exist and is being expanded/;
const SCRIPT_ONLY_WARNINGS = [
  UNDEFINED_VARIABLE,
  /^warning: the call to \S+ will fail with \w+\n {2}iex:\d+\n/,
  // Replayed alias/import/require (see bindings.ts) need not be used by every input.
  /^warning: unused (?:alias|import) /,
];
const BREAK_TRIGGER = '#iex:break';
const LEADING_OPERATOR = /^\s*(?:\|>|<<<|>>>|<<~|~>>|<~>|<~|~>|<\|>|\+\+\+|---|\+\+|--|<>|\.\.|\*|\/|===|!==|==|!=|=~|<=|>=|&&&|&&|\|\||and\b|or\b|in\b)/;
const OK = atom('ok');
const NORMAL = atom('normal');
/**
 * Virtual milliseconds a slice of 4,000 reductions stands for, so sleeps end under a busy loop:
 * about what such a slice costs this VM, so a sleep takes about its real time.
 */
const SLICE_MS = 0.5;
/** Real milliseconds of work before the host gets a turn. */
const YIELD_EVERY_MS = 20;
/**
 * Reductions other processes may run after an answer before the shell's death comes too late
 * to hide it. On the BEAM printing races the exit signal: a linked process that crashes on the
 * input's message wins (a few reductions), a supervisor that shuts its children down and gives
 * up (some fifty here) loses, and IEx prints the result before the exit.
 */
const LATE_EXIT_REDUCTIONS = 25;

interface Reply {
  kind: Atom;
  value: Term;
  extra: Term;
}

export class Shell {
  readonly runtime: Runtime;
  /** The evaluator: the process that is "the shell" for the code typed into it. */
  evaluator!: Process;
  /** The number in `iex(N)>`: advanced by each input that evaluates without error. */
  counter = 1;
  private bindings = new Map<string, Term>();
  private history = new Map<number, Term>();
  /** alias/import/require of earlier inputs, replayed before each input. */
  private env: Term[] = [];
  private buffer: string[] = [];
  private reply: Reply | null = null;
  private respawnRequested = false;
  /** True when the evaluator waits for something that can no longer happen. */
  blocked = false;
  /**
   * The width results are inspected at: IEx takes the smaller of 80 and the terminal's columns
   * (IEx.Config.width/0); a host with a narrower screen sets it.
   */
  width = 80;
  /** An input is being evaluated (feed has not resolved yet). */
  private evaluating = false;
  private readonly ownModules = new Set<Atom>([atom('Elixir.IEx.Evaluator')]);
  private readonly emit: (e: ShellEvent) => void;
  private readonly yieldToHost: () => Promise<void>;
  private readonly ansi: boolean;
  private readonly settleSlices: number;
  private live = false;

  static async create(opts: ShellOptions): Promise<Shell> {
    const prelude = opts.prelude ?? (await loadPreludeSources());
    return new Shell(opts, prelude);
  }

  private constructor(opts: ShellOptions, prelude: PreludeInput) {
    this.emit = opts.onEvent;
    this.yieldToHost = opts.yieldToHost ?? (() => new Promise((r) => setTimeout(r, 0)));
    this.ansi = opts.ansi ?? false;
    this.settleSlices = opts.settleSlices ?? 64;
    this.runtime = new Runtime({
      clock: opts.clock,
      prelude,
      output: (device, text) => {
        if (this.live) this.emit({ kind: 'output', device, text });
      },
    });
    this.runtime.load(evaluatorSource, 'lib/iex/helpers.ex');
    // The first shell is #PID<0.106.0>, as in a fresh IEx 1.14 on OTP 25.
    this.runtime.node.resetPids(106);
    this.runtime.node.warnRedefine = true;
    attachShell(this.runtime.node, {
      reply: (from, kind, value, extra) => {
        if (from === this.evaluator) this.reply = { kind, value, extra };
      },
      history: (n) => this.history.get(n < 0 ? this.counter + n : n),
      respawn: () => {
        this.respawnRequested = true;
      },
      clear: () => {
        if (this.ansi) this.emit({ kind: 'clear', text: '\x1b[H\x1b[2J' });
        else this.out('Cannot clear the screen because ANSI escape codes are not enabled on this shell\n');
      },
      help: (m) => this.out(helpText(m, this.runtime)),
      info: (t) => infoText(t, this.runtime),
    });
  }

  /** Print the banner and the first prompt. */
  start(): void {
    this.live = true;
    this.emit({ kind: 'banner', text: BANNER + '\n' });
    this.spawnEvaluator();
    this.prompt();
  }

  /** Completions for the end of a line being typed (see complete.ts). */
  complete(line: string): [string[], string] {
    return complete(line, this.runtime.node, [...this.bindings.keys()]);
  }

  /** The prompt the shell shows now. */
  get promptText(): string {
    return this.buffer.length > 0 ? `...(${this.counter})> ` : `iex(${this.counter})> `;
  }

  /** One line of input (without its newline). Resolves when the shell waits for input again. */
  async feed(line: string): Promise<void> {
    if (this.blocked) return;
    if (line.trim() === BREAK_TRIGGER && this.buffer.length > 0) {
      // IEx's way out of an input that never completes.
      this.buffer = [];
      this.emit({ kind: 'error', text: `** (TokenMissingError) iex:${this.counter}: incomplete expression\n\n` });
      this.prompt();
      return;
    }
    this.buffer.push(line);
    // IEx reads whole lines: the newline is part of the input (a heredoc's opening line needs it).
    let source = this.buffer.join('\n') + '\n';
    // An input that starts with a binary operator continues the previous result (IEx 1.14).
    if (LEADING_OPERATOR.test(source) && this.history.has(this.counter - 1)) source = 'v(-1) ' + source;
    let ast: Term;
    try {
      ast = parse(source, { file: 'iex', line: this.counter });
    } catch (e) {
      if (!(e instanceof ElixirSyntaxError)) throw e;
      if (e.incomplete) {
        this.prompt();
        return;
      }
      this.buffer = [];
      // A banner with frames under it (UnicodeConversionError) ends with them, as in IEx.
      this.emit({ kind: 'error', text: e.format() + (e.stacktrace.length > 0 ? '\n' : '\n\n') });
      this.prompt();
      return;
    }
    this.buffer = [];
    // An empty line is an input too: it evaluates to nil and takes a number, as in IEx 1.14.
    await this.evaluate(ast);
  }

  /**
   * Let the node run while the shell waits for input (interactive use): processes keep
   * printing, timers fire, and a shell killed meanwhile is replaced. Returns how soon it wants
   * to run again in ms (0: work is waiting), or null when only input can change anything.
   */
  async background(budgetMs = 10): Promise<number | null> {
    const node = this.runtime.node;
    const start = performance.now();
    while (performance.now() - start < budgetMs && node.step()) {
      if (!this.evaluator.alive) break;
    }
    this.runtime.flushReports();
    if (!this.evaluator.alive) {
      this.shellDied();
      this.prompt();
    }
    if (node.hasRunnable()) return 0;
    return node.nextTimerIn();
  }

  /** Kill the evaluator from outside (the console's interrupt): a new shell starts. */
  interrupt(): void {
    if (!this.evaluator.alive) return;
    this.runtime.node.terminate(this.evaluator, atom('killed'));
    this.buffer = [];
    // An evaluation in progress sees its evaluator gone and reports it itself.
    if (this.evaluating && !this.blocked) return;
    this.blocked = false;
    this.shellDied();
    this.prompt();
  }

  // ------------------------------------------------------------------ evaluation

  private async evaluate(ast: Term): Promise<void> {
    const line = this.counter;
    const old = [...this.bindings.keys()];
    let main: FunctionCode;
    let names: string[];
    try {
      const wrapped = wrapInput(quoteHelpArguments(ast), old, line, this.env);
      names = wrapped.names;
      const r = compileFile(wrapped.ast, 'iex', this.runtime.host);
      keepNativeFrames(r.main);
      for (const w of r.warnings) {
        if (isWrapperWarning(w, old) || SCRIPT_ONLY_WARNINGS.some((re) => re.test(w))) continue;
        this.emit({ kind: 'output', device: 'stderr', text: w });
      }
      main = r.main;
      this.ownModules.add(main.module);
    } catch (e) {
      if (e instanceof CompileError) {
        // Warnings found before the error come first, as Elixir prints them: among them the
        // bare name tried as a variable before it failed as a call.
        for (const w of e.warnings) {
          if (isWrapperWarning(w, old) || (!UNDEFINED_VARIABLE.test(w) && SCRIPT_ONLY_WARNINGS.some((re) => re.test(w)))) continue;
          this.emit({ kind: 'output', device: 'stderr', text: w });
        }
        this.emit({ kind: 'error', text: `${e.banner('iex')}\n${compileErrorTrace(e)}` });
        this.prompt();
        return;
      }
      if (e instanceof ElixirSyntaxError) {
        this.emit({ kind: 'error', text: e.format() + '\n\n' });
        this.prompt();
        return;
      }
      // A bug of ours must not take the console down with it: say so and keep going.
      const why = e instanceof Error ? e.message : String(e);
      this.emit({ kind: 'error', text: `** (CompileError) iex:${line}: internal error of this runtime: ${why}\n\n` });
      this.prompt();
      return;
    }

    const ev = this.evaluator;
    this.reply = null;
    this.respawnRequested = false;
    this.runtime.node.deliver(ev, [EVAL, mainFun(main), list(old.map((n) => this.bindings.get(n)!))]);
    this.evaluating = true;
    const answered = await this.runUntil(() => this.reply !== null || !ev.alive, ev).finally(() => {
      this.evaluating = false;
    });
    if (!answered) {
      this.blocked = true;
      return;
    }
    const settled = ev.alive ? this.settle(ev) : 0;
    if (!ev.alive) {
      // A death at the end of a longer chain (a supervisor giving up after shutting its
      // children down) comes after IEx printed the result: the result shows, then the exit.
      const reply = this.reply as Reply | null;
      if (settled >= LATE_EXIT_REDUCTIONS && reply !== null && reply.kind === OK && !(reply.value instanceof Atom && reply.value.name === NO_RESULT)) {
        this.emit({ kind: 'result', text: formatResult(reply.value, this.runtime, this.width) });
      }
      this.shellDied();
      this.prompt();
      return;
    }
    const reply = this.reply!;
    if (reply.kind === OK) {
      const values = listItems(reply.extra);
      this.bindings = new Map(names.map((n, i) => [n, values[i]]));
      this.env.push(...envForms(ast));
      this.history.set(this.counter, reply.value);
      this.counter++;
      if (!(reply.value instanceof Atom && reply.value.name === NO_RESULT)) {
        this.emit({ kind: 'result', text: formatResult(reply.value, this.runtime, this.width) });
      }
    } else {
      this.emit({ kind: 'error', text: formatError(reply.kind, reply.value, reply.extra, this.ownModules, this.runtime) });
    }
    if (this.respawnRequested) {
      this.respawnRequested = false;
      this.runtime.node.terminate(ev, NORMAL);
      this.restart('\n');
    }
    this.prompt();
  }

  /**
   * Run the node until `done`. Timers fire on the way (a virtual clock jumps to the next one;
   * a real one is waited for). Returns false when nothing can ever make `done` true.
   */
  private async runUntil(done: () => boolean, ev: Process): Promise<boolean> {
    const node = this.runtime.node;
    const virtual = node.clock === 'virtual';
    let since = performance.now();
    for (;;) {
      if (done()) return true;
      // The logger catches up while the shell waits (a receive, a sleep, a call).
      if (ev.status === 'waiting') this.runtime.flushReports();
      if (node.step()) {
        if (virtual) node.advance(SLICE_MS);
        if (performance.now() - since > YIELD_EVERY_MS) {
          await this.yieldToHost();
          since = performance.now();
        }
        continue;
      }
      const wait = node.nextTimerIn();
      if (wait === null) {
        if (virtual) return false;
        // On a real clock something outside (the console killing a process) may still help.
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      if (virtual) node.advance(wait);
      else await new Promise((r) => setTimeout(r, Math.max(1, Math.ceil(wait))));
      since = performance.now();
    }
  }

  /**
   * Give other processes a few slices to react to the input before the answer is printed.
   * Returns the reductions they ran: how long the evaluator would have had to print meanwhile.
   */
  private settle(ev: Process): number {
    const node = this.runtime.node;
    const before = node.reductionsRun;
    for (let i = 0; i < this.settleSlices && ev.alive && node.hasRunnable(); i++) node.step();
    return node.reductionsRun - before;
  }

  // ------------------------------------------------------------------ shell processes

  private spawnEvaluator(): void {
    const node = this.runtime.node;
    this.evaluator = node.spawn(atom('Elixir.IEx.Evaluator'), atom('init'), EMPTY_LIST, null, false);
    // An error inside an input is printed by the shell, never reported as a crash.
    this.evaluator.quietCrash = true;
    // Run it into its receive so it is ready when the first input arrives.
    for (let i = 0; i < 8 && this.evaluator.status === 'runnable'; i++) node.step();
  }

  /** The evaluator was killed: say so, as IEx's server does, and start a new shell. */
  private shellDied(): void {
    const ev = this.evaluator;
    // The crash report of the process that took the shell down is still on its way to the
    // logger: it shows after the new shell's first prompt, as in IEx.
    // An evaluator that exited normally (Process.exit(self(), :normal)) goes without a word.
    if (ev.exitReason !== NORMAL) this.emit({ kind: 'exit', text: exitNotice(pidText(ev), ev.exitReason ?? NIL, this.runtime) });
    this.restart('\n');
  }

  private restart(before: string): void {
    this.bindings = new Map();
    this.history = new Map();
    this.env = [];
    this.counter = 1;
    this.buffer = [];
    this.emit({ kind: 'banner', text: before + BANNER + '\n' });
    this.spawnEvaluator();
  }

  private prompt(): void {
    const continuation = this.buffer.length > 0;
    this.emit({ kind: 'prompt', text: this.promptText, continuation });
    if (!continuation) this.runtime.flushReports();
  }

  private out(text: string): void {
    this.emit({ kind: 'output', device: 'stdout', text });
  }
}

function pidText(p: Process): string {
  return `#PID<0.${p.self.id}.${p.self.serial}>`;
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  for (let c = l; c instanceof Cons; c = c.tail) out.push(c.head);
  return out;
}

/**
 * The frames IEx prints under a CompileError (a blank line when there are none): a module's
 * undefined local is found by elixir_locals once the module body has been expanded, in the
 * compiler's own process.
 */
function compileErrorTrace(e: CompileError): string {
  if (e.trace !== '') return e.trace;
  if (/^undefined function \S+ \(expected .* to define such a function or for it to be imported, but none are available\)$/.test(e.description))
    return (
      '    (elixir 1.14.0) src/elixir_locals.erl:115: anonymous fn/4 in :elixir_locals.ensure_no_undefined_local/3\n' +
      '    (elixir 1.14.0) src/elixir_erl_compiler.erl:12: anonymous fn/2 in :elixir_erl_compiler.spawn/1\n'
    );
  return '\n';
}

/** A zero-arity fun over the compiled input, which the evaluator calls. */
function mainFun(main: FunctionCode): Fun {
  const label: FunLabel = { kind: 'local', module: main.module, owner: main.name, ownerArity: 1, index: 0, uniq: 0 };
  return new Fun(0, { code: main, arity: 0, nenv: 0, label, envRegs: [] }, [], label);
}
