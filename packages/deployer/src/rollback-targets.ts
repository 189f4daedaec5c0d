import { allTargets, assertSafeVersion, ConfigError, environmentFor, planDigest, rollbackCommand, stageOfTarget, type Color } from '@stagegate/core';
import { withTimeout } from '@stagegate/action-kit';
import { inspectTarget, type TargetInspection } from '@stagegate/github';
import type { TargetJob } from './deploy-target.js';
import { describeWriteError } from './record-keeper.js';
import { runRollbackJob } from './rollback-job.js';
import { makeRollbackJob, readSwitchBackColors, type FillJob, type RollbackDecision as Decision, type ToJob } from './switch-back.js';
import { describeNotStarted, prepareJob, runPool, summarizeOutcomes } from './target-jobs.js';
import type { DeployDeps, TargetOutcome } from './types.js';

/** What a run already knows about a target it deployed: enough to roll it back without asking GitHub. */
export interface KnownPrevious {
  /** The version the target ran before this run (undefined: this run made its first deployment). */
  version: string | undefined;
  /** The commit of that version's deployment, recorded on the rollback. */
  sha?: string | undefined;
  /** The version this run put there (the one being rolled back) and its deployment. */
  current: string;
  currentDeploymentId?: number | undefined;
  /** Blue-green: the colour of the previous version, and of the version this run deployed. */
  color?: Color | undefined;
  currentColor?: Color | undefined;
}

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
  /** Targets whose previous version the caller knows (its own deploys): rolled back at once, no lookup. */
  known?: ReadonlyMap<string, KnownPrevious>;
  /** Bound on one target's last-known-good lookup (a timer of our own). Default 30 s. */
  lookupTimeoutMs?: number;
  /**
   * Per target, the stage being rolled back and, for a weighted stage, the
   * weight to return to ({weight}, recorded in the payload). Default: the
   * target's first stage, no weight ({weight} 0: all traffic back).
   */
  from?: ReadonlyMap<string, { stage: string; weight?: number | undefined }>;
}

/** The outcome of a rollback. */
export interface RollbackResult {
  result: 'succeeded' | 'failed' | 'partially-failed' | 'cancelled';
  /** One entry per target, in the order asked. */
  targets: TargetOutcome[];
}

/**
 * Puts back each target's previous version. Targets in `known` go back at
 * once to what the caller saw before its own deploy: no Deployments API read
 * stands between a failed verdict and their commands. The others (and a
 * version given by hand) are looked up in the Deployments API, each bounded:
 * never the version being rolled back, never one that failed on the target
 * after its last success. A lookup that fails fails only its own target, with
 * the cause. Each rollback is recorded as a `deploy:rollback` deployment
 * written alongside its command (see runRollbackJob). A target already on the
 * good version is skipped; one with no previous version is reported plainly.
 */
export async function rollbackTargets(options: RollbackOptions): Promise<RollbackResult> {
  const { plan } = options;
  const all = new Set(allTargets(plan));
  const strangers = options.targets.filter((t) => !all.has(t));
  if (strangers.length) throw new ConfigError([{ path: 'input targets', message: `expected targets of the plan (${[...all].join(', ')}); got ${strangers.map((t) => JSON.stringify(t)).join(', ')}` }]);
  const toVersion = options.toVersion === undefined ? undefined : assertSafeVersion(options.toVersion, plan['version-pattern'], 'to-version');
  const parallel = options.parallel ?? Math.max(1, ...options.targets.map((t) => stageOfTarget(plan, t)?.parallel ?? 1));
  const digest = planDigest(plan);
  const command = rollbackCommand(plan);
  const prefixLines = parallel > 1 && options.targets.length > 1;
  const fill: FillJob = (basics, via) => prepareJob({ ...basics, planDigest: digest, prefixLines }, via?.command ?? command, via?.path ?? 'rollback', plan.service);
  const known = toVersion === undefined ? (options.known ?? new Map<string, KnownPrevious>()) : new Map<string, KnownPrevious>();
  const looked = new Map<string, Promise<TargetInspection>>();
  const lookupMs = options.lookupTimeoutMs ?? 30_000;
  const lookup = (target: string): Promise<TargetInspection> => {
    const seen = looked.get(target) ?? withTimeout(inspectTarget(options.store, environmentFor(plan, target), { service: plan.service, exclude: options.exclude, wantVersion: toVersion }), lookupMs, `the last-known-good lookup of ${target} did not answer within ${lookupMs} ms`);
    looked.set(target, seen);
    return seen;
  };

  if (toVersion !== undefined && !options.allowUnknownVersion) {
    // A version given by hand is proven before anything runs (a person is waiting, not production).
    const seen = await runPool(options.targets, Math.max(parallel, 4), lookup, { onSkipped: () => undefined as never });
    const unproven = options.targets.filter((_, i) => !seen[i]?.wantedProof);
    if (unproven.length) throw new ConfigError([{ path: 'input to-version', message: `${toVersion} was never deployed successfully to ${unproven.join(', ')}; choose a version that was, or set allow-unknown-version: true` }]);
  }
  // Known targets first, so no pool slot of theirs waits behind a lookup.
  const order = [...options.targets.keys()].sort((a, b) => Number(known.has(options.targets[b] as string)) - Number(known.has(options.targets[a] as string)) || a - b);
  const decide = (target: string): Decision | Promise<Decision> => {
    const environment = environmentFor(plan, target);
    const k = known.get(target);
    // Blue-green targets switch traffic back instead (see switch-back.ts).
    if (k) return decideKnown(target, environment, k, options, makeRollbackJob(plan, target, fill, () => ({ current: k.currentColor, previous: k.color }), options.run.url));
    return lookup(target).then(
      async (seen) => {
        const colors = await readSwitchBackColors(plan, options.store, target, environment, seen, toVersion);
        return decideLooked(target, environment, seen, toVersion, options, makeRollbackJob(plan, target, fill, () => colors ?? { current: undefined, previous: undefined }, options.run.url));
      },
      (e: unknown) => ({ outcome: failedOutcome(target, environment, undefined, `could not look up the last known good version of ${target}: ${describeWriteError(e)}; it was not rolled back`, options) }),
    );
  };
  const results = await runPool(order.map((i) => options.targets[i] as string), parallel, async (target, _i, release) => {
    const pending = decide(target);
    const d = pending instanceof Promise ? await pending : pending;
    if ('outcome' in d) return d.outcome;
    return runRollbackJob(d.job, options, release);
  }, {
    signal: options.signal,
    onSkipped: (target) => describeNotStarted({ target, environment: environmentFor(plan, target), fromVersion: known.get(target)?.current, version: known.get(target)?.version ?? '' }, 'cancelled', 'cancelled before it started', options.run.url),
  });
  const targets: TargetOutcome[] = new Array<TargetOutcome>(results.length);
  order.forEach((original, i) => (targets[original] = results[i] as TargetOutcome));
  return { result: summarizeOutcomes(targets), targets };
}

