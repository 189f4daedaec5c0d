import { assertSafeVersion, checkShardTargets, chooseIdleColor, ConfigError, environmentFor, findStage, isBlueGreen, parseDuration, planDigest, readColor } from '@stagegate/core';
import { findLastKnownGood, findLastKnownGoodMany, type DeploymentStore, type LastKnownGood, type PreviousVersionReader } from '@stagegate/github';
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
  /**
   * What the caller's run already put on targets, and what they ran before it.
   * A target that runs this version from an earlier weighted stage of the run
   * keeps that earlier version as its "from" ({previous}): the lookup would
   * name this version, now at a lower weight.
   */
  before?: ReadonlyMap<string, { version: string | undefined; current: string }>;
  /** The run's shared reader of previous versions (the pipeline keeps one for all its stages); default a fresh lookup. */
  previousVersions?: PreviousVersionReader;
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
  const good = await (options.previousVersions?.lookup(environments) ?? findLastKnownGoodMany(options.store, environments, { service: plan.service }));
  const beforeWeights = stage.weight === undefined ? new Map() : await findVersionsBeforeWeights(options.store, good, environments, version, plan.service);
  const digest = planDigest(plan);
  const parallel = options.parallel ?? stage.parallel;
  const jobs = targets.map((target, i) => {
    const environment = environments[i] as string;
    const previous = good.get(environment);
    // Blue-green: the live colour is the last good deployment's; the new version goes to the other one.
    const fromColor = isBlueGreen(stage) ? readColor(previous?.deployment.payload?.color) : undefined;
    const colors = isBlueGreen(stage) ? { color: chooseIdleColor(fromColor), fromColor } : {};
    const ours = options.before?.get(target);
    return prepareJob(
      {
        kind: 'deploy', target, environment, stage: stage.name, version, ref: options.run.ref,
        fromVersion: ours?.current === version ? ours.version : beforeWeights.has(environment) ? beforeWeights.get(environment)?.version : previous?.version,
        previousGood: previous?.deployment, prefixLines: parallel > 1 && targets.length > 1, planDigest: digest, ...colors, weight: stage.weight,
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

/**
 * The good version before each target's partial-traffic deploy of `version`.
 * A later weighted stage run in its own job (run-stage, one job per stage)
 * finds `version` itself as the target's last known good: the earlier stage
 * put it there at a lower weight. The deploy's "from" ({previous}, the version
 * that keeps the rest of the traffic, and what a rollback returns to) is the
 * good version before it, read once per such target, excluding `version`.
 * Targets whose last good is anything else keep it as it is.
 */
async function findVersionsBeforeWeights(
  store: DeploymentStore,
  good: ReadonlyMap<string, LastKnownGood>,
  environments: readonly string[],
  version: string,
  service: string,
): Promise<Map<string, LastKnownGood | undefined>> {
  const partial = environments.filter((env) => {
    const last = good.get(env);
    const weight = last?.deployment.payload?.weight;
    return last?.version === version && weight !== undefined && weight < 100;
  });
  const found = await Promise.all(partial.map(async (env) => [env, (await findLastKnownGood(store, env, { service, exclude: [version] })).found] as const));
  return new Map(found);
}
