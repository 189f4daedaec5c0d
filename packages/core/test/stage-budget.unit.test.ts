import { describe, expect, it } from 'vitest';
import { budgetForStage, describeFreezeChange, describeHardStop, describeOverBudget, formatDuration, formatElapsed, freezeEnvironmentOf, freezeEnvironmentsOf, loadPlan } from '../src/index.js';

describe('stage budgets', () => {
  it('none without a budget; the stage\'s own; what is left of the plan\'s; the tighter of the two', () => {
    expect(budgetForStage({}, {}, 0)).toBeUndefined();
    expect(budgetForStage({}, { budget: '10m' }, 3_600_000)).toEqual({ ms: 600_000, kind: 'stage', budgetMs: 600_000 });
    expect(budgetForStage({ budget: '35m' }, {}, 20 * 60_000)).toEqual({ ms: 15 * 60_000, kind: 'plan', budgetMs: 35 * 60_000 });
    expect(budgetForStage({ budget: '35m' }, { budget: '10m' }, 20 * 60_000)).toEqual({ ms: 600_000, kind: 'stage', budgetMs: 600_000 });
    expect(budgetForStage({ budget: '35m' }, { budget: '10m' }, 30 * 60_000)).toEqual({ ms: 5 * 60_000, kind: 'plan', budgetMs: 35 * 60_000 });
    // Equal: the stage's own budget is named, it is the one a person set for this stage.
    expect(budgetForStage({ budget: '35m' }, { budget: '10m' }, 25 * 60_000)).toMatchObject({ kind: 'stage' });
  });

  it('a plan budget already spent leaves the next stage nothing', () => {
    expect(budgetForStage({ budget: '1m' }, {}, 90_000)).toEqual({ ms: 0, kind: 'plan', budgetMs: 60_000 });
  });

  it('wall time reads as people write it', () => {
    expect(formatElapsed(4200)).toBe('4.2s');
    expect(formatElapsed(662_000)).toBe('11m 02s');
    expect(formatElapsed(60_000)).toBe('1m 00s');
    expect(formatElapsed(3_900_000)).toBe('1h 05m');
    // Rounding carries into the next unit: never "1m60s" or "1h60m" (a deploy window's "opens in …").
    expect([119_700, 3_599_600, 7_199_000].map(formatDuration)).toEqual(['2m', '1h', '2h']);
  });

  it('the cause starts with "over budget" and names the stage, the time taken and the budget', () => {
    expect(describeOverBudget({ ms: 600_000, kind: 'stage', budgetMs: 600_000 }, 'canary', 662_000, 700_000)).toBe('over budget: stage canary took 11m 02s, budget 10m');
    expect(describeOverBudget({ ms: 60_000, kind: 'plan', budgetMs: 35 * 60_000 }, 'full', 61_000, 35 * 60_000 + 4000)).toBe('over budget: the rollout took 35m 04s by stage full, plan budget 35m');
  });
});

describe('the freeze record\'s place and message', () => {
  const plan = loadPlan(`version: 1
service: trading-api
stages:
  - { name: canary, targets: [lhr] }
  - { name: eu, targets: [fra], environment: "eu-prod/{target}" }
deploy: { run: ["deploy", "{target}", "{version}"] }
`);

  it('is <prefix>freeze, per environment prefix (not per service), as the rollout lock\'s prefix', () => {
    expect(freezeEnvironmentOf(plan)).toBe('production/freeze');
    expect(freezeEnvironmentOf(plan, plan.stages[1])).toBe('eu-prod/freeze');
    expect(freezeEnvironmentsOf(plan)).toEqual(['eu-prod/freeze', 'production/freeze']);
  });

  it('a hard stop says who froze, when and why, before which stage, and that nothing was rolled back', () => {
    const state = { frozen: true, reason: 'incident 42', actor: 'alice', at: '2026-12-01T18:00:00.000Z' };
    expect(describeHardStop('production/freeze', state, 'primary', Date.parse('2026-12-01T18:05:00Z'))).toBe(
      'hard stop: production/freeze frozen by alice at 2026-12-01T18:00:00.000Z (5m ago): incident 42; stopped before stage primary, nothing rolled back (a freeze is not a failure)',
    );
    expect(describeHardStop('production/freeze', { ...state, actor: '', reason: '', at: 'yesterday' }, 'full', 0)).toBe(
      'hard stop: production/freeze frozen by someone at yesterday: no reason given; stopped before stage full, nothing rolled back (a freeze is not a failure)',
    );
  });

  it('a freeze or thaw reads outcome first; a second freeze names whose it replaces; a thaw of nothing writes nothing', () => {
    const alice = { frozen: true, reason: 'incident 42', actor: 'alice', at: '2026-12-01T18:00:00.000Z' };
    expect(describeFreezeChange({ environment: 'production/freeze', before: undefined, deploymentId: 7 }, { frozen: true, actor: 'bob', reason: 'deploy storm' })).toBe('frozen production/freeze by bob: deploy storm (deployment 7)');
    expect(describeFreezeChange({ environment: 'production/freeze', before: alice, deploymentId: 8 }, { frozen: true, actor: 'bob', reason: 'x' })).toBe('frozen production/freeze by bob: x (deployment 8); it was already frozen by alice at 2026-12-01T18:00:00.000Z (incident 42): this record replaces it');
    expect(describeFreezeChange({ environment: 'production/freeze', before: alice, deploymentId: 9 }, { frozen: false, actor: 'carol', reason: '' })).toBe('thawed production/freeze by carol (deployment 9)');
    expect(describeFreezeChange({ environment: 'production/freeze', before: { ...alice, frozen: false } }, { frozen: false, actor: 'carol', reason: '' })).toBe('production/freeze is not frozen (thawed by alice at 2026-12-01T18:00:00.000Z): nothing to thaw');
    expect(describeFreezeChange({ environment: 'production/freeze', before: undefined }, { frozen: false, actor: 'carol', reason: '' })).toBe('production/freeze is not frozen: nothing to thaw');
  });
});
