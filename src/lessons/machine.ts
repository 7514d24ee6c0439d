// A lesson's flow as an xstate machine: one state per step, each `working` until its checks
// are met and then `done`. Events come from the runtime (RUNTIME, a batch of LessonEvents) and
// from the learner (NEXT, BACK, GOTO a step from a URL, RESET_STEP). The checks are the guard
// of `working -> done`; they latch in order (see latchChecks), so the learner sees them turn
// green one after another, and a step once done stays done in `completed` (the progress the
// page stores).
import { assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Lesson } from './format.ts';
import { applyEvents, emptyWorld, latchChecks, worldMark, type LessonEvent, type World } from './checks.ts';

export interface LessonContext {
  lesson: Lesson;
  /** 0-based index of the step shown. */
  index: number;
  world: World;
  /** The world's event number where the current step began: checks look from there on. */
  since: number;
  /** The current step's checks, met or not, in order. */
  met: boolean[];
  /** Steps done at least once (1-based numbers), kept across reloads by the page. */
  completed: number[];
  /** The 1-based step the machine opens on (from the URL). */
  openAt: number;
}

export type LessonMachineEvent =
  | { type: 'RUNTIME'; events: LessonEvent[] }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'GOTO'; step: number }
  | { type: 'RESET_STEP' };

export interface LessonInput {
  lesson: Lesson;
  /** 1-based step to open first (from the URL); out of range means the first. */
  step?: number;
  completed?: number[];
  /** Shared with other lessons' machines, so a lesson opened later sees processes already alive. */
  world?: World;
}

export function lessonMachine(lesson: Lesson) {
  const steps = lesson.steps;
  const stateOf = (i: number) => `step${i + 1}`;
  const enter = (i: number) =>
    assign(({ context }: { context: LessonContext }) => ({
      index: i,
      since: worldMark(context.world),
      met: steps[i]!.checks.map(() => false),
    }));

  const machine = setup({
    types: {} as { context: LessonContext; events: LessonMachineEvent; input: LessonInput },
    guards: {
      checksMet: ({ context }) => context.met.every(Boolean),
    },
    actions: {
      observe: assign(({ context, event }) => {
        if (event.type !== 'RUNTIME') return {};
        applyEvents(context.world, event.events);
        const step = steps[context.index]!;
        return { world: context.world, met: latchChecks(step.checks, context.met, context.world, context.since) };
      }),
      complete: assign(({ context }) => {
        const n = context.index + 1;
        return context.completed.includes(n) ? {} : { completed: [...context.completed, n].sort((a, b) => a - b) };
      }),
      resetStep: assign(({ context }) => ({
        since: worldMark(context.world),
        met: steps[context.index]!.checks.map(() => false),
      })),
    },
  });

  const stepStates = Object.fromEntries(
    steps.map((_, i) => [
      stateOf(i),
      {
        initial: 'working' as const,
        entry: enter(i),
        states: {
          working: { always: { guard: 'checksMet' as const, target: 'done' } },
          done: { entry: 'complete' as const },
        },
        on: {
          NEXT: i + 1 < steps.length ? { target: stateOf(i + 1) } : { target: 'finished' },
          ...(i > 0 ? { BACK: { target: stateOf(i - 1) } } : {}),
          RESET_STEP: { target: `.working`, reenter: true, actions: 'resetStep' as const },
        },
      },
    ]),
  );

  const goto = steps.map((_, i) => ({
    guard: ({ event }: { event: LessonMachineEvent }) => event.type === 'GOTO' && event.step === i + 1,
    target: `.${stateOf(i)}`,
  }));

  return machine.createMachine({
    id: `lesson-${lesson.slug}`,
    context: ({ input }) => ({
      lesson: input.lesson,
      index: 0,
      world: input.world ?? emptyWorld(),
      since: 0,
      met: [],
      completed: [...(input.completed ?? [])],
      openAt: input.step !== undefined && input.step >= 1 && input.step <= steps.length ? input.step : 1,
    }),
    initial: 'opening',
    states: {
      opening: {
        always: steps.map((_, i) => ({
          guard: ({ context }: { context: LessonContext }) => context.openAt === i + 1,
          target: stateOf(i),
        })),
      },
      ...stepStates,
      finished: {
        on: { BACK: { target: stateOf(steps.length - 1) } },
      },
    },
    on: {
      RUNTIME: { actions: 'observe' },
      GOTO: goto,
    },
  });
}

export type LessonMachine = ReturnType<typeof lessonMachine>;
export type LessonActor = ActorRefFrom<LessonMachine>;
export type LessonSnapshot = SnapshotFrom<LessonMachine>;

/** Where a lesson stands: the step shown and whether it is done, or the end of the lesson. */
export type LessonPosition = { step: number; done: boolean } | { step: 'finished'; done: true } | { step: 'opening'; done: false };

/** The position in a snapshot, typed (the step states are generated, so xstate cannot name them). */
export function positionOf(snapshot: { value: unknown }): LessonPosition {
  const value = snapshot.value;
  if (value === 'finished') return { step: 'finished', done: true };
  if (typeof value === 'object' && value !== null) {
    const [name, sub] = Object.entries(value as Record<string, string>)[0]!;
    return { step: Number(name.slice('step'.length)), done: sub === 'done' };
  }
  return { step: 'opening', done: false };
}
