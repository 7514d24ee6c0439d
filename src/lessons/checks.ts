// What a lesson can check, and how. Checks are predicates over the runtime as the page sees it:
// the Worker's messages (output, the Observer's snapshot and deltas with exits and supervisor
// restarts, kills from the graph, the inspector's answers) become a small typed stream of
// LessonEvents, folded into a World: the live process table, a log, and a bounded tail of the
// console output. A check looks at the live table and at what came since its step began.
// The same events come from the Worker in the browser and from a WorkerSession in Node tests.
import type {
  ChildRestart,
  MessageReceipt,
  OutputStream,
  ProcessChange,
  ProcessSummary,
  WorkerMessage,
} from '../worker/protocol.ts';

/** What happened in the runtime or in the page, as checks need it. */
export type LessonEvent =
  /** Text printed in the console (program output, results, errors, prompts, echoed input). */
  | { type: 'output'; stream: OutputStream; text: string }
  /** The whole live process table (when observing starts and after a runtime reset). */
  | { type: 'snapshot'; processes: ProcessSummary[] }
  | { type: 'spawned'; process: ProcessSummary }
  | { type: 'changed'; change: ProcessChange }
  /** A process exited; `process` is how it looked last (null if it was never seen alive). */
  | { type: 'exited'; pid: string; reason: string; process: ProcessSummary | null }
  | { type: 'restarted'; restart: ChildRestart }
  /** A process took messages out of its mailbox; `process` is how it looked (null if unseen). */
  | { type: 'received'; receipt: MessageReceipt; process: ProcessSummary | null }
  /** The learner killed a process from the graph or the process list. */
  | { type: 'graphKill'; pid: string; process: ProcessSummary | null }
  /** The learner opened a process in the inspector. */
  | { type: 'inspected'; pid: string; process: ProcessSummary | null };

/** A logged event with its number: a step remembers the number it began at. */
export interface Logged {
  at: number;
  event: LessonEvent;
}

/** A piece of console output with the number of the event that brought it. */
export interface OutputPiece {
  at: number;
  stream: OutputStream;
  text: string;
}

export interface World {
  live: Map<string, ProcessSummary>;
  /** The latest events but output, snapshots and field changes, oldest first, numbered. */
  log: Logged[];
  /**
   * The latest console output, at most `OUTPUT_TAIL_CHARS` of it: an output check looks at this
   * tail only, so a process printing without end costs each check a bounded amount of work.
   */
  output: OutputPiece[];
  outputChars: number;
  /** Events numbered so far; `worldMark` is where a step begins. */
  count: number;
}

/**
 * How much output an output check can see. A match must fit in it; it holds two of the
 * Worker's largest output messages (16 KB each at its 160 KB/s cap), so a pattern spanning
 * messages is still found.
 */
export const OUTPUT_TAIL_CHARS = 32 * 1024;
/** The log keeps at least this many of the latest events; past twice as many it is cut back. */
export const LOG_KEEP = 10_000;

export function emptyWorld(): World {
  return { live: new Map(), log: [], output: [], outputChars: 0, count: 0 };
}

/** Where the world stands now: a step beginning here looks only at events after it. */
export function worldMark(world: World): number {
  return world.count;
}

function addOutput(world: World, piece: OutputPiece): void {
  if (piece.text.length === 0) return;
  const text = piece.text.length > OUTPUT_TAIL_CHARS ? piece.text.slice(-OUTPUT_TAIL_CHARS) : piece.text;
  world.output.push({ ...piece, text });
  world.outputChars += text.length;
  let drop = 0;
  while (world.outputChars - world.output[drop]!.text.length >= OUTPUT_TAIL_CHARS) {
    world.outputChars -= world.output[drop]!.text.length;
    drop++;
  }
  if (drop > 0) world.output.splice(0, drop);
}

/** Fold events into the world (in place: the world is the machine's private context). */
export function applyEvents(world: World, events: readonly LessonEvent[]): void {
  for (const e of events) {
    switch (e.type) {
      case 'snapshot':
        world.live = new Map(e.processes.map((p) => [p.pid, p]));
        continue;
      case 'spawned':
        world.live.set(e.process.pid, e.process);
        break;
      case 'changed': {
        const p = world.live.get(e.change.pid);
        if (p !== undefined) world.live.set(p.pid, { ...p, ...e.change });
        continue;
      }
      case 'output':
        addOutput(world, { at: world.count++, stream: e.stream, text: e.text });
        continue;
      case 'exited':
        world.live.delete(e.pid);
        break;
      case 'restarted':
      case 'received':
      case 'graphKill':
      case 'inspected':
        break;
    }
    world.log.push({ at: world.count++, event: e });
  }
  if (world.log.length > 2 * LOG_KEEP) world.log.splice(0, world.log.length - LOG_KEEP);
}

