import { assertSafeVersion, decideAfterStage, describeHeadline, describeNextStep, isBlueGreen, pipelineResult, selectStages, type Plan, type PolicyDecision, type Stage, type RolloutFacts, type StageOutcome } from '@stagegate/core';
import { finishBlueGreenStage } from './blue-green.js';
import { listTargetsNow } from './targets-now.js';
import { startStageBudget } from './stage-budget-timer.js';
import { checkBeforeStage, type StageStop } from './stage-guards.js';
import type { PipelineDeps, PipelineEvent, PipelineReport, StageReport } from './pipeline-types.js';

/** What to run. */
export interface PipelineOptions {
  version: string;
  startAt?: string;
  only?: readonly string[];
  /** After a rollback, run each rolled-back target's gate once more (default true). */
  verifyRollback?: boolean;
}

/**
 * Runs the plan's stages in order: deploy → gate → on success the next stage;
 * on failure the stage's on-failure policy (roll back this stage, roll back
 * everything touched in reverse stage order, continue, or pause).
 *
 * On a failure the order is production first: the rollback's commands start,
 * then the verdict is written to GitHub and the events are recorded and sent.
 * Events go to the history at once and to people in the background, so a
 * slow or failing channel never delays a rollback or the next stage; the run
 * waits for them (bounded) only at its end.
 */
