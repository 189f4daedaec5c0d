import { formatDuration } from '../duration.js';
import type { Plan, Stage } from '../plan-schema.js';
import { environmentPrefixOf } from './rollout-lock.js';

/**
 * The freeze (hard stop) without I/O: where a plan's freeze record lives and
 * how a stop reads. A freeze is kept per environment prefix, not per service:
 * `production/freeze` stops every service deploying to `production/…`.
 */

/** The newest freeze record of an environment, as the adapters read it. */
export interface FreezeState {
  /** True: frozen; false: thawed. */
  frozen: boolean;
  /** Why, as the person who froze (or thawed) wrote it. */
  reason: string;
  /** Who froze or thawed (GITHUB_ACTOR, or the local user). */
  actor: string;
  /** ISO time of the freeze or thaw. */
  at: string;
}

/** The freeze environment of a stage: `<prefix>freeze`, the prefix as for the rollout lock (`production/freeze`). */
export function freezeEnvironmentOf(plan: Pick<Plan, 'environment'>, stage?: Pick<Stage, 'environment'>): string {
  return `${environmentPrefixOf(stage?.environment ?? plan.environment)}freeze`;
}

/** Every freeze environment of a plan (one per environment prefix), sorted: what `stagegate freeze` writes. */
export function freezeEnvironmentsOf(plan: Pick<Plan, 'environment' | 'stages'>): string[] {
  return [...new Set([freezeEnvironmentOf(plan), ...plan.stages.map((s) => freezeEnvironmentOf(plan, s))])].sort();
}

/**
 * The P0 cause of a rollout stopped by a freeze, first words "hard stop":
 * who froze, when and why, and before which stage.
 */
export function describeHardStop(environment: string, state: FreezeState, stage: string, nowMs: number): string {
  const at = Date.parse(state.at);
  const ago = Number.isFinite(at) ? ` (${formatDuration(Math.max(0, nowMs - at))} ago)` : '';
  return `hard stop: ${environment} frozen by ${state.actor || 'someone'} at ${state.at}${ago}: ${state.reason || 'no reason given'}; stopped before stage ${stage}, nothing rolled back (a freeze is not a failure)`;
}

/** What freezing or thawing did to one environment (applyFreeze of @stagegate/github). */
export interface FreezeChange {
  environment: string;
  /** The state before (undefined: never frozen). */
  before: FreezeState | undefined;
  /** The new record; undefined when a thaw found nothing frozen and wrote nothing. */
  deploymentId?: number;
}

/**
 * One line per change, for a log or a summary, the outcome first:
 * `frozen production/freeze by alice: incident 42 (deployment 7)`; a second
 * freeze says whose it replaces, a thaw of nothing says so.
 */
export function describeFreezeChange(c: FreezeChange, o: { frozen: boolean; actor: string; reason: string }): string {
  if (c.deploymentId === undefined) return `${c.environment} is not frozen${c.before ? ` (thawed by ${c.before.actor} at ${c.before.at})` : ''}: nothing to thaw`;
  const replaced = o.frozen && c.before?.frozen ? `; it was already frozen by ${c.before.actor} at ${c.before.at} (${c.before.reason}): this record replaces it` : '';
  return `${o.frozen ? 'frozen' : 'thawed'} ${c.environment} by ${o.actor}${o.reason ? `: ${o.reason}` : ''} (deployment ${c.deploymentId})${replaced}`;
}
