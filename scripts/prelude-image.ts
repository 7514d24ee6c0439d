// The prelude image: OTP and the stdlib (written in Elixir) compiled by the build, so the page's
// Worker decodes compiled code instead of compiling some 170 KB of Elixir at every page load.
// The Vite plugin in vite.config.ts calls this; `npx tsx scripts/prelude-image.ts out.json`
// writes one by hand.
import { writeFileSync } from 'node:fs';
import { compilePrelude } from '../src/runtime/index.ts';
import { writeImage } from '../src/runtime/image.ts';
import { preludeSources } from '../src/runtime/prelude/index.ts';

export function buildPreludeImage(): string {
  return writeImage(compilePrelude(preludeSources));
}

if (process.argv[1]?.endsWith('prelude-image.ts') && process.argv[2] !== undefined) {
  writeFileSync(process.argv[2], buildPreludeImage());
}
