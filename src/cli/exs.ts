// `npm run --silent exs -- path/to/file.exs`: run a script like `elixir file.exs`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runExs } from '../runtime/index.ts';

// A reader that stops early (`| head`) closes the pipe: end quietly, as `elixir` does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const [file, ...argv] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: npm run --silent exs -- path/to/file.exs\n');
  process.exit(1);
}
let source: string;
try {
  // npm runs scripts from the package root; a relative path is relative to where npm was run.
  source = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
} catch {
  process.stderr.write(`** (Code.LoadError) could not load ${file}. Reason: enoent\n`);
  process.exit(1);
}
const r = await runExs(source, file, {
  argv,
  // Stream output as it is produced, like the BEAM does.
  onOutput: (d, t) => (d === 'stdout' ? process.stdout : process.stderr).write(t),
});
process.exitCode = r.status;
