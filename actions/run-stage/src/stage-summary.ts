import { escapeCell, markdownLink, markdownTable } from '@stagegate/action-kit';
import { describeProduction, formatDuration } from '@stagegate/core';
import { environmentUrl, targetNowOf, type TargetOutcome } from '@stagegate/deployer';

const ICON: Record<string, string> = { succeeded: '✅', 'partially-failed': '⚠️', failed: '❌', cancelled: '⏹️' };

/** What a stage summary is made of. */
export interface StageSummaryInput {
  service: string;
  stage: string;
  version: string;
  result: string;
  targets: readonly TargetOutcome[];
  dryRun: boolean;
  repo: { serverUrl: string; owner: string; repo: string };
}

/** The cause: each failed target's reason (exit code and stderr, timeout…), or undefined when none failed. */
export function describeStageCause(targets: readonly TargetOutcome[]): string | undefined {
  const bad = targets.filter((t) => t.state === 'failed' || t.state === 'error' || t.state === 'cancelled');
  return bad.length ? bad.map((t) => `${t.target}: ${t.reason}`).join('; ') : undefined;
}

/** The first line: outcome, cause, what production runs now. */
export function describeStageHeadline(s: StageSummaryInput): string {
  const cause = describeStageCause(s.targets);
  return `${s.dryRun ? 'Dry run: ' : ''}${s.service} ${s.version} on stage ${s.stage} ${s.result}${cause ? `: ${cause}` : ''}. Production runs ${describeProduction(s.targets.map((t) => targetNowOf(t, 'deploy')))}.`;
}

/** The step summary of run-stage, state first: headline, next step, one row per target. */
export function renderStageSummary(s: StageSummaryInput): string {
  const failed = s.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped' && t.state !== 'planned').map((t) => t.target);
  const touched = s.targets.filter((t) => t.deploymentId !== undefined).map((t) => t.target);
  const next = s.result === 'succeeded'
    ? ['gate the stage (health-gate), then the next stage']
    : [`fix the cause and re-run this job, or roll back: \`gh workflow run rollback.yml -f targets=${(touched.length ? touched : failed).join(',')} -f reason="…"\``];
  const rows = s.targets.map((t) => {
    const now = targetNowOf(t, 'deploy');
    return [t.target, t.environment, now.live ?? 'unknown', t.fromVersion ?? '–', `${now.action}`, t.state === 'succeeded' ? '' : t.reason, t.deploymentId === undefined && t.durationMs === 0 ? '–' : formatDuration(t.durationMs),
      markdownLink(t.deploymentId === undefined ? 'environment' : `deployment ${t.deploymentId}`, environmentUrl(s.repo.serverUrl, s.repo.owner, s.repo.repo, t.environment))];
  });
  return [
    `### ${ICON[s.result] ?? ''} ${escapeCell(describeStageHeadline(s))}`, '',
    '**Next step**', '', ...next.map((n) => `- ${n}`), '',
    markdownTable(['target', 'environment', 'live now', 'previous good', 'this run', 'why', 'duration', 'deployment'], rows),
    '',
  ].join('\n');
}
