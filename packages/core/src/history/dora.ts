import { firstFailureAt, hasFailedStatus, makeFailureTest } from './bad-rule.js';
import { RUNNING_STATES, sortNewestFirst, type DeploymentFact } from './deployment-facts.js';

export { findRolledBackIds, makeFailureTest } from './bad-rule.js';

/** What DORA needs besides the deployments. */
export interface DoraInput {
  /** Deployments of the window (older ones are ignored; newer ones after a failure are used to find its restore). */
  facts: readonly DeploymentFact[];
  /** End of the window (now). */
  to: Date;
  windowMs: number;
  /** Commit time per sha, for lead time; a sha without one (or with an unreadable one) is left out of lead time. */
  commitTimes?: ReadonlyMap<string, string>;
  /** Deployment ids known to have failed from elsewhere (run histories). */
  failedIds?: ReadonlySet<number>;
  /** Also compute the figures of each environment alone. */
  byEnvironment?: boolean;
}

/** A median with the count it was taken over. */
export interface Measure {
  /** undefined when there is no sample. */
  medianMs: number | undefined;
  samples: number;
}

/** The four DORA figures over a set of deployments. */
export interface DoraFigures {
  /** Non-rollback deployments created in the window (one per target and rollout). */
  deployments: number;
  /** Changes (distinct versions rolled out) in the window. */
  rollouts: number;
  /** Successful changes per day. */
  deploymentsPerDay: number;
  /** Commit time to the change reaching its last target, median over successful changes. */
  leadTime: Measure;
  /** Failed changes: a version rollout counts once however many of its targets failed. */
  failedDeployments: number;
  /** failed / finished changes (0..1); undefined with no finished change. */
  changeFailureRate: number | undefined;
  /** Per failed change: its first failure to the next good deploy or rollback on each failed target (the longest of them), median. */
  timeToRestore: Measure;
  /** Failed changes with a target not restored yet. */
  unrestored: number;
}

/** The DORA figures of a window, optionally split per environment. */
export interface DoraReport extends DoraFigures {
  from: string;
  to: string;
  days: number;
  /** Per GitHub environment, when asked for (a change there is a version deployed there). */
  environments?: Record<string, DoraFigures>;
}

/** Median of unsorted values; undefined when empty (never NaN). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const doneAt = (f: DeploymentFact): number => Date.parse(f.succeededAt ?? f.stateAt ?? f.createdAt);

/**
 * Computes deployment frequency, lead time for changes, change failure rate
 * and time to restore. A change is a version's rollout: it failed when any of
 * its deployments is bad (the rule of bad-rule.ts), and counts once. A change
 * with a deployment still running and none bad is not finished. A failed
 * target is restored by the next deployment on that same target that is
 * neither bad nor running (a rollback or a fix forward).
 */
export function computeDora(input: DoraInput): DoraReport {
  const to = input.to.getTime();
  const from = to - input.windowMs;
  const days = input.windowMs / 86_400_000;
  const report: DoraReport = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days, ...computeFigures(input.facts, input, from, to, days) };
  if (input.byEnvironment) {
    const envs = [...new Set(input.facts.map((f) => f.environment))].sort();
    report.environments = Object.fromEntries(envs.map((env) => [env, computeFigures(input.facts.filter((f) => f.environment === env), input, from, to, days)]));
  }
  return report;
}

function computeFigures(facts: readonly DeploymentFact[], input: DoraInput, from: number, to: number, days: number): DoraFigures {
  const isFailed = makeFailureTest(facts, input.failedIds);
  const rolledBackBy = mapRollbacks(facts);
  const inWindow = (f: DeploymentFact) => Date.parse(f.createdAt) >= from && Date.parse(f.createdAt) <= to;
  const deploys = facts.filter((f) => f.kind === 'deploy' && inWindow(f));
  const changes = new Map<string, DeploymentFact[]>();
  for (const f of deploys) changes.set(f.version, [...(changes.get(f.version) ?? []), f]);

  const oldestFirst = sortNewestFirst(facts).reverse();
  const isRunning = (f: DeploymentFact) => RUNNING_STATES.has(f.state ?? '') && !hasFailedStatus(f);
  const leads: number[] = [];
  const restores: number[] = [];
  let failedChanges = 0;
  let succeededChanges = 0;
  let unrestored = 0;
  for (const list of changes.values()) {
    const failed = list.filter(isFailed);
    if (failed.length === 0) {
      if (list.some(isRunning)) continue; // not finished: neither a success nor a failure yet
      succeededChanges++;
      const commit = Date.parse(input.commitTimes?.get(list[0]?.sha ?? '') ?? '');
      if (Number.isFinite(commit)) leads.push(Math.max(0, Math.max(...list.map(doneAt)) - commit));
      continue;
    }
    failedChanges++;
    let longest = 0;
    let restored = true;
    for (const f of failed) {
      const failedAt = Date.parse(firstFailureAt(f) ?? (hasFailedStatus(f) ? f.stateAt : undefined) ?? rolledBackBy.get(f.id)?.createdAt ?? f.createdAt);
      const next = oldestFirst.find((g) => g.target === f.target && g.id > f.id && Date.parse(g.createdAt) >= Date.parse(f.createdAt) && !isFailed(g) && !isRunning(g));
      if (next) longest = Math.max(longest, doneAt(next) - failedAt);
      else restored = false;
    }
    if (restored) restores.push(Math.max(0, longest));
    else unrestored++;
  }
  const finished = failedChanges + succeededChanges;
  return {
    deployments: deploys.length,
    rollouts: changes.size,
    deploymentsPerDay: days > 0 ? succeededChanges / days : 0,
    leadTime: { medianMs: median(leads), samples: leads.length },
    failedDeployments: failedChanges,
    changeFailureRate: finished > 0 ? failedChanges / finished : undefined,
    timeToRestore: { medianMs: median(restores), samples: restores.length },
    unrestored,
  };
}

/** The rollback that replaced each deployment id it names (for the failure time of a rollback without a failing status). */
function mapRollbacks(facts: readonly DeploymentFact[]): Map<number, DeploymentFact> {
  const out = new Map<number, DeploymentFact>();
  for (const rb of facts) if (rb.kind === 'rollback' && rb.replaces?.deploymentId !== undefined) out.set(rb.replaces.deploymentId, rb);
  return out;
}
