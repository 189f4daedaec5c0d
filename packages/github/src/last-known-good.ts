import type { DeploymentRecord, DeploymentStore, StatusRecord } from './deployment-store.js';

/** The version a target should go back to, and the deployment that proved it. */
export interface LastKnownGood {
  version: string;
  deployment: DeploymentRecord;
  status: StatusRecord;
}

/** Result of a search, with what it cost. */
export interface LastKnownGoodSearch {
  found: LastKnownGood | undefined;
  /** Our deployments whose status was read. */
  examined: number;
  /** Versions skipped because they failed on this target after their last success. */
  failedVersions: string[];
}

/** Options of the search. */
export interface LastKnownGoodOptions {
  /** Only deployments of this service count. */
  service?: string;
  /** Versions never to return (the version being rolled back). */
  exclude?: readonly string[];
  /** Stop after examining this many of our deployments (a bound, never an endless scan). Default 1000. */
  maxExamined?: number;
}

/**
 * Finds the last known good version of an environment: the newest of our
 * deployments whose latest status shows it succeeded (success, or inactive:
 * GitHub only marks successful deployments inactive when a newer one
 * succeeds), skipping any version that failed on this environment after it
 * last succeeded. Reads pages and statuses newest first and stops at the first
 * hit: one list request plus one status request per deployment looked at.
 */
export async function findLastKnownGood(store: DeploymentStore, environment: string, options: LastKnownGoodOptions = {}): Promise<LastKnownGoodSearch> {
  const exclude = new Set(options.exclude ?? []);
  const failed = new Set<string>();
  const max = options.maxExamined ?? 1000;
  let examined = 0;
  for await (const d of store.listDeployments({ environment })) {
    const p = d.payload;
    if (!p || (options.service && p.service !== options.service)) continue;
    if (examined >= max) break;
    examined++;
    const status = await store.latestStatus(d.id);
    const verdict = judgeDeployment(status?.state, p.version, exclude, failed);
    if (verdict === 'failed') failed.add(p.version);
    if (verdict === 'good' && status) return { found: { version: p.version, deployment: d, status }, examined, failedVersions: [...failed] };
  }
  return { found: undefined, examined, failedVersions: [...failed] };
}

/**
 * How one deployment counts, newest first: `good` (a candidate), `failed`
 * (its version is spoiled for older deployments too), or `skip` (in progress,
 * never finished, or a version we must not return).
 */
export function judgeDeployment(state: string | undefined, version: string, exclude: ReadonlySet<string>, failedSince: ReadonlySet<string>): 'good' | 'failed' | 'skip' {
  if (state === 'failure' || state === 'error') return 'failed';
  if (state !== 'success' && state !== 'inactive') return 'skip';
  if (exclude.has(version) || failedSince.has(version)) return 'skip';
  return 'good';
}
