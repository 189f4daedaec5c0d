import { describe, expect, it } from 'vitest';
import { countWaveTargets, expandWaves, Plan, validatePlanObject, validatePlanText } from '@stagegate/core';

const regions = (n: number): string[] => Array.from({ length: n }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);

/** A plan with waves and no stages of its own; `extra` changes or adds fields. */
function wavePlan(waves: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1, service: 'api', deploy: { run: ['./d.sh', '{target}', '{version}'] },
    checks: { std: [{ name: 'h', type: 'http', url: 'https://{target}.example/health' }] },
    waves: { targets: regions(20), percent: [5, 25, 50, 100], gate: { profile: 'std', soak: '1m' }, 'on-failure': 'rollback-all', parallel: 4, ...waves },
    ...extra,
  };
}

/** Problems as "path: message" (no line numbers). */
function problemsOf(plan: Record<string, unknown>): string[] {
  const r = validatePlanText(JSON.stringify(plan));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.replace(/ \(line \d+\)$/, '')}`);
}

describe('countWaveTargets: cumulative targets per wave', () => {
  it('rounds each share up: 5/25/50/100 % of 20 is 1, 5, 10, 20', () => {
    expect(countWaveTargets(20, [5, 25, 50, 100])).toEqual([1, 5, 10, 20]);
  });

  it('gives every wave a target of its own when the shares round to the same count', () => {
    expect(countWaveTargets(20, [1, 10, 50, 100])).toEqual([1, 2, 10, 20]);
    expect(countWaveTargets(4, [1, 2, 3, 100])).toEqual([1, 2, 3, 4]);
  });

  it('leaves a target for each later wave even when an early share would take them all', () => {
    expect(countWaveTargets(3, [90, 95, 100])).toEqual([1, 2, 3]);
    expect(countWaveTargets(5, [60, 99, 100])).toEqual([3, 4, 5]);
  });

  it('keeps an exact share exact despite floating point (10 % of 30 is 3)', () => {
    expect(countWaveTargets(30, [10, 100])).toEqual([3, 30]);
    expect(countWaveTargets(7, [50, 100])).toEqual([4, 7]);
  });
});

describe('expandWaves: plain stages after the plan\'s own', () => {
  it('makes wave-1… with the list order, the waves\' gate, policy and parallel, and drops waves', () => {
    const r = validatePlanObject(wavePlan({}));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.waves).toBeUndefined();
    expect(r.plan.stages.map((s) => [s.name, s.targets.length, s['on-failure'], s.parallel, s.gate?.profile, s.gate?.soak])).toEqual([
      ['wave-1', 1, 'rollback-all', 4, 'std', '1m'],
      ['wave-2', 4, 'rollback-all', 4, 'std', '1m'],
      ['wave-3', 5, 'rollback-all', 4, 'std', '1m'],
      ['wave-4', 10, 'rollback-all', 4, 'std', '1m'],
    ]);
    expect(r.plan.stages.flatMap((s) => s.targets)).toEqual(regions(20));
    expect(r.plan.stages[1]?.targets).toEqual(['r02', 'r03', 'r04', 'r05']);
  });

  it('follows the plan\'s own stages, uses its name prefix and a stage\'s defaults when the waves set none', () => {
    const plan = Plan.parse(wavePlan({ name: 'ring', percent: [50, 100], gate: undefined, 'on-failure': undefined, parallel: undefined }, { stages: [{ name: 'canary', targets: ['zz'] }] }));
    const out = expandWaves(plan);
    expect(out.stages.map((s) => [s.name, s.targets.length, s['on-failure'], s.parallel, s.gate])).toEqual([
      ['canary', 1, 'rollback-stage', 1, undefined], ['ring-1', 10, 'rollback-stage', 1, undefined], ['ring-2', 10, 'rollback-stage', 1, undefined],
    ]);
    expect(expandWaves(out)).toBe(out);
  });

  it('leaves a plan without waves as it is', () => {
    const plan = Plan.parse(wavePlan({}, { waves: undefined, stages: [{ name: 'a', targets: ['x'] }] }));
    expect(expandWaves(plan)).toBe(plan);
  });
});

describe('waves that cannot work: every problem with its plan path', () => {
  it('refuses shares that do not rise, or do not end at 100', () => {
    expect(problemsOf(wavePlan({ percent: [10, 10, 50] }))).toEqual([
      'waves.percent[1]: expected more than 10 (each wave reaches further than the one before); got 10',
      'waves.percent[2]: expected 100 as the last share: the targets beyond 50 % would never be deployed; got 50',
    ]);
    expect(problemsOf(wavePlan({ percent: [50, 20, 100] }))).toEqual(['waves.percent[1]: expected more than 50 (each wave reaches further than the one before); got 20']);
  });

  it('refuses more waves than targets, and a target listed twice', () => {
    expect(problemsOf(wavePlan({ targets: ['a', 'b', 'a'], percent: [10, 50, 100] }))).toEqual([
      'waves.targets[2]: duplicate target "a" (also waves.targets[0]): each target belongs to one wave',
      'waves.percent: 3 waves need at least 3 targets (each wave gets one); waves.targets has 2',
    ]);
  });

  it('accepts as many waves as targets: one each', () => {
    const r = validatePlanObject(wavePlan({ targets: ['a', 'b', 'c'], percent: [10, 50, 100] }));
    expect(r.ok ? r.plan.stages.map((s) => s.targets) : r.problems).toEqual([['a'], ['b'], ['c']]);
  });

  it('refuses shares out of range and empty lists, from the schema', () => {
    expect(problemsOf(wavePlan({ percent: [0, 100] }))[0]).toMatch(/^waves\.percent\[0\]: /);
    expect(problemsOf(wavePlan({ percent: [50, 101] }))[0]).toMatch(/^waves\.percent\[1\]: /);
    expect(problemsOf(wavePlan({ targets: [] }))).toEqual(['waves.targets: expected at least one target']);
  });

  it('names the waves\' own paths for a problem found on the stages they make, once', () => {
    expect(problemsOf(wavePlan({ gate: { profile: 'nope' } }))).toEqual(['waves.gate.profile: expected the name of a profile under checks (std); got "nope"']);
    // r07 is the second target of wave-3 (after r06): the 7th of the list.
    expect(problemsOf(wavePlan({}, { stages: [{ name: 'canary', targets: ['r07'] }] }))).toEqual([
      'waves.targets[6]: target "r07" is already in stage "canary": a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next',
    ]);
    expect(problemsOf(wavePlan({}, { stages: [{ name: 'wave-2', targets: ['x'] }] }))).toEqual(['waves.name: duplicate stage name "wave-2" (also stages[0])']);
  });

  it('leaves the paths of the plan\'s own stages and other fields as they are, and keeps distinct problems apart', () => {
    const plan = wavePlan({ gate: { checks: [{ name: 'h', type: 'http', url: 'https://{a}/{b}' }] } }, {
      stages: [{ name: 'canary', targets: ['x'], gate: { profile: 'nope', checks: [{ name: 'h', type: 'http', url: 'https://{a}' }] } }],
      deploy: { run: ['./d.sh', '{tagret}'] },
    });
    expect(problemsOf(plan)).toEqual([
      'stages[0].gate.profile: expected the name of a profile under checks (std); got "nope"',
      'stages[0].gate.checks[0].url: unknown placeholder {a}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}',
      'waves.gate.checks[0].url: unknown placeholder {a}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}',
      'waves.gate.checks[0].url: unknown placeholder {b}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}',
      'deploy.run[1]: unknown placeholder {tagret}; expected one of {target}, {version}, {previous}, {stage}, {environment}, {service}, {color}, {weight}',
    ]);
  });

  it('maps indexes past 9: the 12th wave stage, the 19th target of a wave', () => {
    const percent = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 100];
    expect(problemsOf(wavePlan({ percent, gate: { profile: 'nope' } }))).toEqual(['waves.gate.profile: expected the name of a profile under checks (std); got "nope"']);
    expect(problemsOf(wavePlan({ percent: [5, 100] }, { stages: [{ name: 'canary', targets: ['r20'] }] }))).toEqual([
      'waves.targets[19]: target "r20" is already in stage "canary": a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next',
    ]);
  });

  it('needs stages or waves', () => {
    expect(problemsOf(wavePlan({}, { waves: undefined }))).toEqual(['stages: expected at least one stage (or waves)']);
  });

  it('does not ask for stages when a plan with waves fails the schema elsewhere', () => {
    const problems = problemsOf(wavePlan({}, { service: '' }));
    expect(problems.some((p) => p.startsWith('service: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('stages: '))).toBe(false);
  });
});
