// A whole session at once, as `cat session.iex | iex` prints it: every prompt, no echo of the
// input, and nothing after the last prompt once the input is used up. Runs on a virtual clock,
// so the transcript is the same on every run. The piped CLI and the golden tests both use it.
import { Shell, type ShellEvent } from './shell.ts';

export interface TranscriptOptions {
  /** Called with each piece of the transcript as it is produced, and where IEx writes it. */
  onText?: (text: string, device: 'stdout' | 'stderr') => void;
  yieldToHost?: () => Promise<void>;
}

export async function runTranscript(input: string, opts: TranscriptOptions = {}): Promise<string> {
  let out = '';
  const onEvent = (e: ShellEvent): void => {
    out += e.text;
    // IEx writes compiler warnings (and IO.puts(:stderr, ...)) to standard error, all else to
    // standard output.
    opts.onText?.(e.text, e.kind === 'output' ? e.device : 'stdout');
  };
  const shell = await Shell.create({ clock: 'virtual', onEvent, yieldToHost: opts.yieldToHost });
  shell.start();
  const text = input.endsWith('\n') ? input.slice(0, -1) : input;
  for (const line of text === '' ? [] : text.split('\n')) {
    await shell.feed(line);
    // IEx stops reading while an input never finishes: the rest of the input is not evaluated.
    if (shell.blocked) break;
  }
  return out;
}
