import { ConfigError, environmentUrlFor, findStage, planDigest } from '@stagegate/core';
import { judgeCommand, runJobCommand } from './deploy-target.js';
import { describeNotStarted, prepareJob, runPool } from './target-jobs.js';
import { SYSTEM_CLOCK, type DeployDeps, type TargetOutcome, type TargetState } from './types.js';

/** What to switch: a blue-green stage's targets whose idle colour passed its gate. */
export interface SwitchTrafficOptions extends DeployDeps {
  stage: string;
  version: string;
  /** The deploys of this stage (their outcomes carry the colours and deployment ids); those not succeeded are left alone. */
  deployed: readonly TargetOutcome[];
}

/**
 * Moves each target's traffic to the colour its deploy went to, with the
 * stage's `switch` command (argv, no shell, bounded, its process group killed
 * on timeout or cancel), at most the stage's `parallel` at once. Only now does
 * the new version serve traffic, so only now is its deployment marked
 * `success` (and the previous good one inactive); a failed switch leaves the
 * deployment for the caller to mark (after its rollback has started).
 */
export async function switchTraffic(o: SwitchTrafficOptions): Promise<TargetOutcome[]> {
  const { plan } = o;
  const stage = findStage(o.plan, o.stage);
  const index = plan.stages.indexOf(stage);
  const path = `stages[${index}].switch`;
  if (!stage.switch) throw new ConfigError([{ path, message: 'expected a switch command: a blue-green stage moves traffic with it' }]);
  const command = stage.switch;
  const clock = o.clock ?? SYSTEM_CLOCK;
  const items = o.deployed.filter((t) => (t.state === 'succeeded' || t.state === 'planned') && t.color);
  const digest = planDigest(plan);
  const prefixLines = stage.parallel > 1 && items.length > 1;
  const jobs = items.map((t) => ({
    outcome: t,
    job: prepareJob({
      kind: 'switch', target: t.target, environment: t.environment, stage: stage.name, version: o.version, fromVersion: t.fromVersion, ref: o.run.ref,
      previousGood: undefined, prefixLines, planDigest: digest, color: t.color, fromColor: t.fromColor,
    }, command, path, plan.service),
  }));
  return runPool(jobs, stage.parallel, async ({ outcome: t, job }, _i, release) => {
    const started = clock.now();
    const done = (state: TargetState, reason: string): TargetOutcome => ({ ...t, state, reason, durationMs: clock.now() - started });
    if (o.dryRun) {
      o.log.info(`[dry-run] ${t.target}: would run the switch ${JSON.stringify(job.argv)} to move traffic to ${t.color}, then set deployment success`);
      return done('planned', `dry run: would switch traffic to ${t.color ?? '?'}`);
    }
    const result = await runJobCommand(job, o);
    release();
    const [state, ghState, reason] = judgeCommand(result, job, { ...(o.env ?? process.env), ...job.commandEnv });
    if (ghState !== 'success' || t.deploymentId === undefined) return done(state, reason);
    try {
      const environmentUrl = environmentUrlFor(plan, t.target, { version: o.version, environment: t.environment }, stage);
      await o.store.setStatus(t.deploymentId, 'success', { description: reason, logUrl: o.run.url, environmentUrl });
      // GitHub's auto_inactive skips production environments: the colour that served before is retired by hand.
      const old = t.previousGood?.deploymentId;
      if (old !== undefined && old !== t.deploymentId) await o.store.markInactive(old, `superseded by ${o.version} on ${t.color ?? '?'}`);
    } catch (e) {
      o.log.warning(`${t.target}: traffic is on ${t.color ?? '?'}, but recording success on deployment ${t.deploymentId} failed: ${(e as Error).message}`);
      return done('succeeded', `${reason}; recording it failed: ${(e as Error).message}`);
    }
    return done(state, reason);
  }, {
    signal: o.signal,
    onSkipped: ({ outcome: t }) => ({ ...describeNotStarted({ target: t.target, environment: t.environment, fromVersion: t.fromVersion, version: o.version }, 'cancelled', 'cancelled before its switch', o.run.url), color: t.color, fromColor: t.fromColor }),
  });
}
