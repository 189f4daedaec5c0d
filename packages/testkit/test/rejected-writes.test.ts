import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type RouteDefinition } from '../src/index.js';

let fake: FakeGitHub;
const headers = { authorization: 'token t', 'content-type': 'application/json' };
const base = () => `${fake.url}/repos/acme/trading-api/deployments`;

// A handler that stores a status GitHub's schema forbids (state "bogus"): the generic guard must undo it.
const brokenRoute: RouteDefinition = {
  method: 'POST', route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', permission: { scope: 'deployments', level: 'write' },
  handle: (ctx) => {
    const r = ctx.state.repo('acme', 'broken');
    const d = ctx.state.seedDeployment('acme', 'broken', { environment: 'production/new-env' });
    const status = ctx.state.addStatus('acme', 'broken', d, { state: 'bogus' }, true);
    return { status: 201, body: { ...status, note: r.repo } };
  },
};

beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(() => fake.close());

async function post(path: string, body: object) {
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('a write GitHub would reject is answered 422 and leaves no trace', () => {
  it.each([
    ['log_url', { state: 'success', log_url: 'acme/trading-api' }],
    ['target_url', { state: 'failure', target_url: 'not a url' }],
    ['environment_url', { state: 'success', environment_url: 'lhr.example.com is here' }],
  ])('a status whose %s is not a URL', async (field, body) => {
    const d = (await post(base(), { ref: 'main', environment: 'production/lhr' })).body as { id: number };
    await post(`${base()}/${d.id}/statuses`, { state: 'in_progress', log_url: 'https://github.com/acme/trading-api/actions/runs/1' });
    const rejected = await post(`${base()}/${d.id}/statuses`, body);
    expect(rejected.status).toBe(422);
    expect(rejected.body).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', field, code: 'custom' }] });
    const list = await fetch(`${base()}/${d.id}/statuses`, { headers });
    expect(list.status).toBe(200);
    expect(((await list.json()) as Array<{ state: string }>).map((s) => s.state)).toEqual(['in_progress']);
    const later = await post(`${base()}/${d.id}/statuses`, { state: 'success', log_url: 'https://github.com/acme/trading-api/actions/runs/1' });
    expect(later.status).toBe(201);
    expect(fake.violations).toEqual([]);
  });

  it('an invalid state is 422 and stores nothing', async () => {
    const d = (await post(base(), { ref: 'main', environment: 'production/nrt' })).body as { id: number };
    expect((await post(`${base()}/${d.id}/statuses`, { state: 'bogus' })).status).toBe(422);
    expect(fake.state.repo('acme', 'trading-api').statuses.get(d.id)).toEqual([]);
  });
});

describe('a handler answer that breaks the schema is undone', () => {
  it('rolls back the deployment, its status and the new environment, and later reads stay clean', async () => {
    const broken = await startFakeGitHub({ routes: [brokenRoute] });
    try {
      const res = await fetch(`${broken.url}/repos/acme/broken/deployments/1/statuses`, { method: 'POST', headers, body: JSON.stringify({ state: 'success' }) });
      expect(res.status).toBe(500);
      expect(broken.violations).toHaveLength(1);
      const r = broken.state.repo('acme', 'broken');
      expect(r.deployments).toEqual([]);
      expect(r.environments.has('production/new-env')).toBe(false);
      const list = await fetch(`${broken.url}/repos/acme/broken/deployments`, { headers });
      expect(list.status).toBe(200);
      expect(await list.json()).toEqual([]);
      expect(broken.violations).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});
