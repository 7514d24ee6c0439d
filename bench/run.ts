// `npm run bench`: runs every bench/*.exs with our runtime and, when `elixir` is on PATH, with
// the BEAM; prints the best of five times for each and the ratio. Each script prints a line
// `time: N ms` measured with :timer.tc, so both runtimes time the same work.
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExs } from '../src/runtime/index.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const RUNS = 5;

function timeOf(out: string): number | null {
  const m = /time: (\d+) ms/.exec(out);
  return m ? Number(m[1]) : null;
}

function hasElixir(): boolean {
  try {
    execFileSync('elixir', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const beam = hasElixir();
// Wall times suffer when the machine is busy; the CPU time our whole run used (compile included)
// is printed too, as a check on them.
const rows: string[][] = [['script', 'ours (ms)', 'ours CPU (ms)', 'BEAM (ms)', 'ratio']];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.exs')).sort()) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  let ours = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const r = await runExs(source, file);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, Math.round((c.user + c.system) / 1000));
    const t = timeOf(r.stdout);
    if (r.status !== 0 || t === null) {
      console.error(`${file} failed with our runtime:\n${r.stdout}${r.stderr}`);
      break;
    }
    ours = Math.min(ours, t);
  }
  let theirs = Infinity;
  if (beam) {
    for (let i = 0; i < RUNS; i++) {
      const t = timeOf(execFileSync('elixir', [path], { encoding: 'utf8' }));
      if (t !== null) theirs = Math.min(theirs, t);
    }
  }
  const ratio = beam && theirs !== Infinity ? (ours / Math.max(theirs, 1)).toFixed(1) + 'x' : '-';
  rows.push([file, String(ours), String(cpu), beam ? String(theirs) : '-', ratio]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
