import { FAILED_STATES, RUNNING_STATES, sortNewestFirst, type DeploymentFact } from './deployment-facts.js';

/** What DORA needs besides the deployments. */
export interface DoraInput {
  /** Deployments of the window (older ones are ignored; newer ones after a failure are used to find its restore). */
  facts: readonly DeploymentFact[];
  /** End of the window (now). */
  to: Date;
  windowMs: number;
  /** Commit time per sha, for lead time; a sha without one is left out of lead time. */
  commitTimes?: ReadonlyMap<string, string>;
  /** Deployment ids known to have failed from elsewhere (run histories). */
  failedIds?: ReadonlySet<number>;
}

/** A median with the count it was taken over. */
export interface Measure {
  /** undefined when there is no sample. */
  medianMs: number | undefined;
  samples: number;
}

/** The four DORA figures over a window. */
export interface DoraReport {
  from: string;
  to: string;
  days: number;
  /** Non-rollback deployments created in the window (one per target and rollout). */
  deployments: number;
  /** Distinct versions deployed in the window. */
  rollouts: number;
  /** Successful deployments per day. */
  deploymentsPerDay: number;
  /** Commit time to the deployment reaching its target, median. */
  leadTime: Measure;
  failedDeployments: number;
  /** failed / finished deployments (0..1); undefined with no finished deployment. */
  changeFailureRate: number | undefined;
  /** Failure to the next success on that target, median. */
  timeToRestore: Measure;
  /** Failures with no later success on their target yet. */
  unrestored: number;
}

/** The deployment ids a rollback payload says it replaced (by id, else by version on the same target). */
export function findRolledBackIds(facts: readonly DeploymentFact[]): Set<number> {
  const out = new Set<number>();
  const newestFirst = sortNewestFirst(facts);
  for (const rb of newestFirst) {
    if (rb.kind !== 'rollback' || !rb.replaces) continue;
    if (rb.replaces.deploymentId !== undefined) {
      out.add(rb.replaces.deploymentId);
      continue;
    }
    // Without an id, the replaced one is the newest deploy of that version on the target before the rollback.
    const victim = newestFirst.find((f) => f.kind === 'deploy' && f.target === rb.target && f.version === rb.replaces?.version && Date.parse(f.createdAt) <= Date.parse(rb.createdAt));
    if (victim) out.add(victim.id);
  }
  return out;
}

/** A predicate telling whether a deployment failed: its own state, a rollback that replaced it, or a failure known from elsewhere. */
export function makeFailureTest(facts: readonly DeploymentFact[], failedIds: ReadonlySet<number> = new Set()): (f: DeploymentFact) => boolean {
  const rolledBack = findRolledBackIds(facts);
  return (f) => FAILED_STATES.has(f.state ?? '') || rolledBack.has(f.id) || failedIds.has(f.id);
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const doneAt = (f: DeploymentFact): number => Date.parse(f.succeededAt ?? f.createdAt);

/**
 * Computes deployment frequency, lead time for changes, change failure rate
 * and time to restore. Deployments still running are neither successes nor
 * failures. A failure is restored by the next deployment on its target that
 * did not fail (a rollback or a fix forward).
 */
export function computeDora(input: DoraInput): DoraReport {
  const to = input.to.getTime();
  const from = to - input.windowMs;
  const isFailed = makeFailureTest(input.facts, input.failedIds);
  const inWindow = (f: DeploymentFact) => Date.parse(f.createdAt) >= from && Date.parse(f.createdAt) <= to;
  const changes = input.facts.filter((f) => f.kind === 'deploy' && inWindow(f));
  const finished = changes.filter((f) => !RUNNING_STATES.has(f.state ?? ''));
  const failed = finished.filter(isFailed);
  const succeeded = finished.filter((f) => !isFailed(f));
  const days = input.windowMs / 86_400_000;

  const leads: number[] = [];
  for (const f of succeeded) {
    const commit = input.commitTimes?.get(f.sha);
    if (commit !== undefined) leads.push(Math.max(0, doneAt(f) - Date.parse(commit)));
  }

  const oldestFirst = sortNewestFirst(input.facts).reverse();
  const restores: number[] = [];
  let unrestored = 0;
  for (const f of failed) {
    const failedAt = Date.parse(FAILED_STATES.has(f.state ?? '') && f.stateAt ? f.stateAt : f.createdAt);
    const next = oldestFirst.find((g) => g.target === f.target && g.id !== f.id && Date.parse(g.createdAt) >= Date.parse(f.createdAt) && g.id > f.id
      && !isFailed(g) && !RUNNING_STATES.has(g.state ?? ''));
    if (next) restores.push(Math.max(0, doneAt(next) - failedAt));
    else unrestored++;
  }

  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    days,
    deployments: changes.length,
    rollouts: new Set(changes.map((f) => f.version)).size,
    deploymentsPerDay: days > 0 ? succeeded.length / days : 0,
    leadTime: { medianMs: median(leads), samples: leads.length },
    failedDeployments: failed.length,
    changeFailureRate: finished.length > 0 ? failed.length / finished.length : undefined,
    timeToRestore: { medianMs: median(restores), samples: restores.length },
    unrestored,
  };
}
