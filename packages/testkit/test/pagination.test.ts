import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../src/index.js';

let fake: FakeGitHub;
const auth = { authorization: 'token ghs_test' };

beforeAll(async () => {
  fake = await startFakeGitHub();
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < 250; i++) {
    fake.state.seedDeployment('acme', 'trading-api', {
      environment: i % 2 === 0 ? 'production/lhr' : 'production/nrt', ref: `v${i}`, createdAt: new Date(start + i * 60_000),
      statuses: [{ state: 'in_progress' }, { state: 'success', description: `v${i}` }],
    });
  }
});
afterAll(() => fake.close());

describe('pagination', () => {
  it('returns newest first, 30 per page by default, with GitHub Link headers', async () => {
    const res = await fetch(`${fake.url}/repos/acme/trading-api/deployments`, { headers: auth });
    const body = (await res.json()) as Array<{ ref: string }>;
    expect(body).toHaveLength(30);
    expect(body[0]?.ref).toBe('v249');
    const repoId = fake.state.repo('acme', 'trading-api').id;
    expect(res.headers.get('link')).toBe(
      `<${fake.url}/repositories/${repoId}/deployments?page=2>; rel="next", <${fake.url}/repositories/${repoId}/deployments?page=9>; rel="last"`,
    );
  });

  it('puts prev, next, last and first on a middle page and keeps the query', async () => {
    const res = await fetch(`${fake.url}/repos/acme/trading-api/deployments?per_page=100&environment=production%2Flhr&page=1`, { headers: auth });
    expect(((await res.json()) as unknown[]).length).toBe(100);
    const mid = await fetch(`${fake.url}/repos/acme/trading-api/deployments?per_page=50&page=3`, { headers: auth });
    const link = mid.headers.get('link') ?? '';
    expect(link.split(', ').map((l) => l.replace(/^<[^?]+\?/, '').replace(/>; /, ' '))).toEqual([
      'per_page=50&page=2 rel="prev"', 'per_page=50&page=4 rel="next"', 'per_page=50&page=5 rel="last"', 'per_page=50&page=1 rel="first"',
    ]);
    const last = await fetch(`${fake.url}/repos/acme/trading-api/deployments?per_page=50&page=5`, { headers: auth });
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('caps per_page at 100 and lets octokit.paginate walk every page through the Link URLs', async () => {
    const gh = getOctokit('ghs_test', { baseUrl: fake.url });
    const capped = await gh.rest.repos.listDeployments({ owner: 'acme', repo: 'trading-api', per_page: 500 });
    expect(capped.data).toHaveLength(100);
    fake.resetLog();
    const all = await gh.paginate(gh.rest.repos.listDeployments, { owner: 'acme', repo: 'trading-api', per_page: 100 });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((d) => d.id)).size).toBe(250);
    expect(fake.countRequests({ method: 'GET', route: '/repos/{owner}/{repo}/deployments' })).toBe(3);
    const lhr = await gh.paginate(gh.rest.repos.listDeployments, { owner: 'acme', repo: 'trading-api', environment: 'production/lhr' });
    expect(lhr).toHaveLength(125);
    expect(lhr.every((d) => d.environment === 'production/lhr')).toBe(true);
    fake.assertNoViolations();
  });

  it('lists statuses newest first with their own pagination', async () => {
    const gh = getOctokit('ghs_test', { baseUrl: fake.url });
    const [latest] = (await gh.rest.repos.listDeployments({ owner: 'acme', repo: 'trading-api', per_page: 1 })).data;
    const statuses = await gh.rest.repos.listDeploymentStatuses({ owner: 'acme', repo: 'trading-api', deployment_id: latest?.id ?? 0, per_page: 1 });
    expect(statuses.data.map((s) => s.state)).toEqual(['success']);
    expect(statuses.headers.link).toContain('rel="next"');
  });

  it('seeds 10,000 deployments fast and pages them in O(page)', async () => {
    const big = await startFakeGitHub();
    try {
      const t0 = performance.now();
      for (let i = 0; i < 10_000; i++) big.state.seedDeployment('acme', 'big', { environment: `production/r${i % 8}`, statuses: [{ state: 'success' }] });
      expect(performance.now() - t0).toBeLessThan(2_000);
      const res = await fetch(`${big.url}/repos/acme/big/deployments?environment=production%2Fr3&per_page=100&page=2`, { headers: auth });
      expect(((await res.json()) as unknown[]).length).toBe(100);
      expect(res.headers.get('link')).toContain('page=13>; rel="last"');
    } finally {
      await big.close();
    }
  });
});
