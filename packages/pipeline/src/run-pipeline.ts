import { assertSafeVersion, decideAfterStage, pipelineResult, selectStages, type Plan, type PolicyDecision, type StageOutcome } from '@stagegate/core';
import type { PipelineDeps, PipelineEvent, PipelineReport, StageReport } from './pipeline-types.js';

/** What to run. */
export interface PipelineOptions {
  version: string;
  startAt?: string;
  only?: readonly string[];
}

/**
 * Runs the plan's stages in order: deploy → gate → on success the next stage;
 * on failure the stage's on-failure policy (roll back this stage, roll back
 * everything touched in reverse stage order, continue, or pause). Every step
 * is notified and recorded as it happens, so a crash loses nothing recorded.
 */
export async function runPipeline(plan: Plan, options: PipelineOptions, deps: PipelineDeps): Promise<PipelineReport> {
  const started = deps.now();
  const stages = selectStages(plan, { startAt: options.startAt, only: options.only });
  // Before the first event: an unsafe version must not reach a notification or the history either.
  const version = assertSafeVersion(options.version, plan['version-pattern']);
  const events: PipelineEvent[] = [];
  const emit = async (e: Omit<PipelineEvent, 'at' | 'version'>, notify = true): Promise<void> => {
    const event: PipelineEvent = { ...e, version, at: new Date(deps.now()).toISOString() };
    events.push(event);
    await deps.record(event);
    if (notify) await deps.notify(event);
  };

  const history: StageOutcome[] = [];
  const decisions: PolicyDecision[] = [];
  const reports: StageReport[] = [];
  let rollback: PipelineReport['rollback'];
  let rollbackFailed = false;

  await emit({ kind: 'deploy-started', targets: stages.flatMap((s) => s.targets), reason: `${plan.service} ${version}: ${stages.map((s) => s.name).join(' → ')}` });
  for (const stage of stages) {
    const stageStarted = deps.now();
    deps.log(`stage ${stage.name}: deploying ${version} to ${stage.targets.join(', ')}`);
    await emit({ kind: 'stage-started', stage: stage.name, targets: stage.targets }, false);
    const deploy = await deps.deployStage(stage, version);
    const touched = deploy.targets.filter((t) => t.state !== 'skipped' && t.state !== 'planned' && t.deploymentId !== undefined).map((t) => t.target);
    const deployFailed = deploy.targets.filter((t) => t.state !== 'succeeded').map((t) => t.target);

    let gate: StageOutcome['gate'] = 'skipped';
    let failedChecks: string[] = [];
    let failedTargets = deployFailed;
    if (deploy.outcome === 'succeeded' && stage.gate) {
      deps.log(`stage ${stage.name}: health gate on ${stage.targets.join(', ')}`);
      const g = await deps.gateStage(stage, version, stage.targets);
      gate = g.verdict;
      failedChecks = g.failedChecks;
      failedTargets = g.failedTargets;
      await emit({ kind: g.verdict === 'Successful' ? 'gate-finished' : 'gate-failed', stage: stage.name, targets: g.failedTargets.length ? g.failedTargets : stage.targets, verdict: g.verdict, reason: g.failedChecks.join('; ') || undefined }, g.verdict !== 'Successful');
    }

    const outcome: StageOutcome = { stage: stage.name, deploy: deploy.outcome, gate, touchedTargets: touched, failedTargets };
    const decision = decideAfterStage(stage['on-failure'], outcome, history);
    history.push(outcome);
    decisions.push(decision);
    const report: StageReport = { stage: stage.name, deploy: deploy.outcome, gate, decision: decision.kind, targets: deploy.targets, failedChecks, durationMs: deps.now() - stageStarted };
    reports.push(report);

    if (decision.kind === 'next') {
      deps.log(`stage ${stage.name}: passed`);
      await emit({ kind: 'stage-succeeded', stage: stage.name, targets: stage.targets });
      continue;
    }
    report.reason = decision.reason;
    deps.log(`stage ${stage.name}: ${decision.reason} → ${decision.kind === 'rollback' ? `rollback-${decision.scope}` : decision.kind}`);
    await emit({ kind: 'stage-failed', stage: stage.name, targets: failedTargets, reason: decision.reason, verdict: gate });
    if (decision.kind === 'continue') continue;
    if (decision.kind === 'pause') {
      await emit({ kind: 'manual-approval-waiting', stage: stage.name, targets: stage.targets, reason: `${decision.reason}: paused for a person to decide (re-run, or run the rollback workflow)` });
      break;
    }
    const targets = decision.items.map((i) => i.target);
    await emit({ kind: 'rollback-started', stage: stage.name, targets, reason: decision.reason });
    const r = await deps.rollback(decision.items, decision.reason, version);
    rollback = { ...r, reason: decision.reason, items: decision.items };
    rollbackFailed = !r.ok;
    const failedRollbacks = r.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped').map((t) => t.target);
    await emit({ kind: r.ok ? 'rollback-succeeded' : 'rollback-failed', stage: stage.name, targets: r.ok ? targets : failedRollbacks, reason: r.ok ? `${targets.join(', ')} back on their last good versions` : r.targets.filter((t) => failedRollbacks.includes(t.target)).map((t) => `${t.target}: ${t.reason}`).join('; ') });
    break;
  }

  const result = pipelineResult(decisions, rollbackFailed);
  const succeeded = result === 'succeeded';
  await emit({ kind: succeeded ? 'pipeline-succeeded' : 'pipeline-failed', result, reason: succeeded ? `${version} is live on every stage` : `result: ${result}`, targets: stages.flatMap((s) => s.targets) }, result !== 'paused');
  return { result, version, stages: reports, rollback, events, durationMs: deps.now() - started };
}
