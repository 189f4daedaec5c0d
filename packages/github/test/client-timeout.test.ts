import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, DeploymentStore } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { REPO, SHA, payload } from './store-helpers.js';

const STATUSES = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterEach(() => fake.faults.clear());
afterAll(() => fake.close());

function storeWith(options: Partial<Parameters<typeof createGitHubClient>[0]>): DeploymentStore {
  return new DeploymentStore(createGitHubClient({ token: 't', baseUrl: fake.url, backoffBaseMs: 5, ...options }), REPO);
}

async function timed<T>(work: Promise<T>): Promise<{ ms: number; error?: Error; value?: T }> {
  const started = Date.now();
  try {
    return { ms: Date.now() - started, value: await work };
  } catch (e) {
    return { ms: Date.now() - started, error: e as Error };
  }
}

describe('every GitHub request is bounded', () => {
  it('a status write that never answers fails after the request timeout, naming method, route and timeout', async () => {
    // The deployment is made with the default timeout: a loaded machine must not fail the set-up.
    const d = await storeWith({}).createDeployment({ ref: SHA, environment: 'production/lhr', task: 'deploy', payload: payload('v1') });
    const store = storeWith({ timeoutMs: 300, retries: 0 });
    fake.faults.add({ method: 'POST', route: STATUSES, kind: 'hang' });
    const { ms, error } = await timed(store.setStatus(d.id, 'failure'));
    expect(error?.message).toContain(`POST ${STATUSES} timed out`);
    expect(error?.message).toContain('300 ms');
    expect(ms).toBeGreaterThanOrEqual(280);
    expect(ms).toBeLessThan(2000);
  });

  it('a hang is retried like a network error, and the retry succeeds', async () => {
    const d = await storeWith({}).createDeployment({ ref: SHA, environment: 'production/lhr', task: 'deploy', payload: payload('v2') });
    const store = storeWith({ timeoutMs: 200, retries: 2 });
    fake.faults.add({ method: 'POST', route: STATUSES, kind: 'hang' });
    fake.resetLog();
    const status = await store.setStatus(d.id, 'success');
    expect(status.state).toBe('success');
    expect(fake.log.map((e) => e.status)).toEqual([0, 201]);
  });

  it('an answer slower than the timeout is no answer; a faster one passes', async () => {
    const store = storeWith({ timeoutMs: 1000, retries: 0 });
    fake.faults.add({ method: 'GET', kind: 'latency', ms: 100 });
    expect(await store.listPage({ environment: 'production/lhr' }, 1)).toHaveLength(2);
    fake.faults.add({ method: 'GET', kind: 'latency', ms: 4000 });
    const { error, ms } = await timed(store.listPage({ environment: 'production/lhr' }, 1));
    expect(error?.message).toContain('GET /repos/{owner}/{repo}/deployments timed out: no answer within 1 s');
    expect(ms).toBeLessThan(3000);
  });

  it('a 502 storm ends within the retry budget, however many retries are allowed', async () => {
    const store = storeWith({ retries: 10, backoffBaseMs: 100, retryBudgetMs: 1000 });
    fake.faults.add({ method: 'GET', kind: 'status', status: 502, times: 100 });
    fake.resetLog();
    const { error, ms } = await timed(store.listPage({}, 1));
    expect(error?.message).toMatch(/GET \/repos\/\{owner\}\/\{repo\}\/deployments timed out: gave up after \d attempts in 1 s \(retry budget 1 s/);
    expect(error?.message).toContain('last: 502');
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(1800);
    const sent = fake.log.length;
    await new Promise((r) => setTimeout(r, 1200)); // a retry still sleeping sends nothing once the budget is spent
    expect(fake.log.length).toBe(sent);
  });

  it('a 429 whose retry-after exceeds the budget left fails at once instead of waiting', async () => {
    const store = storeWith({ retries: 3, retryBudgetMs: 2000 });
    fake.faults.add({ method: 'GET', kind: 'too-many-requests', retryAfter: 10 });
    const { error, ms } = await timed(store.listPage({}, 1));
    expect((error as Error & { status?: number }).status).toBe(429);
    expect(ms).toBeLessThan(1000);
  });

  it('the timeout fires on this Node with garbage collected every 5 ms (own timers, not AbortSignal.timeout)', async () => {
    fake.faults.add({ method: 'POST', route: STATUSES, kind: 'hang' });
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./support/hang-under-gc.ts', import.meta.url))], {
      env: { ...process.env, FAKE_URL: fake.url, TIMEOUT_MS: '1000' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    clearTimeout(killer);
    expect(code, err).toBe(0);
    const result = JSON.parse(out.trim().split('\n').pop() as string) as { ok: boolean; ms: number; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toContain('timed out');
    expect(result.ms).toBeGreaterThanOrEqual(980);
    // gc every 5 ms on a loaded machine slows the child a lot; without our timer it would hang until killed.
    expect(result.ms).toBeLessThan(10_000);
  }, 40_000);
});
