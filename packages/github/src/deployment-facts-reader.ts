import type { DeploymentFact } from '@stagegate/core';
import type { GitHubClient } from './client.js';
import type { DeploymentRecord, DeploymentStore, RepoRef, StatusRecord } from './deployment-store.js';
import { explainGitHubError } from './errors.js';

/**
 * Reads the Deployments API into DeploymentFacts for the pure views in
 * @stagegate/core. Listing is page by page (100 a request); statuses are read
 * only for the deployments a view needs, never for every deployment.
 */

/** A stagegate deployment as a fact; undefined for other tools' deployments. */
export function toDeploymentFact(d: DeploymentRecord, status?: StatusRecord): DeploymentFact | undefined {
  const p = d.payload;
  if (!p) return undefined;
  const fact: DeploymentFact = {
    id: d.id, target: p.target, environment: d.environment, stage: p.stage ?? '', version: p.version, sha: d.sha,
    kind: d.task === 'deploy:rollback' || p.rollback ? 'rollback' : 'deploy', runId: String(p.run?.id ?? ''), createdAt: d.createdAt,
    ref: typeof p.ref === 'string' && p.ref ? p.ref : d.ref,
  };
  if (typeof p.actor === 'string' && p.actor) fact.actor = p.actor;
  if (p.color === 'blue' || p.color === 'green') fact.color = p.color;
  if (p.rollback?.replaces) fact.replaces = { version: p.rollback.replaces.version, deploymentId: p.rollback.replaces.deployment_id };
  if (status) applyStatus(fact, status);
  return fact;
}

/** Records a deployment's latest status on its fact. */
export function applyStatus(fact: DeploymentFact, status: StatusRecord | undefined): void {
  if (!status) {
    // GitHub shows a deployment without a status as pending: stagegate writes no in_progress.
    fact.state = 'pending';
    return;
  }
  fact.state = status.state;
  fact.stateAt = status.createdAt;
  if (status.environmentUrl) fact.environmentUrl = status.environmentUrl;
  if (status.state === 'success') fact.succeededAt = status.createdAt;
}

/**
 * Records every status of a deployment (newest first) on its fact, so the
 * rule for bad sees a failure that a later `inactive` hides; the success time
 * is the oldest success (when the deployment first reached its target).
 */
export function applyStatuses(fact: DeploymentFact, statuses: readonly StatusRecord[]): void {
  applyStatus(fact, statuses[0]);
  fact.statuses = statuses.map((s) => ({ state: s.state, at: s.createdAt }));
  const success = statuses.filter((s) => s.state === 'success').at(-1);
  if (success) fact.succeededAt = success.createdAt;
  const url = statuses.find((s) => s.environmentUrl)?.environmentUrl;
  if (url) fact.environmentUrl = url;
}

/** How far back a listing reads. */
export interface ListFactsOptions {
  /** Stop at the first deployment created before this time (the listing is newest first). */
  since?: Date;
  environment?: string;
  /** Stop once this many of our deployments were collected. */
  limit?: number;
  /** Never read more than this many pages (a bound on requests). Default 200. */
  maxPages?: number;
  /** Keep only facts passing this test (counted against limit). */
  keep?: (f: DeploymentFact) => boolean;
}

/** Our deployments newest first, one page (100) per request, stopping at `since`, `limit` or `maxPages`. */
export async function listDeploymentFacts(store: DeploymentStore, options: ListFactsOptions = {}): Promise<{ facts: DeploymentFact[]; pages: number }> {
  const facts: DeploymentFact[] = [];
  const maxPages = options.maxPages ?? 200;
  const filter = options.environment ? { environment: options.environment } : {};
  for (let page = 1; page <= maxPages; page++) {
    const rows = await store.listPage(filter, page, 100);
    for (const d of rows) {
      if (options.since && Date.parse(d.createdAt) < options.since.getTime()) return { facts, pages: page };
      const f = toDeploymentFact(d);
      if (!f || (options.keep && !options.keep(f))) continue;
      facts.push(f);
      if (options.limit !== undefined && facts.length >= options.limit) return { facts, pages: page };
    }
    if (rows.length < 100) return { facts, pages: page };
  }
  return { facts, pages: maxPages };
}

/**
 * Reads every status of each fact given (a few at once; one request per
 * deployment while it has under 100 statuses, as ours do), filling state,
 * times and the status list the rule for bad needs.
 */
export async function readAllStates(store: DeploymentStore, facts: readonly DeploymentFact[], concurrency = 8): Promise<number> {
  const queue = [...facts];
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) applyStatuses(f, await store.listStatuses(f.id));
  }));
  return facts.length;
}

/** The newest fact of each target (where a failure may not be rolled back yet, or a rollout still runs). */
export function newestPerTarget(facts: readonly DeploymentFact[]): DeploymentFact[] {
  const seen = new Map<string, DeploymentFact>();
  for (const f of facts) {
    const have = seen.get(f.target);
    if (!have || f.id > have.id) seen.set(f.target, f);
  }
  return [...seen.values()];
}

/**
 * Commit times by sha (GET /repos/{o}/{r}/commits/{sha}), cached, so each
 * sha costs one request at most; `maxLookups` bounds the requests.
 */
export class CommitTimes {
  private readonly cache = new Map<string, string | undefined>();
  /** Requests made so far. */
  requests = 0;
  constructor(private readonly client: GitHubClient, private readonly repo: RepoRef, private readonly maxLookups = 50) {}

  /** Times of the given shas (in the order given, until the bound), as a map. */
  async lookup(shas: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const sha of new Set(shas)) {
      if (!this.cache.has(sha)) {
        if (this.requests >= this.maxLookups) continue;
        this.requests++;
        this.cache.set(sha, await this.fetch(sha));
      }
      const at = this.cache.get(sha);
      if (at) out.set(sha, at);
    }
    return out;
  }

  private async fetch(sha: string): Promise<string | undefined> {
    try {
      const res = await this.client.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...this.repo, ref: sha });
      const c = res.data.commit;
      return c.committer?.date ?? c.author?.date ?? undefined;
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status === 404 || status === 422) return undefined; // a commit gone from the repo: leave it out of lead time
      throw explainGitHubError(e, `reading commit ${sha}`, 'contents: read');
    }
  }
}
