import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, DeploymentStore } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { holdRolloutLock, releaseRolloutLocks, type LockSession } from '../src/index.js';
import { makePlan, runOn } from './fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(() => fake.close());

function session(runId: string, dryRun = false): LockSession {
  const client = createGitHubClient({ token: 't', baseUrl: fake.url, retries: 0 });
  return { client, store: new DeploymentStore(client, { owner: fake.owner, repo: fake.repo }), plan: makePlan(), run: { ...runOn('/tmp'), id: runId }, dryRun };
}
const quiet = { info: () => {}, warning: () => {} };
const signal = new AbortController().signal;
const claimStates = () => {
  const repo = fake.state.repo(fake.owner, fake.repo);
  return (repo.deploymentsByEnvironment.get('production/lock/trading-api') ?? []).map((d) => fake.state.latestStatus(repo, d.id)?.state);
};

describe('the rollout lock as the actions take it', () => {
  it('names the input at fault, and checks versions, stage and targets before any request', async () => {
    fake.resetLog();
    await expect(holdRolloutLock(session('1'), { lock: 'maybe', timeout: '' }, signal, quiet)).rejects.toThrow(/input lock: expected one of wait, fail, off/);
    await expect(holdRolloutLock(session('1'), { lock: 'wait', timeout: 'soon' }, signal, quiet)).rejects.toThrow(/input lock-timeout: expected a duration/);
    await expect(holdRolloutLock(session('1'), { lock: 'wait', timeout: '', versions: { version: '$(id)' } }, signal, quiet)).rejects.toThrow(/input version: expected a version matching/);
    await expect(holdRolloutLock(session('1'), { lock: 'wait', timeout: '', stage: 'nope' }, signal, quiet)).rejects.toThrow(/input stage/);
    await expect(holdRolloutLock(session('1'), { lock: 'wait', timeout: '', targets: ['lhr', 'mars'] }, signal, quiet)).rejects.toThrow(/input targets: expected targets of the plan .* got "mars"/);
    expect(fake.log).toHaveLength(0);
  });

  it('takes nothing in a dry run or with lock: off', async () => {
    fake.resetLog();
    await holdRolloutLock(session('2', true), { lock: 'wait', timeout: '' }, signal, quiet);
    await holdRolloutLock(session('2'), { lock: 'off', timeout: '' }, signal, quiet);
    expect(fake.log).toHaveLength(0);
  });

  it('holds the lock until released; another run with lock: fail is refused meanwhile', async () => {
    await holdRolloutLock(session('3'), { lock: 'wait', timeout: '1m', versions: { version: 'v2' } }, signal, quiet);
    expect(claimStates()).toEqual(['in_progress']);
    await expect(holdRolloutLock(session('4'), { lock: 'fail', timeout: '' }, signal, quiet)).rejects.toThrow(/rollout lock production\/lock\/trading-api is held by run 3 /);
    await releaseRolloutLocks('done');
    expect(claimStates()).toEqual(['inactive', 'inactive']);
    await holdRolloutLock(session('4'), { lock: 'fail', timeout: '' }, signal, quiet);
    await releaseRolloutLocks('done');
    expect(claimStates()).toEqual(['inactive', 'inactive', 'inactive']);
  });

  it('stops waiting for a release GitHub never answers, within its own bound, and says so', async () => {
    await holdRolloutLock(session('5'), { lock: 'wait', timeout: '1m' }, signal, quiet);
    fake.faults.add({ kind: 'hang', method: 'POST', route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses' });
    const warnings: string[] = [];
    const started = Date.now();
    await releaseRolloutLocks('done', (m) => warnings.push(m), 300);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(warnings.join('\n')).toMatch(/could not release the rollout lock production\/lock\/trading-api \(deployment \d+\) within 0.3 s; it expires when this run ends/);
    fake.faults.clear();
  });
});
