// What the OTP behaviours written in Elixir (src/runtime/prelude/otp/) need from the runtime:
// `use GenServer` / `use Supervisor` / `use Agent` / `use Task` defaults, the deprecation of the
// old Supervisor.Spec API, the logger's `[error]` reports, and the supervisor events the page
// turns into a live tree (restarts, child starts and stops) without polling.
import { registerBif, ErlangError } from '../bifs/registry.ts';
import { Atom, Bin, Cons, OK, Pid, Ref, TRUE, atom, type Term } from '../terms/types.ts';
import { parse } from '../parser/index.ts';
import { PROCESS_BIFS, registerUseHook, registerDeprecated } from '../compiler/compile.ts';
import { formatBanner, formatExit, formatStacktrace, normalize } from './exceptions.ts';
import type { Process } from './process.ts';
import { Node, isDeadAliasReply } from './node.ts';
import { inspect } from '../terms/inspect.ts';
import { list } from '../terms/types.ts';
import { charlist } from '../bifs/util.ts';
import '../bifs/ets.ts';

const BADARG = atom('badarg');

function proc(module: string, name: string, arity: number, fn: (args: Term[], p: Process) => Term): void {
  registerBif(module, name, arity, (args, ctx) => fn(args, ctx as Process));
  PROCESS_BIFS.add(module + ':' + name);
}

// ---------------------------------------------------------------- use hooks

function def(name: string, params: string[], body: string, missingWarning?: string): { kind: 'def'; name: string; params: string[]; body: Term; missingWarning?: string } {
  return { kind: 'def', name, params, body: parse(body, { file: 'lib/gen_server.ex' }), missingWarning };
}

const MISSING_INIT =
  'function init/1 required by behaviour GenServer is not implemented (in module %MODULE%).\n\n' +
  'We will inject a default implementation for now:\n\n    def init(init_arg) do\n      {:ok, init_arg}\n    end\n\n' +
  'You can copy the implementation above or define your own that converts the arguments given to GenServer.start_link/3 to the server state.\n';

registerUseHook('Elixir.GenServer', [
  def('init', ['init_arg'], '{:ok, init_arg}', MISSING_INIT),
  def('child_spec', ['init_arg'], 'GenServer.__child_spec__(__MODULE__, init_arg, __use_opts__)'),
  def('handle_call', ['msg', '_from', 'state'], 'GenServer.__no_handle_call__(msg, state)'),
  def('handle_cast', ['msg', 'state'], 'GenServer.__no_handle_cast__(msg, state)'),
  def('handle_info', ['msg', 'state'], 'GenServer.__no_handle_info__(__MODULE__, msg, state)'),
  def('terminate', ['_reason', '_state'], ':ok'),
  def('code_change', ['_old', 'state', '_extra'], '{:ok, state}'),
]);

registerUseHook(
  'Elixir.Supervisor',
  [def('child_spec', ['init_arg'], 'Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}, type: :supervisor}, __use_opts__)')],
  ['Elixir.Supervisor.Spec'],
);

registerUseHook('Elixir.Agent', [def('child_spec', ['arg'], 'Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}, __use_opts__)')]);

registerUseHook('Elixir.Task', [
  def('child_spec', ['arg'], 'Supervisor.child_spec(%{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :temporary}, __use_opts__)'),
]);

const SPEC_DEPRECATION = 'Use the new child specifications outlined in the Supervisor module instead';
for (const [name, arity] of [['worker', 2], ['worker', 3], ['supervisor', 2], ['supervisor', 3], ['supervise', 2]] as const) {
  registerDeprecated('Elixir.Supervisor.Spec', name, arity, SPEC_DEPRECATION);
}

// ---------------------------------------------------------------- logger

function text(t: Term): string {
  if (t instanceof Bin) return t.text ?? '';
  throw new ErlangError(BADARG);
}

/** Logger's console output: a blank line, the time, the level, the message (on stdout). */
proc('elixir_otp', 'log_error', 1, ([msg], p) => {
  const time = new Date().toISOString().slice(11, 23);
  p.node.write('stdout', `\n${time} [error] ${text(msg)}\n`);
  return OK;
});

/** How the logger shows the reason a GenServer stopped with: an exception with its stacktrace, or `** (stop) ...`. */
registerBif('elixir_otp', 'format_stop', 1, ([reason]) => {
  if (Array.isArray(reason) && reason.length === 2 && isStack(reason[1])) {
    // Logger's translator shows an exception's banner only for a reason that is one: any other
    // term (exit(:boom), {:nocatch, v}, :erlang.error(:foo)) reads `** (stop) term`.
    const e = normalize(reason[0], reason[1]);
    const plain = e.get(atom('__struct__')) === atom('Elixir.ErlangError') && e.get(atom('original')) === reason[0];
    const banner = plain ? `** (stop) ${formatExit(reason[0])}` : formatBanner(atom('error'), reason[0], reason[1], undefined, false);
    const trace = formatStacktrace(reason[1]);
    return Bin.fromString(trace ? `${banner}\n${trace}` : banner);
  }
  return Bin.fromString(`** (stop) ${formatExit(reason)}`);
});

