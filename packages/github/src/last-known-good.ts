import { collectBadVersions, hasFailedStatus, isVersionBad, type DeploymentFact } from '@stagegate/core';
import { applyStatuses, toDeploymentFact } from './deployment-facts-reader.js';
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
  /** Our deployments whose statuses were read. */
  examined: number;
  /** Versions skipped because they are bad on this target (the one rule: a failing status or a rollback). */
  failedVersions: string[];
}

/** Options of the search. */
export interface LastKnownGoodOptions {
  /** Only deployments of this service count: a shared environment never yields another service's version. */
  service?: string;
  /** Versions never to return (the version being rolled back). */
  exclude?: readonly string[];
  /** Stop after examining this many of our deployments (a bound, never an endless scan). Default 1000. */
  maxExamined?: number;
  /** Stop after listing this many deployments of any tool or service (bounds the pages read). Default 10 × maxExamined. */
  maxListed?: number;
}

/** One deployment with every status read, judged by the one rule for bad as a newest-first scan goes. */
export interface JudgedDeployment {
  fact: DeploymentFact;
  /** The newest status, undefined when it has none. */
  status: StatusRecord | undefined;
  /** This deployment itself succeeded: no failing status, newest success or inactive. */
  succeeded: boolean;
  /** A candidate for last known good: it succeeded, and its version is not bad here among what was read. */
  good: boolean;
}

/**
 * Reads every status of one deployment (one request) and judges it against
 * the versions already known bad on the target, which it extends: scanning
 * newest first, a rollback is read before the deployment it replaced, so its
 * payload spoils that version for every older deployment.
 */
export async function judgeNext(store: DeploymentStore, d: DeploymentRecord, bad: Set<string>): Promise<JudgedDeployment | undefined> {
  const fact = toDeploymentFact(d);
  if (!fact) return undefined;
  const statuses = await store.listStatuses(d.id);
  applyStatuses(fact, statuses);
  collectBadVersions([fact], undefined, bad);
  const succeeded = (fact.state === 'success' || fact.state === 'inactive') && !hasFailedStatus(fact);
  return { fact, status: statuses[0], succeeded, good: succeeded && !isVersionBad(bad, fact.target, fact.version) };
}

/** The versions of a target the bad set names (for reports). */
export function listBadVersions(bad: ReadonlySet<string>): string[] {
  return [...bad].map((k) => k.slice(k.indexOf('\u0000') + 1));
}

/**
 * Finds the last known good version of an environment: the newest of our
 * deployments of the service that finished successfully (success, or
 * inactive: GitHub retires successful deployments) whose version is not bad
 * there by the one rule (any failing status, or named by a rollback, among
 * the deployments read). Reads pages and statuses newest first and stops at
 * the first hit: one list request per 100 deployments plus one status request
 * per deployment looked at, never more than the bounds.
 */
export async function findLastKnownGood(store: DeploymentStore, environment: string, options: LastKnownGoodOptions = {}): Promise<LastKnownGoodSearch> {
  const exclude = new Set(options.exclude ?? []);
  const bad = new Set<string>();
  const max = options.maxExamined ?? 1000;
  const maxListed = options.maxListed ?? max * 10;
  let examined = 0;
  let listed = 0;
  for await (const d of store.listDeployments({ environment })) {
    if (++listed > maxListed || examined >= max) break;
    const p = d.payload;
    if (!p || (options.service !== undefined && p.service !== options.service)) continue;
    examined++;
    const seen = await judgeNext(store, d, bad);
    if (seen?.good && seen.status && !exclude.has(p.version)) return { found: { version: p.version, deployment: d, status: seen.status }, examined, failedVersions: listBadVersions(bad) };
  }
  return { found: undefined, examined, failedVersions: listBadVersions(bad) };
}
