// The lesson pane's state: which lesson and step is open (from the URL), the running lesson
// machine, the checks met, and what the learner has done (kept in this browser). The Worker's
// messages come in through `observe`; the pane's buttons call next, back, resetStep, and the
// editor and console are reached through the small interfaces below.
import { createActor } from 'xstate';
import type { Lesson, Step } from '../../lessons/format.ts';
import { applyEvents, emptyWorld, lessonEvents } from '../../lessons/checks.ts';
import { lessonMachine, positionOf, type LessonActor, type LessonPosition } from '../../lessons/machine.ts';
import { parseRoute, routeHash, type Route } from '../../lessons/route.ts';
import {
  loadCode,
  loadProgress,
  saveCode,
  saveProgress,
  type KeyValueStorage,
  type Progress,
} from '../../lessons/progress.ts';
import type { WorkerMessage } from '../../worker/protocol.ts';

export interface LessonEditor {
  replace(text: string): void;
  onedit: ((text: string) => void) | null;
}

export interface LessonConsole {
  insert(text: string): void;
}

export interface LessonDeps {
  lessons: readonly Lesson[];
  storage: KeyValueStorage | null;
  editor: LessonEditor;
  console: LessonConsole;
  /** Changes the URL's hash without a navigation of its own (history.pushState in the page). */
  navigate: (hash: string) => void;
}

export class LessonState {
  view = $state<'list' | 'step'>('step');
  lesson = $state<Lesson | null>(null);
  position = $state<LessonPosition>({ step: 'opening', done: false });
  met = $state<boolean[]>([]);
  progress = $state<Progress>({});
  hintShown = $state(false);
  solutionShown = $state(false);

  readonly lessons: readonly Lesson[];
  // One world for the page: processes outlive the lesson that started them.
  private readonly world = emptyWorld();
  private actor: LessonActor | null = null;

  constructor(private readonly deps: LessonDeps) {
    this.lessons = deps.lessons;
    this.progress = loadProgress(deps.storage);
    deps.editor.onedit = (text) => {
      const step = this.step;
      if (this.lesson !== null && step?.starter != null) saveCode(deps.storage, this.lesson.slug, step.number, text);
    };
  }

  /** The step shown, or null on the list or past the last step. */
  get step(): Step | null {
    const n = this.position.step;
    return this.view === 'step' && typeof n === 'number' ? (this.lesson?.steps[n - 1] ?? null) : null;
  }

  get finished(): boolean {
    return this.position.step === 'finished';
  }

  /** Steps done in a lesson, for the list. */
  doneIn(lesson: Lesson): number {
    return (this.progress[lesson.slug] ?? []).filter((n) => n <= lesson.steps.length).length;
  }

  /** Open what a URL hash names; an empty or unknown hash opens the first lesson. */
  follow(hash: string): void {
    const route: Route = parseRoute(hash) ?? { view: 'step', slug: this.lessons[0]!.slug, step: 1 };
    if (route.view === 'list') {
      this.view = 'list';
      return;
    }
    const lesson = this.lessons.find((l) => l.slug === route.slug) ?? this.lessons[0]!;
    this.view = 'step';
    if (this.lesson === lesson && this.actor !== null) {
      this.goto(route.step);
      return;
    }
    this.start(lesson, route.step);
  }

  showList(): void {
    this.view = 'list';
    this.deps.navigate(routeHash({ view: 'list' }));
  }

  open(lesson: Lesson, step = 1): void {
    this.view = 'step';
    this.start(lesson, step);
  }

  next(): void {
    this.actor?.send({ type: 'NEXT' });
  }

  back(): void {
    this.actor?.send({ type: 'BACK' });
  }

  goto(step: number): void {
    // Entering a step starts its checks afresh: the step already shown is left as it is.
    if (this.position.step !== step) this.actor?.send({ type: 'GOTO', step });
  }

  /** Starter code back in the editor, the step's checks unmet again. */
  resetStep(): void {
    const step = this.step;
    if (this.lesson === null || step === null) return;
    saveCode(this.deps.storage, this.lesson.slug, step.number, null);
    if (step.starter !== null) this.deps.editor.replace(step.starter);
    this.actor?.send({ type: 'RESET_STEP' });
  }

  useSolution(): void {
    const step = this.step;
    if (this.lesson === null || step?.solution == null) return;
    this.deps.editor.replace(step.solution);
    saveCode(this.deps.storage, this.lesson.slug, step.number, step.solution);
  }

  insert(command: string): void {
    this.deps.console.insert(command);
  }

  /** Every Worker message, in order. */
  observe(message: WorkerMessage): void {
    const events = lessonEvents(message, this.world);
    if (events.length === 0) return;
    // With no lesson open, the world still follows, for the lesson opened next.
    if (this.actor === null) applyEvents(this.world, events);
    else this.actor.send({ type: 'RUNTIME', events });
  }

  dispose(): void {
    this.actor?.stop();
    this.actor = null;
  }

  private start(lesson: Lesson, step: number): void {
    this.actor?.stop();
    this.lesson = lesson;
    const actor = createActor(lessonMachine(lesson), {
      input: { lesson, step, completed: this.progress[lesson.slug] ?? [], world: this.world },
    });
    let shown: number | 'finished' | 'opening' = 'opening';
    actor.subscribe((snapshot) => {
      const position = positionOf(snapshot);
      this.position = position;
      this.met = snapshot.context.met;
      const completed = snapshot.context.completed;
      if ((this.progress[lesson.slug] ?? []).length !== completed.length) {
        this.progress = { ...this.progress, [lesson.slug]: completed };
        saveProgress(this.deps.storage, this.progress);
      }
      if (position.step !== shown) {
        shown = position.step;
        this.entered(lesson, position.step);
      }
    });
    this.actor = actor;
    actor.start();
  }

  /** A step was entered: its code in the editor, its URL in the address bar. */
  private entered(lesson: Lesson, n: number | 'finished' | 'opening'): void {
    this.hintShown = false;
    this.solutionShown = false;
    if (typeof n !== 'number') return;
    this.deps.navigate(routeHash({ view: 'step', slug: lesson.slug, step: n }));
    const step = lesson.steps[n - 1]!;
    if (step.starter !== null) this.deps.editor.replace(loadCode(this.deps.storage, lesson.slug, n) ?? step.starter);
  }
}
