import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '@stagegate/core';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { deployStage, rollbackTargets } from '../src/index.js';
import { makeWorkspace, memoryLog, readDeployLog, runOn, storeOn } from './fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'weighted-deploy' });
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

/**
 * lhr at weight 10 then 50. The deploy script logs "$STAGEGATE_KIND region version", and
 * STAGEGATE_KIND carries {previous} and {weight}: the log shows what each
 * command was given.
 */
function plan() {
  return loadPlan(`version: 1
service: trading-api
stages:
  - { name: w10, targets: [lhr], weight: 10 }
  - { name: w50, targets: [lhr], weight: 50 }
deploy:   { run: ["./deploy.sh", "--region", "{target}", "--version", "{version}"], env: { STAGEGATE_KIND: "deploy {previous} {weight}" } }
rollback: { run: ["./deploy.sh", "--region", "{target}", "--version", "{previous}"], env: { STAGEGATE_KIND: "rollback {previous} {weight}" } }
`);
}

/** The payload weight of each deployment of lhr, oldest first, with its task and version. */
function weightsOf(): string[] {
  const r = fake.state.repo(fake.owner, fake.repo);
  return (r.deploymentsByEnvironment.get('production/lhr') ?? []).map((d) => {
    const p = d.payload as { version?: string; weight?: number };
    return `${d.task} ${p.version} ${p.weight ?? '-'}`;
  });
}

describe('a target deployed at rising weights, one job per stage', () => {
  it('keeps the version before the rollout as {previous} at every weight, records each weight, and a rollback restores the weight given', async () => {
    const { dir, logFile } = await makeWorkspace();
    const env = { ...process.env, DEPLOY_LOG: logFile };
    const deps = { store: storeOn(fake), run: runOn(dir), log: memoryLog(), env };
    const hourAgo = new Date(Date.now() - 3_600_000);
    fake.state.seedDeployment(fake.owner, fake.repo, {
      environment: 'production/lhr', ref: 'c'.repeat(40), createdAt: hourAgo,
      payload: { tool: 'stagegate', service: 'trading-api', version: 'v1', stage: 'seed', target: 'lhr', plan: 'seed', run: { id: '1000', attempt: 1 } },
      statuses: [{ state: 'success', createdAt: hourAgo }],
    });
    const w10 = await deployStage({ ...deps, plan: plan(), stage: 'w10', version: 'v2' });
    // A later job: the last good on lhr is now v2 (at weight 10); the deploy still names v1 as the version before.
    const w50 = await deployStage({ ...deps, plan: plan(), stage: 'w50', version: 'v2' });
    expect([w10, w50].map((r) => r.targets.map((t) => [t.fromVersion, t.toVersion, t.state]))).toEqual([[['v1', 'v2', 'succeeded']], [['v1', 'v2', 'succeeded']]]);
    const back = await rollbackTargets({ ...deps, plan: plan(), targets: ['lhr'], reason: 'gate w50 failed', exclude: ['v2'], from: new Map([['lhr', { stage: 'w50', weight: 10 }]]) });
    expect(back.targets.map((t) => [t.fromVersion, t.toVersion, t.state])).toEqual([['v2', 'v1', 'succeeded']]);
    expect(await readDeployLog(logFile)).toEqual(['deploy v1 10 lhr v2', 'deploy v1 50 lhr v2', 'rollback v1 10 lhr v1']);
    expect(weightsOf()).toEqual(['deploy v1 -', 'deploy v2 10', 'deploy v2 50', 'deploy:rollback v1 10']);
    const rollback = fake.state.repo(fake.owner, fake.repo).deploymentsByEnvironment.get('production/lhr')?.at(-1)?.payload as { stage?: string };
    expect(rollback.stage).toBe('w50');
  });

  it('takes what the run knows over the Deployments API: no extra lookup for a target it deployed itself', async () => {
    const { dir, logFile } = await makeWorkspace();
    const env = { ...process.env, DEPLOY_LOG: logFile };
    const deps = { store: storeOn(fake), run: runOn(dir), log: memoryLog(), env };
    const r = await deployStage({ ...deps, plan: plan(), stage: 'w50', version: 'v3', before: new Map([['lhr', { version: 'v0', current: 'v3' }]]) });
    expect(r.targets.map((t) => t.fromVersion)).toEqual(['v0']);
    expect(await readDeployLog(logFile)).toEqual(['deploy v0 50 lhr v3']);
  });

  it('fills {weight} 0 for a rollback with no weight to return to (a rollback by hand)', async () => {
    const { dir, logFile } = await makeWorkspace();
    const env = { ...process.env, DEPLOY_LOG: logFile };
    const deps = { store: storeOn(fake), run: runOn(dir), log: memoryLog(), env };
    const r = await rollbackTargets({ ...deps, plan: plan(), targets: ['lhr'], toVersion: 'v1', reason: 'by hand' });
    expect(r.result).toBe('succeeded');
    expect(await readDeployLog(logFile)).toEqual(['rollback v1 0 lhr v1']);
    expect(weightsOf().at(-1)).toBe('deploy:rollback v1 -');
  });
});
