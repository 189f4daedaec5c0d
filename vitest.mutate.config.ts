import { defineConfig } from 'vitest/config';

/**
 * The test files Stryker runs against each mutant (`npm run mutate`): pure unit
 * tests only, no servers or child processes, so a mutant costs milliseconds.
 * The committed-JSON-Schema snapshot (packages/core/test/json-schema.test.ts) is
 * left out on purpose: it fails on any change to the schema, so a mutant it
 * kills says nothing about behaviour.
 */
export const MUTATE_TEST_FILES = [
  'packages/core/test/**/*.test.ts',
  'packages/notify/test/routes.test.ts',
  // Pure unit tests of the other packages: no servers, no child processes.
  'packages/*/test/**/*.unit.test.ts',
];

export default defineConfig({
  logLevel: 'error',
  test: {
    include: MUTATE_TEST_FILES,
    exclude: ['**/node_modules/**', 'packages/core/test/json-schema.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 10_000,
  },
});
