import type { GitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';
import { cutDescription, readPayload, type DeploymentPayload, type DeploymentState, type DeploymentTask } from './payload.js';

/** The repository the store works on. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** A deployment as stagegate sees it. */
export interface DeploymentRecord {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  task: string;
  createdAt: string;
  description: string | null;
  /** GitHub's production_environment flag: auto_inactive skips production environments. */
  production: boolean;
  /** Our payload; undefined when another tool made the deployment. */
  payload: DeploymentPayload | undefined;
  /** The payload as stored, for records that are not deploys (the freeze record: see freeze-record.ts). */
  rawPayload?: unknown;
}

/** A deployment status. */
export interface StatusRecord {
  id: number;
  state: DeploymentState;
  description: string;
  createdAt: string;
  logUrl: string;
  environmentUrl: string;
}

/** What a new deployment needs. */
export interface NewDeployment {
  /** Commit sha (or ref) being deployed. */
  ref: string;
  environment: string;
  task: DeploymentTask;
  payload: DeploymentPayload;
  description?: string;
}

/** Extra fields of a status. */
export interface StatusDetails {
  description?: string;
  /** Link to the run's log. */
  logUrl?: string;
  /** Link to the deployed service. */
  environmentUrl?: string;
  /** Let GitHub mark older successful deployments inactive (default true). */
  autoInactive?: boolean;
}

type RawDeployment = { id: number; environment: string; ref: string; sha: string; task: string; created_at: string; description?: string | null; production_environment?: boolean; payload: unknown };
type RawStatus = { id: number; state: string; description?: string | null; created_at: string; log_url?: string; environment_url?: string; target_url?: string };

/**
 * What stagegate needs from a store of deployments: the GitHub Deployments API
 * ({@link GitHubDeploymentStore}) or a JSON file for local runs
 * (@stagegate/local-store). The deployer, last known good and the history
 * views depend on this interface only.
 */
export interface DeploymentStore {
  /** The repository the deployments belong to ("local/<service>" for a local store). */
  readonly repo: RepoRef;
  /** Creates a deployment (no status yet). */
  createDeployment(d: NewDeployment): Promise<DeploymentRecord>;
  /** Adds a status; auto_inactive marks older successful deployments of the environment inactive. */
  setStatus(deploymentId: number, state: DeploymentState, details?: StatusDetails): Promise<StatusRecord>;
  /** The newest status of a deployment, or undefined when it has none. */
  latestStatus(deploymentId: number): Promise<StatusRecord | undefined>;
  /** Every status of a deployment, newest first. */
  listStatuses(deploymentId: number): Promise<StatusRecord[]>;
  /** One page (1-based) of deployments, newest first. */
  listPage(filter: { environment?: string; task?: string; sha?: string }, page: number, perPage?: number): Promise<DeploymentRecord[]>;
  /** Deployments newest first, read a page at a time as the caller reads on. */
  listDeployments(filter?: { environment?: string; task?: string }, perPage?: number): AsyncGenerator<DeploymentRecord>;
  /** Marks one deployment inactive. */
  markInactive(deploymentId: number, description?: string): Promise<void>;
}

/**
 * The GitHub Deployments API as stagegate's durable store: one deployment per
 * target and rollout, statuses for its life, payloads that say what it is.
 */
export class GitHubDeploymentStore implements DeploymentStore {
  constructor(
    private readonly client: GitHubClient,
    readonly repo: RepoRef,
  ) {}

  /**
   * Creates a deployment. auto_merge is off (we deploy exactly this ref) and
   * required_contexts is empty, so failing status checks never block a rollback.
   */
  async createDeployment(d: NewDeployment): Promise<DeploymentRecord> {
    try {
      const res = await this.client.request('POST /repos/{owner}/{repo}/deployments', {
        ...this.repo,
        ref: d.ref,
        environment: d.environment,
        task: d.task,
        auto_merge: false,
        required_contexts: [],
        payload: d.payload as unknown as Record<string, unknown>,
        description: cutDescription(d.description ?? `${d.payload.service} ${d.payload.version} to ${d.payload.target}`),
      });
      if (res.status !== 201) throw Object.assign(new Error(`GitHub did not create the deployment (${res.status}): ${JSON.stringify(res.data)}`), { status: res.status });
      return toRecord(res.data as RawDeployment);
    } catch (e) {
      throw explainGitHubError(e, `creating a deployment for ${d.environment}`);
    }
  }

  /** Adds a status to a deployment; the description is cut to GitHub's 140 characters. */
  async setStatus(deploymentId: number, state: DeploymentState, details: StatusDetails = {}): Promise<StatusRecord> {
    try {
      const res = await this.client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...this.repo,
        deployment_id: deploymentId,
        state,
        description: details.description === undefined ? undefined : cutDescription(details.description),
        // An empty link is left out: a run outside a runner has no log to point to.
        log_url: details.logUrl || undefined,
        environment_url: details.environmentUrl || undefined,
        auto_inactive: details.autoInactive ?? true,
      });
      return toStatus(res.data as RawStatus);
    } catch (e) {
      throw explainGitHubError(e, `setting deployment ${deploymentId} to ${state}`);
    }
  }

  /** The newest status of a deployment (one request), or undefined when it has none. */
  async latestStatus(deploymentId: number): Promise<StatusRecord | undefined> {
    try {
      const res = await this.client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo, deployment_id: deploymentId, per_page: 1 });
      const first = (res.data as RawStatus[])[0];
      return first ? toStatus(first) : undefined;
    } catch (e) {
      throw explainGitHubError(e, `reading the status of deployment ${deploymentId}`, 'deployments: read');
    }
  }

  /** Every status of a deployment, newest first. */
  async listStatuses(deploymentId: number): Promise<StatusRecord[]> {
    try {
      const all = await this.client.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo, deployment_id: deploymentId, per_page: 100 });
      return (all as RawStatus[]).map(toStatus);
    } catch (e) {
      throw explainGitHubError(e, `listing the statuses of deployment ${deploymentId}`, 'deployments: read');
    }
  }

  /** One page of deployments, newest first. */
  async listPage(filter: { environment?: string; task?: string; sha?: string }, page: number, perPage = 100): Promise<DeploymentRecord[]> {
    try {
      const res = await this.client.request('GET /repos/{owner}/{repo}/deployments', { ...this.repo, ...filter, per_page: Math.min(100, perPage), page });
      return (res.data as RawDeployment[]).map(toRecord);
    } catch (e) {
      throw explainGitHubError(e, `listing deployments${filter.environment ? ` of ${filter.environment}` : ''}`, 'deployments: read');
    }
  }

  /**
   * Deployments newest first, fetched a page at a time only as the caller reads
   * on, so a search that stops early costs only the pages it read.
   */
  listDeployments(filter: { environment?: string; task?: string } = {}, perPage = 100): AsyncGenerator<DeploymentRecord> {
    return pageThrough(this, filter, perPage);
  }

  /** Marks one deployment inactive (one request). */
  async markInactive(deploymentId: number, description = 'superseded'): Promise<void> {
    await this.setStatus(deploymentId, 'inactive', { description, autoInactive: false });
  }
}

