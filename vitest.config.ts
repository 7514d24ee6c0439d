// Unit and conformance tests: pure TypeScript in Node, no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts'],
    environment: 'node',
  },
});
