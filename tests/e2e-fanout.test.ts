/**
 * End-to-end: a stage fanned out over shard jobs, as deploy-fleet.yml runs
 * it. The plan bundle cuts the stage; each shard is its own run-stage and
 * health-gate processes (dist bundles, as the runner runs them) with its
 * shard's targets, all sharing one fake GitHub and one loopback fleet; then
 * the join bundle reads what the shards recorded in the Deployments API and
 * applies the stage's policy.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLEET_DEPLOY_SCRIPT, runActionBundle, startFakeGitHub, startFleet, type ActionRun, type FakeGitHub, type Fleet } from '@stagegate/testkit';

const STAGES = { canary: ['c1', 'c2'], wide: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9'], full: ['f1', 'f2'] };
const ALL = Object.values(STAGES).flat();

function planText(fleet: string): string {
  const gate = '{ profile: standard, soak: 300ms, interval: 100ms, timeout: 30s }';
  const cmd = (v: string): string => `["${process.execPath}", "${FLEET_DEPLOY_SCRIPT}", "${fleet}", "{target}", "${v}", "--delay", "20"]`;
  return [
    'version: 1', 'service: trading-api', 'stages:',
    `  - { name: canary, targets: [${STAGES.canary}], parallel: 2, gate: ${gate}, on-failure: rollback-stage }`,
    `  - { name: wide, targets: [${STAGES.wide}], parallel: 3, gate: ${gate}, on-failure: rollback-all }`,
    `  - { name: full, targets: [${STAGES.full}], parallel: 2, gate: ${gate}, on-failure: continue }`,
    `deploy: { run: ${cmd('{version}')}, timeout: 30s }`,
    `rollback: { run: ${cmd('{previous}')}, timeout: 30s }`,
    'checks:', '  standard:',
    `    - { name: health, type: http, url: "${fleet}/{target}/health", expect: { status: 200, json: { status: healthy } }, severity: critical, timeout: 2s }`, '',
  ].join('\n');
}

let github: FakeGitHub;
let fleet: Fleet;
let workspace: string;

beforeAll(async () => {
  github = await startFakeGitHub();
  fleet = await startFleet({ regions: ALL, initialVersion: 'v1', breaks: { v3: ['w8'] } });
  workspace = mkdtempSync(join(tmpdir(), 'stagegate-fanout-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'rollout.yml'), planText(fleet.url));
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const [stage, targets] of Object.entries(STAGES)) for (const target of targets) {
    github.state.seedDeployment('acme', 'trading-api', {
      environment: `production/${target}`, ref: 'c'.repeat(40), createdAt: hourAgo,
      payload: { tool: 'stagegate', service: 'trading-api', version: 'v1', stage, target, plan: 'seed', run: { id: '1000', attempt: 1 } },
      statuses: [{ state: 'success', createdAt: hourAgo, description: 'v1 deployed' }],
    });
  }
}, 60_000);
afterAll(async () => {
  await Promise.all([github?.close(), fleet?.close()]);
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** One step of run `runId`, as the runner runs it: the bundle with its inputs, in the shared checkout. */
function step(name: string, runId: number, inputs: Record<string, string>): Promise<ActionRun> {
  const env = { GITHUB_API_URL: github.url, GITHUB_RUN_ID: String(runId), GITHUB_SHA: String(runId).padStart(40, 'd'), GITHUB_JOB: 'shard' };
  return runActionBundle(name, { workspace, env, inputs: { token: 'demo-token', ...inputs }, timeoutMs: 90_000 });
}

/** What one shard job did: its run-stage and health-gate steps (the gate is skipped when the deploy failed). */
interface ShardJob { shard: string; targets: string; deploy: ActionRun; gate?: ActionRun; result: 'success' | 'failure' }

/** plan → one job per shard, side by side (run-stage, then health-gate) → join, for one stage of run `runId`. */
async function runShardedStage(runId: number, stage: string, version: string, shardSize: string): Promise<{ plan: ActionRun; shards: ShardJob[]; join: ActionRun }> {
  const plan = await step('plan', runId, { stage, 'shard-size': shardSize });
  expect(plan.code, plan.stdout).toBe(0);
  const matrix = JSON.parse(plan.outputs.matrix ?? '') as { include: Array<{ shard: string; targets: string }> };
  const shards = await Promise.all(matrix.include.map(async ({ shard, targets }): Promise<ShardJob> => {
    const deploy = await step('run-stage', runId, { stage, version, targets });
    if (deploy.code !== 0) return { shard, targets, deploy, result: 'failure' };
    const gate = await step('health-gate', runId, { stage, version, targets, 'deployment-ids': deploy.outputs['deployment-ids'] ?? '' });
    return { shard, targets, deploy, gate, result: gate.code === 0 ? 'success' : 'failure' };
  }));
  const result = shards.some((s) => s.result === 'failure') ? 'failure' : 'success';
  const join = await step('join', runId, { stage, version, 'shard-size': shardSize, 'shards-result': result });
  return { plan, shards, join };
}

const versions = (targets: readonly string[]): Record<string, string> => Object.fromEntries(targets.map((t) => [t, fleet.regions.get(t)?.version ?? '?']));
const everywhere = (targets: readonly string[], v: string): Record<string, string> => Object.fromEntries(targets.map((t) => [t, v]));

