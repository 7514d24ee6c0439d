// `npm run iex`: the shell on Node.
//
// Piped input (`npm run --silent iex < session.iex`) prints the transcript `cat session.iex |
// iex` prints: every prompt, no echo of the input, the results, and nothing after the last
// prompt once the input ends. It runs on a virtual clock, so sleeps and timeouts cost nothing
// and the transcript is the same on every run.
//
// In a terminal it is an interactive shell with line editing and history (node:readline) on the
// real clock. Output of processes appears as it happens: the input line being typed is cleared
// and drawn again under it. Ctrl+C once clears the line and says how to leave; twice in a row
// exits (IEx's BREAK menu, reduced to its `(a)bort`).
import { createInterface } from 'node:readline';
import { Shell, type ShellEvent } from '../runtime/iex/shell.ts';
import { runTranscript } from '../runtime/iex/transcript.ts';

if (process.stdin.isTTY) await interactive();
else await piped();

async function piped(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  await runTranscript(Buffer.concat(chunks).toString('utf8'), {
    onText: (t) => process.stdout.write(t),
    yieldToHost: () => new Promise((r) => setImmediate(r)),
  });
}

async function interactive(): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000 });
  let busy = false;
  let lastInterrupt = 0;

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

  const shell = await Shell.create({ onEvent, ansi: true, yieldToHost: () => new Promise((r) => setImmediate(r)) });
  busy = true;
  shell.start();
  busy = false;
  rl.prompt();

  const queue: string[] = [];
  let running = false;
  const drain = async (): Promise<void> => {
    if (running) return;
    running = true;
    while (queue.length > 0) {
      busy = true;
      await shell.feed(queue.shift()!);
      busy = false;
      rl.prompt(true);
    }
    running = false;
  };
  rl.on('line', (line) => {
    queue.push(line);
    void drain();
  });
  rl.on('SIGINT', () => {
    const now = Date.now();
    if (now - lastInterrupt < 1500) {
      process.stdout.write('\n');
      process.exit(0);
    }
    lastInterrupt = now;
    process.stdout.write('\n(press Ctrl+C again to exit)\n');
    rl.write(null, { ctrl: true, name: 'u' });
    rl.prompt();
  });
  rl.on('close', () => {
    process.stdout.write('\n');
    process.exit(0);
  });

  // Processes keep running while the learner types.
  const tick = async (): Promise<void> => {
    let next: number | null = 10;
    if (!running) next = await shell.background(10);
    setTimeout(() => void tick(), next === null ? 50 : Math.min(50, Math.max(1, next)));
  };
  void tick();
}
