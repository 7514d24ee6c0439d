// The prelude: the parts of Elixir's standard library written in Elixir (Enum, Map, List,
// Keyword, IO, the exceptions...), compiled at start-up on top of the natives in ../bifs.
// The sources are embedded by scripts/gen-prelude.mjs so that Node and the browser bundle
// load the same text with no file access; they are listed in compile order.
import { preludeFiles } from './sources.generated.ts';

export const preludeSources: { file: string; source: string }[] = preludeFiles.map((f) => ({
  file: `lib/${f.file}`,
  source: f.source,
}));
