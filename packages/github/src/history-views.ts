import {
  computeDora, computeTargetStatus, isStatusSettled, makeFailureTest, pageHistory, sortNewestFirst,
  type DeploymentFact, type DoraReport, type HistoryFilter, type HistoryPage, type TargetStatus,
} from '@stagegate/core';
import type { GitHubClient } from './client.js';
import type { DeploymentStore } from './deployment-store.js';
import { CommitTimes, listDeploymentFacts, readAllStates, toDeploymentFact } from './deployment-facts-reader.js';

/**
 * The status, history and DORA views read from the Deployments API, each with
 * the number of requests it made, so the cost can be checked and reported.
 */

/** A target and its GitHub environment. */
export interface TargetRef {
  target: string;
  environment: string;
}

/** Options of {@link readStatus}. */
export interface ReadStatusOptions {
  /** Deployments of a target examined at most (bounds the status requests). Default 20. */
  maxExamined?: number;
}

/**
 * What is live on each target: one listing of the target's environment (20
 * newest) and, newest first, the latest status of each deployment until the
 * live and previous good versions are found. Cost: per target, 1 + the few
 * statuses read, whatever the number of deployments.
 */
export async function readStatus(store: DeploymentStore, targets: readonly TargetRef[], options: ReadStatusOptions = {}): Promise<{ statuses: TargetStatus[]; requests: number }> {
  const max = options.maxExamined ?? 20;
  let requests = 0;
  const statuses = await Promise.all(targets.map(async ({ target, environment }) => {
    const rows = await store.listPage({ environment }, 1, max);
    requests++;
    const facts: DeploymentFact[] = [];
    for (const d of rows) {
      const f = toDeploymentFact(d);
      if (!f || f.target !== target) continue;
      facts.push(f);
      const read = await readAllStates(store, [f]);
      requests += read;
      if (isStatusSettled(facts)) break;
    }
    return computeTargetStatus(target, environment, facts);
  }));
  return { statuses, requests };
}

/** The targets seen in the newest page of deployments (for a repository read without its plan). */
export async function discoverTargets(store: DeploymentStore): Promise<TargetRef[]> {
  const { facts } = await listDeploymentFacts(store, { maxPages: 1 });
  const byTarget = new Map<string, string>();
  for (const f of facts) if (!byTarget.has(f.target)) byTarget.set(f.target, f.environment);
  return [...byTarget].map(([target, environment]) => ({ target, environment })).sort((a, b) => a.target.localeCompare(b.target));
}

/**
 * One page of history, newest first: lists until the page is full (or the
 * listing passes `since`), then reads every status of the rows shown only.
 * `bad` holds the ids of the rows bad by the one rule (a failing status, or
 * replaced by a rollback among the deployments listed).
 */
export async function readHistory(store: DeploymentStore, filter: HistoryFilter, page = 1, perPage = 20, environment?: string): Promise<HistoryPage & { requests: number; bad: number[] }> {
  const keep = (f: DeploymentFact) => (filter.target === undefined || f.target === filter.target) && (filter.stage === undefined || f.stage === filter.stage)
    && (filter.kind === undefined || f.kind === filter.kind) && (filter.until === undefined || Date.parse(f.createdAt) < filter.until.getTime());
  const { facts, pages } = await listDeploymentFacts(store, { since: filter.since, environment, keep, limit: page * perPage + 1 });
  const result = pageHistory(facts, filter, page, perPage);
  const statusRequests = await readAllStates(store, result.rows);
  const isBad = makeFailureTest(facts);
  return { ...result, requests: pages + statusRequests, bad: result.rows.filter(isBad).map((f) => f.id) };
}

/** Options of {@link readDora}. */
export interface ReadDoraOptions {
  windowMs: number;
  now?: Date;
  /** Commit lookups allowed (newest shas first); lead time is the median over these. Default 50. */
  maxCommitLookups?: number;
  /** Deployment ids known to have failed from run histories. */
  failedIds?: ReadonlySet<number>;
  /** Also compute the figures of each environment alone. */
  byEnvironment?: boolean;
  /**
   * Deployments of the window whose statuses are read at most, newest first
   * (one request each). Default 200: a fifth of the hourly budget GitHub
   * gives a workflow's GITHUB_TOKEN, which deploys share. Older ones are judged by rollback payloads and
   * `failedIds` alone; `statusCoverage` says how many were read.
   */
  maxStatusReads?: number;
}

/** What {@link readDora} read, beside the report. */
export interface DoraReading {
  report: DoraReport;
  facts: DeploymentFact[];
  requests: { pages: number; statuses: number; commits: number; total: number };
  /** Deployments of the window whose statuses were read, of those that needed it (the rest: rolled back, known failed). */
  statusCoverage: { read: number; of: number };
}

/**
 * DORA figures over a window. Lists the window's deployments (pages of 100),
 * then reads every status of the window's deployments, rollbacks first (their
 * success times are the restore times), then newest first, up to
 * `maxStatusReads` (a failure fixed forward is visible only there); a
 * deployment a rollback's payload (`rollback.replaces`) or `failedIds` already
 * marks failed needs no read. Lead time looks up at most `maxCommitLookups`
 * commits. Requests: pages + min(deployments in the window, maxStatusReads)
 * + commits.
 */
export async function readDora(store: DeploymentStore, client: GitHubClient, options: ReadDoraOptions): Promise<DoraReading> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - options.windowMs);
  const { facts, pages } = await listDeploymentFacts(store, { since });
  const knownFailed = makeFailureTest(facts, options.failedIds);
  const toRead = sortNewestFirst(facts).filter((f) => Date.parse(f.createdAt) <= now.getTime() && !(f.kind === 'deploy' && knownFailed(f)));
  // Rollbacks first: they are few, and their success times are the restore times.
  const unread = [...toRead.filter((f) => f.kind === 'rollback'), ...toRead.filter((f) => f.kind === 'deploy')];
  const statuses = await readAllStates(store, unread.slice(0, Math.max(0, options.maxStatusReads ?? 200)));
  const commits = new CommitTimes(client, store.repo, options.maxCommitLookups ?? 50);
  const shas = sortNewestFirst(facts).filter((f) => f.kind === 'deploy').map((f) => f.sha);
  const commitTimes = await commits.lookup(shas);
  const report = computeDora({ facts, to: now, windowMs: options.windowMs, commitTimes, failedIds: options.failedIds, byEnvironment: options.byEnvironment });
  return {
    report, facts, statusCoverage: { read: statuses, of: unread.length },
    requests: { pages, statuses, commits: commits.requests, total: pages + statuses + commits.requests },
  };
}
