// The page's Worker client with stand-in Workers: commands go to the runtime in use, a spare
// boots once that one is ready, Reset hands over to the spare and replays what it said while
// waiting, and nothing a terminated Worker says reaches the page.
import { describe, expect, it } from 'vitest';
import { RuntimeClient } from '../../../src/worker/client.ts';
import type { PageCommand, WorkerMessage } from '../../../src/worker/protocol.ts';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: WorkerMessage }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  posted: PageCommand[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(cmd: PageCommand): void {
    this.posted.push(cmd);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: WorkerMessage): void {
    this.onmessage?.({ data: message });
  }
}

const READY: WorkerMessage = { type: 'ready', elixirVersion: '1.14.0', otpRelease: '25' };
const banner = (text: string): WorkerMessage => ({ type: 'output', stream: 'stdout', text, evalId: null });

function setup(keepSpare = true) {
  FakeWorker.made = [];
  const heard: WorkerMessage[] = [];
  const client = new RuntimeClient((m) => heard.push(m), () => new FakeWorker(), keepSpare);
  return { client, heard, workers: FakeWorker.made };
}

describe('RuntimeClient', () => {
  it('boots a spare only once the runtime in use is ready, and sends commands to the one in use', () => {
    const { client, heard, workers } = setup();
    client.start();
    expect(workers).toHaveLength(1);
    client.send({ type: 'interrupt' });
    workers[0]!.say(READY);
    expect(heard).toEqual([READY]);
    expect(workers).toHaveLength(2);
    client.send({ type: 'reset' });
    expect(workers[0]!.posted).toEqual([{ type: 'interrupt' }, { type: 'reset' }]);
    expect(workers[1]!.posted).toEqual([]);
  });

  it('holds the spare’s messages and replays them when Reset puts it in use', () => {
    const { client, heard, workers } = setup();
    client.start();
    workers[0]!.say(READY);
    workers[1]!.say(READY);
    workers[1]!.say(banner('Interactive Elixir'));
    expect(heard).toEqual([READY]);
    client.restart();
    expect(workers[0]!.terminated).toBe(true);
    expect(heard).toEqual([READY, READY, banner('Interactive Elixir')]);
    // The replacement was ready, so the next spare boots at once.
    expect(workers).toHaveLength(3);
    client.send({ type: 'interrupt' });
    expect(workers[1]!.posted).toEqual([{ type: 'interrupt' }]);
    // A late word from the terminated Worker is dropped.
    workers[0]!.say(banner('late'));
    expect(heard).toHaveLength(3);
  });

  it('boots afresh when no spare is ready yet, and can do without spares', () => {
    const { client, heard, workers } = setup(false);
    client.start();
    workers[0]!.say(READY);
    expect(workers).toHaveLength(1);
    client.restart();
    expect(workers).toHaveLength(2);
    workers[1]!.say(READY);
    expect(heard).toEqual([READY, READY]);
    client.dispose();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('turns a Worker that fails to load into a workerError for the page', () => {
    const { client, heard, workers } = setup();
    client.start();
    workers[0]!.onerror?.({ message: 'SyntaxError in the bundle', preventDefault() {} });
    expect(heard).toEqual([{ type: 'workerError', message: 'SyntaxError in the bundle' }]);
  });
});
