import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { createGitHubClient, DeploymentStore, discoverTargets, readDora, readHistory, readStatus } from '../src/index.js';
import { seedHistory, TARGETS, type SeededHistory } from './seed-history.js';

let fake: FakeGitHub;
let store: DeploymentStore;
let seeded: SeededHistory;
const now = new Date();
const targets = TARGETS.map(({ target }) => ({ target, environment: `production/${target}` }));

beforeAll(async () => {
  fake = await startFakeGitHub();
  seeded = seedHistory(fake, 300, { end: now, days: 30, failEvery: 5 });
  store = new DeploymentStore(createGitHubClient({ token: 't', baseUrl: fake.url, retries: 0 }), { owner: 'acme', repo: 'trading-api' });
});
afterAll(async () => {
  fake.assertNoViolations();
  await fake.close();
});

describe('status over 300 deployments of 7 targets', () => {
  it('finds the live and previous good version of every target, with a few requests per target', async () => {
    expect(seeded.deployments).toBe(300);
    expect(seeded.rollbacks).toBeGreaterThan(5);
    fake.resetLog();
    const { statuses, requests } = await readStatus(store, targets);
    expect(statuses.map((s) => s.target)).toEqual(TARGETS.map((t) => t.target));
    for (const s of statuses) {
      const truth = seeded.live.get(s.target);
      expect({ target: s.target, version: s.version, previous: s.previous }).toEqual({ target: s.target, version: truth?.version, previous: truth?.previous });
      expect(s.inProgress).toBe(false);
      expect(Date.parse(s.since ?? '')).toBeLessThan(now.getTime());
    }
    expect(requests).toBe(fake.countRequests());
    expect(requests).toBeLessThan(targets.length * 6);
  });

  it('shows a rollout in progress and a failing newest deployment', async () => {
    const f2 = await startFakeGitHub();
    try {
      const payload = (version: string) => ({ tool: 'stagegate', service: 's', version, stage: 'canary', target: 'lhr', plan: 'p', run: { id: '1', attempt: 1 } });
      f2.state.seedDeployment('acme', 'trading-api', { environment: 'production/lhr', payload: payload('v1'), createdAt: '2026-01-01T00:00:00Z', statuses: [{ state: 'success', createdAt: '2026-01-01T00:01:00Z' }] });
      f2.state.seedDeployment('acme', 'trading-api', { environment: 'production/lhr', payload: payload('v2'), createdAt: '2026-01-02T00:00:00Z', statuses: [{ state: 'in_progress' }] });
      const s2 = new DeploymentStore(createGitHubClient({ token: 't', baseUrl: f2.url, retries: 0 }), { owner: 'acme', repo: 'trading-api' });
      const [lhr] = (await readStatus(s2, [{ target: 'lhr', environment: 'production/lhr' }])).statuses;
      expect(lhr).toMatchObject({ version: 'v1', since: '2026-01-01T00:01:00Z', inProgress: true, rollingOut: 'v2', failing: false, previous: undefined });
      expect(await discoverTargets(s2)).toEqual([{ target: 'lhr', environment: 'production/lhr' }]);
    } finally {
      await f2.close();
    }
  });
});

