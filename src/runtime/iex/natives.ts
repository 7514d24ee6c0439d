// The natives behind the shell's Elixir half (module :elixir_iex). They only hand data to the
// Shell that owns the calling process's node, or read from it: no native re-enters the VM.
import { registerBif, ErlangError, type BifContext } from '../bifs/registry.ts';
import { Atom, Bin, OK, Pid, atom, type Term } from '../terms/types.ts';
import type { Node } from '../vm/node.ts';
import type { Process } from '../vm/process.ts';
import { builtinException } from '../vm/exceptions.ts';

/** What a shell exposes to its natives. */
export interface ShellHost {
  reply(from: Process, kind: Atom, value: Term, extra: Term): void;
  history(n: number): Term | undefined;
  respawn(): void;
  clear(): void;
  help(module: Term): void;
  info(term: Term): string;
}

const shells = new WeakMap<Node, ShellHost>();

export function attachShell(node: Node, host: ShellHost): void {
  shells.set(node, host);
}

function shellOf(ctx: BifContext): ShellHost {
  const s = shells.get((ctx as Process).node);
  if (s === undefined) throw new ErlangError(atom('undef'));
  return s;
}

const BADARG = atom('badarg');

registerBif('elixir_iex', 'reply', 3, ([kind, value, extra], ctx) => {
  shellOf(ctx).reply(ctx as Process, kind as Atom, value, extra);
  return OK;
});

registerBif('elixir_iex', 'history', 1, ([n], ctx) => {
  if (typeof n !== 'number') throw new ErlangError(BADARG);
  const v = shellOf(ctx).history(n);
  if (v === undefined) {
    throw new ErlangError(builtinException('RuntimeError', [['message', Bin.fromString(`v(${n}) is out of bounds`)]]));
  }
  return v;
});

registerBif('elixir_iex', 'pid', 3, ([x, y, z]) => {
  if (x !== 0 || typeof y !== 'number' || typeof z !== 'number') throw new ErlangError(BADARG);
  return new Pid(y, z);
});

registerBif('elixir_iex', 'pid', 1, ([t]) => {
  if (t instanceof Pid) return t;
  const m = t instanceof Bin ? /^0\.(\d+)\.(\d+)$/.exec(t.text ?? '') : null;
  if (m !== null) return new Pid(Number(m[1]), Number(m[2]));
  throw new ErlangError(BADARG);
});

registerBif('elixir_iex', 'respawn', 0, (_a, ctx) => {
  shellOf(ctx).respawn();
  return OK;
});

registerBif('elixir_iex', 'clear', 0, (_a, ctx) => {
  shellOf(ctx).clear();
  return OK;
});

registerBif('elixir_iex', 'help', 1, ([m], ctx) => {
  shellOf(ctx).help(m);
  return OK;
});

registerBif('elixir_iex', 'info', 1, ([t], ctx) => Bin.fromString(shellOf(ctx).info(t)));
