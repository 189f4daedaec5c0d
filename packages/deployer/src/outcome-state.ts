import type { TargetNow } from '@stagegate/core';
import type { TargetOutcome } from './types.js';

/**
 * What a target runs after a deploy or rollback outcome, for the state-first
 * summaries: a command that failed leaves the live version unknown, a
 * skipped target is untouched.
 */
export function targetNowOf(o: TargetOutcome, kind: 'deploy' | 'rollback'): TargetNow {
  if (o.state === 'succeeded') return { target: o.target, live: o.toVersion, action: kind === 'deploy' ? 'deployed' : 'rolled back' };
  if (o.state === 'skipped') return { target: o.target, live: kind === 'rollback' ? o.toVersion : o.fromVersion, action: kind === 'rollback' && o.toVersion ? 'already there' : 'untouched' };
  if (o.state === 'planned') return { target: o.target, live: o.fromVersion, action: 'would deploy' };
  if (o.state === 'cancelled') return { target: o.target, live: undefined, action: 'cancelled' };
  return { target: o.target, live: undefined, action: kind === 'deploy' ? 'failed' : 'rollback failed' };
}

/** The GitHub page of an environment's deployments: where a deployment is read, rather than the run that made it. */
export function environmentUrl(serverUrl: string, owner: string, repo: string, environment: string): string {
  return `${serverUrl}/${owner}/${repo}/deployments/${encodeURIComponent(environment)}`;
}

/** Target names whose outcome is in one of `states`. */
export function listTargetsIn(outcomes: readonly TargetOutcome[], states: readonly TargetOutcome['state'][]): string[] {
  return outcomes.filter((o) => states.includes(o.state)).map((o) => o.target);
}
