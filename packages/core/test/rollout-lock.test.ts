import { describe, expect, it } from 'vitest';
import { decideLock, loadPlan, lockEnvironmentsOf, lockHoldMs, MAX_LOCK_HOLD_MS, type LockClaim } from '@stagegate/core';

const plan = (extra = '') => loadPlan(`
version: 1
service: trading-api
${extra}
stages:
  - { name: canary, targets: [lhr, nrt], gate: { profile: web, soak: 5m, timeout: 6m } }
  - { name: full, targets: [ord, fra, sin], parallel: 2, gate: { profile: web, soak: 1m } }
deploy: { run: [./deploy.sh, "{target}"], timeout: 2m }
checks:
  web: [{ name: http, type: http, url: "https://{target}.example.com/health" }]
`);

const claim = (id: number, extra: Partial<LockClaim> = {}): LockClaim => ({ id, runId: `r${id}`, createdAt: 0, holdUntil: 1_000, state: 'in_progress', ...extra });

describe('rollout lock decisions', () => {
  it('names one lock environment per environment prefix of the plan, sorted', () => {
    expect(lockEnvironmentsOf(plan())).toEqual(['production/lock/trading-api']);
    expect(lockEnvironmentsOf(plan('environment: "{target}"'))).toEqual(['lock/trading-api']);
    const mixed = plan();
    mixed.stages[1] = { ...mixed.stages[1]!, environment: 'staging/{target}' };
    expect(lockEnvironmentsOf(mixed)).toEqual(['production/lock/trading-api', 'staging/lock/trading-api']);
  });

  it('bounds a hold by the plan: deploy and rollback per wave, gate timeouts, 10 min slack, at most 6 h', () => {
    // canary: 2 waves × (2m + 2m) + 6m; full: 2 waves × 4m + (1m + 5m); slack 10m.
    expect(lockHoldMs(plan())).toBe((8 + 6 + 8 + 6 + 10) * 60_000);
    // A wait for a deploy window happens while the lock is held.
    expect(lockHoldMs(plan('windows: { deny: [{ from: "16:00", to: "09:00" }], wait: 30m }'))).toBe((8 + 6 + 8 + 6 + 10 + 30) * 60_000);
    const huge = plan();
    huge.deploy.timeout = '5h';
    expect(lockHoldMs(huge)).toBe(MAX_LOCK_HOLD_MS);
  });

  it('the oldest live claim of another run before ours blocks us', () => {
    const d = decideLock([claim(1, { state: 'inactive' }), claim(2), claim(3, { state: 'queued' })], { id: 4, runId: 'r4' }, 500);
    expect(d).toEqual({ kind: 'blocked', by: claim(2), stale: [] });
  });

  it('claims made after ours, released ones and our own run never block', () => {
    expect(decideLock([claim(5), claim(1, { state: 'success' }), claim(2, { runId: 'me' })], { id: 4, runId: 'me' }, 500).kind).toBe('held');
  });

  it('a claim with no status yet is live: it was just made', () => {
    expect(decideLock([claim(1, { state: undefined })], { id: 4, runId: 'me' }, 500).kind).toBe('blocked');
  });

  it('a claim whose run ended or whose hold ran out is stale: listed for take-over, never blocking', () => {
    const ended = claim(1, { runFinished: true });
    const expired = claim(2, { holdUntil: 100 });
    expect(decideLock([ended, expired], { id: 4, runId: 'me' }, 500)).toEqual({ kind: 'held', stale: [ended, expired] });
    expect(decideLock([claim(2, { holdUntil: 500 })], { id: 4, runId: 'me' }, 500).kind).toBe('blocked');
  });
});