/** :sys.get_status names an unnamed server by its pid as pid_to_list/1 writes it: '<0.97.0>'. */
registerBif('erlang', 'pid_to_list', 1, ([pid]) => {
  if (!(pid instanceof Pid)) throw new ErlangError(BADARG);
  return charlist(inspect(pid).slice('#PID'.length));
});

/** Exception.format_exit/1 (the CLI's banner adds a line break after a nested stacktrace; this does not). */
registerBif('elixir_otp', 'format_exit', 1, ([reason]) => {
  const text = formatExit(reason);
  const nested = Array.isArray(reason) && reason.length === 2 && isStack(reason[1]);
  return Bin.fromString(nested ? text.replace(/\n$/, '') : text);
});

function isStack(t: Term): boolean {
  if (!(t instanceof Cons)) return false;
  const h = t.head;
  return Array.isArray(h) && (h.length === 4 || h.length === 3);
}

// ---------------------------------------------------------------- supervisor events

/**
 * A supervisor tells the node about its children so that observers see the tree change:
 * `{:start, id, pid}`, `{:stop, id, pid, reason}` and `{:restart, id, old_pid, new_pid, reason}`.
 */
proc('elixir_otp', 'supervisor_event', 1, ([event], p) => {
  if (!Array.isArray(event) || !(event[0] instanceof Atom)) throw new ErlangError(BADARG);
  const sup = p.self;
  switch (event[0].name) {
    case 'start':
      if (event[2] instanceof Pid) p.node.emit({ type: 'child_start', supervisor: sup, id: event[1], pid: event[2] });
      break;
    case 'stop':
      if (event[2] instanceof Pid) p.node.emit({ type: 'child_stop', supervisor: sup, id: event[1], pid: event[2], reason: event[3] });
      break;
    case 'restart':
      p.node.emit({ type: 'restart', supervisor: sup, id: event[1], oldPid: event[2] instanceof Pid ? event[2] : null, newPid: event[3] instanceof Pid ? event[3] : null, reason: event[4] });
      break;
  }
  return OK;
});

/**
 * What OTP 25's gen:call gets from a process alias: once a call times out, its reference is
 * deactivated, so a late `{ref, reply}` never reaches the caller's mailbox (nor flush/0).
 */
proc('elixir_otp', 'unalias', 1, ([ref], p) => {
  if (!(ref instanceof Ref)) throw new ErlangError(BADARG);
  (p.deadAliases ??= new Set()).add(ref.id);
  for (let i = p.mailbox.length - 1; i >= 0; i--) {
    if (isDeadAliasReply(p.deadAliases, p.mailbox[i])) p.mailbox.splice(i, 1);
  }
  return TRUE;
});

// ---------------------------------------------------------------- :global's name table

/**
 * Names registered with :global, per scope. A name goes away when its process ends, as
 * :global's do. (Registry keeps its entries in :ets tables, as Elixir's does.)
 */
interface Scope {
  entries: Map<string, { key: Term; pid: Pid; value: Term }[]>;
}

const NAME_SCOPES = new WeakMap<Node, Map<string, Scope>>();

function scopes(p: Process): Map<string, Scope> {
  let m = NAME_SCOPES.get(p.node);
  if (m === undefined) NAME_SCOPES.set(p.node, (m = new Map()));
  return m;
}

function scopeOf(p: Process, name: Term): Scope {
  const key = keyText(name);
  let s = scopes(p).get(key);
  if (s === undefined) scopes(p).set(key, (s = { entries: new Map() }));
  return s;
}

function keyText(k: Term): string {
  return inspect(k, { limit: Infinity, printableLimit: Infinity } as never);
}

Node.exitHooks.push((p) => {
  const m = NAME_SCOPES.get(p.node);
  if (m === undefined) return;
  for (const s of m.values()) {
    for (const [k, list] of s.entries) {
      const left = list.filter((e) => e.pid !== p.self);
      if (left.length === 0) s.entries.delete(k);
      else if (left.length !== list.length) s.entries.set(k, left);
    }
  }
});

proc('elixir_otp', 'names_register', 4, ([name, key, pid, value], p) => {
  const s = scopeOf(p, name);
  if (!(pid instanceof Pid) || p.node.lookup(pid) === undefined) return [atom('error'), atom('noproc')];
  const k = keyText(key);
  const list = s.entries.get(k) ?? [];
  if (list.length > 0) return [atom('error'), [atom('already_registered'), list[0].pid]];
  list.push({ key, pid, value });
  s.entries.set(k, list);
  return OK;
});

proc('elixir_otp', 'names_lookup', 2, ([name, key], p) => list((scopeOf(p, name).entries.get(keyText(key)) ?? []).map((e) => [e.pid, e.value])));

proc('elixir_otp', 'names_unregister', 3, ([name, key, pid], p) => {
  const s = scopeOf(p, name);
  const k = keyText(key);
  const left = (s.entries.get(k) ?? []).filter((e) => e.pid !== pid);
  if (left.length === 0) s.entries.delete(k);
  else s.entries.set(k, left);
  return OK;
});
