import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { deployStage, rollbackTargets } from '../src/index.js';
import { historyOf, makePlan, makeWorkspace, memoryLog, readDeployLog, runOn, storeOn } from './fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'rollback-targets' });
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

describe('rollbackTargets, as the pipeline calls it after a failed gate', () => {
  it('puts back the version before the healthy-looking deploy, with the default rollback command', async () => {
    const { dir, logFile } = await makeWorkspace();
    const store = storeOn(fake);
    const env = { ...process.env, DEPLOY_LOG: logFile };
    const plan = { ...makePlan(), rollback: undefined };
    const deps = { plan, store, run: runOn(dir), log: memoryLog(), env };
    await deployStage({ ...deps, stage: 'canary', version: 'v1' });
    const v2 = await deployStage({ ...deps, stage: 'canary', version: 'v2' });
    expect(v2.result).toBe('succeeded');
    const r = await rollbackTargets({ ...deps, targets: ['lhr', 'nrt'], reason: 'gate canary failed: http 503', exclude: ['v2'] });
    expect(r.result).toBe('succeeded');
    expect(r.targets.map((t) => [t.target, t.fromVersion, t.toVersion, t.state])).toEqual([['lhr', 'v2', 'v1', 'succeeded'], ['nrt', 'v2', 'v1', 'succeeded']]);
    // Without a rollback command, the deploy command runs with {version} set to the good version.
    expect((await readDeployLog(logFile)).filter((l) => l.endsWith(' v1'))).toHaveLength(4);
    expect(historyOf(fake, 'production/lhr').map((h) => `${h.task} ${h.version} ${h.state}`)).toEqual(['deploy:rollback v1 success', 'deploy v2 inactive', 'deploy v1 inactive']);
  });

  it('in dry-run reads the history and plans, but creates nothing', async () => {
    const { dir, logFile } = await makeWorkspace();
    const store = storeOn(fake);
    const env = { ...process.env, DEPLOY_LOG: logFile };
    await deployStage({ plan: makePlan(), store, run: runOn(dir), log: memoryLog(), env, stage: 'full', version: 'v1' });
    await deployStage({ plan: makePlan(), store, run: runOn(dir), log: memoryLog(), env: { ...env, FAIL_REGIONS: 'ord fra sin' }, stage: 'full', version: 'v2' });
    fake.resetLog();
    const log = memoryLog();
    const r = await rollbackTargets({ plan: makePlan(), store, run: runOn(dir), log, env, targets: ['ord', 'fra', 'sin'], reason: 'manual', dryRun: true });
    expect(r.targets.map((t) => [t.fromVersion, t.toVersion, t.state])).toEqual([['v2', 'v1', 'planned'], ['v2', 'v1', 'planned'], ['v2', 'v1', 'planned']]);
    expect(log.lines.some((l) => l.includes('run ["./deploy.sh","--region","ord","--version","v1"]'))).toBe(true);
    expect(fake.countRequests({ method: 'POST' })).toBe(0);
  });

  it('in a production environment, where GitHub skips auto_inactive, retires the deployment it repeats with one call', async () => {
    const { dir, logFile } = await makeWorkspace();
    const base = makePlan({ environment: 'production' });
    const plan = { ...base, stages: [{ ...base.stages[1]!, targets: ['ord'] }] };
    const deps = { plan, store: storeOn(fake), run: runOn(dir), log: memoryLog(), env: { ...process.env, DEPLOY_LOG: logFile } };
    await deployStage({ ...deps, stage: 'full', version: 'v1' });
    await deployStage({ ...deps, stage: 'full', version: 'v2', env: { ...deps.env, FAIL_REGIONS: 'ord' } });
    fake.resetLog();
    const r = await rollbackTargets({ ...deps, targets: ['ord'], reason: 'v2 failed' });
    expect(r.targets[0]).toMatchObject({ fromVersion: 'v2', toVersion: 'v1', state: 'succeeded' });
    // create, success, and inactive on the v1 deployment it repeats.
    expect(fake.countRequests({ method: 'POST' })).toBe(3);
    expect(historyOf(fake, 'production').map((h) => `${h.task} ${h.version} ${h.state}`)).toEqual(['deploy:rollback v1 success', 'deploy v2 failure', 'deploy v1 inactive']);
  });
});
