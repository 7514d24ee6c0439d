// What the shell prints: results (inspect, pretty at width 80, as IEx.inspect_opts), errors as
// IEx.Evaluator.print_error/3 does (banner, then the stacktrace pruned of the shell's own
// frames, or a blank line when nothing is left), and the notice of a shell killed by a signal.
// https://github.com/elixir-lang/elixir/blob/v1.14.0/lib/iex/lib/iex/evaluator.ex
import { Atom, Cons, atom, list, type Term } from '../terms/types.ts';
import { inspect } from '../terms/inspect.ts';
import { formatBanner, formatExit, formatStacktrace, erlangErrorDetail, message, normalize, type MessageHost } from '../vm/exceptions.ts';

const ERL_EVAL = atom('erl_eval');

export const BANNER = 'Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)';

/** `width`: IEx's is the smaller of 80 and the terminal's columns. */
export function formatResult(value: Term, host?: MessageHost, width = 80): string {
  const custom = host?.inspectCustom?.(value, true, width);
  return (custom ?? inspect(value, { pretty: true, width, structFieldOrder: host?.structFields?.bind(host) })) + '\n';
}

/**
 * Exception.format_stacktrace/1 of the pruned stacktrace: IEx drops the frames of the
 * evaluator and of the input itself, so an error raised by the input's own code shows none.
 */
export function formatError(kind: Atom, reason: Term, stack: Term, ownModules: ReadonlySet<Atom>, host?: MessageHost): string {
  // erl_eval's frames are the evaluator's own, as IEx.Evaluator prunes them.
  const pruned = list(items(stack).filter((e) => !(Array.isArray(e) && (ownModules.has(e[0] as Atom) || e[0] === ERL_EVAL))));
  const trace = formatStacktrace(pruned);
  return `${formatBannerIex(kind, reason, pruned, host, stack)}\n${trace}\n`;
}

/** full: the stack before pruning, which Exception.normalize sees (a frame's error_info explains a badarg). */
function formatBannerIex(kind: Atom, reason: Term, stack: Term, host?: MessageHost, full: Term = stack): string {
  if (kind.name === 'exit') return `** (exit) ${formatExitReason(reason, host)}`;
  if (kind.name !== 'error') return formatBanner(kind, reason, stack, host);
  const e = normalize(reason, full, host?.moduleLoaded?.bind(host));
  const module = (e.get(atom('__struct__')) as Atom).name.slice('Elixir.'.length);
  // Exception.blame/3 adds FunctionClauseError's indented argument block and
  // UndefinedFunctionError's "Did you mean" list of the module's exports.
  if (module === 'FunctionClauseError' || module === 'UndefinedFunctionError') return formatBanner(kind, reason, full, host);
  return `** (${module}) ${message(e, host)}${erlangErrorDetail(e, stack)}${blameArithmetic(module, stack)}`;
}

/** ArithmeticError.blame/2: the operation that failed, when an :erlang operator raised. */
function blameArithmetic(module: string, stack: Term): string {
  if (module !== 'ArithmeticError' || !(stack instanceof Cons)) return '';
  const top = stack.head;
  if (!Array.isArray(top) || top[0] !== atom('erlang') || !(top[1] instanceof Atom)) return '';
  const argv = items(top[2]);
  const op = top[1].name;
  if (argv.length === 2 && ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr'].includes(op)) {
    const [a, b] = argv.map((x) => inspect(x));
    return /^[a-z]/.test(op) ? `: ${op}(${a}, ${b})` : `: ${a} ${op} ${b}`;
  }
  if (argv.length === 1 && ['-', '+', 'bnot'].includes(op)) return /^[a-z]/.test(op) ? `: ${op}(${inspect(argv[0])})` : `: ${op}(${inspect(argv[0])})`;
  return '';
}

/** Exception.format_exit/1, with the shapes the VM's version leaves to inspect. */
export function formatExitReason(reason: Term, host?: MessageHost): string {
  if (Array.isArray(reason) && reason.length === 2 && reason[0] instanceof Atom && reason[0].name === 'shutdown' && !(Array.isArray(reason[1]) && reason[1][0] === atom('failed_to_start_child'))) {
    return `shutdown: ${inspect(reason[1])}`;
  }
  return formatExit(reason, host).replace(/\n$/, '');
}

export function exitNotice(pidText: string, reason: Term, host?: MessageHost): string {
  return `** (EXIT from ${pidText}) shell process exited with reason: ${formatExitReason(reason, host)}\n`;
}

function items(l: Term): Term[] {
  const out: Term[] = [];
  for (let c = l; c instanceof Cons; c = c.tail) out.push(c.head);
  return out;
}

