import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  IdentityRenamer,
  dropStacktraces,
  isStacktraceEntry,
  normalizeModuleBinaries,
  normalizeOutput,
  normalizeRun,
  normalizeTimestamps,
  spreadsheetLabel,
} from './normalize.ts';
import { conformanceRoot, discoverExsCases, discoverIexSessions, hasGoldenFiles, readExpected } from './cases.ts';

const golden = (rel: string) => readFileSync(join(conformanceRoot, rel), 'utf8');

describe('identity renaming', () => {
  it('names pids by order of first appearance and keeps a repeated pid under one name', () => {
    const text = 'a #PID<0.106.0> b #PID<0.134.0> c #PID<0.106.0>';
    expect(new IdentityRenamer().rename(text)).toBe('a #PID<A> b #PID<B> c #PID<A>');
  });

  it('counts pids, references, ports and funs separately', () => {
    const text = '#Reference<0.1.2.3> #PID<0.1.0> #Function<6.65708918/1 in :erl_eval.expr/6> #Port<0.5> #PID<0.2.0>';
    expect(new IdentityRenamer().rename(text)).toBe(
      '#Reference<A> #PID<A> #Function<A> #Port<A> #PID<B>',
    );
  });

  it('leaves named function captures alone: they print the same on every run', () => {
    expect(new IdentityRenamer().rename('&String.upcase/1')).toBe('&String.upcase/1');
  });

  it('shares names across the streams of one run', () => {
    const run = normalizeRun({ stdout: 'spawned #PID<0.99.0>\n', stderr: '** (EXIT from #PID<0.99.0>) :boom\n', status: 1 });
    expect(run.stdout).toBe('spawned #PID<A>\n');
    expect(run.stderr).toBe('** (EXIT from #PID<A>) :boom\n');
  });

  it('gives past-Z labels that stay distinct', () => {
    expect([0, 25, 26, 27, 701, 702].map(spreadsheetLabel)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    const labels = new Set(Array.from({ length: 2000 }, (_, i) => spreadsheetLabel(i)));
    expect(labels.size).toBe(2000);
  });

  it('maps two texts to the same form exactly when their pids are equal in the same places', () => {
    const pidList = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(pidList, pidList, (xs, ys) => {
        const show = (ns: number[], base: number) => ns.map((n) => `#PID<0.${base + n}.0>`).join(' ');
        const samePattern =
          xs.length === ys.length && xs.every((x, i) => xs.every((x2, j) => (x === x2) === (ys[i] === ys[j])));
        const a = new IdentityRenamer().rename(show(xs, 100));
        const b = new IdentityRenamer().rename(show(ys, 500));
        return (a === b) === samePattern;
      }),
    );
  });
});

describe('stacktraces', () => {
  it('drops the frames of a script error and keeps its banner', () => {
    const stderr = golden('exs/errors/match_error.stderr');
    expect(stderr).toMatch(/lib\/code\.ex/);
    expect(dropStacktraces(stderr)).toBe('** (MatchError) no match of right hand side value: {:error, :enoent}\n');
  });

  it("keeps every line of a FunctionClauseError's message, trailing spaces included", () => {
    const stderr = golden('exs/errors/function_clause_error_multi_args.stderr');
    const kept = dropStacktraces(stderr).split('\n');
    expect(kept[0]).toBe('** (FunctionClauseError) no function clause matching in Pair.add/2    ');
    expect(kept).toContain('    The following arguments were given to Pair.add/2:');
    expect(kept).toContain('        # 2');
    expect(kept).toContain('        :sum');
    expect(kept.some((l) => l.includes('function_clause_error_multi_args.exs:2'))).toBe(false);
  });

  it('keeps the blank lines and bullets inside an ArgumentError from an Erlang function', () => {
    const stderr = golden('exs/errors/argument_error_erlang_bif.stderr');
    const normalized = dropStacktraces(stderr);
    expect(normalized).toContain('** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n\n');
    expect(normalized).not.toContain(':erlang.binary_to_integer("12x")');
  });

  it('recognizes the frame shapes Elixir prints, at any nesting depth', () => {
    for (const line of [
      '    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2',
      '    (stdlib 4.2) erl_eval.erl:744: :erl_eval.do_apply/7',
      '    (elixir 1.14.0) String.no_such_fun(1)',
      '    match_error.exs:1: (file)',
      '    iex:4: Fragile.handle_call/3',
      '    e.exs:7: anonymous fn/0 in :elixir_compiler_0.__FILE__/1',
      '    :erlang.+(1, :a)',
      '    :erlang./(10, 0)',
      '    NoSuchModule.call(1)',
      '        (stdlib 4.2) proc_lib.erl:240: :proc_lib.init_p_do_apply/3',
      '    (elixir 1.14.0) lib/enum.ex:1658: Enum."-map/2-lists^map/1-0-"/2',
      '    expanding struct: Plain.__struct__/1',
    ]) {
      expect(isStacktraceEntry(line), line).toBe(true);
    }
  });

  it('does not mistake message or output lines for frames', () => {
    for (const line of [
      '** (RuntimeError) boom',
      '    The following arguments were given to Foo.bar/1:',
      '        # 1',
      '        def bar(1)',
      '    ** (EXIT) time out',
      '  * 1st argument: not an atom',
      '  e.exs:6',
      '  unused_variable_warning.exs:3: Warn.f/1',
      '    # struct_update_error.exs:10',
      'iex(3)> New state is 1',
      '    Args: []',
      'IO.puts(x)',
    ]) {
      expect(isStacktraceEntry(line), line).toBe(false);
    }
  });

  it('keeps the frames when asked to', () => {
    const stderr = golden('exs/errors/match_error.stderr');
    expect(normalizeOutput(stderr, undefined, { keepStacktraces: true })).toBe(stderr);
  });
});