/**
 * The LessonEvents in one Worker message. `world` supplies what a process looked like before it
 * exited, since a delta only names the pid.
 */
export function lessonEvents(message: WorkerMessage, world: World): LessonEvent[] {
  switch (message.type) {
    case 'output':
      return [{ type: 'output', stream: message.stream, text: message.text }];
    case 'observerSnapshot':
      return [{ type: 'snapshot', processes: message.processes }];
    case 'observerDelta': {
      const seen = (pid: string) => world.live.get(pid) ?? message.added.find((p) => p.pid === pid) ?? null;
      // What was received came before the exits (a process receives, then dies), and exits
      // before spawns, so a restart's new child is not counted with the old one.
      const out: LessonEvent[] = (message.received ?? []).map((receipt) => ({ type: 'received', receipt, process: seen(receipt.pid) }));
      for (const r of message.removed) out.push({ type: 'exited', pid: r.pid, reason: r.reason, process: seen(r.pid) });
      for (const p of message.added) out.push({ type: 'spawned', process: p });
      for (const c of message.changed) out.push({ type: 'changed', change: c });
      for (const r of message.restarts) out.push({ type: 'restarted', restart: r });
      return out;
    }
    case 'killResult':
      return message.ok ? [{ type: 'graphKill', pid: message.pid, process: world.live.get(message.pid) ?? null }] : [];
    case 'inspectResult':
      return message.details === null ? [] : [{ type: 'inspected', pid: message.pid, process: message.details }];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

/** Every kind of check, with the parameters it takes; docs/lessons.md explains each. */
export const CHECK_KINDS = {
  output: ['match', 'stream'],
  spawned: ['label', 'kind', 'count'],
  live: ['label', 'kind', 'count'],
  mailbox: ['label', 'kind', 'min'],
  exit: ['label', 'kind', 'reason'],
  'shell-restarted': [],
  'trap-exit': [],
  restart: ['child', 'count'],
  received: ['label', 'kind', 'process', 'match', 'count'],
  'graph-kill': ['label', 'kind'],
  inspected: ['label', 'kind'],
} as const satisfies Record<string, readonly string[]>;

export type CheckKind = keyof typeof CHECK_KINDS;

export interface CheckSpec {
  kind: CheckKind;
  params: Record<string, string>;
  /** What the learner reads next to the check mark. */
  label: string;
}

const CHECK_LINE = /^\s*([a-z-]+)((?:\s+[a-z]+=(?:"(?:[^"\\]|\\.)*"|[^\s":]+))*)\s*:\s*(\S.*)$/;
const PARAM = /([a-z]+)=(?:"((?:[^"\\]|\\.)*)"|([^\s":]+))/g;
const KINDS = ['supervisor', 'worker', 'shell', 'process', 'system'];

/** `kind key=value key="quoted value": What the learner reads`. Throws on anything unknown. */
export function parseCheckLine(text: string): CheckSpec {
  const m = CHECK_LINE.exec(text);
  if (m === null) throw new Error(`a check is "kind key=value ...: label", not ${JSON.stringify(text)}`);
  const kind = m[1]!;
  if (!(kind in CHECK_KINDS)) throw new Error(`unknown check "${kind}" (known: ${Object.keys(CHECK_KINDS).join(', ')})`);
  const allowed: readonly string[] = CHECK_KINDS[kind as CheckKind];
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(PARAM)) {
    const key = p[1]!;
    if (!allowed.includes(key)) throw new Error(`check "${kind}" takes no "${key}" (it takes: ${allowed.join(', ') || 'nothing'})`);
    params[key] = p[2] !== undefined ? p[2].replace(/\\"/g, '"') : p[3]!;
  }
  if (params.kind !== undefined && !KINDS.includes(params.kind)) throw new Error(`kind=${params.kind} is none of ${KINDS.join(', ')}`);
  for (const key of ['count', 'min']) {
    if (params[key] !== undefined && !/^[1-9]\d*$/.test(params[key])) throw new Error(`${key}= takes a positive integer`);
  }
  for (const key of ['match', 'reason', 'child']) {
    if (params[key] !== undefined) new RegExp(params[key]); // throws on a bad pattern
  }
  if (kind === 'output' && params.match === undefined) throw new Error('check "output" needs match=');
  if (params.process !== undefined && params.process !== 'last') throw new Error('process= takes only last (the process started last)');
  if (params.stream !== undefined && !['stdout', 'stderr', 'result', 'input'].includes(params.stream)) {
    throw new Error('stream= is stdout, stderr, result or input');
  }
  return { kind: kind as CheckKind, params, label: m[3]!.trim() };
}

