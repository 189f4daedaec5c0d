import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../src/index.js';

let fake: FakeGitHub;
const auth = { authorization: 'token t' };
const list = (headers: Record<string, string> = {}) => fetch(`${fake.url}/repos/acme/trading-api/deployments?environment=production/lhr`, { headers: { ...auth, ...headers } });

beforeAll(async () => {
  fake = await startFakeGitHub();
  fake.state.seedDeployment('acme', 'trading-api', { environment: 'production/lhr', ref: 'c'.repeat(40), payload: { version: 'v1' }, statuses: [{ state: 'success' }] });
});
afterAll(() => fake.close());

describe('conditional requests, as GitHub answers them', () => {
  it('a GET answer carries an ETag; the same GET with If-None-Match gets 304, no body, and costs no request', async () => {
    const first = await list();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    const before = Number(first.headers.get('x-ratelimit-remaining'));
    const again = await list({ 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(Number(again.headers.get('x-ratelimit-remaining'))).toBe(before);
    // A changed list has another ETag: the old one no longer matches.
    fake.state.seedDeployment('acme', 'trading-api', { environment: 'production/lhr', ref: 'c'.repeat(40), payload: { version: 'v2' } });
    const changed = await list({ 'if-none-match': etag as string });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(Number(changed.headers.get('x-ratelimit-remaining'))).toBe(before - 1);
    fake.assertNoViolations();
  });

  it('writes carry no ETag and are never answered 304', async () => {
    const res = await fetch(`${fake.url}/repos/acme/trading-api/deployments`, { method: 'POST', headers: { ...auth, 'if-none-match': '*', 'content-type': 'application/json' }, body: JSON.stringify({ ref: 'c'.repeat(40), environment: 'production/nrt', required_contexts: [] }) });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBeNull();
  });
});

describe('the rate limit a test sets', () => {
  it('reports the remaining requests it was told, counts down from them, and GET /rate_limit itself is free', async () => {
    fake.rateLimit.set({ remaining: 40, limit: 1000, resetInSeconds: 600 });
    const res = await list();
    expect(res.headers.get('x-ratelimit-remaining')).toBe('39');
    expect(res.headers.get('x-ratelimit-limit')).toBe('1000');
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThan(Date.now() / 1000 + 590);
    const rate = (await (await fetch(`${fake.url}/rate_limit`, { headers: auth })).json()) as { resources: { core: { remaining: number; limit: number; reset: number } } };
    expect(rate.resources.core).toMatchObject({ remaining: 39, limit: 1000, reset });
    expect((await fetch(`${fake.url}/rate_limit`, { headers: auth })).headers.get('x-ratelimit-remaining')).toBe('39');
    fake.assertNoViolations();
  });
});
