import { parseChoiceInput } from '@stagegate/action-kit';
import { allTargets, assertSafeVersion, checkShardTargets, ConfigError, findStage, lockEnvironmentsOf, lockHoldMs, parseDuration, type Plan } from '@stagegate/core';
import { acquireRolloutLock, type DeploymentStore, type GitHubClient, type HeldLock } from '@stagegate/github';
import type { RunInfo } from './types.js';

/**
 * The rollout lock as run-stage, rollback and the root action take it: read
 * the `lock` and `lock-timeout` inputs, claim every lock environment of the
 * plan in one order, and release them when the action's shell ends (see
 * runCancellableMain), on every path: success, failure and cancellation.
 */

/** The raw `lock` and `lock-timeout` inputs. */
export interface LockInputs {
  /** wait (default), fail or off. */
  lock: string;
  /** A duration such as 30m; empty means 30m. */
  timeout: string;
  /**
   * What the action will check anyway, checked here first so that bad input
   * never waits for a lock or writes a claim: versions by input name (empty
   * ones skipped), the stage input, the targets input.
   */
  versions?: Record<string, string>;
  stage?: string;
  targets?: readonly string[];
}

/** What the lock needs from an action session. */
export interface LockSession {
  client: GitHubClient;
  store: DeploymentStore;
  plan: Plan;
  run: RunInfo;
  dryRun: boolean;
}

const held: HeldLock[] = [];

/** Default wait for another run's lock. */
export const DEFAULT_LOCK_TIMEOUT = '30m';

/**
 * Takes the plan's rollout lock(s) for this action, waiting or failing as the
 * `lock` input says. A dry run and `lock: off` take nothing. Throws a
 * LockBusyError (nothing deployed) when another live run keeps the lock.
 */
export async function holdRolloutLock(session: LockSession, inputs: LockInputs, signal: AbortSignal, log: { info(m: string): void; warning(m: string): void }): Promise<void> {
  const mode = parseChoiceInput('lock', inputs.lock.trim(), ['wait', 'fail', 'off'] as const, 'wait');
  let timeoutMs: number;
  try {
    timeoutMs = parseDuration(inputs.timeout.trim() || DEFAULT_LOCK_TIMEOUT);
  } catch (e) {
    throw new ConfigError([{ path: 'input lock-timeout', message: (e as Error).message }]);
  }
  checkBeforeLocking(session.plan, inputs);
  if (mode === 'off' || session.dryRun) return;
  const holdMs = lockHoldMs(session.plan);
  for (const environment of lockEnvironmentsOf(session.plan)) {
    held.push(await acquireRolloutLock(session.client, session.store.repo, {
      environment, service: session.plan.service, ref: session.run.ref || 'HEAD', mode, timeoutMs, holdMs, signal, log,
      run: { id: session.run.id, attempt: session.run.attempt, ...(session.run.url ? { url: session.run.url } : {}) },
    }));
  }
}

function checkBeforeLocking(plan: Plan, inputs: LockInputs): void {
  for (const [name, value] of Object.entries(inputs.versions ?? {})) if (value) assertSafeVersion(value, plan['version-pattern'], name);
  const stage = inputs.stage ? findStage(plan, inputs.stage) : undefined;
  // A shard's targets (run-stage) belong to its stage: checked before a claim is written.
  if (stage && inputs.targets?.length) {
    checkShardTargets(stage.name, stage.targets, inputs.targets);
    return;
  }
  const known = new Set(allTargets(plan));
  const unknown = (inputs.targets ?? []).filter((t) => !known.has(t));
  if (unknown.length) throw new ConfigError([{ path: 'input targets', message: `expected targets of the plan (${[...known].join(', ')}); got ${unknown.map((t) => JSON.stringify(t)).join(', ')}` }]);
}

/** How long releasing one lock may take before the step stops waiting for it. */
export const LOCK_RELEASE_BOUND_MS = 5_000;

/**
 * Releases every lock this process holds, newest first; never throws. Each release is bounded by a
 * timer we own, far below the client's retry budget: a GitHub answering 500 or hanging at the end
 * of a rollout must not hold the step for a minute, and a claim we could not release expires by
 * itself (its run ends, or its hold-until passes).
 */
export async function releaseRolloutLocks(outcome: string, warn: (message: string) => void = () => {}, boundMs = LOCK_RELEASE_BOUND_MS): Promise<void> {
  while (held.length > 0) {
    const lock = held.pop() as HeldLock;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'gave-up'>((ok) => { timer = setTimeout(() => ok('gave-up'), boundMs); });
    const r = await Promise.race([lock.release(outcome).then(() => 'released' as const), gaveUp]);
    clearTimeout(timer);
    if (r === 'gave-up') warn(`could not release the rollout lock ${lock.environment} (deployment ${lock.deploymentId}) within ${boundMs / 1000} s; it expires when this run ends`);
  }
}
