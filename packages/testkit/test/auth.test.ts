import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../src/index.js';

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub({
    tokens: {
      writer: {},
      reader: { permissions: { deployments: 'read', contents: 'read' } },
      nothing: { permissions: {} },
    },
  });
});
afterAll(() => fake.close());

const list = (token?: string) => fetch(`${fake.url}/repos/acme/trading-api/deployments`, token ? { headers: { authorization: `token ${token}` } } : {});

describe('auth and headers', () => {
  it('answers 401 Bad credentials to a missing or unknown token', async () => {
    for (const res of [await list(), await list('stranger')]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
  });

  it('answers 403 Resource not accessible by integration without the permission', async () => {
    expect((await list('reader')).status).toBe(200);
    expect((await list('nothing')).status).toBe(403);
    const gh = getOctokit('reader', { baseUrl: fake.url });
    const err = await gh.rest.repos.createDeployment({ owner: 'acme', repo: 'trading-api', ref: 'main' }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment', status: '403' } },
    });
    const writer = getOctokit('writer', { baseUrl: fake.url });
    expect((await writer.rest.repos.createDeployment({ owner: 'acme', repo: 'trading-api', ref: 'main' })).status).toBe(201);
  });

  it('sends rate-limit headers and a request id on every response', async () => {
    const res = await list('writer');
    for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource', 'x-github-request-id']) {
      expect(res.headers.get(h), h).toBeTruthy();
    }
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBe(5000 - Number(res.headers.get('x-ratelimit-used')));
    const unknown = await fetch(`${fake.url}/nope`, { headers: { authorization: 'token writer' } });
    expect(unknown.headers.get('x-ratelimit-resource')).toBe('core');
  });

  it('logs every request with route, operationId, status and timing', async () => {
    fake.resetLog();
    await list('writer');
    await list('nothing');
    await fetch(`${fake.url}/rate_limit?x=1`, { headers: { authorization: 'token writer' } });
    expect(fake.log.map((e) => [e.method, e.path, e.route, e.operationId, e.status])).toEqual([
      ['GET', '/repos/acme/trading-api/deployments', '/repos/{owner}/{repo}/deployments', 'repos/list-deployments', 200],
      ['GET', '/repos/acme/trading-api/deployments', '/repos/{owner}/{repo}/deployments', 'repos/list-deployments', 403],
      ['GET', '/rate_limit?x=1', '/rate_limit', 'rate-limit/get', 200],
    ]);
    expect(fake.log.every((e) => e.ms >= 0 && e.time instanceof Date)).toBe(true);
    expect(fake.countRequests({ route: '/repos/{owner}/{repo}/deployments' })).toBe(2);
    expect(fake.countRequests({ method: 'post' })).toBe(0);
    expect(fake.countRequests()).toBe(3);
    fake.assertNoViolations();
  });

  it('serves any owner/repo with its own state', async () => {
    fake.state.seedDeployment('other', 'service', { environment: 'production' });
    const gh = getOctokit('writer', { baseUrl: fake.url });
    expect((await gh.rest.repos.listDeployments({ owner: 'other', repo: 'service' })).data).toHaveLength(1);
    expect((await gh.rest.repos.listDeployments({ owner: 'other', repo: 'empty' })).data).toHaveLength(0);
  });
});