describe('history over 300 deployments', () => {
  it('pages newest first and reads statuses only for the rows shown', async () => {
    fake.resetLog();
    const first = await readHistory(store, {}, 1, 25);
    expect(first.rows).toHaveLength(25);
    expect(first.hasMore).toBe(true);
    const times = first.rows.map((r) => Date.parse(r.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.rows.every((r) => r.state !== undefined)).toBe(true);
    expect(first.requests).toBe(1 + 25);
    expect(fake.countRequests()).toBe(first.requests);
    const second = await readHistory(store, {}, 2, 25);
    expect(second.rows[0]?.id).toBeLessThan(first.rows.at(-1)?.id ?? 0);
  });

  it('filters by target, stage, kind and time', async () => {
    const since = new Date(now.getTime() - 10 * 86_400_000);
    const nrt = await readHistory(store, { target: 'nrt', since }, 1, 100, 'production/nrt');
    expect(nrt.rows.length).toBeGreaterThan(3);
    expect(nrt.rows.every((r) => r.target === 'nrt' && Date.parse(r.createdAt) >= since.getTime())).toBe(true);
    expect(nrt.hasMore).toBe(false);
    const rollbacks = await readHistory(store, { kind: 'rollback' }, 1, 100);
    expect(rollbacks.rows).toHaveLength(seeded.rollbacks);
    expect(rollbacks.rows.every((r) => r.kind === 'rollback' && r.replaces?.deploymentId !== undefined && ['success', 'inactive'].includes(r.state ?? ''))).toBe(true);
    const full = await readHistory(store, { stage: 'full' }, 1, 10);
    expect(full.rows.every((r) => r.stage === 'full')).toBe(true);
  });
});

describe('DORA reads every status', () => {
  it('counts a failure fixed forward that a later inactive hides, once per change, with its restore', async () => {
    const f2 = await startFakeGitHub();
    try {
      const payload = (version: string, target: string) => ({ tool: 'stagegate', service: 's', version, stage: 'canary', target, plan: 'p', run: { id: '1', attempt: 1 } });
      const seed = (version: string, target: string, day: number, states: string[]) => f2.state.seedDeployment('acme', 'trading-api', {
        environment: `production/${target}`, payload: payload(version, target), createdAt: new Date(now.getTime() - (10 - day) * 86_400_000),
        statuses: states.map((state, i) => ({ state, createdAt: new Date(now.getTime() - (10 - day) * 86_400_000 + (i + 1) * 60_000) })),
      });
      seed('v1', 'lhr', 1, ['success']);
      seed('v2', 'lhr', 2, ['in_progress', 'failure', 'inactive']); // fixed forward by v3; its newest status hides the failure
      seed('v2', 'nrt', 2, ['in_progress', 'failure']); // the same change failing on a second target
      seed('v3', 'lhr', 3, ['success']);
      seed('v3', 'nrt', 3, ['success']);
      const s2 = new DeploymentStore(createGitHubClient({ token: 't', baseUrl: f2.url, retries: 0 }), { owner: 'acme', repo: 'trading-api' });
      const { report } = await readDora(s2, createGitHubClient({ token: 't', baseUrl: f2.url, retries: 0 }), { windowMs: 30 * 86_400_000, now, maxCommitLookups: 0 });
      expect(report).toMatchObject({ rollouts: 3, failedDeployments: 1, unrestored: 0 });
      expect(report.changeFailureRate).toBeCloseTo(1 / 3);
      expect(report.timeToRestore).toEqual({ medianMs: 86_400_000 - 60_000, samples: 1 }); // failure at +2 min to the fix's success at +1 min a day later
    } finally {
      await f2.close();
    }
  });
});

describe('DORA over 300 deployments', () => {
  it('counts every failure from rollback payloads and statuses, with requests bound by pages', async () => {
    fake.resetLog();
    const { report, requests, statusCoverage } = await readDora(store, createGitHubClient({ token: 't', baseUrl: fake.url, retries: 0 }), { windowMs: 31 * 86_400_000, now, maxCommitLookups: 10, maxStatusReads: 60 });
    expect(report.deployments).toBe(300 - seeded.rollbacks);
    expect(report.failedDeployments).toBe(seeded.failures);
    expect(report.timeToRestore.samples).toBe(seeded.rollbacks);
    // A rolled-back deployment needs no status read (the rollback's payload says it failed): its
    // failure counts from the rollback's creation (+40s) to the rollback's success (+100s).
    expect(report.timeToRestore.medianMs).toBe(60_000);
    expect(report.leadTime.samples).toBeGreaterThan(0);
    expect(requests.pages).toBe(4); // 300 rows fill three pages; the fourth, empty, says the listing ended
    // The other deployments of the window have their statuses read, newest first, up to the bound.
    expect(requests.statuses).toBe(60);
    expect(statusCoverage).toEqual({ read: 60, of: 300 - seeded.rollbacks });
    expect(requests.commits).toBeLessThanOrEqual(10);
    expect(fake.countRequests()).toBe(requests.total);
  });
});
