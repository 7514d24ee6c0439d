// The console's state: the transcript as IEx prints it (banner, prompts, echoed input, results,
// errors, output of other processes as it happens), the prompt waiting for input, the input
// history, and whether an evaluation is running. It turns Worker messages into transcript
// segments; the component only renders them and forwards keys.
//
// The newest prompt is not part of the transcript until input is read after it: it is drawn in
// front of the input line instead, and output printed meanwhile by other processes appears
// above it, as a terminal IEx redraws its prompt under such output.
import type { TextStorage } from '../persist.ts';
import type { EvalCommand, OutputStream, PageCommand, WorkerMessage } from '../../worker/protocol.ts';

export const HISTORY_KEY = 'process-playground:console:history';
const HISTORY_MAX = 200;
/** Transcript kept, in segments and characters; older output scrolls away for good, as a
 *  terminal's scrollback does, so a process printing in a loop cannot swamp the page. */
const SEGMENTS_MAX = 4000;
export const CHARS_MAX = 100_000;
/** Output is kept in pieces of about this size, so new output re-lays out only the last one. */
const SEGMENT_CHARS = 2_000;
const CLEAR_SCREEN = '\x1b[H\x1b[2J';

export type SegmentKind = OutputStream | 'note';

export interface Segment {
  id: number;
  kind: SegmentKind;
  text: string;
}

export type RuntimeStatus = 'booting' | 'ready' | 'failed';

export class ConsoleState {
  segments = $state<Segment[]>([]);
  /** The prompt shown before the input line, `iex(3)> ` or `...(3)> `; empty while booting. */
  prompt = $state('');
  status = $state<RuntimeStatus>('booting');
  failure = $state<string | null>(null);
  /** Evaluations sent and not yet done. */
  running = $state(0);
  /** Milliseconds the last boot took, from start or restart to `ready`. */
  bootMs = $state<number | null>(null);
  /** Of which the Worker spent this many compiling the prelude and starting the shell. */
  workerBootMs = $state<number | null>(null);
  /** Text to put in the input line (a lesson's click-to-insert command); `seq` makes each new. */
  insertion = $state<{ text: string; seq: number } | null>(null);

  readonly history: string[];
  private historyAt: number;
  private draft = '';
  private nextId = 1;
  private nextEval = 1;
  private readonly pendingEvals = new Set<number>();
  private bootStarted = performance.now();
  /** The transcript's width in columns of its font, once measured. */
  private columns: number | null = null;

  constructor(
    private readonly send: (command: PageCommand) => void,
    private readonly storage: TextStorage | null = null,
  ) {
    this.history = loadHistory(storage);
    this.historyAt = this.history.length;
  }

  get busy(): boolean {
    return this.running > 0;
  }

  /** Sends source to the shell as if typed at the prompt; returns the eval id. */
  evaluate(source: string, origin: EvalCommand['origin'] = 'console'): number {
    const id = this.nextEval++;
    this.pendingEvals.add(id);
    this.running = this.pendingEvals.size;
    this.send({ type: 'eval', id, source, origin });
    return id;
  }

  /** The input line was submitted: remember it and evaluate it. */
  submit(text: string): void {
    if (text.trim() !== '' && this.history.at(-1) !== text) {
      this.history.push(text);
      if (this.history.length > HISTORY_MAX) this.history.splice(0, this.history.length - HISTORY_MAX);
      try {
        this.storage?.setItem(HISTORY_KEY, JSON.stringify(this.history));
      } catch {
        // A storage that refuses writes loses the history at reload, nothing else.
      }
    }
    this.historyAt = this.history.length;
    this.draft = '';
    this.evaluate(text, 'console');
  }

  /** Up/down through the history; returns the text to show, or null to leave the input be. */
  recall(direction: -1 | 1, current: string): string | null {
    if (this.historyAt === this.history.length) this.draft = current;
    const at = this.historyAt + direction;
    if (at < 0 || at > this.history.length) return null;
    this.historyAt = at;
    return at === this.history.length ? this.draft : this.history[at]!;
  }

  /** Puts `text` in the input line for the learner to read, edit and run with Enter. */
  insert(text: string): void {
    this.insertion = { text, seq: (this.insertion?.seq ?? 0) + 1 };
  }

