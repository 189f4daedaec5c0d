import type { ConfigProblem } from './errors.js';
import type { Plan, Stage } from './plan-schema.js';
import { environmentFor } from './plan-resolve.js';

/**
 * The rule for targets in several stages: allowed only when every stage it
 * is in sets a weight and the weights rise from one to the next (10 → 50 →
 * 100), so each later stage gives the version more of that target's traffic,
 * and only when those stages name the same environment (its deployments are
 * read there). A target repeated within one stage is left to that stage's rule.
 */
export function checkTargetStages(plan: Plan): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const last = new Map<string, { index: number; stage: Stage }>();
  plan.stages.forEach((stage, i) => {
    stage.targets.forEach((target, j) => {
      if (stage.targets.indexOf(target) !== j) return;
      const before = last.get(target);
      last.set(target, { index: i, stage });
      if (!before) return;
      const at = `stages[${i}].targets[${j}]`;
      const prev = before.stage;
      if (prev.weight === undefined || stage.weight === undefined) {
        problems.push({ path: at, message: `target "${target}" is already in stage "${prev.name}": a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next` });
      } else if (stage.weight <= prev.weight) {
        problems.push({ path: at, message: `target "${target}" is at weight ${prev.weight} in stage "${prev.name}" (stages[${before.index}].weight) and ${stage.weight} here (stages[${i}].weight): a target comes back only at a higher weight` });
      } else if (environmentOf(plan, target, prev) !== environmentOf(plan, target, stage)) {
        problems.push({ path: at, message: `target "${target}" has environment "${environmentOf(plan, target, stage)}" here but "${environmentOf(plan, target, prev)}" in stage "${prev.name}": the stages of one target must name the same environment` });
      }
    });
  });
  return problems;
}

/** The target's environment in a stage, or the error a bad template gives (reported by its own rule). */
function environmentOf(plan: Plan, target: string, stage: Stage): string {
  try {
    return environmentFor(plan, target, stage);
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * The traffic weight a rollback of `target` from stage `stageName` returns
 * the rolled-out version to: the target's weight in the nearest earlier stage
 * it is in, else 0 (no traffic: all of it back on the previous version).
 * Undefined when that stage sets no weight: there is no share to restore.
 */
export function rollbackWeight(plan: Plan, stageName: string, target: string): number | undefined {
  const at = plan.stages.findIndex((s) => s.name === stageName);
  if (plan.stages[at]?.weight === undefined) return undefined;
  for (let i = at - 1; i >= 0; i--) {
    const stage = plan.stages[i] as Stage;
    if (stage.targets.includes(target)) return stage.weight ?? 100;
  }
  return 0;
}
