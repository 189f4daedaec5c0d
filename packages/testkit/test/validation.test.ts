import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../src/index.js';

let fake: FakeGitHub;
const headers = { authorization: 'Bearer ghs_test', 'content-type': 'application/json' };

beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(() => fake.close());

function post(path: string, body: string) {
  return fetch(`${fake.url}${path}`, { method: 'POST', headers, body });
}

describe('request validation against GitHub OpenAPI', () => {
  it('rejects a state outside the enum with GitHub\'s 422 shape', async () => {
    const d = fake.state.seedDeployment('acme', 'trading-api', { environment: 'production' });
    const res = await post(`/repos/acme/trading-api/deployments/${d.id}/statuses`, JSON.stringify({ state: 'ok' }));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      message: 'Invalid request.\n\nFor \'properties/state\', "ok" is not a member of ["error", "failure", "inactive", "in_progress", "queued", "pending", "success"].',
      documentation_url: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status',
      status: '422',
    });
    expect(fake.state.repo('acme', 'trading-api').statuses.get(d.id)).toEqual([]);
  });

  it('rejects a deployment without ref, and wrong types', async () => {
    const res = await post('/repos/acme/trading-api/deployments', JSON.stringify({ environment: 'production' }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ message: 'Invalid request.\n\n"ref" wasn\'t supplied.', status: '422' });
    const typed = await post('/repos/acme/trading-api/deployments', JSON.stringify({ ref: 'main', auto_merge: 'yes', payload: 4 }));
    const body = (await typed.json()) as { message: string };
    expect(body.message).toContain('For \'properties/auto_merge\', "yes" is not a boolean.');
    expect(body.message).toContain('For \'properties/payload\', 4 is not an object or string.');
  });

  it('surfaces the 422 through octokit as a RequestError', async () => {
    const gh = getOctokit('ghs_test', { baseUrl: fake.url });
    await expect(gh.request('POST /repos/{owner}/{repo}/deployments', { owner: 'acme', repo: 'trading-api' } as never))
      .rejects.toMatchObject({ status: 422, message: expect.stringContaining('"ref" wasn\'t supplied') });
  });

  it('answers 400 to malformed JSON, 404 to unknown routes and non-numeric ids', async () => {
    const bad = await post('/repos/acme/trading-api/deployments', '{"ref":');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: 'Problems parsing JSON', status: '400' });
    const unknown = await fetch(`${fake.url}/repos/acme/trading-api/pulls/1/wat`, { headers });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    expect((await fetch(`${fake.url}/repos/acme/trading-api/deployments/abc`, { headers })).status).toBe(404);
  });

  it('validates query parameters', async () => {
    const res = await fetch(`${fake.url}/repos/acme/trading-api/deployments?per_page=lots`, { headers });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { message: string }).message).toContain('is not an integer');
  });
});

describe('response validation', () => {
  it('detects a response that breaks GitHub\'s schema, answers 500 and records the violation', async () => {
    const own = await startFakeGitHub();
    try {
      const d = own.state.seedDeployment('acme', 'broken', { environment: 'production' });
      (d as Record<string, unknown>)['sha'] = 42;
      delete (d as Record<string, unknown>)['node_id'];
      const res = await fetch(`${own.url}/repos/acme/broken/deployments`, { headers });
      expect(res.status).toBe(500);
      expect(((await res.json()) as { message: string }).message).toContain('violates GitHub\'s schema');
      expect(own.violations).toHaveLength(1);
      expect(own.violations[0]).toMatch(/GET \/repos\/\{owner\}\/\{repo\}\/deployments 200: .*\/0\/sha must be string/);
      expect(own.violations[0]).toContain("must have required property 'node_id'");
      expect(() => own.assertNoViolations()).toThrow(/break GitHub's schema/);
    } finally {
      await own.close();
    }
  });

  it('can be turned off', async () => {
    const own = await startFakeGitHub({ validateResponses: false });
    try {
      const d = own.state.seedDeployment('acme', 'broken', {});
      (d as Record<string, unknown>)['id'] = 'x';
      expect((await fetch(`${own.url}/repos/acme/broken/deployments`, { headers })).status).toBe(200);
      own.assertNoViolations();
    } finally {
      await own.close();
    }
  });
});
