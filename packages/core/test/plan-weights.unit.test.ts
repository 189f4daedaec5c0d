import { describe, expect, it } from 'vitest';
import { allTargets, checkPlanRules, decideAfterStage, fillArgv, Plan, rollbackWeight, validatePlanText, type StageOutcome } from '@stagegate/core';

/** lhr and nrt at weight 10, then 50, then 100; each test changes one thing. */
function weighted(change: (stages: Array<Record<string, any>>) => void = () => {}): Plan {
  const stages: Array<Record<string, any>> = [
    { name: 'w10', targets: ['lhr', 'nrt'], weight: 10 },
    { name: 'w50', targets: ['lhr', 'nrt'], weight: 50 },
    { name: 'w100', targets: ['nrt', 'lhr'], weight: 100 },
  ];
  change(stages);
  return Plan.parse({ version: 1, service: 'api', stages, deploy: { run: ['./shift.sh', '{target}', '{version}', '{weight}'] } });
}
const rules = (plan: Plan): string[] => checkPlanRules(plan).map((p) => `${p.path}: ${p.message}`);

describe('a target in several stages', () => {
  it('is allowed when every one of its stages sets a weight, rising from one to the next', () => {
    expect(rules(weighted())).toEqual([]);
    expect(allTargets(weighted())).toEqual(['lhr', 'nrt']);
  });

  it('is refused when a weight does not rise, naming both stages and their weight paths', () => {
    expect(rules(weighted((s) => { s[2]!.weight = 50; }))).toEqual([
      'stages[2].targets[0]: target "nrt" is at weight 50 in stage "w50" (stages[1].weight) and 50 here (stages[2].weight): a target comes back only at a higher weight',
      'stages[2].targets[1]: target "lhr" is at weight 50 in stage "w50" (stages[1].weight) and 50 here (stages[2].weight): a target comes back only at a higher weight',
    ]);
    expect(rules(weighted((s) => { s[1]!.weight = 5; }))[0]).toBe('stages[1].targets[0]: target "lhr" is at weight 10 in stage "w10" (stages[0].weight) and 5 here (stages[1].weight): a target comes back only at a higher weight');
  });

  it('is refused when either stage has no weight', () => {
    const expected = 'a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next';
    expect(rules(weighted((s) => { delete s[0]!.weight; }))).toEqual([
      `stages[1].targets[0]: target "lhr" is already in stage "w10": ${expected}`,
      `stages[1].targets[1]: target "nrt" is already in stage "w10": ${expected}`,
    ]);
    expect(rules(weighted((s) => { delete s[2]!.weight; s[2]!.targets = ['lhr']; }))).toEqual([`stages[2].targets[0]: target "lhr" is already in stage "w50": ${expected}`]);
  });

  it('is refused when its stages name different environments', () => {
    expect(rules(weighted((s) => { s[1]!.environment = 'staging/{target}'; s[1]!.targets = ['lhr']; }))).toEqual([
      'stages[1].targets[0]: target "lhr" has environment "staging/lhr" here but "production/lhr" in stage "w10": the stages of one target must name the same environment',
      'stages[2].targets[1]: target "lhr" has environment "production/lhr" here but "staging/lhr" in stage "w50": the stages of one target must name the same environment',
    ]);
  });

  it('reports a bad environment template of a repeated target by its own rule, without throwing', () => {
    const problems = rules(weighted((s) => { s[1]!.environment = 'x/{foo}'; s[1]!.targets = ['lhr']; }));
    expect(problems).toContain('stages[1].environment: unknown placeholder {foo}; expected one of {target}, {stage}, {service}');
    expect(problems.filter((p) => p.startsWith('stages[1].targets[0]: '))).toEqual([expect.stringMatching(/has environment "placeholder \{foo\} has no value here/)]);
  });

  it('keeps the weight in 1..100, from the schema', () => {
    for (const weight of [0, 101, 2.5]) {
      const r = validatePlanText(JSON.stringify({ version: 1, service: 'api', stages: [{ name: 'a', targets: ['x'], weight }], deploy: { run: ['./d'] } }));
      expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['stages[0].weight']);
    }
  });
});

describe('the weight a rollback returns to', () => {
  it('is the target\'s weight in its stage before, else 0; none for a stage without a weight', () => {
    const plan = weighted((s) => { s[1]!.targets = ['lhr']; s.push({ name: 'other', targets: ['ewr'] }); });
    expect(rollbackWeight(plan, 'w50', 'lhr')).toBe(10);
    expect(rollbackWeight(plan, 'w100', 'lhr')).toBe(50);
    expect(rollbackWeight(plan, 'w100', 'nrt')).toBe(10);
    expect(rollbackWeight(plan, 'w10', 'lhr')).toBe(0);
    expect(rollbackWeight(plan, 'other', 'ewr')).toBeUndefined();
    expect(rollbackWeight(plan, 'nope', 'lhr')).toBeUndefined();
  });

  it('is a placeholder of commands only, not of checks', () => {
    expect(fillArgv(['--weight={weight}'], { weight: '10' })).toEqual(['--weight=10']);
    const plan = weighted((s) => { s[0]!.gate = { checks: [{ name: 'h', type: 'http', url: 'https://{target}/{weight}' }] }; });
    expect(rules(plan)).toEqual(['stages[0].gate.checks[0].url: unknown placeholder {weight}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}']);
  });
});

describe('rollback-all over weighted stages', () => {
  const outcome = (stage: string, touched: string[], gate: StageOutcome['gate'] = 'Successful'): StageOutcome => ({ stage, deploy: 'succeeded', gate, touchedTargets: touched, failedTargets: [] });

  it('rolls each target back once, from the earliest stage of this run it was in', () => {
    const d = decideAfterStage('rollback-all', outcome('w50', ['lhr', 'nrt'], 'Failed'), [outcome('w10', ['lhr', 'nrt']), outcome('solo', ['ewr'])]);
    expect(d).toMatchObject({ kind: 'rollback', items: [{ stage: 'solo', target: 'ewr' }, { stage: 'w10', target: 'lhr' }, { stage: 'w10', target: 'nrt' }] });
  });
});