export async function runPipeline(plan: Plan, options: PipelineOptions, deps: PipelineDeps): Promise<PipelineReport> {
  const started = deps.now();
  const stages = selectStages(plan, { startAt: options.startAt, only: options.only });
  // Before the first event: an unsafe version must not reach a notification or the history either.
  const version = assertSafeVersion(options.version, plan['version-pattern']);
  const events: PipelineEvent[] = [];
  const emit = (e: Omit<PipelineEvent, 'at' | 'version'>, notify = true): void => {
    const event: PipelineEvent = { ...e, version, at: new Date(deps.now()).toISOString() };
    events.push(event);
    deps.record(event);
    if (notify) deps.notify(event);
  };

  const history: StageOutcome[] = [];
  const decisions: PolicyDecision[] = [];
  const reports: StageReport[] = [];
  let rollback: PipelineReport['rollback'];
  let rollbackFailed = false;
  let nothingToRollBack = false;
  let cancelled = false;
  let failedStage: { name: string; cause: string } | undefined;
  // A freeze or a deploy window that stopped the run before a stage; windows.wait bounds all its waits together.
  let stopped: StageStop | undefined;
  const waited = { ms: 0 };
  const planStages = plan.stages.map((s) => ({ name: s.name, targets: s.targets }));
  const factsSoFar = (result: RolloutFacts['result'], stageName?: string): RolloutFacts => {
    const at = plan.stages.findIndex((s) => s.name === stageName);
    return {
      service: plan.service, version, result, cause: failedStage?.cause, failedStage: stageName, nextStage: at >= 0 ? plan.stages[at + 1]?.name : undefined,
      targets: listTargetsNow(planStages, reports, rollback, version), dryRun: deps.dryRun,
    };
  };

  // A rollout frozen (or held) before its first stage never announces "deploy started": only the stop.
  stopped = await checkBeforeStage(plan, stages[0] as Stage, deps, waited);
  if (!stopped) emit({ kind: 'deploy-started', targets: [...new Set(stages.flatMap((s) => s.targets))], reason: `${plan.service} ${version}: ${stages.map((s) => s.name).join(' → ')}` });
  for (const [index, stage] of stages.entries()) {
    if (index > 0) stopped = await checkBeforeStage(plan, stage, deps, waited);
    if (stopped) {
      // Nothing of this stage starts and nothing is rolled back: what earlier stages deployed stays live.
      failedStage = { name: stage.name, cause: stopped.cause };
      deps.log(`stage ${stage.name}: ${stopped.cause}`);
      break;
    }
    const stageStarted = deps.now();
    deps.log(`stage ${stage.name}: deploying ${version} to ${stage.targets.join(', ')}`);
    emit({ kind: 'stage-started', stage: stage.name, targets: stage.targets }, false);
    const budget = startStageBudget(plan, stage, started, deps.now);
    let deploy = budget.judgeDeploy(await deps.deployStage(stage, version, budget.signal));
    let touched = deploy.targets.filter((t) => t.state !== 'skipped' && t.state !== 'planned' && t.deploymentId !== undefined).map((t) => t.target);
    const deployFailed = deploy.targets.filter((t) => t.state !== 'succeeded').map((t) => t.target);

    let gate: StageOutcome['gate'] = 'skipped';
    let failedChecks: string[] = [];
    let failedTargets = deployFailed;
    let gateEvent: Omit<PipelineEvent, 'at' | 'version'> | undefined;
    cancelled = deploy.outcome === 'cancelled' || (deps.cancelled?.() ?? false);
    if (!cancelled && deploy.outcome === 'succeeded' && stage.gate) {
      deps.log(`stage ${stage.name}: health gate on ${stage.targets.join(', ')}`);
      const g = budget.judgeGate(await deps.gateStage(stage, version, stage.targets, budget.signal), stage.targets);
      gate = g.verdict;
      failedChecks = g.failedChecks;
      failedTargets = g.failedTargets;
      gateEvent = { kind: g.verdict === 'Successful' ? 'gate-finished' : 'gate-failed', stage: stage.name, targets: g.failedTargets.length ? g.failedTargets : stage.targets, verdict: g.verdict, reason: g.failedChecks.join('; ') || undefined };
      cancelled = deps.cancelled?.() ?? false;
    }
    // Blue-green: traffic moves only once the idle colour passed; a target never switched needs no rollback.
    let neverSwitched: string | undefined;
    if (isBlueGreen(stage) && !cancelled) {
      const bg = await finishBlueGreenStage(stage, version, deploy, gate, deps);
      ({ deploy, touched, note: neverSwitched } = bg);
      if (bg.switchFailed.length) failedTargets = bg.switchFailed;
    }
    // The cause a person needs first: each failed command's exit and stderr, or each failed check's observation.
    const failedDeploys = deploy.targets.filter((t) => t.state === 'failed' || t.state === 'error').map((t) => `${t.target}: ${t.reason}`);
    budget.stop();
    const cause = budget.cause() ?? ((gate !== 'skipped' && gate !== 'Successful' ? failedChecks : failedDeploys).join('; ') || undefined);
    const report: StageReport = { stage: stage.name, deploy: deploy.outcome, gate, decision: 'pause', targets: deploy.targets, failedChecks, durationMs: 0, ...(cause ? { cause } : {}) };
    reports.push(report);
    if (cancelled) {
      // A person or the runner stopped the run: neither a rollback nor a pause is theirs to get.
      report.decision = 'cancelled';
      report.reason = `stage ${stage.name}: the run was cancelled`;
      report.durationMs = deps.now() - stageStarted;
      deps.recordVerdict();
      emit({ kind: 'stage-failed', stage: stage.name, targets: stage.targets, reason: `${report.reason}; in-progress deployments marked error` });
      break;
    }

    const outcome: StageOutcome = { stage: stage.name, deploy: deploy.outcome, gate, touchedTargets: touched, failedTargets };
    const decision = decideAfterStage(stage['on-failure'], outcome, history);
    history.push(outcome);
    decisions.push(decision);
    report.decision = decision.kind;
    report.durationMs = deps.now() - stageStarted;

    if (decision.kind === 'next') {
      if (gateEvent) emit(gateEvent, false);
      deps.log(`stage ${stage.name}: passed`);
      emit({ kind: 'stage-succeeded', stage: stage.name, targets: stage.targets });
      continue;
    }
    report.reason = `${cause ? `${cause} (stage ${stage.name})` : decision.reason}${neverSwitched ? `; ${neverSwitched}` : ''}`;
    failedStage ??= { name: stage.name, cause: report.reason };
    deps.log(`stage ${stage.name}: ${report.reason} → ${decision.kind === 'rollback' ? `rollback-${decision.scope}` : decision.kind}`);
    if (decision.kind !== 'rollback' || !decision.items.length) {
      deps.recordVerdict();
      if (gateEvent) emit(gateEvent);
      if (decision.kind === 'rollback') {
        // Nothing of this run reached a target: claiming a rollback would be a lie.
        nothingToRollBack = true;
        if (!neverSwitched) report.reason = `${report.reason}; nothing was deployed, so nothing was rolled back`;
      }
      // A failure the plan lets the rollout go on from, or holds for a person, is P1: production is not burning.
      emit({ kind: 'stage-failed', stage: stage.name, targets: failedTargets, reason: report.reason, verdict: gate, ...(decision.kind === 'rollback' ? {} : { priority: 'P1' as const }) });
      if (decision.kind === 'continue') continue;
      if (decision.kind === 'pause') {
        const facts = factsSoFar('paused', stage.name);
        const live = facts.targets.filter((t) => t.live === version && t.action !== 'untouched').map((t) => t.target);
        emit({ kind: 'manual-approval-waiting', stage: stage.name, targets: live, reason: `${report.reason}: paused, ${version} stays live on ${live.join(', ') || 'no target'}. Next: ${describeNextStep(facts).slice(1).join('; ')}` });
      }
      break;
    }
    // Production first: the commands start inside this call, before anything is recorded or sent.
    const rolling = deps.rollback(decision.items, report.reason, version);
    const targets = decision.items.map((i) => i.target);
    deps.recordVerdict();
    if (gateEvent) emit(gateEvent);
    emit({ kind: 'stage-failed', stage: stage.name, targets: failedTargets, reason: report.reason, verdict: gate });
    emit({ kind: 'rollback-started', stage: stage.name, targets, reason: report.reason });
    const r = await rolling;
    rollback = { ...r, reason: report.reason, items: decision.items };
    rollbackFailed = !r.ok;
    const failedRollbacks = r.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped');
    if (r.ok) emit({ kind: 'rollback-succeeded', stage: stage.name, targets, reason: `${targets.join(', ')} back on ${describeVersions(r.targets)}` });
    else emit({ kind: 'rollback-failed', stage: stage.name, targets: failedRollbacks.map((t) => t.target), reason: failedRollbacks.map((t) => `${t.target}: ${t.reason}`).join('; ') });
    if (options.verifyRollback !== false && deps.verifyRollback) {
      const back = r.targets.filter((t) => t.state === 'succeeded');
      const unhealthy = back.length ? await deps.verifyRollback(back) : [];
      rollback.stillUnhealthy = unhealthy;
      if (unhealthy.length) {
        rollbackFailed = true;
        emit({ kind: 'rollback-failed', stage: stage.name, targets: unhealthy.map((u) => u.target), reason: `still unhealthy after the rollback: ${unhealthy.map((u) => `${u.target}: ${u.cause}`).join('; ')}` });
      }
    }
    break;
  }

  const result = cancelled ? 'cancelled' : stopped ? stopped.result : nothingToRollBack && !rollback ? 'failed' : pipelineResult(decisions, rollbackFailed);
  const unrecorded = await deps.settleRecords();
  if (unrecorded.length) emit({ kind: 'records-missing', reason: unrecorded.map((u) => `${u.target}: ${u.what}: ${u.cause}`).join('; '), targets: [...new Set(unrecorded.map((u) => u.target))] }, false);
  const succeeded = result === 'succeeded';
  const facts = factsSoFar(result, failedStage?.name ?? reports.at(-1)?.stage);
  const headline = describeHeadline(facts);
  const nextStep = describeNextStep(facts);
  // Only the targets this run touched: the others are counted in the headline, not listed as failed.
  const touchedTargets = facts.targets.filter((t) => t.action !== 'untouched').map((t) => t.target);
  emit({ kind: succeeded ? 'pipeline-succeeded' : 'pipeline-failed', result, reason: succeeded ? headline : `${headline} Next: ${nextStep.join('; ')}`, targets: touchedTargets }, result !== 'paused');
  const undelivered = await deps.settleNotifications();
  return { result, version, headline, nextStep, cause: failedStage?.cause, targetsNow: facts.targets as PipelineReport['targetsNow'], plannedStages: planStages, stages: reports, rollback, unrecorded, undelivered, events, durationMs: deps.now() - started };
}

/** "v1" when every target went back to one version, else "their last good versions". */
function describeVersions(targets: ReadonlyArray<{ toVersion?: string | undefined }>): string {
  const versions = [...new Set(targets.map((t) => t.toVersion).filter(Boolean))];
  return versions.length === 1 ? (versions[0] as string) : 'their last good versions';
}
