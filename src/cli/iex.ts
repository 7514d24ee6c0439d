// `npm run iex`: the shell on Node.
//
// Piped input (`npm run --silent iex < session.iex`) prints the transcript `cat session.iex |
// iex` prints: every prompt, no echo of the input, the results, and nothing after the last
// prompt once the input ends. It runs on a virtual clock, so sleeps and timeouts cost nothing
// and the transcript is the same on every run.
//
// In a terminal it is an interactive shell with line editing and history (node:readline) on the
// real clock. Output of processes appears as it happens: the input line being typed is cleared
// and drawn again under it. Ctrl+C opens the BREAK menu, reduced to (a)bort, (c)ontinue and
// (k)ill the shell process; Ctrl+C twice exits.
import { createInterface } from 'node:readline';
import { Shell, type ShellEvent } from '../runtime/iex/shell.ts';
import { runTranscript } from '../runtime/iex/transcript.ts';

if (process.stdin.isTTY) await interactive();
else await piped();

async function piped(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  await runTranscript(Buffer.concat(chunks).toString('utf8'), {
    onText: (t, device) => (device === 'stderr' ? process.stderr : process.stdout).write(t),
    yieldToHost: () => new Promise((r) => setImmediate(r)),
  });
}

async function interactive(): Promise<void> {
  let shell: Shell | null = null;
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    historySize: 1000,
    completer: (line: string): [string[], string] => (shell === null ? [[], line] : shell.complete(line)),
  });
  let busy = false;

  // Text written while the learner types: clear the line once, write everything that arrives
  // in the same turn of the event loop, then draw the prompt and the input again.
  let cleared = false;
  let openLine = false;
  const write = (text: string): void => {
    if (busy) {
      process.stdout.write(text);
      return;
    }
    if (!cleared) {
      process.stdout.write('\r\x1b[K');
      cleared = true;
      setImmediate(() => {
        cleared = false;
        if (openLine) process.stdout.write('\n');
        openLine = false;
        if (!busy) rl.prompt(true);
      });
    }
    process.stdout.write(text);
    openLine = !text.endsWith('\n');
  };
  const onEvent = (e: ShellEvent): void => {
    if (e.kind === 'prompt') {
      rl.setPrompt(e.text);
      if (!busy && !cleared) rl.prompt(true);
      return;
    }
    if (e.kind === 'clear') {
      process.stdout.write(e.text);
      return;
    }
    write(e.text);
  };

  shell = await Shell.create({ onEvent, ansi: true, yieldToHost: () => new Promise((r) => setImmediate(r)) });
  const sh = shell;
  busy = true;
  sh.start();
  busy = false;
  rl.prompt();

  const queue: string[] = [];
  let running = false;
  const drain = async (): Promise<void> => {
    if (running) return;
    running = true;
    while (queue.length > 0) {
      busy = true;
      await sh.feed(queue.shift()!);
      busy = false;
      rl.prompt(true);
    }
    running = false;
  };
  // Ctrl+C opens a reduced BREAK menu, as the BEAM does: (a)bort or a second Ctrl+C leaves,
  // (k)ill ends the shell process (a new one starts: the way out of an input that never
  // finishes), anything else continues.
  let inBreak = false;
  rl.on('line', (line) => {
    if (inBreak) {
      inBreak = false;
      const choice = line.trim();
      if (choice === 'a' || choice === 'A' || choice === 'q') {
        process.stdout.write('\n');
        process.exit(0);
      }
      rl.setPrompt(sh.promptText);
      if (choice === 'k') {
        queue.length = 0;
        // The shell announces its end and prompts again itself.
        sh.interrupt();
        return;
      }
      rl.prompt();
      return;
    }
    queue.push(line);
    void drain();
  });
  rl.on('SIGINT', () => {
    if (inBreak) {
      process.stdout.write('\n');
      process.exit(0);
    }
    inBreak = true;
    process.stdout.write(
      '\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n',
    );
    rl.write(null, { ctrl: true, name: 'u' });
    rl.setPrompt('');
    rl.prompt();
  });
  rl.on('close', () => {
    process.stdout.write('\n');
    process.exit(0);
  });

  // Processes keep running while the learner types.
  const tick = async (): Promise<void> => {
    let next: number | null = 10;
    if (!running) next = await sh.background(10);
    setTimeout(() => void tick(), next === null ? 50 : Math.min(50, Math.max(1, next)));
  };
  void tick();
}
