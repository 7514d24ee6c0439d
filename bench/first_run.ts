// `npx tsx bench/first_run.ts [processes]`: what a learner's first Runs cost in a fresh JS
// realm, where V8 has not yet optimized the interpreter, with and without the warm-up the
// Worker runs after boot (src/runtime/warmup.ts). Each measurement is a fresh Node process that
// boots the runtime (prelude compiled, as `npm run exs` does), optionally warms up, then runs
// each bench script three times; the table shows the best, over the processes, of the CPU time
// of each of those runs (CPU, not wall time: this is meant to be read on a busy machine too).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = ['fib.exs', 'loop.exs', 'genserver_call.exs'];
const RUNS = 3;
const dir = dirname(fileURLToPath(import.meta.url));

if (process.env.FIRST_RUN_CHILD !== undefined) {
  // One fresh realm: print one line of JSON, {script: [cpu ms of each run]}.
  const { runExs, Runtime, loadPreludeSources } = await import('../src/runtime/index.ts');
  const { warmUp } = await import('../src/runtime/warmup.ts');
  await runExs('', 'boot.exs');
  if (process.env.FIRST_RUN_CHILD === 'warm') warmUp(new Runtime({ clock: 'virtual', prelude: await loadPreludeSources() }));
  const out: Record<string, number[]> = {};
  for (const file of SCRIPTS) {
    const source = readFileSync(join(dir, file), 'utf8');
    out[file] = [];
    for (let i = 0; i < RUNS; i++) {
      const c0 = process.cpuUsage();
      await runExs(source, file);
      const c = process.cpuUsage(c0);
      out[file].push(Math.round((c.user + c.system) / 1000));
    }
  }
  console.log(JSON.stringify(out));
} else {
  const processes = Number(process.argv[2] ?? 3);
  const best: Record<string, Record<string, number[]>> = { cold: {}, warm: {} };
  for (let i = 0; i < processes; i++) {
    for (const mode of ['cold', 'warm'] as const) {
      const line = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
        env: { ...process.env, FIRST_RUN_CHILD: mode },
        encoding: 'utf8',
      });
      const runs = JSON.parse(line.trim().split('\n').pop()!) as Record<string, number[]>;
      for (const [file, cpu] of Object.entries(runs)) {
        const b = (best[mode][file] ??= cpu.map(() => Infinity));
        cpu.forEach((ms, k) => (b[k] = Math.min(b[k], ms)));
      }
    }
  }
  const head = ['script', ...[1, 2, 3].map((k) => `cold run ${k}`), ...[1, 2, 3].map((k) => `warmed-up run ${k}`)];
  const rows = [head, ...SCRIPTS.map((f) => [f, ...best.cold[f].map(String), ...best.warm[f].map(String)])];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`CPU ms per run (compile included), best of ${processes} fresh processes each:`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}
