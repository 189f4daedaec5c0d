import type { ConfigProblem } from './errors.js';
import type { Plan, Stage, Waves } from './plan-schema.js';

/**
 * How many of `total` targets each wave has reached, cumulatively: the
 * share rounded up (5 % of 20 is 1, 1 % of 20 is 1 too), then pushed so every
 * wave gets at least one target of its own and leaves at least one to each
 * wave after it. Needs `total >= percent.length` (checkWaves says so otherwise).
 */
export function countWaveTargets(total: number, percent: readonly number[]): number[] {
  const counts: number[] = [];
  percent.forEach((p, k) => {
    // The epsilon keeps 10 % of 30 (3.0000000000000004 in floating point) at 3.
    const wanted = Math.ceil((p * total) / 100 - 1e-9);
    const atLeast = (counts[k - 1] ?? 0) + 1;
    const atMost = total - (percent.length - 1 - k);
    counts.push(Math.min(Math.max(wanted, atLeast), atMost));
  });
  return counts;
}

/**
 * The rules of a `waves:` block a schema cannot express: targets listed once,
 * shares rising and ending at 100, a target for every wave. Paths are plan
 * paths (`waves.percent[2]`); no problems when the plan has no waves.
 */
export function checkWaves(waves: Waves | undefined): ConfigProblem[] {
  if (!waves) return [];
  const problems: ConfigProblem[] = [];
  waves.targets.forEach((target, j) => {
    const first = waves.targets.indexOf(target);
    if (first !== j) problems.push({ path: `waves.targets[${j}]`, message: `duplicate target "${target}" (also waves.targets[${first}]): each target belongs to one wave` });
  });
  waves.percent.slice(1).forEach((p, k) => {
    const before = waves.percent[k] as number;
    if (p <= before) problems.push({ path: `waves.percent[${k + 1}]`, message: `expected more than ${before} (each wave reaches further than the one before); got ${p}` });
  });
  const last = waves.percent.length - 1;
  if (waves.percent[last] !== 100) problems.push({ path: `waves.percent[${last}]`, message: `expected 100 as the last share: the targets beyond ${waves.percent[last]} % would never be deployed; got ${waves.percent[last]}` });
  const unique = new Set(waves.targets).size;
  if (waves.percent.length > unique) problems.push({ path: 'waves.percent', message: `${waves.percent.length} waves need at least ${waves.percent.length} targets (each wave gets one); waves.targets has ${unique}` });
  return problems;
}

/**
 * The plan with its waves turned into plain stages, named `<name>-1`,
 * `<name>-2`, … after the plan's own stages, each with the waves' gate,
 * on-failure, parallel (and every other stage field set there). Targets keep
 * their list order: wave 1 takes the first ones. The result has no `waves`,
 * so the pipeline, the actions and the CLI see stages only, and expanding it
 * again changes nothing. Call it on a plan whose waves pass checkWaves.
 */
export function expandWaves(plan: Plan): Plan {
  if (!plan.waves) return plan;
  const { waves, ...rest } = plan;
  const { name, targets, percent, ...common } = waves;
  const counts = countWaveTargets(targets.length, percent);
  const stages = counts.map((count, k): Stage => ({ ...common, name: `${name}-${k + 1}`, targets: targets.slice(counts[k - 1] ?? 0, count) }));
  return { ...rest, stages: [...plan.stages, ...stages] };
}

/**
 * Problems found on the expanded plan, pointed back at what the user wrote:
 * `stages[5].targets[1]` of a wave stage becomes `waves.targets[7]`, any other
 * path of a wave stage becomes the same path under `waves` (once, not once per wave).
 */
export function locateWaveProblems(problems: readonly ConfigProblem[], written: Plan): ConfigProblem[] {
  const waves = written.waves;
  if (!waves) return [...problems];
  const own = written.stages.length;
  const counts = countWaveTargets(waves.targets.length, waves.percent);
  const located = problems.map((p) => {
    const m = /^stages\[(\d+)\](\.targets\[(\d+)\])?(.*)$/.exec(p.path);
    if (!m || Number(m[1]) < own) return p;
    const wave = Number(m[1]) - own;
    if (m[3] !== undefined) return { ...p, path: `waves.targets[${(counts[wave - 1] ?? 0) + Number(m[3])}]${m[4]}` };
    return { ...p, path: `waves${m[4] as string}` };
  });
  // A mistake in the waves' gate shows on every wave stage: say it once.
  return located.filter((p, i) => located.findIndex((q) => q.path === p.path && q.message === p.message) === i);
}
