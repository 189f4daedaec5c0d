import { formatDuration, parseDuration } from '../duration.js';
import type { Plan, Stage } from '../plan-schema.js';

/**
 * Time budgets without I/O: how long a stage (deploy + gate, wall time) may
 * take, given its own `budget` and what is left of the plan's, and the cause
 * a stage fails with when the budget runs out.
 */

/** The bound a stage runs under: the tighter of its own budget and what is left of the plan's. */
export interface StageBudget {
  /** Milliseconds the stage may take from its start (0 when the plan's budget is already spent). */
  ms: number;
  /** Which budget binds. */
  kind: 'stage' | 'plan';
  /** That budget, whole, in ms (for the message). */
  budgetMs: number;
}

/**
 * The budget a stage starts under, or undefined when neither the stage nor
 * the plan has one. `planElapsedMs` is the rollout's wall time so far (waits
 * for deploy windows included: the plan's budget is the rollout's, end to end).
 */
export function budgetForStage(plan: Pick<Plan, 'budget'>, stage: Pick<Stage, 'budget'>, planElapsedMs: number): StageBudget | undefined {
  const own = stage.budget === undefined ? undefined : parseDuration(stage.budget);
  const whole = plan.budget === undefined ? undefined : parseDuration(plan.budget);
  const planLeft = whole === undefined ? undefined : Math.max(0, whole - planElapsedMs);
  if (own === undefined && planLeft === undefined) return undefined;
  if (planLeft === undefined || (own !== undefined && own <= planLeft)) return { ms: own as number, kind: 'stage', budgetMs: own as number };
  return { ms: planLeft, kind: 'plan', budgetMs: whole as number };
}

/** Wall time for a cause: `4.2s`, `11m 02s`, `1h 05m`. */
export function formatElapsed(ms: number): string {
  if (ms < 60_000) return formatDuration(ms);
  const total = Math.round(ms / 1000);
  if (total < 3600) return `${Math.floor(total / 60)}m ${String(total % 60).padStart(2, '0')}s`;
  return `${Math.floor(total / 3600)}h ${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The cause of a stage stopped by its budget, first words "over budget":
 * `over budget: stage canary took 11m 02s, budget 10m` or
 * `over budget: the rollout took 35m 04s by stage full, plan budget 35m`.
 */
export function describeOverBudget(budget: StageBudget, stage: string, stageElapsedMs: number, planElapsedMs: number): string {
  return budget.kind === 'stage'
    ? `over budget: stage ${stage} took ${formatElapsed(stageElapsedMs)}, budget ${formatDuration(budget.budgetMs)}`
    : `over budget: the rollout took ${formatElapsed(planElapsedMs)} by stage ${stage}, plan budget ${formatDuration(budget.budgetMs)}`;
}
