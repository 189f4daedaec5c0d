import { collectBadVersions, hasFailedStatus, isVersionBad } from './bad-rule.js';

/**
 * What the Deployments API says about one deployment, reduced to what the
 * status, history and DORA views need. Adapters (packages/github) fill it;
 * everything here is pure.
 */

/** One deployment of a target. */
export interface DeploymentFact {
  id: number;
  /** The plan's target (payload.target). */
  target: string;
  /** The GitHub environment, e.g. production/lhr. */
  environment: string;
  stage: string;
  version: string;
  sha: string;
  /** A rollback redeploys an older version; it is a restore, not a change. */
  kind: 'deploy' | 'rollback';
  /** For a rollback: the deployment and version it replaces. */
  replaces?: { version: string; deploymentId?: number };
  runId: string;
  createdAt: string;
  /** Latest status state, when it was read (undefined: not read, to save requests). */
  state?: string;
  /** Time of that latest status. */
  stateAt?: string;
  /** Time the deployment reached success, when known. */
  succeededAt?: string;
  /** Every status read, newest first (undefined: only the newest was read). */
  statuses?: Array<{ state: string; at: string }>;
  /** Who started the run that made it (payload.actor). */
  actor?: string;
  /** The ref the run deployed (payload.ref, else the deployment's ref). */
  ref?: string;
  /** Link to the deployed service (the newest status's environment_url). */
  environmentUrl?: string;
  /** For a blue-green stage: the colour the deployment put its version on (payload.color). */
  color?: 'blue' | 'green';
}

/** States that mean the deployment worked (inactive: GitHub retires only successful deployments). */
export const GOOD_STATES: ReadonlySet<string> = new Set(['success', 'inactive']);
/** States of a deployment still going on. */
export const RUNNING_STATES: ReadonlySet<string> = new Set(['queued', 'pending', 'in_progress']);

/** Newest first by creation time, then id (ids only grow). */
export function sortNewestFirst<T extends { createdAt: string; id: number }>(facts: readonly T[]): T[] {
  return [...facts].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
}

/** What runs on one target now. */
export interface TargetStatus {
  target: string;
  environment: string;
  /** The version live now: the newest successful deployment's. */
  version?: string;
  /** When it went live. */
  since?: string;
  deploymentId?: number;
  /** The good version before it, what a rollback would return to. */
  previous?: string;
  /** A deployment newer than the live one is still running. */
  inProgress: boolean;
  /** The version being rolled out, when in progress. */
  rollingOut?: string;
  /** The newest deployment failed and nothing has replaced it yet. */
  failing: boolean;
  /** Who deployed the live version, from which commit and ref, and its link, when recorded. */
  actor?: string;
  sha?: string;
  ref?: string;
  environmentUrl?: string;
  /** For a blue-green target: the colour serving traffic (the live deployment's colour). */
  color?: 'blue' | 'green';
}

/**
 * Status of one target from its deployments (any order; only those whose
 * state was read can be judged). Live is the newest deployment in state
 * success (else inactive) whose version is not bad there (see bad-rule.ts;
 * a rollback is live even though it brings back a version, as it is the
 * restore); previous is the next older good one of another version, never a
 * version bad on this target.
 */
export function computeTargetStatus(target: string, environment: string, facts: readonly DeploymentFact[]): TargetStatus {
  const list = sortNewestFirst(facts);
  const newest = list[0];
  const bad = collectBadVersions(list);
  const isGood = (f: DeploymentFact) => !hasFailedStatus(f) && (f.kind === 'rollback' || !isVersionBad(bad, f.target, f.version));
  const live = list.find((f) => f.state === 'success' && isGood(f)) ?? list.find((f) => f.state === 'inactive' && isGood(f));
  const previous = live ? list.find((f) => f.id !== live.id && Date.parse(f.createdAt) <= Date.parse(live.createdAt) && GOOD_STATES.has(f.state ?? '') && f.version !== live.version && !isVersionBad(bad, f.target, f.version) && !hasFailedStatus(f)) : undefined;
  const inProgress = !!newest && RUNNING_STATES.has(newest.state ?? '');
  return {
    target,
    environment,
    version: live?.version,
    since: live ? (live.succeededAt ?? live.createdAt) : undefined,
    deploymentId: live?.id,
    previous: previous?.version,
    inProgress,
    rollingOut: inProgress ? newest?.version : undefined,
    failing: !!newest && hasFailedStatus(newest),
    ...(live ? { actor: live.actor, sha: live.sha, ref: live.ref, environmentUrl: live.environmentUrl } : {}),
    ...(live?.color ? { color: live.color } : {}),
  };
}

/** Whether the statuses read so far settle a target's status (live and previous found, or nothing left). */
export function isStatusSettled(facts: readonly DeploymentFact[]): boolean {
  const s = computeTargetStatus('', '', facts);
  return s.version !== undefined && s.previous !== undefined;
}
