// When the inspector's details of a process are stale. Details (mailbox contents, state) cost
// the Worker a walk of the process, so they are asked for again only when a delta says
// something visible changed: reductions alone tick on every slice of a busy process and would
// turn ten deltas a second into ten requests.
import type { ObserverDeltaEvent, PidText } from '../../worker/protocol.ts';

export function detailsStale(delta: ObserverDeltaEvent, pid: PidText): boolean {
  if (delta.removed.some((r) => r.pid === pid)) return true;
  if (delta.restarts.some((r) => r.oldPid === pid || r.newPid === pid)) return true;
  return delta.changed.some((c) => c.pid === pid && Object.keys(c).some((k) => k !== 'pid' && k !== 'reductions'));
}