describe('a stage fanned out over shard jobs, joined through the Deployments API', () => {
  it('every shard passes: the join says next stage, and each shard deployed only its own targets', async () => {
    const canary = await runShardedStage(5001, 'canary', 'v2', '3');
    expect(canary.join.code, canary.join.stdout).toBe(0);
    expect(canary.join.outputs).toMatchObject({ result: 'next', 'next-stage': 'wide', 'failed-targets': '[]', 'rolled-back': '[]' });
    const wide = await runShardedStage(5001, 'wide', 'v2', '3');
    expect(wide.plan.outputs).toMatchObject({ shards: '3', targets: '9' });
    expect(wide.shards.map((s) => [s.shard, s.targets])).toEqual([['1/3', 'w1,w2,w3'], ['2/3', 'w4,w5,w6'], ['3/3', 'w7,w8,w9']]);
    for (const s of wide.shards) expect(Object.keys(JSON.parse(s.deploy.outputs['deployment-ids'] ?? '{}')).join(','), s.deploy.stdout).toBe(s.targets);
    expect(wide.join.code, wide.join.stdout).toBe(0);
    expect(wide.join.outputs).toMatchObject({ result: 'next', 'next-stage': 'full', 'failed-targets': '[]', 'rolled-back': '[]' });
    expect(wide.join.summary.split('\n')[0]).toBe('### ✅ trading-api v2 passed stage wide (9 of 9 targets deployed, 3 shards). Production runs v2 on 9 targets (w1, w2, w3, w4, w5, …).');
    expect(versions([...STAGES.canary, ...STAGES.wide])).toEqual(everywhere([...STAGES.canary, ...STAGES.wide], 'v2'));
    github.assertNoViolations();
  }, 180_000);

  it("one shard's gate fails under rollback-all: every shard's touched targets and the earlier stage's come back, the cause first", async () => {
    const canary = await runShardedStage(5002, 'canary', 'v3', '3');
    expect(canary.join.outputs.result, canary.join.stdout).toBe('next');
    const wide = await runShardedStage(5002, 'wide', 'v3', '3');
    expect(wide.shards.map((s) => s.result)).toEqual(['success', 'success', 'failure']);
    expect(wide.shards[2]?.gate?.outputs['marked-deployments']).toContain('"target":"w8"');

    const { join: j } = wide;
    expect(j.code, j.stdout).toBe(1);
    expect(j.outputs.result).toBe('rolled-back');
    expect(JSON.parse(j.outputs['failed-targets'] ?? '')).toEqual(['w8']);
    expect(JSON.parse(j.outputs['rolled-back'] ?? '').sort()).toEqual([...STAGES.wide, ...STAGES.canary].sort());
    expect(j.outputs['next-stage']).toBe('');
    // Production first: every touched target of every shard, and canary's, is back on v2; full was never touched.
    expect(versions([...STAGES.canary, ...STAGES.wide])).toEqual(everywhere([...STAGES.canary, ...STAGES.wide], 'v2'));
    expect(versions(STAGES.full)).toEqual(everywhere(STAGES.full, 'v1'));
    // The cause first: which shard, which target, what the gate saw; then what production runs now.
    const head = j.summary.split('\n')[0] ?? '';
    expect(head).toMatch(/^### ↩️ trading-api v3 rolled back \(rollback-all\) after stage wide \(9 of 9 targets deployed, 3 shards\): shard 3\/3: w8: health gate wide failed on w8: health: .*503.* Production runs v2 on 11 targets/);
    expect(j.stdout).toMatch(/^::error::trading-api v3 rolled back \(rollback-all\) after stage wide .*shard 3\/3: w8: .*Next: deploy a fixed version/m);

    // The record: a rollback deployment per target, and no v3 deployment of this run still says success.
    const repo = github.state.repo('acme', 'trading-api');
    for (const target of [...STAGES.canary, ...STAGES.wide]) {
      const mine = (repo.deploymentsByEnvironment.get(`production/${target}`) ?? []).filter((d) => (d.payload as { run?: { id?: string } }).run?.id === '5002');
      expect(mine.map((d) => d.task).sort(), target).toEqual(['deploy', 'deploy:rollback']);
      const v3 = mine.find((d) => d.task === 'deploy');
      expect(github.state.latestStatus(repo, v3?.id ?? -1)?.state, target).toBe('failure');
    }
    github.assertNoViolations();
  }, 180_000);
});

describe('bad input to plan and join: a clear error naming the input, nothing written', () => {
  it('plan refuses a shard size of 0 and a stage the plan lacks', async () => {
    const zero = await step('plan', 5101, { stage: 'wide', 'shard-size': '0' });
    expect(zero.code).toBe(1);
    expect(zero.stdout).toContain('::error::input shard-size: expected a whole number >= 1; got "0"');
    const stranger = await step('plan', 5101, { stage: 'nope' });
    expect(stranger.stdout).toContain('::error::input stage: expected one of the plan\'s stages (canary, wide, full); got "nope"');
  });

  it("run-stage refuses a shard target of another stage before it claims the lock or deploys", async () => {
    github.resetLog();
    const r = await step('run-stage', 5103, { stage: 'wide', version: 'v2', targets: 'w1,c1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::input targets: expected targets of stage wide; got "c1", which it does not have');
    expect(github.countRequests({ method: 'POST' })).toBe(0);
  });

  it('join refuses a ref that is not a commit sha, before any request', async () => {
    github.resetLog();
    const r = await step('join', 5102, { stage: 'wide', version: 'v2', ref: 'main' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::input ref: expected the 40-character commit sha the shards deployed; got "main"');
    expect(github.countRequests()).toBe(0);
  });
});
