// The shell's own behaviour: prompts and their numbering, continuation lines, bindings kept
// across inputs, errors that do not advance the counter, the shell process dying and a new one
// taking its place, flush, and a busy process that does not stop the shell from answering.
import { describe, expect, it } from 'vitest';
import { Shell, type ShellEvent } from '../../../src/runtime/iex/shell.ts';
import { runTranscript } from '../../../src/runtime/iex/transcript.ts';

async function shellWithEvents(): Promise<{ shell: Shell; events: ShellEvent[] }> {
  const events: ShellEvent[] = [];
  const shell = await Shell.create({ clock: 'virtual', onEvent: (e) => events.push(e) });
  shell.start();
  return { shell, events };
}

/** The text printed after the prompt `iex(n)> `, up to the next prompt. */
function answerAt(transcript: string, prompt: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = transcript.indexOf(prompt, at + 1);
    if (at < 0) throw new Error(`no ${prompt} in:\n${transcript}`);
  }
  const rest = transcript.slice(at + prompt.length);
  const next = rest.search(/(?:iex|\.\.\.)\(\d+\)> /);
  return next < 0 ? rest : rest.slice(0, next);
}

describe('prompts', () => {
  it('numbers each evaluated input and ends on the prompt of the next', async () => {
    const t = await runTranscript('1 + 1\n:two\n');
    expect(answerAt(t, 'iex(1)> ')).toBe('2\n');
    expect(answerAt(t, 'iex(2)> ')).toBe(':two\n');
    expect(t.endsWith('iex(3)> ')).toBe(true);
  });

  it('asks for more with ...(N)> while the input is incomplete, keeping N', async () => {
    const { shell, events } = await shellWithEvents();
    await shell.feed('[1,');
    await shell.feed('2,');
    expect(events.at(-1)).toEqual({ kind: 'prompt', text: '...(1)> ', continuation: true });
    await shell.feed('3]');
    expect(events.at(-2)).toEqual({ kind: 'result', text: '[1, 2, 3]\n' });
    expect(events.at(-1)).toEqual({ kind: 'prompt', text: 'iex(2)> ', continuation: false });
  });

  it('does not advance the counter on an error, a syntax error or a compile error', async () => {
    const t = await runTranscript('raise "boom"\n1 +* 2\nno_such_var\n:next\n');
    expect(t).toContain('iex(1)> ** (RuntimeError) boom\n');
    expect(t).toContain("iex(1)> ** (SyntaxError) iex:1:4: syntax error before: '*'");
    expect(t).toContain('** (CompileError) iex:1: undefined function no_such_var/0');
    expect(answerAt(t, 'iex(1)> ', 3)).toBe(':next\n');
    expect(t.endsWith('iex(2)> ')).toBe(true);
  });
});

describe('bindings', () => {
  it('keeps variables from one input to the next, including rebinding and pins', async () => {
    const t = await runTranscript('x = 2\ny = x * 21\nx = y\n^x = 42\n{x, y}\n');
    expect(answerAt(t, 'iex(5)> ')).toBe('{42, 42}\n');
  });

  it('binds every variable of a pattern: lists, maps, binaries, nested matches; not pinned or _ ones', async () => {
    const t = await runTranscript(
      'y = 2\n[h | t] = [1, 2]\n%{k: v} = %{k: 3}\n<<b::8, rest::binary>> = "hi"\na = c = {:ok, 2}\n{:ok, ^y} = a\n_skip = 1\n{h, t, v, b, rest, a, c}\n',
    );
    expect(answerAt(t, 'iex(8)> ')).toBe('{1, [2], 3, 104, "i", {:ok, 2}, {:ok, 2}}\n');
  });

  it('keeps the bindings after an error in the same shell', async () => {
    const t = await runTranscript('x = 7\n{:ok, _} = {:error, x}\nx\n');
    expect(answerAt(t, 'iex(2)> ')).toBe('** (MatchError) no match of right hand side value: {:error, 7}\n\n');
    expect(answerAt(t, 'iex(2)> ', 1)).toBe('7\n');
  });

  it('does not leak variables bound inside case or fn', async () => {
    const t = await runTranscript('case 1 do n -> n end\ninner\n');
    expect(answerAt(t, 'iex(2)> ')).toContain('undefined function inner/0');
  });

  it('v/0 and v/1 read the history of results', async () => {
    const t = await runTranscript(':a\n:b\nv()\nv(1)\nv(-4)\n');
    expect([3, 4, 5].map((n) => answerAt(t, `iex(${n})> `))).toEqual([':b\n', ':a\n', ':a\n']);
  });
});

