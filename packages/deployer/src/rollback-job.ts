import type { DeploymentRecord, DeploymentState } from '@stagegate/github';
import { environmentUrlFor } from '@stagegate/core';
import { describeRunOrigin, judgeCommand, runJobCommand, type TargetJob } from './deploy-target.js';
import { cannotWrite, createRecordKeeper, type RecordKeeper } from './record-keeper.js';
import { SYSTEM_CLOCK, type DeployDeps, type TargetOutcome, type TargetState } from './types.js';

/**
 * Runs one target's rollback with production first: the command starts at
 * once; creating its deployment happens alongside, and
 * the final status after the command ends, each retried in the background
 * (bounded) through `deps.records`. A deployment GitHub refuses (403, 5xx, no
 * answer) never stops the command: it is listed as unrecorded instead.
 *
 * A failed (or timed out, or cancelled) rollback marks its deployment `inactive`, not `failure` or `error`:
 * its payload names the good version it was returning to, and a failure
 * there would make that version look bad, so a later rollback would refuse it.
 */
export async function runRollbackJob(job: TargetJob, deps: DeployDeps, release: () => void = () => {}): Promise<TargetOutcome> {
  const clock = deps.clock ?? SYSTEM_CLOCK;
  const started = clock.now();
  let deploymentId: number | undefined;
  const outcome = (state: TargetState, reason: string): TargetOutcome => ({
    target: job.target, environment: job.environment, deploymentId, fromVersion: job.fromVersion, toVersion: job.version,
    state, reason, durationMs: clock.now() - started, logUrl: deps.run.url, ...(job.color ? { color: job.color } : {}),
  });
  if (deps.dryRun) {
    deps.log.info(`[dry-run] ${job.target}: would POST /repos/{owner}/{repo}/deployments (environment ${job.environment}, task deploy:rollback, ref ${job.ref}, version ${job.version}) alongside the command, which starts first (it does not wait for GitHub): run ${JSON.stringify(job.argv)}; then set success, or inactive if it fails`);
    return outcome('planned', `dry run: would roll back to ${job.version}`);
  }
  if (deps.signal?.aborted) return outcome('cancelled', 'cancelled before it started');
  const keeper = deps.records ?? createRecordKeeper({ warn: (l) => deps.log.warning(l) });
  const about = { target: job.target, environment: job.environment };

  const command = runJobCommand(job, deps);
  const environmentUrl = environmentUrlFor(deps.plan, job.target, { version: job.version, environment: job.environment });
  // At its first refusal, not after the retries: a run that stops waiting must already have asked for the fallback.
  let refused = false;
  const onRefused = (e: unknown): never => {
    if (!refused) deps.onRollbackUnrecorded?.(job.target);
    refused = true;
    throw e;
  };
  const created = keeper.write({ ...about, what: `the rollback deployment of ${job.target} to ${job.version}` }, () =>
    deps.store.createDeployment({
      ref: job.ref, environment: job.environment, task: 'deploy:rollback',
      payload: {
        tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
        run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...describeRunOrigin(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
        ...(job.color ? { color: job.color } : {}),
        ...(job.weight !== undefined ? { weight: job.weight } : {}),
      },
      description: `rollback ${job.target} to ${job.version}: ${job.rollback?.reason ?? ''}`,
    }).catch(onRefused));
  // No in_progress: the deployment shows as pending until its final status (see deploy-target.ts).
  const recorded = created.then((d) => {
    if (d) deploymentId = d.id;
    return d;
  });
  const result = await command;
  release();
  const [state, judged, reason] = judgeCommand(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
  const ghState: DeploymentState = judged === 'success' ? 'success' : 'inactive';
  const description = judged === 'success' ? reason : `rollback to ${job.version} FAILED: ${reason}; ${job.fromVersion ?? 'the failed version'} may still run on ${job.target}`;
  // Registered now, while the deployment may still be on its way: if the run stops waiting, this final
  // word (the one a later run most needs) is what the unrecorded list names.
  const final = { ...about, deploymentId: undefined as number | undefined, what: `status ${ghState} of the rollback deployment of ${job.target} to ${job.version} (${description})` };
  const finished = keeper.write(final, async () => {
    const d = await recorded;
    if (!d) throw cannotWrite('its deployment could not be created');
    final.deploymentId = d.id;
    await deps.store.setStatus(d.id, ghState, { description, logUrl: deps.run.url, environmentUrl, autoInactive: ghState === 'success' ? undefined : false });
    return d;
  }).then((d) => retire(d, ghState, job, deps, keeper));
  if (!deps.records) await finished;
  return outcome(state, judged === 'success' ? reason : `rollback to ${job.version} failed: ${reason}`);
}

/** GitHub's auto_inactive skips production environments: retire the one deployment still marked success by hand. */
async function retire(d: DeploymentRecord | undefined, state: DeploymentState, job: TargetJob, deps: DeployDeps, keeper: RecordKeeper): Promise<void> {
  if (!d || state !== 'success' || !d.production || !job.previousGood || job.previousGood.id === d.id) return;
  const old = job.previousGood.id;
  await keeper.write({ target: job.target, environment: job.environment, deploymentId: old, what: `status inactive on deployment ${old}` }, () => deps.store.markInactive(old, `superseded by ${job.version}`));
}