  /** Ctrl+L, as in a terminal: the screen is cleared, the prompt and the history stay. */
  clear(): void {
    this.segments = [];
    this.chars = 0;
  }

  interrupt(): void {
    this.send({ type: 'interrupt' });
  }

  /**
   * The transcript is this many columns wide: results are formatted to fit it, as IEx fits a
   * terminal. Told to the runtime when it changes, and again to each new runtime.
   */
  setColumns(columns: number): void {
    const n = Math.floor(columns);
    if (!(n > 0) || n === this.columns) return;
    this.columns = n;
    this.send({ type: 'columns', columns: n });
  }

  /** Marks a restart of the runtime (the Worker was replaced). */
  restarting(): void {
    this.commitPrompt();
    this.note('Runtime stopped. Starting a fresh one…');
    this.status = 'booting';
    this.pendingEvals.clear();
    this.running = 0;
    this.bootStarted = performance.now();
  }

  handle(message: WorkerMessage): void {
    switch (message.type) {
      case 'ready':
        this.status = 'ready';
        this.failure = null;
        this.bootMs = Math.round(performance.now() - this.bootStarted);
        this.workerBootMs = message.bootMs ?? null;
        if (this.columns !== null) this.send({ type: 'columns', columns: this.columns });
        return;
      case 'output':
        this.output(message.stream, message.text);
        return;
      case 'evalDone':
        this.pendingEvals.delete(message.id);
        this.running = this.pendingEvals.size;
        return;
      case 'workerError':
        this.status = 'failed';
        this.failure = message.message;
        this.note(`The runtime stopped working: ${message.message}`);
        return;
      default:
        return;
    }
  }

  private output(stream: OutputStream, text: string): void {
    if (stream === 'prompt') {
      // A prompt answered by nothing (an abandoned continuation) stays in the transcript.
      if (this.prompt !== '') this.append('prompt', this.prompt + '\n');
      this.prompt = text;
      return;
    }
    if (stream === 'input') {
      this.commitPrompt();
      this.append('input', text);
      return;
    }
    const clear = text.lastIndexOf(CLEAR_SCREEN);
    if (clear >= 0) {
      this.segments = [];
      this.chars = 0;
      text = text.slice(clear + CLEAR_SCREEN.length);
      if (text === '') return;
    }
    this.append(stream, text);
  }

  private commitPrompt(): void {
    if (this.prompt === '') return;
    this.append('prompt', this.prompt);
    this.prompt = '';
  }

  private note(text: string): void {
    this.append('note', text + '\n');
  }

  private chars = 0;

  private append(kind: SegmentKind, text: string): void {
    // Long output is kept in pieces that end at a line end, so trimming the oldest drops whole
    // pieces and new output re-lays out only the newest.
    while (text.length > SEGMENT_CHARS) {
      const nl = text.lastIndexOf('\n', SEGMENT_CHARS);
      const cut = nl < 0 ? SEGMENT_CHARS : nl + 1;
      this.appendPiece(kind, text.slice(0, cut));
      text = text.slice(cut);
    }
    if (text !== '') this.appendPiece(kind, text);
    if (this.segments.length > SEGMENTS_MAX || this.chars > CHARS_MAX) this.trim();
  }

  private appendPiece(kind: SegmentKind, text: string): void {
    this.chars += text.length;
    const last = this.segments.at(-1);
    if (last !== undefined && last.kind === kind && kind !== 'prompt' && kind !== 'input' && last.text.length + text.length <= SEGMENT_CHARS) {
      last.text += text;
    } else {
      this.segments.push({ id: this.nextId++, kind, text });
    }
  }

  /** Drops the oldest pieces down to three quarters of the limits; the newest always stays. */
  private trim(): void {
    const chars = Math.floor(CHARS_MAX * 0.75);
    const count = Math.floor(SEGMENTS_MAX * 0.75);
    let drop = 0;
    while (drop < this.segments.length - 1 && (this.chars > chars || this.segments.length - drop > count)) {
      this.chars -= this.segments[drop]!.text.length;
      drop++;
    }
    if (drop > 0) this.segments.splice(0, drop);
  }
}

function loadHistory(storage: TextStorage | null): string[] {
  try {
    const saved = JSON.parse(storage?.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