describe('timestamps and module binaries', () => {
  it('replaces the wall clock of logger lines only', () => {
    expect(normalizeTimestamps('\n13:04:35.021 [error] Process #PID<0.99.0> raised an exception\nat 12:00:00.000 sharp\n')).toBe(
      '\nHH:MM:SS.mmm [error] Process #PID<0.99.0> raised an exception\nat 12:00:00.000 sharp\n',
    );
  });

  it('forgets the bytes and the layout of the BEAM binary IEx prints after defmodule', () => {
    const out = golden('iex/article_d_genserver.out');
    const normalized = normalizeModuleBinaries(out);
    expect(normalized).toContain('{:module, MyFancyProcess, <<...>>, {:handle_call, 3}}');
    expect(normalizeModuleBinaries('{:module, Foo, <<70, 79, 82, 49, 0>>, {:f, 0}}')).toBe('{:module, Foo, <<...>>, {:f, 0}}');
  });
});

describe('golden files', () => {
  const cases = discoverExsCases();
  const sessions = discoverIexSessions();

  it('hold at least 170 scripts, each with its stdout, stderr and status', () => {
    expect(cases.length).toBeGreaterThanOrEqual(170);
    expect(cases.filter((c) => !hasGoldenFiles(c)).map((c) => c.id)).toEqual([]);
    for (const c of cases) expect(Number.isInteger(readExpected(c).status), c.id).toBe(true);
  });

  it('hold the five sessions of the article and at least twenty more, each with its transcript', () => {
    expect(sessions.map((s) => s.name).filter((n) => n.startsWith('article_'))).toHaveLength(5);
    expect(sessions.length).toBeGreaterThanOrEqual(25);
    for (const s of sessions) expect(s.transcript, s.name).toMatch(/^Interactive Elixir \(1\.14\.0\)/);
  });

  it('normalize to text free of run-specific numbers, and normalizing twice changes nothing', () => {
    const texts = [
      ...cases.flatMap((c) => {
        const e = readExpected(c);
        return [e.stdout, e.stderr];
      }),
      ...sessions.map((s) => s.transcript),
    ];
    for (const text of texts) {
      const once = normalizeOutput(text);
      expect(once).not.toMatch(/#PID<\d|#Reference<\d|#Function<\d|^\d\d:\d\d:\d\d\.\d{3} \[|lib\/code\.ex/m);
      expect(normalizeOutput(once)).toBe(once);
    }
  });

  it('keep every error banner through normalization', () => {
    for (const c of cases) {
      const { stderr, stdout } = readExpected(c);
      const banners = (s: string) => s.split('\n').filter((l) => l.startsWith('** ('));
      const normalized = normalizeRun(readExpected(c));
      expect(banners(normalized.stderr).length, c.id).toBe(banners(stderr).length);
      expect(banners(normalized.stdout).length, c.id).toBe(banners(stdout).length);
    }
  });
});
