import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { createRecordKeeper, deployStage, rollbackTargets, type KnownPrevious } from '../src/index.js';
import { historyOf, makePlan, makeWorkspace, memoryLog, readDeployLog, runOn, storeOn } from './fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'rollback-recovery' });
});
afterEach(() => fake.faults.clear());
afterAll(() => fake.close());

async function setup() {
  const { dir, logFile } = await makeWorkspace();
  const deps = { plan: makePlan(), store: storeOn(fake), run: runOn(dir), log: memoryLog(), env: { ...process.env, DEPLOY_LOG: logFile } };
  return { deps, logFile };
}

describe('rollbackTargets from what the run knows', () => {
  it('runs the commands with no Deployments read, even while every read fails, and records afterwards', async () => {
    const { deps, logFile } = await setup();
    await deployStage({ ...deps, stage: 'canary', version: 'v1' });
    const v2 = await deployStage({ ...deps, stage: 'canary', version: 'v2' });
    const known = new Map<string, KnownPrevious>(v2.targets.map((t) => [t.target, { version: t.fromVersion, sha: t.previousGood?.sha, current: 'v2', currentDeploymentId: t.deploymentId }]));
    fake.resetLog();
    fake.faults.add({ kind: 'status', status: 502, method: 'GET', route: /deployments/, times: 1000 });
    const r = await rollbackTargets({ ...deps, targets: ['lhr', 'nrt'], reason: 'gate failed', known });
    expect(r.targets.map((t) => [t.target, t.fromVersion, t.toVersion, t.state])).toEqual([['lhr', 'v2', 'v1', 'succeeded'], ['nrt', 'v2', 'v1', 'succeeded']]);
    expect(fake.countRequests({ method: 'GET' })).toBe(0);
    expect((await readDeployLog(logFile)).slice(-2).sort()).toEqual(['rollback lhr v1', 'rollback nrt v1']);
    expect(historyOf(fake, 'production/lhr')[0]).toEqual({ version: 'v1', task: 'deploy:rollback', state: 'success' });
  });

  it('says plainly that a first-ever deploy has no previous version, and runs nothing', async () => {
    const { deps, logFile } = await setup();
    const r = await rollbackTargets({ ...deps, targets: ['ord'], reason: 'gate failed', known: new Map([['ord', { version: undefined, current: 'v1' }]]) });
    expect(r.result).toBe('failed');
    expect(r.targets[0]?.reason).toMatch(/^no previous version: this run made the first deployment of trading-api to production\/ord.*v1 is still live there/);
    expect(await readDeployLog(logFile)).toEqual([]);
  });

  it('a lookup that fails or hangs fails only its own target, with the cause; the known one still rolls back', async () => {
    const { deps } = await setup();
    await deployStage({ ...deps, stage: 'full', version: 'v1' });
    await deployStage({ ...deps, stage: 'full', version: 'v2' });
    const known = new Map([['sin', { version: 'v1', current: 'v2' }]]);
    for (const [target, fault, cause] of [['ord', { kind: 'status', status: 502 }, /502/], ['fra', { kind: 'hang' }, /did not answer within 800 ms/]] as const) {
      fake.faults.clear();
      fake.faults.add({ ...fault, method: 'GET', route: '/repos/{owner}/{repo}/deployments', times: 1000 });
      const started = Date.now();
      const r = await rollbackTargets({ ...deps, targets: [target, 'sin'], reason: 'gate failed', exclude: ['v2'], lookupTimeoutMs: 800, known });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.targets[0]?.state).toBe('failed');
      expect(r.targets[0]?.reason).toMatch(new RegExp(`^could not look up the last known good version of ${target}: `));
      expect(r.targets[0]?.reason).toMatch(cause);
      expect(r.targets[1]).toMatchObject({ target: 'sin', state: 'succeeded', toVersion: 'v1' });
    }
  });
});

describe('a rollback whose record or command fails', () => {
  it('runs the command when GitHub refuses its deployment (403) and lists what was not recorded', async () => {
    const { deps, logFile } = await setup();
    fake.faults.add({ kind: 'status', status: 403, method: 'POST', route: '/repos/{owner}/{repo}/deployments', times: 1000, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } });
    const records = createRecordKeeper({ tries: 2, backoffMs: 10 });
    const r = await rollbackTargets({ ...deps, targets: ['lhr'], reason: 'gate failed', records, known: new Map([['lhr', { version: 'v1', current: 'v2' }]]) });
    expect(r.targets[0]).toMatchObject({ state: 'succeeded', deploymentId: undefined });
    expect(await readDeployLog(logFile)).toEqual(['rollback lhr v1']);
    expect(await records.settle(2000)).toBe(true);
    expect(records.unrecorded.map((u) => [u.target, u.what, u.cause])).toEqual([
      ['lhr', 'the rollback deployment of lhr to v1', expect.stringMatching(/403|Resource not accessible/)],
      ['lhr', expect.stringMatching(/^status success of the rollback deployment of lhr to v1/), 'its deployment could not be created'],
    ]);
  });

  it('marks a failed rollback inactive, never failure: the good version it returned to stays good', async () => {
    const { deps } = await setup();
    await deployStage({ ...deps, stage: 'canary', version: 'v1' });
    await deployStage({ ...deps, stage: 'canary', version: 'v2' });
    const r = await rollbackTargets({ ...deps, env: { ...deps.env, FAIL_REGIONS: 'lhr' }, targets: ['lhr'], reason: 'gate failed', known: new Map([['lhr', { version: 'v1', current: 'v2' }]]) });
    expect(r.targets[0]).toMatchObject({ state: 'failed', reason: 'rollback to v1 failed: rollback exited 3 — cannot reach lhr' });
    expect(historyOf(fake, 'production/lhr')[0]).toEqual({ version: 'v1', task: 'deploy:rollback', state: 'inactive' });
    // A later rollback by lookup still finds v1.
    const again = await rollbackTargets({ ...deps, targets: ['lhr'], reason: 'retry', exclude: ['v2'] });
    expect(again.targets[0]).toMatchObject({ state: 'succeeded', toVersion: 'v1' });
  });
});
