import { parseDuration } from '../duration.js';
import type { Plan } from '../plan-schema.js';

/**
 * The rollout lock's decisions, without I/O: which lock environments a plan
 * takes, how long a claim may be held before it counts as abandoned, and,
 * given the claims in a lock environment, whether ours holds the lock.
 */

/** One claim on a lock: a deployment of task `stagegate:lock`, as the adapter read it. */
export interface LockClaim {
  /** Deployment id: ids only grow, so a lower id claimed first. */
  id: number;
  /** The workflow run that made the claim. */
  runId: string;
  /** Link to that run, for messages. */
  runUrl?: string;
  /** Epoch ms when the claim was made. */
  createdAt: number;
  /** Epoch ms after which the claim is abandoned, whatever its status says. */
  holdUntil: number;
  /** Its newest status; undefined while it has none yet (just created). */
  state?: string;
  /** True when GitHub says the claim's run has completed (it died without releasing). */
  runFinished?: boolean;
}

/** What to do with our claim. */
export type LockDecision =
  | { kind: 'held'; stale: LockClaim[] }
  | { kind: 'blocked'; by: LockClaim; stale: LockClaim[] };

/** Longest hold on hosted runners: a job cannot run longer than 6 h. */
export const MAX_LOCK_HOLD_MS = 6 * 3_600_000;

const LIVE = new Set(['queued', 'pending', 'in_progress']);

/**
 * The lock environments of a plan: `<prefix>lock/<service>`, where the prefix
 * is the static start of each environment template (`production/{target}` →
 * `production/lock/trading-api`). Stages that override the template may add
 * another; the list is sorted so two runs always take them in the same order.
 */
export function lockEnvironmentsOf(plan: Plan): string[] {
  const templates = [plan.environment, ...plan.stages.map((s) => s.environment ?? plan.environment)];
  return [...new Set(templates.map(environmentPrefixOf))].map((p) => `${p}lock/${plan.service}`).sort();
}

/** The static start of an environment template, up to its last `/` before a placeholder: `production/{target}` → `production/`. */
export function environmentPrefixOf(template: string): string {
  const fixed = template.split('{')[0] as string;
  return fixed.slice(0, fixed.lastIndexOf('/') + 1);
}

/**
 * How long a rollout of this plan may hold the lock before a waiter may take
 * it over: every stage's deploys (one command timeout per wave of `parallel`
 * targets, and a blue-green stage's switch there and back) and gate (its timeout, else soak + 5 m), one rollback of every
 * target, the deploy windows' wait, and 10 minutes of slack, capped at a hosted job's 6 hours.
 */
export function lockHoldMs(plan: Plan): number {
  const deployMs = parseDuration(plan.deploy.timeout);
  const rollbackMs = parseDuration(plan.rollback?.timeout ?? plan.deploy.timeout);
  // A rollout may wait for a deploy window while it holds the lock: that wait is part of its hold.
  let total = 10 * 60_000 + parseDuration(plan.windows?.wait ?? 0);
  for (const stage of plan.stages) {
    const waves = Math.ceil(stage.targets.length / stage.parallel);
    const gate = stage.gate ? parseDuration(stage.gate.timeout ?? parseDuration(stage.gate.soak) / 1000 + 300) : 0;
    // Blue-green: a switch to the new colour, and one back on a rollback.
    const switchMs = stage.switch ? 2 * parseDuration(stage.switch.timeout) : 0;
    total += waves * (deployMs + rollbackMs + switchMs) + gate;
  }
  return Math.min(total, MAX_LOCK_HOLD_MS);
}

/** Whether a claim no longer holds anything: released, finished, or abandoned. */
export function isClaimLive(claim: LockClaim, now: number): boolean {
  if (claim.state !== undefined && !LIVE.has(claim.state)) return false;
  return !isClaimStale(claim, now);
}

/** A claim still marked live whose run has ended or whose hold has run out. */
export function isClaimStale(claim: LockClaim, now: number): boolean {
  if (claim.state !== undefined && !LIVE.has(claim.state)) return false;
  return claim.runFinished === true || now > claim.holdUntil;
}

/**
 * Decides whether our claim holds the lock: the oldest live claim of another
 * run made before ours blocks us; claims of our own run never do (the jobs of
 * one workflow run share the lock). Stale claims are listed to be marked and
 * taken over with a warning.
 */
export function decideLock(claims: readonly LockClaim[], ours: { id: number; runId: string }, now: number): LockDecision {
  const others = claims.filter((c) => c.runId !== ours.runId && c.id !== ours.id);
  const stale = others.filter((c) => isClaimStale(c, now));
  const ahead = others.filter((c) => c.id < ours.id && isClaimLive(c, now)).sort((a, b) => a.id - b.id);
  const by = ahead[0];
  return by ? { kind: 'blocked', by, stale } : { kind: 'held', stale };
}
