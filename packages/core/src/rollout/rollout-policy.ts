import { ConfigError } from '../errors.js';
import type { OnFailure } from '../plan-constants.js';
import type { Plan, Stage } from '../plan-schema.js';

/** How a stage's deploy ended. */
export type DeployOutcome = 'succeeded' | 'failed' | 'partially-failed' | 'cancelled';

/** A gate's verdict, as Argo Rollouts names them; `skipped` when the stage has no gate or its deploy failed. */
export type StageGateVerdict = 'Successful' | 'Failed' | 'Inconclusive' | 'Error' | 'skipped';

/** What happened in one stage, as the pipeline reports it to the policy. */
export interface StageOutcome {
  stage: string;
  deploy: DeployOutcome;
  gate: StageGateVerdict;
  /** Targets whose deploy was started (succeeded or not): they may need rolling back. */
  touchedTargets: string[];
  failedTargets: string[];
}

/**
 * The pipeline's final result. `frozen`: a freeze stopped it before a stage
 * (hard stop); `held`: a deploy window (or a freeze that could not be read)
 * kept a stage from starting. Neither rolls anything back.
 */
export type PipelineResult = 'succeeded' | 'rolled-back' | 'partially-failed' | 'paused' | 'failed' | 'cancelled' | 'frozen' | 'held';

/** A target to roll back, with the stage it belongs to. */
export interface RollbackItem {
  stage: string;
  target: string;
}

/** What to do after a stage. */
export type PolicyDecision =
  | { kind: 'next' }
  | { kind: 'continue'; reason: string }
  | { kind: 'pause'; reason: string }
  | { kind: 'rollback'; scope: 'stage' | 'all'; items: RollbackItem[]; reason: string };

/** True when a stage passed: deployed everywhere and its gate (if any) is Successful. */
export function stagePassed(o: StageOutcome): boolean {
  return o.deploy === 'succeeded' && (o.gate === 'Successful' || o.gate === 'skipped');
}

/**
 * Applies a stage's on-failure policy. An Inconclusive gate always pauses:
 * neither healthy nor proven broken, it is a person's call (as in Argo
 * Rollouts). A cancelled run rolls nothing back by itself: the runner is
 * going away, and a half-done rollback is worse than a recorded stop.
 * `history` holds the earlier stages of this run, in order.
 */
export function decideAfterStage(policy: OnFailure, outcome: StageOutcome, history: readonly StageOutcome[]): PolicyDecision {
  if (stagePassed(outcome)) return { kind: 'next' };
  const reason = describeFailure(outcome);
  if (outcome.deploy === 'cancelled') return { kind: 'pause', reason };
  if (outcome.deploy === 'succeeded' && outcome.gate === 'Inconclusive') return { kind: 'pause', reason };
  switch (policy) {
    case 'continue':
      return { kind: 'continue', reason };
    case 'pause':
      return { kind: 'pause', reason };
    case 'rollback-stage':
      return { kind: 'rollback', scope: 'stage', items: outcome.touchedTargets.map((target) => ({ stage: outcome.stage, target })), reason };
    case 'rollback-all': {
      // Newest first: undo this stage, then the ones before it, in reverse order.
      const stages = [...history, outcome].reverse();
      const items = stages.flatMap((s) => s.touchedTargets.map((target) => ({ stage: s.stage, target })));
      // A target of several weighted stages goes back once, from the earliest of them: to where it was before this run.
      return { kind: 'rollback', scope: 'all', items: items.filter((item, i) => !items.slice(i + 1).some((o) => o.target === item.target)), reason };
    }
  }
}

/** One sentence on why a stage failed. */
export function describeFailure(o: StageOutcome): string {
  if (o.deploy === 'cancelled') return `stage ${o.stage}: the run was cancelled`;
  if (o.deploy !== 'succeeded') return `stage ${o.stage}: deploy ${o.deploy} on ${o.failedTargets.join(', ') || 'some targets'}`;
  return `stage ${o.stage}: health gate ${o.gate}${o.failedTargets.length ? ` on ${o.failedTargets.join(', ')}` : ''}`;
}

/**
 * The final result from every decision taken: a pause wins (someone must act),
 * then a failed rollback (failed), then a rollback (rolled-back), then stages
 * that failed under `continue` (partially-failed).
 */
export function pipelineResult(decisions: readonly PolicyDecision[], rollbackFailed: boolean): PipelineResult {
  if (decisions.some((d) => d.kind === 'pause')) return 'paused';
  if (rollbackFailed) return 'failed';
  if (decisions.some((d) => d.kind === 'rollback')) return 'rolled-back';
  if (decisions.some((d) => d.kind === 'continue')) return 'partially-failed';
  return 'succeeded';
}

/**
 * The stages a run goes through: all of them, from `startAt`, or only the
 * named ones (in plan order). Names that do not exist are errors naming the input.
 */
export function selectStages(plan: Plan, options: { startAt?: string; only?: readonly string[] } = {}): Stage[] {
  const names = plan.stages.map((s) => s.name);
  const problems: { path: string; message: string }[] = [];
  if (options.startAt && !names.includes(options.startAt)) problems.push({ path: 'input start-at', message: `expected one of the plan's stages (${names.join(', ')}); got ${JSON.stringify(options.startAt)}` });
  for (const n of options.only ?? []) if (!names.includes(n)) problems.push({ path: 'input only', message: `expected stages of the plan (${names.join(', ')}); got ${JSON.stringify(n)}` });
  if (problems.length) throw new ConfigError(problems);
  let stages = plan.stages;
  if (options.startAt) stages = stages.slice(names.indexOf(options.startAt));
  if (options.only?.length) stages = stages.filter((s) => options.only?.includes(s.name));
  if (!stages.length) throw new ConfigError([{ path: 'input only', message: 'expected at least one stage to run after start-at and only are applied' }]);
  return stages;
}
