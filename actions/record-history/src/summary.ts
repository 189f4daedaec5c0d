import { markdownTable } from '@stagegate/action-kit';
import { countPerDay, describeOutcome, formatDuration, makeFailureTest, renderDailyChart, type DeploymentFact, type DoraReport, type TargetStatus } from '@stagegate/core';

/** What the step summary shows. */
export interface SummaryInput {
  statuses: readonly TargetStatus[];
  /** The last rollouts, newest first. */
  recent: readonly DeploymentFact[];
  /** Deployments of the DORA window, for the chart. */
  windowFacts: readonly DeploymentFact[];
  dora: DoraReport;
  /** Days shown in the chart (the newest ones). */
  chartDays?: number;
  now: Date;
}

/** The status table: one row per target. */
export function renderStatusTable(statuses: readonly TargetStatus[]): string {
  return markdownTable(['target', 'live version', 'since', 'previous good', 'rollout'], statuses.map((s) => [
    s.target, s.version ?? '—', s.since ?? '—', s.previous ?? '—',
    s.inProgress ? `in progress: ${s.rollingOut ?? ''}` : s.failing ? 'newest failed' : 'idle',
  ]));
}

/** The last rollouts: one row per deployment. */
export function renderRecentTable(rows: readonly DeploymentFact[]): string {
  return markdownTable(['when', 'target', 'stage', 'version', 'kind', 'outcome'], rows.map((f) => [f.createdAt, f.target, f.stage, f.version, f.kind, describeOutcome(f)]));
}

/** One line of DORA figures. */
export function describeDora(d: DoraReport): string {
  const pct = d.changeFailureRate === undefined ? 'n/a' : `${(d.changeFailureRate * 100).toFixed(1)}%`;
  const ms = (m: { medianMs: number | undefined; samples: number }) => (m.medianMs === undefined ? 'n/a' : `${formatDuration(m.medianMs)} (median of ${m.samples})`);
  return `${d.deployments} deployments (${d.rollouts} versions) in ${Number(d.days.toFixed(1))} days: ${d.deploymentsPerDay.toFixed(2)} successful a day; lead time ${ms(d.leadTime)}; change failure rate ${pct}; time to restore ${ms(d.timeToRestore)}${d.unrestored ? `; ${d.unrestored} not restored yet` : ''}`;
}

/** The whole summary: status, last rollouts, a chart per day, DORA. */
export function renderSummary(input: SummaryInput): string {
  const days = input.chartDays ?? 14;
  const from = new Date(input.now.getTime() - (days - 1) * 86_400_000);
  const perDay = countPerDay(input.windowFacts, makeFailureTest(input.windowFacts), from, input.now);
  return [
    '### What is deployed where',
    renderStatusTable(input.statuses),
    '### Last rollouts',
    input.recent.length > 0 ? renderRecentTable(input.recent) : '_No deployments yet._',
    `### Deployments and failures per day (last ${days} days)`,
    renderDailyChart(perDay),
    '### DORA',
    describeDora(input.dora),
    '',
  ].join('\n\n');
}
