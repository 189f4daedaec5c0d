import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findLastKnownGood, GitHubAccessError } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { deployThrough, payload, SHA, storeOn } from './store-helpers.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ tokens: { 'test-token': {}, 'read-only': { permissions: { deployments: 'read' } } } });
});
afterEach(() => {
  fake.faults.clear();
  fake.assertNoViolations();
});
afterAll(() => fake.close());

describe('DeploymentStore against the fake GitHub API', () => {
  it('creates a deployment with our payload, no auto-merge and no required contexts', async () => {
    const store = storeOn(fake);
    const d = await store.createDeployment({ ref: SHA, environment: 'production/lhr', task: 'deploy', payload: payload('v1') });
    expect(d).toMatchObject({ environment: 'production/lhr', task: 'deploy', sha: SHA, payload: { tool: 'stagegate', version: 'v1', target: 'lhr' } });
    const post = fake.log.find((e) => e.method === 'POST' && e.route === '/repos/{owner}/{repo}/deployments');
    expect(post?.status).toBe(201);
  });

  it('walks a deployment through statuses and cuts long descriptions to 140 characters', async () => {
    const store = storeOn(fake);
    const d = await store.createDeployment({ ref: SHA, environment: 'production/st1', task: 'deploy', payload: payload('v1', 'st1') });
    await store.setStatus(d.id, 'queued');
    await store.setStatus(d.id, 'in_progress', { logUrl: 'https://github.com/acme/trading-api/actions/runs/1/attempts/1' });
    const s = await store.setStatus(d.id, 'failure', { description: 'x'.repeat(500) });
    expect(s.description).toHaveLength(140);
    expect(s.description.endsWith('…')).toBe(true);
    expect((await store.latestStatus(d.id))?.state).toBe('failure');
    expect((await store.listStatuses(d.id)).map((x) => x.state)).toEqual(['failure', 'in_progress', 'queued']);
  });

  it('finds the last known good version with failures and rollbacks interleaved', async () => {
    const store = storeOn(fake);
    const env = 'production/lkg';
    await deployThrough(store, env, 'v1', 'success');
    await deployThrough(store, env, 'v2', 'success');
    await deployThrough(store, env, 'v3', 'failure');
    await deployThrough(store, env, 'v2', 'success', 'deploy:rollback');
    await deployThrough(store, env, 'v4', 'error');
    await deployThrough(store, env, 'v5', 'in_progress');
    let r = await findLastKnownGood(store, env);
    expect(r.found?.version).toBe('v2');
    expect(r.found?.deployment.task).toBe('deploy:rollback');
    expect(r.failedVersions).toEqual(['v4']);

    // v2 now fails on this target after its last success: it must not be chosen again, nor the excluded v5.
    await deployThrough(store, env, 'v2', 'failure');
    r = await findLastKnownGood(store, env, { exclude: ['v5'] });
    expect(r.found?.version).toBe('v1');
  });

  it('reports no good version when none ever succeeded', async () => {
    const store = storeOn(fake);
    await deployThrough(store, 'production/none', 'v1', 'failure');
    const r = await findLastKnownGood(store, 'production/none');
    expect(r.found).toBeUndefined();
    expect(r.failedVersions).toEqual(['v1']);
  });

  it('pages over 250 deployments newest first, and stops paging at the first hit', async () => {
    const store = storeOn(fake);
    const env = 'production/many';
    for (let i = 0; i < 250; i++) {
      fake.state.seedDeployment('acme', 'trading-api', { environment: env, ref: SHA, task: 'deploy', payload: payload(`v${i}`, 'many'), statuses: [{ state: i === 10 ? 'success' : 'failure' }] });
    }
    const versions: string[] = [];
    for await (const d of store.listDeployments({ environment: env })) versions.push(d.payload?.version ?? '');
    expect(versions).toHaveLength(250);
    expect(versions[0]).toBe('v249');
    expect(versions[249]).toBe('v0');
    expect(fake.countRequests({ route: '/repos/{owner}/{repo}/deployments', method: 'GET' })).toBeGreaterThanOrEqual(3);

    fake.resetLog();
    const r = await findLastKnownGood(store, env);
    expect(r.found?.version).toBe('v10');
    // 239 newer deployments failed; v10 is on page 3 of 100: three list pages and 240 status reads.
    expect(fake.countRequests({ route: '/repos/{owner}/{repo}/deployments' })).toBe(3);
    expect(fake.countRequests({ route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses' })).toBe(240);
  });

  it('retries a 502 and succeeds', async () => {
    const store = storeOn(fake);
    fake.faults.add({ kind: 'status', status: 502, method: 'POST', route: '/repos/{owner}/{repo}/deployments', times: 2 });
    fake.resetLog();
    const d = await store.createDeployment({ ref: SHA, environment: 'production/r502', task: 'deploy', payload: payload('v1', 'r502') });
    expect(d.id).toBeGreaterThan(0);
    expect(fake.log.filter((e) => e.method === 'POST').map((e) => e.status)).toEqual([502, 502, 201]);
  });

  it('waits out a secondary rate limit (403 with retry-after) and succeeds', async () => {
    const store = storeOn(fake);
    fake.faults.add({ kind: 'secondary-rate-limit', retryAfter: 1, route: '/repos/{owner}/{repo}/deployments', method: 'POST' });
    fake.resetLog();
    const started = Date.now();
    await store.createDeployment({ ref: SHA, environment: 'production/r403', task: 'deploy', payload: payload('v1', 'r403') });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.log.filter((e) => e.method === 'POST').map((e) => e.status)).toEqual([403, 201]);
  });

  it('honours retry-after on a 429', async () => {
    const store = storeOn(fake);
    fake.faults.add({ kind: 'too-many-requests', retryAfter: 1, route: '/repos/{owner}/{repo}/deployments', method: 'POST' });
    fake.resetLog();
    const started = Date.now();
    await store.createDeployment({ ref: SHA, environment: 'production/r429', task: 'deploy', payload: payload('v1', 'r429') });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.log.filter((e) => e.method === 'POST').map((e) => e.status)).toEqual([429, 201]);
  });

  it('honours retry-after on a plain 429 (no secondary-limit message)', async () => {
    const store = storeOn(fake);
    fake.faults.add({ kind: 'status', status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '1' }, route: '/repos/{owner}/{repo}/deployments', method: 'POST' });
    fake.resetLog();
    const started = Date.now();
    await store.createDeployment({ ref: SHA, environment: 'production/r429b', task: 'deploy', payload: payload('v1', 'r429b') });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.log.filter((e) => e.method === 'POST').map((e) => e.status)).toEqual([429, 201]);
  });

  it('waits for x-ratelimit-reset when the primary quota is exhausted', async () => {
    const store = storeOn(fake);
    fake.faults.add({ kind: 'rate-limit', resetInSeconds: 1, route: '/repos/{owner}/{repo}/deployments', method: 'GET' });
    fake.resetLog();
    const started = Date.now();
    await store.listPage({ environment: 'production/lhr' }, 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.log.map((e) => e.status)).toEqual([403, 200]);
  });

  it('never retries a 422 validation error', async () => {
    const store = storeOn(fake);
    fake.resetLog();
    const d = await store.createDeployment({ ref: SHA, environment: 'production/r422', task: 'deploy', payload: payload('v1', 'r422') });
    await expect(store.setStatus(d.id, 'ok' as never)).rejects.toThrow(/422/);
    expect(fake.countRequests({ method: 'POST', route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses' })).toBe(1);
  });

  it('retries a reset connection', async () => {
    const store = storeOn(fake);
    fake.faults.add({ kind: 'reset', route: '/repos/{owner}/{repo}/deployments', method: 'POST' });
    const d = await store.createDeployment({ ref: SHA, environment: 'production/reset', task: 'deploy', payload: payload('v1', 'reset') });
    expect(d.id).toBeGreaterThan(0);
  });

  it('names the missing permission when the token cannot write deployments', async () => {
    const store = storeOn(fake, 'read-only');
    const err = await store.createDeployment({ ref: SHA, environment: 'production/perm', task: 'deploy', payload: payload('v1', 'perm') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubAccessError);
    expect((err as Error).message).toMatch(/Resource not accessible by integration/);
    expect((err as Error).message).toMatch(/permissions:\n\s+deployments: write/);
  });

  it('says the token is bad on 401', async () => {
    const store = storeOn(fake, 'no-such-token');
    await expect(store.latestStatus(1)).rejects.toThrow(/GitHub rejected the token .*401/);
  });
});
