// Mutation testing of stagegate's decision logic: `npm run mutate` (Stryker, then
// scripts/mutate-report.mjs prints the per-file table). How to read and extend it:
// CONTRIBUTING.md, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // Workspace imports (@stagegate/core …) resolve to packages/*/src through the
  // packages' exports, not through a sandbox copy: mutants must be made in place.
  inPlace: true,
  // 2 cores here, shared: more processes only thrash.
  concurrency: 2,
  coverageAnalysis: 'perTest',
  mutate: [
    'packages/core/src/plan-schema.ts',
    'packages/core/src/plan-rules.ts',
    // Waves' expansion and the rising-weight rule: which targets a stage deploys, what a rollback restores.
    'packages/core/src/plan-waves.ts',
    'packages/core/src/plan-weights.ts',
    'packages/core/src/placeholders.ts',
    'packages/core/src/version.ts',
    'packages/core/src/gate/check-tally.ts',
    'packages/core/src/gate/gate-result.ts',
    'packages/core/src/gate/mann-whitney.ts',
    'packages/core/src/rollout/rollout-policy.ts',
    // Blue-green: which colour is idle, when traffic can switch back, the plan rules; and the stage's switch decision.
    'packages/core/src/blue-green.ts',
    'packages/pipeline/src/blue-green.ts',
    // Fan-out: how a stage is cut into shards, and how the join reads the shards' records.
    'packages/core/src/rollout/shard-targets.ts',
    'packages/core/src/rollout/shard-outcome.ts',
    // The request budget: what a rollout costs and whether it fits; the pacing of writes.
    'packages/core/src/rollout/request-budget.ts',
    'packages/github/src/write-pacer.ts',
    'packages/core/src/history/dora.ts',
    // The one rule for a bad version (rollback attribution), shared by DORA and last-known-good.
    'packages/core/src/history/bad-rule.ts',
    'packages/github/src/last-known-good.ts',
    'packages/notify/src/routes.ts',
    'packages/notify/src/notifier.ts',
    'packages/notify/src/events.ts',
    // The probes' verdicts: what makes an answer healthy (judgeAnswer, statusMatches) and the body
    // excerpt a failure's cause carries (excerptBody); the
    // request around them is tested against loopback servers, outside this run.
    'packages/probes/src/json-expect.ts',
    'packages/probes/src/http-probe.ts:37-84',
  ],
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: 'reports/.stryker-tmp',
  // `npx stryker run --incremental` retests only mutants whose code or covering tests changed
  // since the last run recorded here (a full run without the flag, as the weekly workflow does).
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Generous: a static mutant reruns every test, and the machine is shared; a real endless loop still ends here.
  timeoutMS: 30_000,
  // Kept off: a score below 90 % is reported in the table, not turned into a failed run.
  thresholds: { high: 90, low: 80, break: null },
};
