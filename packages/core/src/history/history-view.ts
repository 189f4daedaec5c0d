import { hasFailedStatus } from './bad-rule.js';
import { sortNewestFirst, type DeploymentFact } from './deployment-facts.js';

/** Which deployments the history view shows. */
export interface HistoryFilter {
  target?: string;
  stage?: string;
  /** Only deployments created at or after this time. */
  since?: Date;
  /** Only deployments created before this time. */
  until?: Date;
  kind?: 'deploy' | 'rollback';
}

/** Whether a deployment passes the filter. */
export function matchesHistoryFilter(f: DeploymentFact, filter: HistoryFilter): boolean {
  const at = Date.parse(f.createdAt);
  if (filter.target !== undefined && f.target !== filter.target) return false;
  if (filter.stage !== undefined && f.stage !== filter.stage) return false;
  if (filter.kind !== undefined && f.kind !== filter.kind) return false;
  if (filter.since && at < filter.since.getTime()) return false;
  if (filter.until && at >= filter.until.getTime()) return false;
  return true;
}

/** One page of history. */
export interface HistoryPage {
  rows: DeploymentFact[];
  page: number;
  perPage: number;
  /** Whether another page exists after this one. */
  hasMore: boolean;
}

/** Every deployment and rollback, newest first, filtered, then cut to one page (pages count from 1). */
export function pageHistory(facts: readonly DeploymentFact[], filter: HistoryFilter, page = 1, perPage = 20): HistoryPage {
  const matching = sortNewestFirst(facts.filter((f) => matchesHistoryFilter(f, filter)));
  const start = (Math.max(1, page) - 1) * perPage;
  return { rows: matching.slice(start, start + perPage), page: Math.max(1, page), perPage, hasMore: matching.length > start + perPage };
}

/**
 * A word for a deployment's outcome, for tables, by the one rule for bad: a
 * failing status anywhere in its list wins over a later `inactive`, and a
 * deployment a rollback replaced says so (`isBad`, e.g. from
 * {@link makeFailureTest}, tells).
 */
export function describeOutcome(f: DeploymentFact, isBad: (f: DeploymentFact) => boolean = hasFailedStatus): string {
  if (f.state === undefined) return 'unknown';
  const failed = (f.statuses ?? []).find((s) => s.state === 'failure' || s.state === 'error')?.state;
  if (f.state === 'failure' || f.state === 'error') return f.state;
  if (failed) return `${failed} (then ${f.state})`;
  if (isBad(f)) return f.kind === 'deploy' ? 'rolled back' : 'failed';
  if (f.state === 'inactive') return 'success (superseded)';
  return f.state;
}

/** Who, what commit and ref, for tables: `actor @ sha7 (ref)`, parts left out when unknown. */
export function describeOrigin(f: { actor?: string; sha?: string; ref?: string }): string {
  const sha = f.sha ? f.sha.slice(0, 7) : '';
  const ref = f.ref && f.ref !== f.sha ? ` (${f.ref.replace(/^refs\/(heads|tags)\//, '')})` : '';
  return [f.actor, sha].filter(Boolean).join(' @ ') + ref;
}

/** Counts per UTC day (YYYY-MM-DD) of deployments and failed ones, oldest day first, every day of the range present. */
export function countPerDay(facts: readonly DeploymentFact[], isFailed: (f: DeploymentFact) => boolean, from: Date, to: Date): Array<{ day: string; deployments: number; failures: number }> {
  const days = new Map<string, { deployments: number; failures: number }>();
  const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  for (let t = first; t <= to.getTime(); t += 86_400_000) days.set(new Date(t).toISOString().slice(0, 10), { deployments: 0, failures: 0 });
  for (const f of facts) {
    const entry = days.get(f.createdAt.slice(0, 10));
    if (!entry || f.kind !== 'deploy') continue;
    entry.deployments++;
    if (isFailed(f)) entry.failures++;
  }
  return [...days].map(([day, c]) => ({ day, ...c }));
}

/**
 * A mermaid xychart of deployments (bars) and failures (line) per day, for
 * the step summary. Labels are dates we format, so no user text enters the chart.
 */
export function renderDailyChart(rows: ReadonlyArray<{ day: string; deployments: number; failures: number }>): string {
  const max = Math.max(1, ...rows.map((r) => r.deployments));
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Deployments (bars) and failures (line) per day"',
    `  x-axis [${rows.map((r) => `"${r.day.slice(5)}"`).join(', ')}]`,
    `  y-axis "count" 0 --> ${max}`,
    `  bar [${rows.map((r) => r.deployments).join(', ')}]`,
    `  line [${rows.map((r) => r.failures).join(', ')}]`,
    '```',
  ].join('\n');
}
