import { escapeCell, markdownLink, markdownTable } from '@stagegate/action-kit';
import { describeProduction } from '@stagegate/core';
import { environmentUrl, targetNowOf, type TargetOutcome } from '@stagegate/deployer';

const ICON: Record<string, string> = { succeeded: '↩️', 'partially-failed': '⚠️', failed: '❌', cancelled: '⏹️' };

/** What a rollback summary is made of. */
export interface RollbackSummaryInput {
  service: string;
  targets: readonly TargetOutcome[];
  result: string;
  reason: string;
  dryRun: boolean;
  repo: { serverUrl: string; owner: string; repo: string };
}

/** The first line: outcome, what production runs now, the first failure's cause. */
export function describeRollbackHeadline(s: RollbackSummaryInput): string {
  const bad = s.targets.filter((t) => ['failed', 'error', 'cancelled'].includes(t.state));
  const cause = bad.length ? ` ${bad.map((t) => `${t.target}: ${t.reason}`).join('; ')}.` : '';
  return `${s.dryRun ? 'Dry run: ' : ''}${s.service} rollback ${s.result}: production runs ${describeProduction(s.targets.map((t) => targetNowOf(t, 'rollback')))}.${cause}`;
}

/** The step summary of rollback, state first: headline, the given reason, next step, one row per target linking its deployment. */
export function renderRollbackSummary(s: RollbackSummaryInput): string {
  const bad = s.targets.filter((t) => ['failed', 'error', 'cancelled'].includes(t.state)).map((t) => t.target);
  const next = bad.length
    ? [`the rollback of ${bad.join(', ')} did not finish: re-run it, or give \`to-version\` to choose a version known to work`]
    : ['check the targets are healthy (health-gate), then fix the version and deploy again'];
  const rows = s.targets.map((t) => {
    const now = targetNowOf(t, 'rollback');
    return [t.target, t.environment, t.fromVersion ?? '–', now.live ?? 'unknown', now.action, t.reason,
      markdownLink(t.deploymentId === undefined ? 'environment' : `deployment ${t.deploymentId}`, environmentUrl(s.repo.serverUrl, s.repo.owner, s.repo.repo, t.environment))];
  });
  return [
    `### ${ICON[s.result] ?? ''} ${escapeCell(describeRollbackHeadline(s))}`, '',
    `**Why:** ${escapeCell(s.reason)}`, '',
    '**Next step**', '', ...next.map((n) => `- ${n}`), '',
    markdownTable(['target', 'environment', 'latest deployment', 'live now', 'this run', 'detail', 'deployment'], rows),
    '',
  ].join('\n');
}
