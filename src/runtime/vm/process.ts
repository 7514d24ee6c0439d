// A process is plain data: its explicit frame stack and registers, its mailbox, links,
// monitors, flags and dictionary. The interpreter (interp.ts) runs it; the node (node.ts)
// schedules it and delivers signals to it. Nothing here lives on the JavaScript stack, so a
// process can be suspended between any two instructions and inspected at any time.
import type { Atom, Pid, Ref, Term } from '../terms/types.ts';
import type { BifContext } from '../bifs/registry.ts';
import type { FunctionCode } from '../compiler/code.ts';
import type { Node } from './node.ts';

export type ProcessStatus = 'runnable' | 'running' | 'waiting' | 'exiting' | 'exited';

/** Why a running process stops before its reductions are spent. */
export type Suspend =
  | { kind: 'receive'; timeout: number | null }
  | { kind: 'sleep'; ms: number }
  | { kind: 'yield' }
  /** An exit signal the process sent itself (exit(self(), reason)): it cannot be caught. */
  | { kind: 'exit'; reason: Term };

/** A try/rescue or guard region: where to resume when an exception unwinds to it. */
export interface Handler {
  depth: number;
  code: FunctionCode;
  bp: number;
  pc: number;
  kind: number;
  value: number;
  stack: number;
  guard: boolean;
}

export interface Monitor {
  ref: Ref;
  /** The watching process. */
  watcher: Pid;
  /** The watched process. */
  target: Pid;
  /** The registered name it was monitored by: its :DOWN names `{name, node}`, as the BEAM's. */
  name?: Atom;
}

export class Process implements BifContext {
  status: ProcessStatus = 'runnable';
  // execution state (valid while not running)
  code!: FunctionCode;
  pc = 0;
  bp = 0;
  readonly regs: Term[] = [];
  /** Caller frames, four words each: code, return pc, base pointer, destination register. */
  readonly frames: unknown[] = [];
  readonly handlers: Handler[] = [];
  // mailbox
  readonly mailbox: Term[] = [];
  /** Messages taken out of the mailbox by a receive so far (what a lesson counts). */
  received = 0;
  /** How far the current receive has scanned; a wake-up looks only at newer messages. */
  scan = 0;
  timedOut = false;
  recvTimer: number | null = null;
  suspend: Suspend | null = null;
  // signals. Links, monitors and the dictionary are created on first use: most processes have
  // none, and four collections per process were most of the garbage of spawning 200,000.
  private _links: Set<number> | null = null;
  private _monitors: Map<number, Monitor> | null = null;
  private _monitoredBy: Map<number, Monitor> | null = null;
  private _dictionary: Map<string, [Term, Term]> | null = null;
  trapExit = false;
  registeredName: Atom | null = null;

  /** Linked processes, by pid id. */
  get links(): Set<number> {
    return (this._links ??= new Set());
  }
  /** Monitors this process holds on others, by ref id. */
  get monitors(): Map<number, Monitor> {
    return (this._monitors ??= new Map());
  }
  /** Monitors others hold on this process, by ref id. */
  get monitoredBy(): Map<number, Monitor> {
    return (this._monitoredBy ??= new Map());
  }
  get dictionary(): Map<string, [Term, Term]> {
    return (this._dictionary ??= new Map());
  }
  /** The collections if they were ever created (for the exit path, which should not create them). */
  peekLinks(): Set<number> | null {
    return this._links;
  }
  peekMonitors(): Map<number, Monitor> | null {
    return this._monitors;
  }
  peekMonitoredBy(): Map<number, Monitor> | null {
    return this._monitoredBy;
  }
  reductions = 0;
  exitReason: Term | null = null;
  /** Who sent the exit signal that ended the process (null: it ended by itself). */
  exitFrom: Pid | null = null;
  /** The value the process's first function returned (scripts use the main process's). */
  result: Term | null = null;
  initialCall: [Atom, Atom, number] | null = null;
  /** Whether the uncaught exception that ended the process was an error (for crash reports). */
  crash: { kind: Atom; reason: Term; stack: Term } | null = null;
  /** Call references whose late replies are dropped (GenServer.call after its timeout). */
  deadAliases: Set<number> | null = null;
  /** Set on the main process of a script: its crash is printed by the runner, not the logger. */
  quietCrash = false;

  constructor(
    readonly self: Pid,
    readonly node: Node,
  ) {}

  get alive(): boolean {
    return this.status !== 'exited' && this.status !== 'exiting';
  }
}
