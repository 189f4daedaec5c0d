import { budgetForStage, describeOverBudget, type Plan, type Stage } from '@stagegate/core';
import type { StageDeployReport, StageGateReport } from './pipeline-types.js';

/**
 * A stage's time budget, enforced with a timer the run owns (never
 * AbortSignal.timeout: see the Node 20 bug in DESIGN.md). When it runs out,
 * its signal stops the stage's running deploy commands (their process group)
 * or its gate, and the stage's outcome is rewritten as a failure whose cause
 * starts with "over budget", which the stage's on-failure policy then handles
 * like any other failure (a rollback is not cut by the budget: it runs on the
 * run's own signal).
 */
export interface StageBudgetTimer {
  /** Aborted when the budget runs out; undefined when the stage has no budget. */
  signal: AbortSignal | undefined;
  /** The "over budget: …" cause once the budget has run out (measured when asked), else undefined. */
  cause(): string | undefined;
  /** A deploy stopped (or finished late) over budget is a failed deploy, never a cancelled run. */
  judgeDeploy(report: StageDeployReport): StageDeployReport;
  /** A gate stopped over budget failed, on every target of the stage, with the budget as its one failed check. */
  judgeGate(report: StageGateReport, targets: string[]): StageGateReport;
  /** Clears the timer: a stage that ended in time leaves nothing behind. */
  stop(): void;
}

/** Arms the budget of a stage that starts now; `runStarted` is the rollout's start (for the plan's budget). */
export function startStageBudget(plan: Plan, stage: Stage, runStarted: number, now: () => number): StageBudgetTimer {
  const stageStarted = now();
  const budget = budgetForStage(plan, stage, stageStarted - runStarted);
  if (!budget) return { signal: undefined, cause: () => undefined, judgeDeploy: (r) => r, judgeGate: (r) => r, stop: () => undefined };
  const ctl = new AbortController();
  let spent = false;
  const fire = (): void => {
    spent = true;
    ctl.abort(new Error(`over budget: stage ${stage.name}`));
  };
  const timer = budget.ms > 0 ? setTimeout(fire, budget.ms) : undefined;
  if (!timer) fire();
  let cause: string | undefined;
  const causeNow = (): string | undefined => {
    if (!spent) return undefined;
    cause ??= describeOverBudget(budget, stage.name, now() - stageStarted, now() - runStarted);
    return cause;
  };
  return {
    signal: ctl.signal,
    cause: causeNow,
    judgeDeploy(r) {
      const why = causeNow();
      if (!why) return r;
      const targets = r.targets.map((t) => (t.state === 'cancelled' ? { ...t, state: 'failed', reason: `${why}: ${t.deploymentId === undefined ? 'not started' : 'its command was stopped'}` } : t));
      return { outcome: 'failed', targets };
    },
    judgeGate(r, targets) {
      const why = causeNow();
      return why ? { verdict: 'Failed', failedTargets: r.failedTargets.length ? r.failedTargets : targets, failedChecks: [why, ...r.failedChecks.filter((c) => !/cancelled/.test(c))] } : r;
    },
    stop: () => clearTimeout(timer),
  };
}
