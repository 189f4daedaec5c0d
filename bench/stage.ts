/**
 * bench/stage: deployStage against the fake GitHub API on 127.0.0.1 with a
 * deploy command that sleeps 200 ms, for 1, 10 and 100 targets at parallel 10.
 * Prints wall time against the ideal (ceil(n / parallel) × 200 ms) and API
 * requests per target, deploy writes and from-version lookups counted apart,
 * for a first rollout (no history) and a second one (each target has a good version).
 * The same first rollout through a bare octokit (no retry, no throttling)
 * shows how much of the overhead is the client stack rather than the deployer.
 * Run: npx tsx bench/stage.ts
 */
import { tmpdir } from 'node:os';
import { loadPlan } from '@stagegate/core';
import { deployStage, SILENT_LOG } from '@stagegate/deployer';
import { getOctokit } from '@actions/github';
import { createGitHubClient, DeploymentStore, type GitHubClient } from '@stagegate/github';
import { startFakeGitHub } from '@stagegate/testkit';

const PARALLEL = 10;
const SLEEP_MS = 200;
const SIZES = [1, 10, 100];

const fake = await startFakeGitHub({ validateResponses: false });
const rows: string[][] = [];
try {
  // Warm up (first connection, the fake's schema compilation) outside the timings.
  await new DeploymentStore(createGitHubClient({ token: 'bench', baseUrl: fake.url }), { owner: 'acme', repo: 'warm-up' }).listPage({}, 1);
  for (const n of SIZES) {
    const targets = Array.from({ length: n }, (_, i) => `t${String(i + 1).padStart(3, '0')}`);
    const plan = loadPlan(JSON.stringify({
      version: 1, service: 'bench', stages: [{ name: 'all', targets, parallel: PARALLEL }],
      deploy: { run: ['sleep', String(SLEEP_MS / 1000)], timeout: '30s' },
    }));
    const clients: Array<[string, GitHubClient]> = [
      ['stagegate client', createGitHubClient({ token: 'bench', baseUrl: fake.url })],
      ['bare octokit', getOctokit('bench', { baseUrl: fake.url })],
    ];
    for (const [clientName, client] of clients) {
      const store = new DeploymentStore(client, { owner: 'acme', repo: `bench-${n}-${clientName.replace(/ /g, '-')}` });
      const rounds = clientName === 'stagegate client' ? ([['first', 'v1'], ['second', 'v2']] as const) : ([['first', 'v1']] as const);
      for (const [round, version] of rounds) {
        fake.resetLog();
        const started = performance.now();
        const result = await deployStage({ plan, stage: 'all', version, store, log: SILENT_LOG, run: { id: '1', attempt: 1, url: 'https://github.com/acme/bench/actions/runs/1', ref: 'a'.repeat(40), workspace: tmpdir() } });
        const wall = performance.now() - started;
        if (result.result !== 'succeeded') throw new Error(`bench deploy of ${n} targets ended ${result.result}`);
        const ideal = Math.ceil(n / PARALLEL) * SLEEP_MS;
        const writes = fake.countRequests({ method: 'POST' });
        const reads = fake.countRequests({ method: 'GET' });
        rows.push([String(n), clientName, round, `${wall.toFixed(0)} ms`, `${ideal} ms`, `${(wall / ideal).toFixed(2)}×`, (writes / n).toFixed(2), (reads / n).toFixed(2), String(writes + reads)]);
      }
    }
  }
} finally {
  await fake.close();
}

const head = ['targets', 'client', 'rollout', 'wall', 'ideal', 'wall/ideal', 'deploy req/target', 'lookup req/target', 'requests'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
console.log(`deployStage, parallel ${PARALLEL}, deploy command sleeps ${SLEEP_MS} ms (fake GitHub on 127.0.0.1)`);
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log('deploy requests per target: create + in_progress + success (target ≤ 3); lookup: one shared list page + one status read per target that has history');
