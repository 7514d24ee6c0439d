// The embedded prelude sources are the .ex files as they are now: editing a file without
// running `node scripts/gen-prelude.mjs` fails here instead of shipping stale code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { renderSources, PRELUDE_ORDER } from '../../../scripts/gen-prelude.mjs';
import { preludeSources } from '../../../src/runtime/prelude/index.ts';

describe('prelude sources', () => {
  it('sources.generated.ts matches the .ex files', () => {
    const path = fileURLToPath(new URL('../../../src/runtime/prelude/sources.generated.ts', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(renderSources());
  });

  it('lists every prelude file once, in compile order', () => {
    expect(preludeSources.map((s) => s.file)).toEqual((PRELUDE_ORDER as string[]).map((f) => `lib/${f}`));
    for (const s of preludeSources) expect(s.source).toMatch(/defmodule /);
  });
});
