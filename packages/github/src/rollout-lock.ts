import { decideLock, formatDuration, type LockClaim } from '@stagegate/core';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './deployment-store.js';
import { explainGitHubError } from './errors.js';
import { cutDescription } from './payload.js';
import { readLockClaims, type LockPayload } from './lock-claims.js';

/**
 * One rollout at a time per environment, kept in the Deployments API so every
 * workflow sees it: a claim is a deployment of task `stagegate:lock` in a lock
 * environment (`production/lock/trading-api`); the oldest live claim holds the
 * lock, later ones wait (or fail), and the holder releases by marking its
 * claim inactive. Claims whose run has ended or whose hold ran out are taken
 * over with a warning.
 */

/** The deployment task of a claim. */
export const LOCK_TASK = 'stagegate:lock';

/** How a rollout meets a lock held by another run. */
export type LockMode = 'wait' | 'fail' | 'off';

/** Options of {@link acquireRolloutLock}. */
export interface AcquireLockOptions {
  /** The lock environment, from lockEnvironmentsOf. */
  environment: string;
  service: string;
  /** The commit the claim is recorded on (any ref GitHub knows). */
  ref: string;
  run: { id: string; attempt: number; url?: string };
  mode: 'wait' | 'fail';
  /** Longest wait for another run's lock, in ms. */
  timeoutMs: number;
  /** How long our claim may be held before others may take it over (lockHoldMs). */
  holdMs: number;
  /** First pause between looks at the lock, doubled up to `maxPollMs`. Default 2000. */
  pollMs?: number;
  /** Default 30000. */
  maxPollMs?: number;
  signal?: AbortSignal;
  log: { info(message: string): void; warning(message: string): void };
}

/** A lock we hold: release it when the rollout ends, whatever the outcome. */
export interface HeldLock {
  environment: string;
  deploymentId: number;
  /** Marks our claim inactive; never throws (a failed release is logged and expires with our run). */
  release(outcome: string): Promise<void>;
}

/** The lock is held by another run and we may not (or can no longer) wait. */
export class LockBusyError extends Error {
  /** The claim that holds the lock. */
  readonly holder: LockClaim;
  constructor(message: string, holder: LockClaim) {
    super(message);
    this.name = 'LockBusyError';
    this.holder = holder;
  }
}

/**
 * Claims the lock and returns once it is ours. Costs two writes, then one
 * list and a status read per live claim ahead of ours on each look.
 */
export async function acquireRolloutLock(client: GitHubClient, repo: RepoRef, options: AcquireLockOptions): Promise<HeldLock> {
  const started = Date.now();
  const payload: LockPayload = { tool: 'stagegate-lock', service: options.service, run: options.run, hold_until: new Date(started + options.holdMs).toISOString() };
  const ours = await createClaim(client, repo, options, payload);
  const held: HeldLock = { environment: options.environment, deploymentId: ours, release: (outcome) => setClaim(client, repo, ours, 'inactive', `released by run ${options.run.id}: ${outcome}`).catch((e: unknown) => options.log.warning(`could not release the rollout lock ${options.environment} (deployment ${ours}): ${(e as Error).message}; it expires when run ${options.run.id} ends`)) };
  let pause = options.pollMs ?? 2000;
  let announced = false;
  const memo = { finishedStates: new Map<number, string>(), finishedRuns: new Set<string>() };
  try {
    for (;;) {
      const claims = await readLockClaims(client, repo, options.environment, { id: ours, runId: options.run.id }, memo);
      const decision = decideLock(claims, { id: ours, runId: options.run.id }, Date.now());
      for (const s of decision.stale) {
        options.log.warning(`rollout lock ${options.environment}: taking over from run ${s.runId}${s.runUrl ? ` (${s.runUrl})` : ''}: ${s.runFinished ? 'its run has ended' : `its hold ran out at ${new Date(s.holdUntil).toISOString()}`} without releasing the lock`);
        await setClaim(client, repo, s.id, 'inactive', `stale: taken over by run ${options.run.id}`);
      }
      if (decision.kind === 'held') {
        await setClaim(client, repo, ours, 'in_progress', `${options.service} rollout by run ${options.run.id}`, /^https?:\/\//.test(options.run.url ?? '') ? options.run.url : undefined);
        options.log.info(`rollout lock ${options.environment} held by this run (deployment ${ours})`);
        return held;
      }
      const waited = Date.now() - started;
      const who = `run ${decision.by.runId}${decision.by.runUrl ? ` (${decision.by.runUrl})` : ''}, which took it ${formatDuration(Date.now() - decision.by.createdAt)} ago`;
      if (options.mode === 'fail') throw new LockBusyError(`rollout lock ${options.environment} is held by ${who}: lock: fail refuses to start a second rollout; nothing was deployed. Re-run when that run has ended, or use lock: wait`, decision.by);
      if (waited + pause > options.timeoutMs) throw new LockBusyError(`rollout lock ${options.environment} is still held by ${who} after waiting ${formatDuration(waited)} (lock-timeout ${formatDuration(options.timeoutMs)}); nothing was deployed. Re-run when that run has ended, or raise lock-timeout`, decision.by);
      if (!announced) {
        options.log.info(`rollout lock ${options.environment} is held by ${who}: waiting up to ${formatDuration(options.timeoutMs)}`);
        await setClaim(client, repo, ours, 'queued', `waiting for run ${decision.by.runId}`);
        announced = true;
      }
      await sleep(pause, options.signal);
      pause = Math.min(pause * 2, options.maxPollMs ?? 30_000);
    }
  } catch (e) {
    await held.release('gave up waiting');
    throw e;
  }
}

async function createClaim(client: GitHubClient, repo: RepoRef, options: AcquireLockOptions, payload: LockPayload): Promise<number> {
  try {
    const res = await client.request('POST /repos/{owner}/{repo}/deployments', {
      ...repo, ref: options.ref, environment: options.environment, task: LOCK_TASK, auto_merge: false, required_contexts: [],
      production_environment: false, payload: payload as unknown as Record<string, unknown>,
      description: cutDescription(`rollout lock of ${options.service} for run ${options.run.id}`),
    });
    return (res.data as { id: number }).id;
  } catch (e) {
    throw explainGitHubError(e, `claiming the rollout lock ${options.environment}`);
  }
}

async function setClaim(client: GitHubClient, repo: RepoRef, id: number, state: 'queued' | 'in_progress' | 'inactive', description: string, logUrl?: string): Promise<void> {
  try {
    await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...repo, deployment_id: id, state, description: cutDescription(description), auto_inactive: false, ...(logUrl ? { log_url: logUrl } : {}),
    });
  } catch (e) {
    throw explainGitHubError(e, `setting rollout lock claim ${id} to ${state}`);
  }
}

/** Sleeps on a timer we own; the runner's cancellation ends the wait at once. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error(`stopped waiting for the rollout lock: ${String((signal?.reason as Error | undefined)?.message ?? signal?.reason)}`));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
