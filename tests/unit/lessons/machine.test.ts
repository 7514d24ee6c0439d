// The lesson machine's learner-facing moves (next, back, a step from the URL, reset step) and
// checks that stay unmet when the runtime did not do what they ask, fed by a real session.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { lessonMachine, positionOf } from '../../../src/lessons/machine.ts';
import { drive, readLesson } from './drive.ts';

const read = readLesson;
const links = read('03-links.md');
const supervisor = read('06-supervisor.md');


describe('the lesson machine', () => {
  it('opens on the step of the URL and moves with next and back', async () => {
    const actor = createActor(lessonMachine(supervisor), { input: { lesson: supervisor, step: 2 } }).start();
    expect(positionOf(actor.getSnapshot()).step).toBe(2);
    actor.send({ type: 'BACK' });
    expect(positionOf(actor.getSnapshot()).step).toBe(1);
    actor.send({ type: 'GOTO', step: 3 });
    expect(positionOf(actor.getSnapshot())).toEqual({ step: 3, done: false });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('finished');
  });

  it('opens a step it does not have on the first one', () => {
    const actor = createActor(lessonMachine(supervisor), { input: { lesson: supervisor, step: 42 } }).start();
    expect(positionOf(actor.getSnapshot()).step).toBe(1);
  });

  it('does not count a kill of an unlinked process as the shell dying', async () => {
    const { actor, evaluate, settle } = await drive(links, 2);
    await evaluate(links.steps[0]!.starter!);
    await evaluate('counter = spawn(Counter, :loop, [0])');
    await evaluate('Process.exit(counter, :kill)');
    await settle();
    // The counter was killed (first check), but the shell lived: the rest stay unmet.
    expect(actor.getSnapshot().context.met).toEqual([true, false, false]);
    expect(positionOf(actor.getSnapshot())).toEqual({ step: 2, done: false });
  });

  it('turns the checks green in order once the linked kill happens, and reset step clears them', async () => {
    const { actor, evaluate, settle } = await drive(links, 2);
    await evaluate(links.steps[0]!.starter!);
    await evaluate('counter = spawn_link(Counter, :loop, [0])');
    await evaluate('Process.exit(counter, :kill)');
    await settle();
    expect(actor.getSnapshot().context.met).toEqual([true, true, true]);
    expect(positionOf(actor.getSnapshot())).toEqual({ step: 2, done: true });
    expect(actor.getSnapshot().context.completed).toEqual([2]);
    actor.send({ type: 'RESET_STEP' });
    expect(actor.getSnapshot().context.met).toEqual([false, false, false]);
    expect(positionOf(actor.getSnapshot())).toEqual({ step: 2, done: false });
    // Done once stays done: progress is not lost by trying the step again.
    expect(actor.getSnapshot().context.completed).toEqual([2]);
  });

  it('does not see a restart where a supervised child was never killed', async () => {
    const { actor, evaluate, settle } = await drive(supervisor, 2);
    await evaluate(supervisor.steps[0]!.starter!);
    await evaluate('{:ok, sup} = CounterSupervisor.start_link([])');
    await evaluate('Counter.increment()');
    await evaluate('Counter.value()');
    await settle();
    expect(actor.getSnapshot().context.met).toEqual([false, false, false]);
  });
});
