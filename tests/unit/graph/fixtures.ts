// Hand-built observer data for the graph tests: a shell, a supervisor with workers, and
// processes spawned outside any supervisor, with helpers to write deltas tersely.
import type {
  ObserverDeltaEvent,
  ObserverSnapshotEvent,
  ProcessSummary,
  SystemSummary,
} from '../../../src/worker/protocol.ts';

export const system: SystemSummary = { processCount: 0, uptimeMs: 1000, totalReductions: 0 };

export function proc(pid: string, fields: Partial<ProcessSummary> = {}): ProcessSummary {
  return {
    pid,
    registeredName: null,
    label: 'erlang.apply/2',
    initialCall: 'erlang.apply/2',
    kind: 'process',
    status: 'waiting',
    supervisor: null,
    childId: null,
    childIndex: null,
    links: [],
    monitors: [],
    monitoredBy: [],
    trapExit: false,
    messageQueueLen: 0,
    messagesReceived: 0,
    reductions: 10,
    restartCount: 0,
    exitReason: null,
    ...fields,
  };
}

export const SHELL = '<0.100.0>';
export const SUP = '<0.110.0>';

export function worker(pid: string, index: number, fields: Partial<ProcessSummary> = {}): ProcessSummary {
  return proc(pid, {
    kind: 'worker',
    label: 'Pooly.Worker',
    supervisor: SUP,
    childId: `:worker_${index}`,
    childIndex: index,
    links: [SUP],
    ...fields,
  });
}

/** The article's pool: a shell linked to a supervisor with five workers. */
export function poolSnapshot(extra: ProcessSummary[] = []): ObserverSnapshotEvent {
  const workers = [0, 1, 2, 3, 4].map((i) => worker(`<0.${111 + i}.0>`, i));
  return {
    type: 'observerSnapshot',
    seq: 0,
    system,
    processes: [
      proc(SHELL, { kind: 'shell', label: 'IEx.Evaluator', links: [SUP] }),
      proc(SUP, {
        kind: 'supervisor',
        label: 'Supervisor.Default',
        registeredName: 'Pooly.Supervisor',
        trapExit: true,
        links: [SHELL, ...workers.map((w) => w.pid)],
      }),
      ...workers,
      ...extra,
    ],
  };
}

let seq = 0;
export function delta(fields: Partial<ObserverDeltaEvent>): ObserverDeltaEvent {
  seq += 1;
  return { type: 'observerDelta', seq, added: [], removed: [], changed: [], restarts: [], ...fields };
}
