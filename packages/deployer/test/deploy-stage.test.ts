import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { deployStage, renderOutcomeTable } from '../src/index.js';
import { historyOf, makePlan, makeWorkspace, memoryLog, readDeployLog, runOn, storeOn } from './fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'deploy-stage' });
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

describe('deployStage', () => {
  it('deploys every target with 2 writes each (the deployment and its final status), records the from-version and retires the old deployment', async () => {
    const { dir, logFile } = await makeWorkspace();
    const store = storeOn(fake);
    const env = { ...process.env, DEPLOY_LOG: logFile };
    const first = await deployStage({ plan: makePlan(), stage: 'canary', version: 'v1', store, run: runOn(dir), log: memoryLog(), env });
    expect(first.result).toBe('succeeded');
    expect(first.targets.map((t) => [t.target, t.fromVersion, t.toVersion, t.state])).toEqual([['lhr', undefined, 'v1', 'succeeded'], ['nrt', undefined, 'v1', 'succeeded']]);
    fake.resetLog();
    const log = memoryLog();
    const second = await deployStage({ plan: makePlan(), stage: 'canary', version: 'v2', store, run: runOn(dir), log, env });
    expect(second.targets.map((t) => [t.fromVersion, t.toVersion, t.state])).toEqual([['v1', 'v2', 'succeeded'], ['v1', 'v2', 'succeeded']]);
    expect(fake.countRequests({ method: 'POST' })).toBe(4);
    // The lookup: one shared list plus one status read per target.
    expect(fake.countRequests({ method: 'GET' })).toBe(3);
    expect(await readDeployLog(logFile)).toEqual(expect.arrayContaining(['deploy lhr v1', 'deploy nrt v1', 'deploy lhr v2', 'deploy nrt v2']));
    expect(historyOf(fake, 'production/lhr')).toEqual([{ version: 'v2', task: 'deploy', state: 'success' }, { version: 'v1', task: 'deploy', state: 'inactive' }]);
    // Parallel targets share the log: their lines carry the target.
    expect(log.lines).toContain('[lhr] deployed v2 to lhr');
    const table = renderOutcomeTable(second.targets);
    expect(table).toContain('| lhr | production/lhr | v1 | v2 | ✅ succeeded: deployed v2 |');
    expect(table).toContain(`[deployment ${second.targets[0]?.deploymentId}](https://github.com/acme/trading-api/actions/runs/1001/attempts/1)`);
  });

  it('marks a failing target failure and a hanging one error after its timeout, keeping the others', async () => {
    const { dir, logFile } = await makeWorkspace();
    const env = { ...process.env, DEPLOY_LOG: logFile, FAIL_REGIONS: 'ord', HANG_REGIONS: 'fra' };
    const r = await deployStage({ plan: makePlan({ timeout: '400ms' }), stage: 'full', version: 'v7', store: storeOn(fake), run: runOn(dir), log: memoryLog(), env });
    expect(r.result).toBe('partially-failed');
    expect(r.targets.map((t) => [t.target, t.state])).toEqual([['ord', 'failed'], ['fra', 'error'], ['sin', 'succeeded']]);
    expect(r.targets[0]?.reason).toBe('deploy exited 3 — cannot reach ord');
    expect(r.targets[1]?.reason).toMatch(/^deploy timed out after 400ms/);
    expect(historyOf(fake, 'production/ord')[0]?.state).toBe('failure');
    expect(historyOf(fake, 'production/fra')[0]?.state).toBe('error');
  });

  it('rejects an unsafe version or timeout before any request', async () => {
    const { dir } = await makeWorkspace();
    fake.resetLog();
    for (const version of ['v1; rm -rf /', '$(id)', 'x'.repeat(300), '--help']) {
      await expect(deployStage({ plan: makePlan(), stage: 'canary', version, store: storeOn(fake), run: runOn(dir), log: memoryLog() })).rejects.toThrow(/input version: expected a version matching/);
    }
    await expect(deployStage({ plan: makePlan(), stage: 'canary', version: 'v1', timeout: 'soon', store: storeOn(fake), run: runOn(dir), log: memoryLog() })).rejects.toThrow(/input timeout: expected a duration/);
    expect(fake.log).toHaveLength(0);
  });

  it('marks the running targets error "cancelled" and starts no more when the job is cancelled', async () => {
    const { dir, logFile } = await makeWorkspace();
    const ac = new AbortController();
    const log = memoryLog();
    const env = { ...process.env, DEPLOY_LOG: logFile, HANG_REGIONS: 'ord' };
    const pending = deployStage({ plan: makePlan(), stage: 'full', version: 'v8', store: storeOn(fake), run: runOn(dir), log, env, signal: ac.signal });
    while (!log.lines.includes('ord hanging')) await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    const r = await pending;
    expect(r.result).toBe('cancelled');
    expect(r.targets.map((t) => [t.target, t.state, t.deploymentId === undefined])).toEqual([['ord', 'cancelled', false], ['fra', 'cancelled', true], ['sin', 'cancelled', true]]);
    expect(historyOf(fake, 'production/ord')[0]).toMatchObject({ version: 'v8', state: 'error' });
    expect(historyOf(fake, 'production/fra').some((h) => h.version === 'v8')).toBe(false);
  });

  it('retires the previous good deployment by hand where auto_inactive does not apply (production)', async () => {
    const { dir, logFile } = await makeWorkspace();
    const plan = makePlan({ environment: 'production' });
    const solo = { ...plan, stages: [{ ...plan.stages[1]!, targets: ['ord'] }] };
    const env = { ...process.env, DEPLOY_LOG: logFile };
    await deployStage({ plan: solo, stage: 'full', version: 'v1', store: storeOn(fake), run: runOn(dir), log: memoryLog(), env });
    fake.resetLog();
    const r = await deployStage({ plan: solo, stage: 'full', version: 'v2', store: storeOn(fake), run: runOn(dir), log: memoryLog(), env });
    expect(r.targets[0]).toMatchObject({ fromVersion: 'v1', state: 'succeeded' });
    // The deployment, its success, and inactive on the old one.
    expect(fake.countRequests({ method: 'POST' })).toBe(3);
    expect(historyOf(fake, 'production').map((h) => h.state)).toEqual(['success', 'inactive']);
  });
});
