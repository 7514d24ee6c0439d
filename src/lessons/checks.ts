// What a lesson can check, and how. Checks are predicates over the runtime as the page sees it:
// the Worker's messages (output, the Observer's snapshot and deltas with exits and supervisor
// restarts, kills from the graph, the inspector's answers) become a small typed stream of
// LessonEvents, folded into a World: the live process table plus a log. A check looks at the
// live table and at the part of the log written since its step began.
// The same events come from the Worker in the browser and from a WorkerSession in Node tests.
import type {
  ChildRestart,
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
  /** The learner killed a process from the graph or the process list. */
  | { type: 'graphKill'; pid: string; process: ProcessSummary | null }
  /** The learner opened a process in the inspector. */
  | { type: 'inspected'; pid: string; process: ProcessSummary | null };

export interface World {
  live: Map<string, ProcessSummary>;
  /** Everything but snapshots and field changes, oldest first; steps remember an index. */
  log: LessonEvent[];
}

export function emptyWorld(): World {
  return { live: new Map(), log: [] };
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
      case 'exited':
        world.live.delete(e.pid);
        break;
      case 'output':
      case 'restarted':
      case 'graphKill':
      case 'inspected':
        break;
    }
    world.log.push(e);
  }
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
      // Exits first, so a restart's new child is not counted with the old one.
      const out: LessonEvent[] = message.removed.map((r) => ({
        type: 'exited',
        pid: r.pid,
        reason: r.reason,
        process: world.live.get(r.pid) ?? message.added.find((p) => p.pid === r.pid) ?? null,
      }));
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

/** Whether a check holds now, looking at the log from index `since` on. */
export function checkHolds(check: CheckSpec, world: World, since: number): boolean {
  const { params } = check;
  const count = Number(params.count ?? '1');
  const recent = world.log.slice(since);
  const live = [...world.live.values()];
  switch (check.kind) {
    case 'output': {
      const text = recent
        .map((e) => (e.type === 'output' && (params.stream === undefined || e.stream === params.stream) ? e.text : ''))
        .join('');
      return new RegExp(params.match!, 'm').test(text);
    }
    case 'spawned':
      return recent.filter((e) => e.type === 'spawned' && matchesProcess(e.process, params)).length >= count;
    case 'live':
      return live.filter((p) => matchesProcess(p, params)).length >= count;
    case 'mailbox': {
      const min = Number(params.min ?? '1');
      return live.some((p) => p.kind !== 'system' && matchesProcess(p, params) && p.messageQueueLen >= min);
    }
    case 'exit': {
      const reason = params.reason === undefined ? null : new RegExp(params.reason);
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
    case 'restart': {
      const child = params.child === undefined ? null : new RegExp(params.child);
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
