import { describe, expect, it } from 'vitest';
import { ConfigError, decideRequestBudget, loadPlan, parseRequestBudgetMode, predictRolloutRequests, selectStages, type Plan, type RequestPrediction } from '@stagegate/core';

const names = (prefix: string, n: number): string => `[${Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(', ')}]`;

/** The demo's shape: canary 2 (rollback-stage), primary 1 (rollback-all), full 4 (continue). */
function demoPlan(extra = ''): Plan {
  return loadPlan(`version: 1
service: trading-api
${extra}stages:
  - { name: canary, targets: [lhr, nrt], on-failure: rollback-stage }
  - { name: primary, targets: [ewr], on-failure: rollback-all }
  - { name: full, targets: [ord, fra, sin, bom], on-failure: continue }
deploy: { run: ["./deploy.sh", "{target}"] }
`);
}

describe('predicting a rollout\'s GitHub requests', () => {
  it('success: per target a status read and two writes; per lock a list and three writes; one shared page per 100 targets', () => {
    const plan = demoPlan();
    const p = predictRolloutRequests(plan, { stages: plan.stages });
    expect(p.targets).toBe(7);
    // reads: 1 lock list + 1 freeze record + 1 page + 7 status reads; writes: 3 lock + 14.
    expect(p.success).toEqual({ reads: 10, writes: 17, total: 27 });
  });

  it('the worst case is the stage whose failure costs most: here primary under rollback-all (3 targets back, ewr blamed)', () => {
    const plan = demoPlan();
    const p = predictRolloutRequests(plan, { stages: plan.stages });
    // canary 4 + primary 2 deploys, 1 blame, 3 rollbacks × 2, 3 lock writes = 16;
    // full failing under continue: 14 deploys + 4 blamed + 3 = 21: the costlier one.
    expect(p.worstCase).toEqual({ reads: 10, writes: 21, total: 31, failingStage: 'full' });
  });

  it('rollback-all on the last stage puts every target back: two writes more per target', () => {
    const plan = loadPlan(`version: 1
service: s
stages:
  - { name: a, targets: ${names('a', 50)} }
  - { name: b, targets: ${names('b', 150)}, on-failure: rollback-all }
deploy: { run: ["d"] }
`);
    const p = predictRolloutRequests(plan, { stages: plan.stages });
    expect(p.success).toEqual({ reads: 1 + 1 + 2 + 200, writes: 3 + 400, total: 607 });
    expect(p.worstCase).toMatchObject({ writes: 3 + 400 + 150 + 400, failingStage: 'b' });
  });

  it('without the lock or the freeze read, and for the stages selected only', () => {
    const plan = demoPlan();
    const p = predictRolloutRequests(plan, { stages: selectStages(plan, { startAt: 'full' }), lock: false, freeze: false });
    expect(p.success).toEqual({ reads: 1 + 4, writes: 8, total: 13 });
    expect(predictRolloutRequests(plan, { stages: plan.stages, lock: false }).success.reads).toBe(1 + 1 + 7);
  });

  it('the root action\'s status file reads three more per target at the end of the run', () => {
    const plan = demoPlan();
    const p = predictRolloutRequests(plan, { stages: plan.stages, statusFileTargets: 7 });
    expect(p.success).toEqual({ reads: 10 + 21, writes: 17, total: 48 });
    expect(p.worstCase.total).toBe(52);
  });

  it('an environment named exactly production costs a third write per target (auto_inactive skips it)', () => {
    const plan = demoPlan('environment: production\n');
    expect(predictRolloutRequests(plan, { stages: plan.stages, lock: false }).success.writes).toBe(21);
  });
});

describe('deciding whether it fits', () => {
  const prediction: RequestPrediction = { targets: 200, success: { reads: 203, writes: 403, total: 606 }, worstCase: { reads: 203, writes: 953, total: 1156, failingStage: 'b' } };
  const now = Date.parse('2026-12-01T19:00:00Z');
  const reset = Date.parse('2026-12-01T19:42:00Z') / 1000;

  it('fits when the worst case is within what remains', () => {
    expect(decideRequestBudget(prediction, { limit: 5000, remaining: 1156, reset }, 'refuse', now, 3_600_000)).toMatchObject({ kind: 'fits' });
  });

  it('refuses naming the numbers, the reset time and the next step', () => {
    const d = decideRequestBudget(prediction, { limit: 5000, remaining: 1155, reset }, 'refuse', now, 3_600_000);
    expect(d.kind).toBe('refuse');
    expect(d.message).toBe('request budget: this rollout of 200 targets needs about 1156 GitHub API requests (953 writes) at worst (stage b failing under its on-failure policy), 606 if every stage passes; 1155 of 5000 remain until 19:42 UTC; nothing was deployed. Next: re-run after 19:42 UTC, set request-budget: wait, or set request-budget: off to go anyway');
  });

  it('waits for the reset when the full window holds the rollout and the reset is within the bound', () => {
    expect(decideRequestBudget(prediction, { limit: 5000, remaining: 10, reset }, 'wait', now, 3_600_000)).toMatchObject({ kind: 'wait', untilMs: reset * 1000 });
    expect(decideRequestBudget(prediction, { limit: 5000, remaining: 10, reset }, 'wait', now, 60_000).kind).toBe('refuse');
  });

  it('refuses at once, even in wait mode, when a whole hour of the token cannot hold the rollout', () => {
    const d = decideRequestBudget(prediction, { limit: 1000, remaining: 1000, reset }, 'wait', now, 3_600_000);
    expect(d.kind).toBe('refuse');
    expect(d.message).toMatch(/the token allows only 1000 an hour .*GitHub App installation token/);
  });

  it('off never refuses', () => {
    expect(decideRequestBudget(prediction, { limit: 1000, remaining: 0, reset }, 'off', now, 0).kind).toBe('fits');
  });
});

describe('the request-budget input', () => {
  it('defaults to refuse and names the input when it is wrong', () => {
    expect(parseRequestBudgetMode('')).toBe('refuse');
    expect(parseRequestBudgetMode(' wait ')).toBe('wait');
    expect(() => parseRequestBudgetMode('later')).toThrow(ConfigError);
    expect(() => parseRequestBudgetMode('later')).toThrow(/input request-budget: expected one of refuse, wait, off; got "later"/);
  });
});
