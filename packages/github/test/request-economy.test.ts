import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, createPreviousVersionReader, DeploymentStore, readRateLimit } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'economy' });
});
afterAll(() => {
  fake.assertNoViolations();
  return fake.close();
});

const LIST = '/repos/{owner}/{repo}/deployments';
const storeOf = (pacing?: Parameters<typeof createGitHubClient>[0]['writePacing']) =>
  new DeploymentStore(createGitHubClient({ token: 't', baseUrl: fake.url, retries: 1, backoffBaseMs: 5, writePacing: pacing }), { owner: 'acme', repo: 'economy' });
function seed(env: string, version: string, state = 'success'): void {
  fake.state.seedDeployment('acme', 'economy', { environment: env, sha: 'b'.repeat(40), payload: { tool: 'stagegate', service: 'api', version, stage: 's', target: env, plan: 'p', run: { id: '1', attempt: 1 } }, statuses: [{ state }] });
}

describe('conditional requests through the client', () => {
  it('a repeated GET is sent with If-None-Match and its 304 answer gives back the same records, at no cost', async () => {
    const store = storeOf();
    seed('c/one', 'v1');
    const first = await store.listPage({ environment: 'c/one' }, 1);
    const remaining = (await readRateLimit(store['client']))?.remaining;
    fake.resetLog();
    const again = await store.listPage({ environment: 'c/one' }, 1);
    expect(again).toEqual(first);
    expect(fake.log.map((e) => e.status)).toEqual([304]);
    expect((await readRateLimit(store['client']))?.remaining).toBe(remaining);
    // Something new: a full answer again.
    seed('c/one', 'v2');
    expect((await store.listPage({ environment: 'c/one' }, 1))[0]?.payload?.version).toBe('v2');
  });
});

describe('readRateLimit', () => {
  it('reads limit, remaining and reset from GET /rate_limit without spending a request', async () => {
    fake.rateLimit.set({ limit: 1000, remaining: 321, resetInSeconds: 900 });
    const store = storeOf();
    expect(await readRateLimit(store['client'])).toMatchObject({ limit: 1000, remaining: 321 });
    expect((await readRateLimit(store['client']))?.remaining).toBe(321);
    fake.rateLimit.set({ limit: 5000, remaining: 5000 });
  });
});

describe('write pacing through the client', () => {
  it('a burst goes out at once, then writes follow at the paced interval (one a second here)', async () => {
    const store = storeOf({ burst: 3, perMinute: 60 });
    fake.resetLog();
    const started = Date.now();
    await Promise.all(Array.from({ length: 6 }, (_, i) => store.createDeployment({ ref: 'b'.repeat(40), environment: `p/${i}`, task: 'deploy', payload: { tool: 'stagegate', service: 'api', version: 'v1', stage: 's', target: `${i}`, plan: 'p', run: { id: '1', attempt: 1 } } })));
    const at = fake.log.map((e) => e.time.getTime() - started).sort((a, b) => a - b);
    // Paced from the first write, the sixth would go out 5 s in; with a burst of 3 it goes 3 intervals in.
    expect(at[3]).toBeGreaterThanOrEqual(990);
    expect(at[5]).toBeGreaterThanOrEqual(2990);
    expect(at[5]).toBeLessThan(4500);
  });
});

describe('previous versions for many environments', () => {
  it('shares the repository\'s pages between lookups: a later stage reads no page again and ignores the run\'s own deployments', async () => {
    const envs = Array.from({ length: 150 }, (_, i) => `fleet/t${i}`);
    for (const env of envs) seed(env, 'v1');
    const store = storeOf();
    const reader = createPreviousVersionReader(store, { service: 'api' });
    fake.resetLog();
    const first = await reader.lookup(envs.slice(100));
    expect(first.size).toBe(50);
    expect(fake.countRequests({ route: LIST })).toBe(1);
    // The run deploys v2 to those; a lookup for the other 100 still sees v1 there and reads one page more.
    for (const env of envs.slice(100)) seed(env, 'v2');
    const second = await reader.lookup(envs.slice(0, 100));
    expect([...second.values()].every((g) => g.version === 'v1')).toBe(true);
    expect(second.size).toBe(100);
    expect(fake.countRequests({ route: LIST })).toBeLessThanOrEqual(3);
    expect(fake.countRequests({ route: `${LIST}/{deployment_id}/statuses` })).toBe(150);
  });

  it('reads as deep as the fleet for a first stage deployed oldest last time, with no list per environment', async () => {
    const envs = Array.from({ length: 450 }, (_, i) => `deep/t${i}`);
    for (const env of envs) seed(env, 'v1');
    const reader = createPreviousVersionReader(storeOf(), { service: 'api', fleetSize: 450 });
    fake.resetLog();
    const canary = await reader.lookup(envs.slice(0, 2));
    expect([...canary.keys()].sort()).toEqual(['deep/t0', 'deep/t1']);
    // Every list read is a shared page (no environment filter), and no more of them than the fleet needs.
    const lists = fake.log.filter((e) => e.route === LIST);
    expect(lists.every((e) => !e.path.includes('environment='))).toBe(true);
    expect(lists.length).toBeLessThanOrEqual(Math.ceil(fake.state.repo('acme', 'economy').deployments.length / 100));
  });
});
