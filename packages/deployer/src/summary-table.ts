import { markdownLink, markdownTable } from '@stagegate/action-kit';
import { formatDuration } from '@stagegate/core';
import type { TargetOutcome, TargetState } from './types.js';

const ICON: Record<TargetState, string> = { succeeded: '✅', failed: '❌', error: '⚠️', cancelled: '⏹️', skipped: '⏭️', planned: '📝' };

/**
 * The step summary table of a deploy or rollback: target, environment, from
 * version, to version, result (with the reason), duration, link to the log.
 * Every user-supplied cell is escaped by markdownTable.
 */
export function renderOutcomeTable(outcomes: readonly TargetOutcome[]): string {
  return markdownTable(
    ['target', 'environment', 'from version', 'to version', 'result', 'duration', 'log'],
    outcomes.map((o) => [
      o.target,
      o.environment,
      o.fromVersion ?? '—',
      o.toVersion ?? '—',
      `${ICON[o.state]} ${o.state}: ${o.reason}`,
      o.deploymentId === undefined && o.durationMs === 0 ? '—' : formatDuration(o.durationMs),
      o.logUrl ? markdownLink(o.deploymentId === undefined ? 'run log' : `deployment ${o.deploymentId}`, o.logUrl) : '—',
    ]),
  );
}

/** Target names whose outcome is in one of `states`. */
export function targetsIn(outcomes: readonly TargetOutcome[], states: readonly TargetState[]): string[] {
  return outcomes.filter((o) => states.includes(o.state)).map((o) => o.target);
}