/**
 * Reads a store's deployments newest first, one page at a time only as the caller reads on (a
 * search that stops early costs only the pages it read); the last page is the first short one.
 * Shared by every DeploymentStore, so they page alike.
 */
export async function* pageThrough(store: Pick<DeploymentStore, 'listPage'>, filter: { environment?: string; task?: string }, perPage = 100): AsyncGenerator<DeploymentRecord> {
  for (let page = 1; ; page++) {
    const rows = await store.listPage(filter, page, perPage);
    yield* rows;
    if (rows.length < Math.min(100, perPage)) return;
  }
}

function toRecord(d: RawDeployment): DeploymentRecord {
  return { id: d.id, environment: d.environment, ref: d.ref, sha: d.sha, task: d.task, createdAt: d.created_at, description: d.description ?? null, production: d.production_environment ?? d.environment === 'production', payload: readPayload(d.payload), rawPayload: d.payload };
}

function toStatus(s: RawStatus): StatusRecord {
  return { id: s.id, state: s.state as DeploymentState, description: s.description ?? '', createdAt: s.created_at, logUrl: s.log_url ?? s.target_url ?? '', environmentUrl: s.environment_url ?? '' };
}

/**
 * `new DeploymentStore(client, repo)` builds the GitHub store, as before the
 * store became an interface; the type `DeploymentStore` is the interface.
 */
export const DeploymentStore = GitHubDeploymentStore;
