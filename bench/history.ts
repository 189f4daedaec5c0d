/**
 * bench/history: wall time and API requests of `status` (7 targets) and a
 * 30-day DORA report over 1,000 and 10,000 deployments, side by side in one
 * run, against the fake GitHub API on 127.0.0.1. The point to check: requests
 * grow with the pages of the window (100 deployments a page), not one per
 * deployment. Run: npx tsx bench/history.ts
 */
import { createGitHubClient, DeploymentStore, readDora, readStatus } from '@stagegate/github';
import { startFakeGitHub } from '@stagegate/testkit';
import { seedHistory, TARGETS } from '../packages/github/test/seed-history.js';

const SIZES = [1_000, 10_000];
const ROUNDS = 3; // bounded: each figure is the median of three runs
const targets = TARGETS.map(({ target }) => ({ target, environment: `production/${target}` }));

async function measure<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    value = await fn();
    times.push(performance.now() - started);
  }
  return { ms: times.sort((a, b) => a - b)[1] as number, value: value as T };
}

const rows: string[][] = [];
for (const size of SIZES) {
  const fake = await startFakeGitHub();
  try {
    const now = new Date();
    const seeded = seedHistory(fake, size, { days: 30, end: now, failEvery: 7 });
    const client = createGitHubClient({ token: 'bench', baseUrl: fake.url, retries: 0 });
    const store = new DeploymentStore(client, { owner: fake.owner, repo: fake.repo });

    fake.resetLog();
    const status = await measure(() => readStatus(store, targets));
    const statusRequests = fake.countRequests() / ROUNDS;

    fake.resetLog();
    const dora = await measure(() => readDora(store, client, { windowMs: 30 * 86_400_000, now, maxCommitLookups: 50 }));
    const doraRequests = fake.countRequests() / ROUNDS;
    const r = dora.value.requests;
    fake.assertNoViolations();
    rows.push([String(seeded.deployments), 'status (7 targets)', `${status.ms.toFixed(0)} ms`, String(statusRequests), `${status.value.requests} counted by the reader`]);
    rows.push([String(seeded.deployments), 'DORA 30 days', `${dora.ms.toFixed(0)} ms`, String(doraRequests),
      `${r.pages} pages + ${r.statuses} statuses (of ${dora.value.statusCoverage.of} to read) + ${r.commits} commits; CFR ${((dora.value.report.changeFailureRate ?? 0) * 100).toFixed(1)}%, ${dora.value.report.failedDeployments} failed changes of ${dora.value.report.rollouts}`]);
  } finally {
    await fake.close();
  }
}

const headers = ['deployments', 'view', 'wall time (median of 3)', 'API requests', 'breakdown'];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
for (const line of [headers, widths.map((w) => '-'.repeat(w)), ...rows]) console.log(line.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
console.log('\nDORA lists one page per 100 deployments of the window and reads every status of the window\'s deployments (a fix forward hides a failure behind a later status), rollbacks first, then newest first, up to its bound (200: a fifth of a GITHUB_TOKEN\'s hourly budget, which deploys share); rolled-back ones need no read. Commit lookups stay at their bound (50).');