function matchesProcess(p: ProcessSummary | null, params: Record<string, string>): boolean {
  if (p === null) return params.label === undefined && params.kind === undefined;
  if (params.kind !== undefined && p.kind !== params.kind) return false;
  if (params.label !== undefined && p.label !== params.label && p.registeredName !== params.label) return false;
  return true;
}

/** The first index of a list numbered in increasing order whose number is `since` or more. */
function firstFrom(list: readonly { at: number }[], since: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.at < since) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The output since event number `since` (as much as the tail holds), of one stream or all. */
export function outputSince(world: World, since: number, stream?: string): string {
  let text = '';
  for (let i = firstFrom(world.output, since); i < world.output.length; i++) {
    const piece = world.output[i]!;
    if (stream === undefined || piece.stream === stream) text += piece.text;
  }
  return text;
}

const patterns = new Map<string, RegExp>();

function pattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = patterns.get(key);
  if (re === undefined) {
    re = new RegExp(source, flags);
    patterns.set(key, re);
  }
  return re;
}

/** The pid of the matching process started last (as far as the log goes back), or null. */
function lastSpawned(world: World, params: Record<string, string>): string | null {
  for (let i = world.log.length - 1; i >= 0; i--) {
    const e = world.log[i]!.event;
    if (e.type === 'spawned' && e.process.kind !== 'system' && e.process.kind !== 'shell' && matchesProcess(e.process, params)) return e.process.pid;
  }
  return null;
}

/** Whether a check holds now, looking at the events numbered `since` and after. */
export function checkHolds(check: CheckSpec, world: World, since: number): boolean {
  const { params } = check;
  const count = Number(params.count ?? '1');
  if (check.kind === 'output') return pattern(params.match!, 'm').test(outputSince(world, since, params.stream));
  const recent = world.log.slice(firstFrom(world.log, since)).map((l) => l.event);
  const live = [...world.live.values()];
  switch (check.kind) {
    case 'spawned':
      return recent.filter((e) => e.type === 'spawned' && matchesProcess(e.process, params)).length >= count;
    case 'live':
      return live.filter((p) => matchesProcess(p, params)).length >= count;
    case 'mailbox': {
      const min = Number(params.min ?? '1');
      return live.some((p) => p.kind !== 'system' && matchesProcess(p, params) && p.messageQueueLen >= min);
    }
    case 'exit': {
      const reason = params.reason === undefined ? null : pattern(params.reason, '');
      return recent.some(
        (e) => e.type === 'exited' && matchesProcess(e.process, params) && (reason === null || reason.test(e.reason)),
      );
    }
    case 'shell-restarted': {
      const died = recent.filter((e) => e.type === 'exited' && e.process?.kind === 'shell').map((e) => (e as { pid: string }).pid);
      return died.length > 0 && live.some((p) => p.kind === 'shell' && !died.includes(p.pid));
    }
    case 'trap-exit':
      return live.some((p) => p.kind === 'shell' && p.trapExit);
    case 'received': {
      const message = params.match === undefined ? null : pattern(params.match, '');
      const only = params.process === 'last' ? lastSpawned(world, params) : undefined;
      if (only === null) return false;
      let n = 0;
      for (const e of recent) {
        if (e.type !== 'received' || (only !== undefined && e.receipt.pid !== only)) continue;
        if (matchesProcess(e.process, params) && (message === null || message.test(e.receipt.message))) n += e.receipt.count;
      }
      return n >= count;
    }
    case 'restart': {
      const child = params.child === undefined ? null : pattern(params.child, '');
      return recent.filter((e) => e.type === 'restarted' && (child === null || child.test(e.restart.childId))).length >= count;
    }
    case 'graph-kill':
      return recent.some((e) => e.type === 'graphKill' && matchesProcess(e.process, params));
    case 'inspected':
      return recent.some((e) => e.type === 'inspected' && matchesProcess(e.process, params));
  }
}

/**
 * Latch checks in order: check i turns green only once checks before it are green, so a
 * learner sees them met one after another, and a met check stays met.
 */
export function latchChecks(checks: readonly CheckSpec[], met: readonly boolean[], world: World, since: number): boolean[] {
  const next = [...met];
  for (let i = 0; i < checks.length; i++) {
    if (next[i]) continue;
    if (!checkHolds(checks[i]!, world, since)) break;
    next[i] = true;
  }
  return next;
}
