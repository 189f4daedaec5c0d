import { defineConfig } from 'vitest/config';

export default defineConfig({
  // workflow-parser's inlined sources point at missing sourcemaps: keep those warnings out of the output.
  logLevel: 'error',
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports JSON without an import attribute.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