function failedOutcome(target: string, environment: string, fromVersion: string | undefined, reason: string, options: RollbackOptions): TargetOutcome {
  return { target, environment, deploymentId: undefined, fromVersion, toVersion: undefined, state: 'failed', reason, durationMs: 0, logUrl: options.run.url };
}

/** A target this run deployed: back to what it ran before, or a plain "no previous version". */
function decideKnown(target: string, environment: string, k: KnownPrevious, options: RollbackOptions, toJob: ToJob): Decision {
  if (k.version === undefined) {
    return { outcome: failedOutcome(target, environment, k.current, `no previous version: this run made the first deployment of ${options.plan.service} to ${environment}, so there is nothing to roll back to; ${k.current} is still live there: fix forward or remove it by hand`, options) };
  }
  return toJob({
    kind: 'rollback', target, environment, ...stageAndWeight(target, options), version: k.version, fromVersion: k.current,
    ref: k.sha || options.run.ref, previousGood: undefined,
    rollback: { reason: options.reason, replaces: { version: k.current, ...(k.currentDeploymentId !== undefined ? { deployment_id: k.currentDeploymentId } : {}) } },
  });
}

/** Decides one looked-up target: roll back (to what, replacing what), skip, or report that no good version is known. */
function decideLooked(target: string, environment: string, seen: TargetInspection, toVersion: string | undefined, options: RollbackOptions, toJob: ToJob): Decision {
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
  // A rollback of a failed rollout undoes that rollout only: a target it never reached (still on
  // the good version before it) is left alone, never sent further back.
  if (toVersion === undefined && current && options.exclude?.length && !options.exclude.includes(current.version) && current.deployment.task !== 'deploy:rollback' && current.status?.state === 'success') {
    return { outcome: { ...base, toVersion: current.version, state: 'skipped', reason: `runs ${current.version}, not ${options.exclude.join(', ')}: nothing to undo` } };
  }
  return toJob({
    kind: 'rollback', target, environment, ...stageAndWeight(target, options), version: to, fromVersion: current?.version,
    ref: proof?.deployment.sha || options.run.ref,
    rollback: { reason: options.reason, ...(current ? { replaces: { version: current.version, deployment_id: current.deployment.id } } : {}) },
    // The deployment still marked success: the current one, else the older one this rollback repeats.
    previousGood: [current, proof].find((d) => d?.status?.state === 'success')?.deployment,
  });
}

/** The stage a target's rollback is recorded under, and the weight it returns to when that stage has one. */
function stageAndWeight(target: string, options: RollbackOptions): { stage: string; weight?: number } {
  const from = options.from?.get(target);
  if (!from) return { stage: stageOfTarget(options.plan, target)?.name ?? '' };
  return { stage: from.stage, ...(from.weight !== undefined ? { weight: from.weight } : {}) };
}
