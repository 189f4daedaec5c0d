import { getOctokit } from '@actions/github';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../src/index.js';

let fake: FakeGitHub;
let gh: ReturnType<typeof getOctokit>;
const repo = { owner: 'acme', repo: 'trading-api' };

beforeAll(async () => {
  fake = await startFakeGitHub();
  gh = getOctokit('ghs_test', { baseUrl: fake.url });
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

async function deploy(environment: string, extra: Record<string, unknown> = {}) {
  const res = await gh.rest.repos.createDeployment({ ...repo, ref: 'main', environment, required_contexts: [], auto_merge: false, ...extra });
  expect(res.status).toBe(201);
  return res.data as { id: number; sha: string; environment: string; production_environment: boolean; payload: unknown };
}

function states(deploymentId: number) {
  return gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deploymentId }).then((r) => r.data.map((s) => s.state));
}

describe('deployments', () => {
  it('creates a deployment with GitHub defaults and creates its environment', async () => {
    const d = await deploy('production', { payload: JSON.stringify({ version: '1.2.3' }) });
    expect(d.production_environment).toBe(true);
    expect(d.payload).toEqual({ version: '1.2.3' });
    expect(d.sha).toMatch(/^[0-9a-f]{40}$/);
    const other = await deploy('staging/lhr');
    expect(other.production_environment).toBe(false);
    const env = await gh.rest.repos.getEnvironment({ ...repo, environment_name: 'staging/lhr' });
    expect(env.data.name).toBe('staging/lhr');
    expect(fake.log.at(-1)?.path).toContain('staging%2Flhr');
  });

  it('uses a 40-hex ref as its own sha and a seeded commit for a branch', async () => {
    const sha = 'a'.repeat(40);
    expect((await deploy('qa', { ref: sha })).sha).toBe(sha);
    const commit = fake.state.addCommit('acme', 'trading-api', { sha: 'b'.repeat(40), refs: ['release/1.2'], message: 'v1.2' });
    expect((await deploy('qa', { ref: 'release/1.2' })).sha).toBe(commit.sha);
    const got = await gh.rest.repos.getCommit({ ...repo, ref: 'release/1.2' });
    expect(got.data.sha).toBe(commit.sha);
  });

  it('marks older successful deployments of the environment inactive on success (auto_inactive)', async () => {
    const first = await deploy('production/nrt');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first.id, state: 'in_progress' });
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first.id, state: 'success' });
    const transient = await deploy('production/nrt', { transient_environment: true });
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: transient.id, state: 'success' });
    const elsewhere = await deploy('production/ewr');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: elsewhere.id, state: 'success' });
    const second = await deploy('production/nrt');
    const created = await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: second.id, state: 'success', log_url: 'https://ci.example/run/1' });
    expect(created.status).toBe(201);
    expect(created.data.target_url).toBe('https://ci.example/run/1');
    expect(await states(first.id)).toEqual(['inactive', 'success', 'in_progress']);
    expect(await states(transient.id)).toEqual(['success']);
    expect(await states(elsewhere.id)).toEqual(['success']);
    expect(await states(second.id)).toEqual(['success']);
  });

  it('leaves production deployments for the client to deactivate, as GitHub does', async () => {
    const first = await deploy('production', {});
    expect(first.production_environment).toBe(true);
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first.id, state: 'success' });
    const second = await deploy('production', {});
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: second.id, state: 'success' });
    expect(await states(first.id)).toEqual(['success']);
  });

  it('leaves older deployments alone with auto_inactive false', async () => {
    const first = await deploy('production/bom');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first.id, state: 'success' });
    const second = await deploy('production/bom');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: second.id, state: 'success', auto_inactive: false });
    expect(await states(first.id)).toEqual(['success']);
  });

  it('gets a status by id and 404s unknown deployments', async () => {
    const d = await deploy('qa');
    const s = await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: d.id, state: 'queued', description: 'waiting' });
    const got = await gh.rest.repos.getDeploymentStatus({ ...repo, deployment_id: d.id, status_id: s.data.id });
    expect(got.data.description).toBe('waiting');
    await expect(gh.rest.repos.getDeployment({ ...repo, deployment_id: 999_999 })).rejects.toMatchObject({ status: 404 });
  });

  it('deletes only inactive deployments when the environment has others', async () => {
    const a = await deploy('production/sin');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: a.id, state: 'success' });
    const b = await deploy('production/sin');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: b.id, state: 'success' });
    await expect(gh.rest.repos.deleteDeployment({ ...repo, deployment_id: b.id })).rejects.toMatchObject({ status: 422 });
    expect((await gh.rest.repos.deleteDeployment({ ...repo, deployment_id: a.id })).status).toBe(204);
    await expect(gh.rest.repos.getDeployment({ ...repo, deployment_id: a.id })).rejects.toMatchObject({ status: 404 });
  });

  it('filters by environment, task, ref and sha', async () => {
    fake.state.seedDeployment('acme', 'filters', { environment: 'production/fra', task: 'deploy', ref: 'v1' });
    fake.state.seedDeployment('acme', 'filters', { environment: 'production/fra', task: 'deploy:rollback', ref: 'v0' });
    fake.state.seedDeployment('acme', 'filters', { environment: 'production/ord', task: 'deploy', ref: 'v1' });
    const list = (q: Record<string, string>) => gh.rest.repos.listDeployments({ owner: 'acme', repo: 'filters', ...q }).then((r) => r.data);
    expect((await list({ environment: 'production/fra' })).map((d) => d.ref)).toEqual(['v0', 'v1']);
    expect((await list({ task: 'deploy:rollback' })).map((d) => d.environment)).toEqual(['production/fra']);
    expect(await list({ ref: 'v1', environment: 'production/ord' })).toHaveLength(1);
    const [one] = await list({ ref: 'v0' });
    expect(await list({ sha: one?.sha ?? '' })).toHaveLength(1);
    expect(await list({ environment: 'nowhere' })).toEqual([]);
  });

  it('serves environments, the repository and the rate limit', async () => {
    const put = await gh.rest.repos.createOrUpdateEnvironment({ ...repo, environment_name: 'production/new', wait_timer: 5 });
    expect(put.data.name).toBe('production/new');
    const all = await gh.rest.repos.getAllEnvironments(repo);
    expect(all.data.environments?.map((e) => e.name)).toContain('production/new');
    expect((await gh.rest.repos.get(repo)).data.full_name).toBe('acme/trading-api');
    const limit = await gh.rest.rateLimit.get();
    expect(limit.data.resources.core.used).toBeGreaterThan(0);
    await expect(gh.rest.repos.getCommit({ ...repo, ref: 'no-such-branch' })).rejects.toMatchObject({ status: 422 });
  });
});
