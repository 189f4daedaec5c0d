import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireRolloutLock, createGitHubClient, LockBusyError, readPayload, type AcquireLockOptions } from '@stagegate/github';
import { setWorkflowRun, startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { REPO, SHA } from './store-helpers.js';

let fake: FakeGitHub;
let env = 0;

beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(() => fake.close());

function client() {
  return createGitHubClient({ token: 't', baseUrl: fake.url, retries: 0 });
}

/** Options for run `id` on a fresh lock environment per test unless `environment` is given. */
function options(id: string, extra: Partial<AcquireLockOptions> = {}): AcquireLockOptions & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    environment: `production/lock/svc-${env}`, service: 'trading-api', ref: SHA, mode: 'wait', timeoutMs: 10_000, holdMs: 600_000,
    pollMs: 50, maxPollMs: 100, run: { id, attempt: 1, url: `https://github.com/acme/trading-api/actions/runs/${id}` },
    log: { info: () => {}, warning: (m) => warnings.push(m) }, warnings, ...extra,
  };
}

function claimStates(environment: string): Record<string, string | undefined> {
  const r = fake.state.repo(REPO.owner, REPO.repo);
  return Object.fromEntries((r.deploymentsByEnvironment.get(environment) ?? []).map((d) => [
    (d.payload as { run: { id: string } }).run.id, fake.state.latestStatus(r, d.id)?.state,
  ]));
}

describe('the rollout lock in the Deployments API', () => {
  it('lock: fail refuses while another run holds it, naming that run; the refused claim leaves nothing live', async () => {
    env++;
    const a = await acquireRolloutLock(client(), REPO, options('2001'));
    const refused = await acquireRolloutLock(client(), REPO, options('2002', { mode: 'fail' })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LockBusyError);
    expect((refused as Error).message).toMatch(/^rollout lock production\/lock\/svc-\d+ is held by run 2001 \(https:\/\/github.com\/acme\/trading-api\/actions\/runs\/2001\)/);
    expect((refused as Error).message).toContain('nothing was deployed');
    await a.release('done');
    expect(claimStates(a.environment)).toEqual({ 2001: 'inactive', 2002: 'inactive' });
  });

  it('lock: wait waits until the holder releases, then holds it', async () => {
    env++;
    const a = await acquireRolloutLock(client(), REPO, options('2101'));
    const order: string[] = [];
    const b = acquireRolloutLock(client(), REPO, options('2102')).then((held) => {
      order.push('b holds');
      return held;
    });
    for (let i = 0; i < 100 && claimStates(a.environment)['2102'] !== 'queued'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(claimStates(a.environment)).toEqual({ 2101: 'in_progress', 2102: 'queued' });
    expect(order).toEqual([]);
    order.push('a releases');
    await a.release('done');
    const held = await b;
    expect(order).toEqual(['a releases', 'b holds']);
    expect(claimStates(a.environment)).toEqual({ 2101: 'inactive', 2102: 'in_progress' });
    await held.release('done');
  });

  it('two runs claiming at once: exactly one holds, the other waits for it', async () => {
    env++;
    const events: string[] = [];
    const take = async (id: string) => {
      const held = await acquireRolloutLock(client(), REPO, options(id));
      events.push(`${id} in`);
      await new Promise((r) => setTimeout(r, 200));
      events.push(`${id} out`);
      await held.release('done');
    };
    await Promise.all([take('2201'), take('2202')]);
    expect(events).toHaveLength(4);
    expect(events[1]).toBe(`${events[0]?.split(' ')[0]} out`);
  });

  it('gives up after lock-timeout with the holder named and its own claim inactive', async () => {
    env++;
    const a = await acquireRolloutLock(client(), REPO, options('2301'));
    const started = Date.now();
    const error = (await acquireRolloutLock(client(), REPO, options('2302', { timeoutMs: 300 })).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/is still held by run 2301 .* after waiting .* \(lock-timeout 300ms\)/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(claimStates(a.environment)['2302']).toBe('inactive');
    await a.release('done');
  });

  it('takes over, with a warning, a lock whose run has ended without releasing it', async () => {
    env++;
    await acquireRolloutLock(client(), REPO, options('2401'));
    setWorkflowRun(fake.state, REPO.owner, REPO.repo, 2401, { status: 'completed', conclusion: 'cancelled' });
    const o = options('2402', { mode: 'fail' });
    const held = await acquireRolloutLock(client(), REPO, o);
    expect(o.warnings).toEqual([expect.stringMatching(/taking over from run 2401 .*: its run has ended without releasing the lock/)]);
    expect(claimStates(held.environment)).toEqual({ 2401: 'inactive', 2402: 'in_progress' });
    await held.release('done');
  });

  it('takes over a lock held past its own hold bound, even when its run cannot be asked', async () => {
    env++;
    await acquireRolloutLock(client(), REPO, options('local-run', { holdMs: 1 }));
    await new Promise((r) => setTimeout(r, 20));
    const o = options('2502', { mode: 'fail' });
    const held = await acquireRolloutLock(client(), REPO, o);
    expect(o.warnings[0]).toMatch(/taking over from run local-run .*its hold ran out at/);
    await held.release('done');
  });

  it('jobs of one workflow run share the lock', async () => {
    env++;
    const first = await acquireRolloutLock(client(), REPO, options('2601'));
    const second = await acquireRolloutLock(client(), REPO, options('2601', { mode: 'fail' }));
    await second.release('done');
    await first.release('done');
  });

  it('a claim is never read as a deploy by history or last-known-good', async () => {
    env++;
    const held = await acquireRolloutLock(client(), REPO, options('2701'));
    const d = fake.state.repo(REPO.owner, REPO.repo).deploymentsById.get(held.deploymentId);
    expect(d?.task).toBe('stagegate:lock');
    expect(d?.production_environment).toBe(false);
    expect(readPayload(d?.payload)).toBeUndefined();
    await held.release('done');
  });
});
