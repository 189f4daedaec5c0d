import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../src/index.js';

let fake: FakeGitHub;
const ROUTE = '/repos/{owner}/{repo}/deployments';
const repo = { owner: 'acme', repo: 'trading-api' };
const get = () => fetch(`${fake.url}/repos/acme/trading-api/deployments`, { headers: { authorization: 'token t' } });

beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterEach(() => fake.faults.clear());
afterAll(() => fake.close());

function client(onSecondary = vi.fn(() => true), onRate = vi.fn(() => false)) {
  const gh = getOctokit('t', { baseUrl: fake.url, throttle: { onSecondaryRateLimit: onSecondary, onRateLimit: onRate }, retry: { retries: 2 } }, retry, throttling);
  return { gh, onSecondary, onRate };
}

describe('fault injection', () => {
  it('status: answers the given status `times` times, then normally', async () => {
    fake.faults.add({ route: ROUTE, kind: 'status', status: 502, times: 2, headers: { 'x-fault': 'yes' } });
    const first = await get();
    expect(first.status).toBe(502);
    expect(first.headers.get('x-fault')).toBe('yes');
    expect((await get()).status).toBe(502);
    expect((await get()).status).toBe(200);
  });

  it('status: plugin-retry retries a 502 and succeeds', async () => {
    fake.faults.add({ method: 'GET', route: ROUTE, kind: 'status', status: 502, body: { message: 'Bad Gateway' } });
    fake.resetLog();
    const { gh } = client();
    expect((await gh.rest.repos.listDeployments(repo)).status).toBe(200);
    expect(fake.log.map((e) => e.status)).toEqual([502, 200]);
  });

  it('matches by RegExp and method', async () => {
    fake.faults.add({ method: 'POST', route: /\/deployments$/, kind: 'status', status: 500 });
    expect((await get()).status).toBe(200);
    const post = await fetch(`${fake.url}/repos/acme/trading-api/deployments`, { method: 'POST', headers: { authorization: 'token t' }, body: '{"ref":"main"}' });
    expect(post.status).toBe(500);
  });

  it('secondary-rate-limit: 403 with GitHub\'s message and retry-after; the throttling plugin waits and retries', async () => {
    fake.faults.add({ route: ROUTE, kind: 'secondary-rate-limit', retryAfter: 1 });
    const raw = await get();
    expect(raw.status).toBe(403);
    expect(raw.headers.get('retry-after')).toBe('1');
    expect(((await raw.json()) as { message: string }).message).toMatch(/^You have exceeded a secondary rate limit/);
    fake.faults.add({ route: ROUTE, kind: 'secondary-rate-limit', retryAfter: 1 });
    const { gh, onSecondary } = client();
    const t0 = Date.now();
    expect((await gh.rest.repos.listDeployments(repo)).status).toBe(200);
    expect(onSecondary).toHaveBeenCalledWith(1, expect.anything(), expect.anything(), 0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it('rate-limit: 403 with x-ratelimit-remaining 0 and a reset the throttling plugin reads', async () => {
    fake.faults.add({ route: ROUTE, kind: 'rate-limit', resetInSeconds: 30 });
    const raw = await get();
    expect(raw.status).toBe(403);
    expect(raw.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(raw.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 25);
    expect(((await raw.json()) as { message: string }).message).toMatch(/^API rate limit exceeded for /);
    fake.faults.add({ route: ROUTE, kind: 'rate-limit', resetInSeconds: 30 });
    const { gh, onRate } = client();
    await expect(gh.rest.repos.listDeployments(repo)).rejects.toMatchObject({ status: 403 });
    expect(onRate).toHaveBeenCalledTimes(1);
    expect((onRate.mock.calls[0] as unknown[] | undefined)?.[0]).toBeGreaterThanOrEqual(29);
  });

  it('too-many-requests: 429 with retry-after', async () => {
    fake.faults.add({ kind: 'too-many-requests', retryAfter: 7 });
    const raw = await get();
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('7');
  });

  it('latency: delays, then answers normally', async () => {
    fake.faults.add({ route: ROUTE, kind: 'latency', ms: 300 });
    const t0 = performance.now();
    expect((await get()).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(fake.log.at(-1)?.ms).toBeGreaterThanOrEqual(290);
  });

  it('reset: destroys the socket', async () => {
    fake.faults.add({ route: ROUTE, kind: 'reset' });
    await expect(get()).rejects.toThrow(/fetch failed/);
    expect(fake.log.at(-1)?.status).toBe(0);
    expect((await get()).status).toBe(200);
  });

  it('clear() disarms every fault', async () => {
    fake.faults.add({ kind: 'status', status: 500, times: 5 });
    fake.faults.clear();
    expect((await get()).status).toBe(200);
  });
});