describe('the shell is a process', () => {
  it('self is the evaluator, the same pid across inputs, with or without parentheses', async () => {
    const { shell, events } = await shellWithEvents();
    await shell.feed('self');
    await shell.feed('self() == v(1)');
    const results = events.filter((e) => e.kind === 'result').map((e) => e.text);
    expect(results).toEqual([`#PID<0.${shell.evaluator.self.id}.0>\n`, 'true\n']);
  });

  it('when killed through a link, says so and starts a new shell: new pid, counter 1, no bindings', async () => {
    const { shell, events } = await shellWithEvents();
    await shell.feed('x = 1');
    const first = shell.evaluator.self.id;
    await shell.feed('pid = spawn(fn -> receive do _ -> :ok end end)');
    await shell.feed('Process.link(pid)');
    await shell.feed('Process.exit(pid, :kill)');
    const text = events.map((e) => e.text).join('');
    expect(text).toContain(`iex(4)> ** (EXIT from #PID<0.${first}.0>) shell process exited with reason: killed\n\nInteractive Elixir (1.14.0)`);
    expect(shell.evaluator.self.id).not.toBe(first);
    expect(shell.counter).toBe(1);
    expect(events.at(-1)).toEqual({ kind: 'prompt', text: 'iex(1)> ', continuation: false });
    await shell.feed('x');
    expect(events.at(-2)?.text).toContain('undefined function x/0');
  });

  it('trapping exits turns the kill of a linked process into a message flush prints', async () => {
    const t = await runTranscript(
      'Process.flag(:trap_exit, true)\npid = spawn_link(fn -> receive do _ -> :ok end end)\nProcess.exit(pid, :kill)\nflush()\n',
    );
    expect(answerAt(t, 'iex(4)> ')).toMatch(/^\{:EXIT, #PID<0\.\d+\.0>, :killed\}\n:ok\n$/);
  });

  it('flush prints every message in arrival order and returns :ok, then the mailbox is empty', async () => {
    const t = await runTranscript('send(self(), 1)\nsend(self(), {:two})\nflush\nflush\n');
    expect(answerAt(t, 'iex(3)> ')).toBe('1\n{:two}\n:ok\n');
    expect(answerAt(t, 'iex(4)> ')).toBe(':ok\n');
  });

  it('prints what other processes print in reaction to an input before its result', async () => {
    const t = await runTranscript('pid = spawn(fn -> receive do m -> IO.puts("got #{m}") end end)\nsend(pid, :hi)\n');
    expect(answerAt(t, 'iex(2)> ')).toBe('got hi\n:hi\n');
  });

  it('respawn starts a new shell without an EXIT notice', async () => {
    const { shell, events } = await shellWithEvents();
    const first = shell.evaluator.self.id;
    await shell.feed('respawn()');
    expect(events.some((e) => e.kind === 'exit')).toBe(false);
    expect(events.at(-2)?.text).toMatch(/^\nInteractive Elixir/);
    expect(shell.evaluator.self.id).not.toBe(first);
  });
});

describe('preemption', () => {
  it('a process looping forever does not stop the shell from answering, or a sleep from ending', async () => {
    const t = await runTranscript(
      ['defmodule Spin do', '  def loop(n), do: loop(n + 1)', 'end', 'spawn(fn -> Spin.loop(0) end)', '1 + 1', 'Process.sleep(50)', ':still_here', ''].join('\n'),
    );
    expect(answerAt(t, 'iex(3)> ')).toBe('2\n');
    expect(answerAt(t, 'iex(4)> ')).toBe(':ok\n');
    expect(answerAt(t, 'iex(5)> ')).toBe(':still_here\n');
  });
});

describe('helpers', () => {
  it('pid/1 and pid/3 build the pid IEx prints', async () => {
    const t = await runTranscript('pid("0.250.0")\npid(0, 250, 0) == pid("0.250.0")\n');
    expect(answerAt(t, 'iex(1)> ')).toBe('#PID<0.250.0>\n');
    expect(answerAt(t, 'iex(2)> ')).toBe('true\n');
  });

  it('i/1 describes a term like IEx.Info', async () => {
    const t = await runTranscript('i(:foo)\n');
    expect(answerAt(t, 'iex(1)> ')).toMatch(/^Term\n  :foo\nData type\n  Atom\n/);
  });
});

describe('inputs that never finish', () => {
  it('#iex:break abandons an incomplete input without advancing the counter', async () => {
    const { shell, events } = await shellWithEvents();
    await shell.feed('fn x ->');
    await shell.feed('#iex:break');
    expect(events.at(-2)).toEqual({ kind: 'error', text: '** (TokenMissingError) iex:1: incomplete expression\n\n' });
    expect(shell.promptText).toBe('iex(1)> ');
  });

  it('an evaluator waiting forever stops piped input there, and interrupt() starts a new shell', async () => {
    const t = await runTranscript('receive do :never -> :ok end\n:not_evaluated\n');
    expect(t.endsWith('iex(1)> ')).toBe(true);
    expect(t).not.toContain(':not_evaluated');

    const { shell, events } = await shellWithEvents();
    const first = shell.evaluator.self.id;
    await shell.feed('receive do :never -> :ok end');
    expect(shell.blocked).toBe(true);
    shell.interrupt();
    expect(shell.blocked).toBe(false);
    expect(shell.evaluator.self.id).not.toBe(first);
    expect(events.find((e) => e.kind === 'exit')?.text).toBe(`** (EXIT from #PID<0.${first}.0>) shell process exited with reason: killed\n`);
    await shell.feed(':answered');
    expect(events.at(-2)).toEqual({ kind: 'result', text: ':answered\n' });
  });

  it('interrupt() during an evaluation on a real clock ends it with the shell', async () => {
    const events: ShellEvent[] = [];
    const shell = await Shell.create({ onEvent: (e) => events.push(e) });
    shell.start();
    const pending = shell.feed('receive do :never -> :ok end');
    await new Promise((r) => setTimeout(r, 50));
    shell.interrupt();
    await pending;
    expect(events.filter((e) => e.kind === 'exit')).toHaveLength(1);
    expect(events.at(-1)).toEqual({ kind: 'prompt', text: 'iex(1)> ', continuation: false });
  });
});

describe('while waiting for input', () => {
  it('background() runs other processes and replaces a shell killed meanwhile', async () => {
    const { shell, events } = await shellWithEvents();
    const first = shell.evaluator.self.id;
    await shell.feed('spawn_link(fn -> receive do after 100 -> exit(:late) end end)');
    expect(shell.evaluator.self.id).toBe(first);
    // Virtual time only moves while the shell runs: the timer is still pending.
    expect(await shell.background()).toBeGreaterThan(0);
    shell.runtime.node.advance(100);
    await shell.background();
    expect(events.find((e) => e.kind === 'exit')?.text).toContain('shell process exited with reason: :late');
    expect(shell.evaluator.self.id).not.toBe(first);
    expect(shell.counter).toBe(1);
  });

  it('a line starting with a binary operator continues the previous result', async () => {
    const t = await runTranscript('[3, 1, 2]\n|> Enum.sort()\n');
    expect(answerAt(t, 'iex(2)> ')).toBe('[1, 2, 3]\n');
  });
});

describe('completion', () => {
  it('completes module functions after a dot, module names, and variables with helpers', async () => {
    const { shell } = await shellWithEvents();
    await shell.feed('counter_pid = self()');
    expect(shell.complete('Process.ali')).toEqual([['alive?'], 'ali']);
    expect(shell.complete('Enum.red')[0]).toContain('reduce');
    expect(shell.complete('GenSer')[0]).toContain('GenServer');
    expect(shell.complete('coun')).toEqual([['counter_pid'], 'coun']);
    expect(shell.complete('flu')).toEqual([['flush'], 'flu']);
  });
});
