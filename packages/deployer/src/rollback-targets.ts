import { allTargets, assertSafeVersion, ConfigError, environmentFor, planDigest, rollbackCommand, stageOfTarget } from '@stagegate/core';
import { inspectTarget, type TargetInspection } from '@stagegate/github';
import { runTargetJob, type TargetJob } from './deploy-target.js';
import { describeNotStarted, prepareJob, runPool, summarizeOutcomes } from './target-jobs.js';
import type { DeployDeps, TargetOutcome } from './types.js';

/** What to roll back. */
export interface RollbackOptions extends DeployDeps {
  /** Target names of the plan. */
  targets: readonly string[];
  /** A version given by hand; undefined means each target's last known good. */
  toVersion?: string;
  /** Why: recorded in each rollback deployment's payload. */
  reason: string;
  /** Accept a to-version never deployed successfully to the target. */
  allowUnknownVersion?: boolean;
  /** Versions never to go back to (e.g. the version whose rollout failed). */
  exclude?: readonly string[];
  /** Targets rolled back at once. Default: the largest `parallel` of their stages. */
  parallel?: number;
}

/** The outcome of a rollback. */
export interface RollbackResult {
  result: 'succeeded' | 'failed' | 'partially-failed' | 'cancelled';
  /** One entry per target, in the order asked. */
  targets: TargetOutcome[];
}

/**
 * Puts back the last known good version on each target (or a version given
 * by hand), read from the Deployments API: never the version being rolled
 * back, never one that failed on the target after its last success. Each
 * target gets a `deploy:rollback` deployment whose payload says what it
 * replaces and why. A target already on the good version is skipped, so the
 * same rollback twice changes nothing; a target with no good version is
 * reported and the others still roll back.
 */
export async function rollbackTargets(options: RollbackOptions): Promise<RollbackResult> {
  const { plan } = options;
  const known = new Set(allTargets(plan));
  const unknown = options.targets.filter((t) => !known.has(t));
  if (unknown.length) throw new ConfigError([{ path: 'input targets', message: `expected targets of the plan (${[...known].join(', ')}); got ${unknown.map((t) => JSON.stringify(t)).join(', ')}` }]);
  const toVersion = options.toVersion === undefined ? undefined : assertSafeVersion(options.toVersion, plan['version-pattern'], 'to-version');
  const parallel = options.parallel ?? Math.max(1, ...options.targets.map((t) => stageOfTarget(plan, t)?.parallel ?? 1));
  const environments = options.targets.map((t) => environmentFor(plan, t));
  const inspections = await runPool(environments, Math.max(parallel, 4), (env) => inspectTarget(options.store, env, { service: plan.service, exclude: options.exclude, wantVersion: toVersion }), { onSkipped: () => undefined as never });
  if (toVersion !== undefined && !options.allowUnknownVersion) {
    const unproven = options.targets.filter((_, i) => !inspections[i]?.wantedProof);
    if (unproven.length) {
      throw new ConfigError([{ path: 'input to-version', message: `${toVersion} was never deployed successfully to ${unproven.join(', ')}; choose a version that was, or set allow-unknown-version: true` }]);
    }
  }
  const digest = planDigest(plan);
  const command = rollbackCommand(plan);
  const decided = options.targets.map((target, i) => decideTarget(target, environments[i] as string, inspections[i] as TargetInspection, toVersion, options));
  const jobs = decided.map((d) => ('job' in d ? { ...d, job: prepareJob({ ...d.job, planDigest: digest, prefixLines: parallel > 1 && decided.length > 1 }, command, 'rollback', plan.service) } : d));
  const targets = await runPool(jobs, parallel, async (d, _i, release) => ('job' in d ? runTargetJob(d.job, options, release) : d.outcome), {
    signal: options.signal,
    onSkipped: (d) => ('job' in d ? describeNotStarted(d.job, 'cancelled', 'cancelled before it started', options.run.url) : d.outcome),
  });
  return { result: summarizeOutcomes(targets), targets };
}

type Decision = { outcome: TargetOutcome } | { job: Omit<TargetJob, 'argv' | 'commandEnv' | 'command' | 'planDigest' | 'prefixLines'> };

/** Decides one target: roll back (to what, replacing what), skip, or report that no good version is known. */
function decideTarget(target: string, environment: string, seen: TargetInspection, toVersion: string | undefined, options: RollbackOptions): Decision {
  const current = seen.current;
  const proof = toVersion !== undefined ? seen.wantedProof : seen.lastGood;
  const to = toVersion ?? seen.lastGood?.version;
  const base = { target, environment, deploymentId: undefined, fromVersion: current?.version, toVersion: to, durationMs: 0, logUrl: options.run.url };
  if (to === undefined) {
    const failed = seen.failedVersions.length ? ` (versions that failed there: ${seen.failedVersions.join(', ')})` : '';
    const why = current ? `no known good version of ${target} other than ${current.version}${failed}` : `no deployment of ${options.plan.service} to ${environment} is recorded`;
    return { outcome: { ...base, state: 'failed', reason: `${why}: nothing to roll back to; give to-version to choose one` } };
  }
  if (current && current.status?.state === 'success' && current.version === to) return { outcome: { ...base, state: 'skipped', reason: `already on ${to}` } };
  return {
    job: {
      kind: 'rollback', target, environment, stage: stageOfTarget(options.plan, target)?.name ?? '', version: to, fromVersion: current?.version,
      ref: proof?.deployment.sha || options.run.ref,
      rollback: { reason: options.reason, ...(current ? { replaces: { version: current.version, deployment_id: current.deployment.id } } : {}) },
      // The deployment still marked success: the current one, else the older one this rollback repeats.
      previousGood: [current, proof].find((d) => d?.status?.state === 'success')?.deployment,
    },
  };
}
