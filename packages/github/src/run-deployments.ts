import type { DeploymentRecord, DeploymentStore, StatusRecord } from './deployment-store.js';

/**
 * What one workflow run recorded in the Deployments API, read back by a later
 * job of the same run (the join of a fanned-out stage): every shard job wrote
 * its targets' deployments there, so it is the one record all jobs share.
 */

/** Which deployments to collect. */
export interface RunDeploymentsQuery {
  /** The commit the run deployed: the list is filtered by it, so other commits' history is never paged through. */
  sha: string;
  /** GITHUB_RUN_ID: only deployments whose payload names this run (any attempt) count. */
  runId: string;
  service: string;
  /** The version the run rolled out: a deployment of another version is not this rollout's. */
  version: string;
  /** Targets wanted; the listing stops once each has its newest deployment. */
  targets: ReadonlySet<string>;
  /** Never read more pages than this (100 deployments each). Default 50. */
  maxPages?: number;
}

/** The newest deploy of each wanted target by this run, and what reading them cost. */
export interface RunDeployments {
  byTarget: Map<string, DeploymentRecord>;
  pages: number;
  /** True when maxPages stopped the listing before it ended or every target was found. */
  truncated: boolean;
}

/**
 * Lists the deployments of one commit, newest first (one request per 100),
 * keeping the newest `deploy` of each wanted target made by this run. Stops as
 * soon as every target has one, or the list ends, or at maxPages.
 */
export async function listRunDeployments(store: DeploymentStore, q: RunDeploymentsQuery): Promise<RunDeployments> {
  const byTarget = new Map<string, DeploymentRecord>();
  const maxPages = q.maxPages ?? 50;
  for (let page = 1; page <= maxPages; page++) {
    const rows = await store.listPage({ sha: q.sha, task: 'deploy' }, page, 100);
    for (const d of rows) {
      const p = d.payload;
      if (!p || p.service !== q.service || p.version !== q.version || String(p.run?.id) !== q.runId || !q.targets.has(p.target) || byTarget.has(p.target)) continue;
      byTarget.set(p.target, d);
    }
    if (rows.length < 100 || byTarget.size === q.targets.size) return { byTarget, pages: page, truncated: false };
  }
  return { byTarget, pages: maxPages, truncated: byTarget.size < q.targets.size };
}

/**
 * Every status of each deployment (one request each while it has under 100,
 * as ours do), `concurrency` at a time. A read that fails is returned as the
 * error, for its target alone: one unreadable record never hides the rest.
 */
export async function readStatusesOf(store: DeploymentStore, ids: readonly number[], concurrency = 8): Promise<Map<number, StatusRecord[] | Error>> {
  const out = new Map<number, StatusRecord[] | Error>();
  const queue = [...ids];
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        out.set(id, await store.listStatuses(id));
      } catch (e) {
        out.set(id, e as Error);
      }
    }
  }));
  return out;
}
