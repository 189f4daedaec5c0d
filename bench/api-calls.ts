// Counts the GitHub API requests of whole rollouts (from the fake's request log): the real
// pipeline (wirePipeline + runPipeline, with the rollout lock as the root action takes it)
// against the fake GitHub, for 7, 200 and 1,000 targets, once succeeding and once failing
// its last stage's gate under rollback-all (every target rolled back). Deploy commands are
// `true` and the gate probes a loopback server, so the figures are the API's alone.
// Goals: ≤ 3 requests per target on success, ≤ 5 on failure with rollback, list pages ∝ targets / 100.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan, lockEnvironmentsOf, lockHoldMs, type Plan } from '@stagegate/core';
import { SILENT_LOG } from '@stagegate/deployer';
import { acquireRolloutLock, createGitHubClient, DeploymentStore } from '@stagegate/github';
import { runPipeline, wirePipeline } from '@stagegate/pipeline';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';

const SIZES = [7, 200, 1000];
const SHA = 'c'.repeat(40);

/** Targets t0001…: a canary of 2, a primary of a tenth, the rest in full (7 → 2, 1, 4 as in the demo). */
function planFor(n: number, healthUrl: string): Plan {
  const names = Array.from({ length: n }, (_, i) => `t${String(i + 1).padStart(4, '0')}`);
  const primary = Math.max(1, Math.floor(n / 10));
  const list = (xs: string[]): string => `[${xs.join(', ')}]`;
  return loadPlan(`version: 1
service: fleet
stages:
  - { name: canary, targets: ${list(names.slice(0, 2))}, on-failure: rollback-stage }
  - { name: primary, targets: ${list(names.slice(2, 2 + primary))}, parallel: 64, on-failure: rollback-all }
  - { name: full, targets: ${list(names.slice(2 + primary))}, parallel: 64, gate: { profile: health, soak: 1ms, interval: 1ms, timeout: 60s }, on-failure: rollback-all }
deploy: { run: ["true"], timeout: 30s }
checks:
  health: [{ name: health, type: http, url: "${healthUrl}/{target}", expect: { status: 200 }, severity: critical, timeout: 5s }]
`);
}

/** Seeds v1 as the good version of every target, as an earlier rollout would have left it. */
function seed(fake: FakeGitHub, plan: Plan): void {
  for (const stage of plan.stages) {
    for (const target of stage.targets) {
      fake.state.seedDeployment('acme', 'fleet', {
        environment: `production/${target}`, ref: SHA, createdAt: new Date(Date.now() - 3_600_000),
        payload: { tool: 'stagegate', service: 'fleet', version: 'v1', stage: stage.name, target, plan: 'seed', run: { id: '1', attempt: 1 } },
        statuses: [{ state: 'success' }],
      });
    }
  }
}

interface Count { requests: number; writes: number; pages: number; result: string; seconds: number }

/** One rollout of v2 on a fresh fake; `failing` names the target whose health check answers 503. */
async function countRollout(n: number, failing: string | undefined, healthUrl: string): Promise<Count> {
  const fake = await startFakeGitHub({ repo: 'fleet' });
  try {
    const plan = planFor(n, `${healthUrl}/${failing ?? 'none'}`);
    seed(fake, plan);
    fake.resetLog();
    const started = performance.now();
    // Writes unpaced: this bench counts requests; pacing is write-pacer's (and its tests').
    const client = createGitHubClient({ token: 'bench', baseUrl: fake.url, writePacing: { burst: 1e9 } });
    const store = new DeploymentStore(client, { owner: 'acme', repo: 'fleet' });
    const dir = mkdtempSync(join(tmpdir(), 'stagegate-api-calls-'));
    const run = { id: '2', attempt: 1, url: '', ref: SHA, workspace: dir };
    const locks = [];
    for (const environment of lockEnvironmentsOf(plan)) {
      locks.push(await acquireRolloutLock(client, store.repo, { environment, service: plan.service, ref: SHA, run, mode: 'fail', timeoutMs: 1000, holdMs: lockHoldMs(plan), log: SILENT_LOG }));
    }
    const deps = wirePipeline({ plan, store, run, log: SILENT_LOG, routes: { channels: [], failOnError: 'never' }, historyFile: join(dir, 'history.jsonl'), auditFile: join(dir, 'audit.jsonl'), dryRun: false, env: {} });
    const report = await runPipeline(plan, { version: 'v2', verifyRollback: false }, deps);
    for (const lock of locks) await lock.release(report.result);
    const log = fake.log;
    if (log.some((e) => e.status >= 400)) throw new Error(`unexpected errors: ${log.filter((e) => e.status >= 400).map((e) => `${e.method} ${e.path} ${e.status}`).join(', ')}`);
    fake.assertNoViolations();
    return {
      requests: log.length, writes: log.filter((e) => e.method !== 'GET').length, result: report.result, seconds: (performance.now() - started) / 1000,
      pages: log.filter((e) => e.method === 'GET' && e.route === '/repos/{owner}/{repo}/deployments').length,
    };
  } finally {
    await fake.close();
  }
}

// The gate's target: 503 for the path /<failing>/<failing>, 200 for every other target.
const health = createServer((req, res) => {
  const [, failing, target] = (req.url ?? '').split('/');
  res.writeHead(failing === target ? 503 : 200).end();
});
await new Promise<void>((ok) => health.listen(0, '127.0.0.1', ok));
const healthUrl = `http://127.0.0.1:${(health.address() as AddressInfo).port}`;
try {
  console.log('targets | rollout | result | requests | writes | list pages | requests/target | writes/target | goal | s');
  const totals = new Map<string, number>();
  for (const n of SIZES) {
    for (const failing of [undefined, `t${String(n).padStart(4, '0')}`]) {
      const c = await countRollout(n, failing, healthUrl);
      totals.set(`${n} ${failing ? 'failure' : 'success'}`, c.requests);
      const per = c.requests / n;
      const goal = failing ? 5 : 3;
      console.log(`${n} | ${failing ? 'failure + rollback' : 'success'} | ${c.result} | ${c.requests} | ${c.writes} | ${c.pages} | ${per.toFixed(2)} | ${(c.writes / n).toFixed(2)} | ≤ ${goal} ${per <= goal ? 'OK' : 'OVER'} | ${c.seconds.toFixed(1)}`);
    }
  }
  // What one more target costs, the run's constant (the lock's 4 requests, the first page) aside.
  const [a, b] = SIZES.slice(-2) as [number, number];
  for (const kind of ['success', 'failure']) {
    const marginal = ((totals.get(`${b} ${kind}`) ?? 0) - (totals.get(`${a} ${kind}`) ?? 0)) / (b - a);
    console.log(`marginal requests per target (${a} → ${b} targets), ${kind}: ${marginal.toFixed(2)} (goal ≤ ${kind === 'success' ? 3 : 5})`);
  }
} finally {
  health.close();
}
