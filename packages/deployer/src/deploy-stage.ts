import { assertSafeVersion, checkShardTargets, chooseIdleColor, ConfigError, environmentFor, findStage, isBlueGreen, parseDuration, planDigest, readColor } from '@stagegate/core';
import { findLastKnownGoodMany } from '@stagegate/github';
import { runTargetJob } from './deploy-target.js';
import { describeNotStarted, prepareJob, runPool, summarizeOutcomes } from './target-jobs.js';
import type { DeployDeps, TargetOutcome } from './types.js';

/** What to deploy. */
export interface DeployStageOptions extends DeployDeps {
  /** The stage's name in the plan. */
  stage: string;
  /** The version to roll out; checked against the plan's version-pattern before anything happens. */
  version: string;
  /** Override of the stage's `parallel`. */
  parallel?: number;
  /** Override of deploy.timeout, e.g. "10m". */
  timeout?: string;
  /** Only these of the stage's targets (one shard of a fanned-out stage); default all of them. */
  targets?: readonly string[];
}

/** The outcome of a stage's deploy. */
export interface StageDeployResult {
  stage: string;
  version: string;
  result: 'succeeded' | 'failed' | 'partially-failed' | 'cancelled';
  /** One entry per target, in the plan's order. */
  targets: TargetOutcome[];
}

/**
 * Deploys one stage's targets with the plan's deploy command, at most
 * `parallel` at once, recording each as a GitHub Deployment. The version is
 * checked first, then every target's last known good is read in one shared
 * lookup (the "from version"), then targets run. A target's failure never
 * stops the others; a cancelled job stops new targets and marks running ones
 * error "cancelled".
 */
export async function deployStage(options: DeployStageOptions): Promise<StageDeployResult> {
  const { plan } = options;
  const stage = findStage(plan, options.stage);
  const version = assertSafeVersion(options.version, plan['version-pattern']);
  const command = options.timeout ? { ...plan.deploy, timeout: checkTimeout(options.timeout) } : plan.deploy;
  // A shard deploys its own targets only, in the order given (the plan's, from the plan action).
  const targets = options.targets?.length ? checkShardTargets(stage.name, stage.targets, options.targets) : stage.targets;
  const environments = targets.map((t) => environmentFor(plan, t, stage));
  const good = await findLastKnownGoodMany(options.store, environments, { service: plan.service });
  const digest = planDigest(plan);
  const parallel = options.parallel ?? stage.parallel;
  const jobs = targets.map((target, i) => {
    const environment = environments[i] as string;
    const previous = good.get(environment);
    // Blue-green: the live colour is the last good deployment's; the new version goes to the other one.
    const fromColor = isBlueGreen(stage) ? readColor(previous?.deployment.payload?.color) : undefined;
    const colors = isBlueGreen(stage) ? { color: chooseIdleColor(fromColor), fromColor } : {};
    return prepareJob(
      {
        kind: 'deploy', target, environment, stage: stage.name, version, fromVersion: previous?.version, ref: options.run.ref,
        previousGood: previous?.deployment, prefixLines: parallel > 1 && targets.length > 1, planDigest: digest, ...colors,
      },
      command, 'deploy', plan.service,
    );
  });
  const outcomes = await runPool(jobs, parallel, (job, _i, release) => runTargetJob(job, options, release), {
    signal: options.signal,
    onSkipped: (job) => describeNotStarted(job, 'cancelled', 'cancelled before it started', options.run.url),
  });
  return { stage: stage.name, version, result: summarizeOutcomes(outcomes), targets: outcomes };
}

/** An override of deploy.timeout must be a duration: checked before any deployment, naming the input. */
function checkTimeout(text: string): string {
  try {
    parseDuration(text);
    return text;
  } catch (e) {
    throw new ConfigError([{ path: 'input timeout', message: (e as Error).message }]);
  }
}
