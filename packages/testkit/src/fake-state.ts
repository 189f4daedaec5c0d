/**
 * The fake's storage: per repository, deployments with their statuses, environments
 * and commits. Arrays are kept ascending by id (ids only grow), so "newest first"
 * is a walk from the end and a page costs O(page size), even with 10,000 deployments.
 */
import {
  fakeSha, makeCommit, makeEnvironment, makeRepository, makeUser, nodeId,
  type Commit, type Deployment, type DeploymentStatus, type Environment, type SimpleUser,
} from './fake-objects.js';

/** Everything the fake keeps about one repository. */
export interface RepoState {
  owner: string; repo: string; id: number;
  repository: Record<string, unknown>;
  /** All deployments, ascending by id. */
  deployments: Deployment[];
  deploymentsById: Map<number, Deployment>;
  /** Per environment name, ascending by id. */
  deploymentsByEnvironment: Map<string, Deployment[]>;
  /** Per environment, the deployments whose latest status is success: auto_inactive's candidates. */
  activeByEnvironment: Map<string, Set<Deployment>>;
  /** Per deployment id, ascending by id. */
  statuses: Map<number, DeploymentStatus[]>;
  environments: Map<string, Environment>;
  /** By sha and by every ref name given when the commit was added. */
  commits: Map<string, Commit>;
}

/** What {@link FakeState.seedDeployment} accepts; everything but `environment` has a default. */
export interface SeedDeployment {
  environment?: string; ref?: string; sha?: string; task?: string; payload?: object | string;
  description?: string | null; createdAt?: Date | string; transient?: boolean; production?: boolean;
  statuses?: Array<{ state: string; createdAt?: Date | string; description?: string; logUrl?: string; environmentUrl?: string }>;
}

/** What {@link FakeState.snapshot} returns. */
export interface FakeSnapshot {
  apiUrl: string;
  nextId: number;
  repos: Array<{
    owner: string; repo: string; id: number; repository: Record<string, unknown>; deployments: Deployment[];
    statuses: Record<string, DeploymentStatus[]>; environments: Environment[]; commits: Record<string, Commit>;
  }>;
}

function iso(value: Date | string | undefined, fallback: Date): string {
  const date = value === undefined ? fallback : new Date(value);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z'); // GitHub timestamps carry no milliseconds
}

/** Seedable, assertable storage shared by every route of one fake. */
export class FakeState {
  private readonly repos = new Map<string, RepoState>();
  private nextId = 1000;
  /** Undo steps of the write in progress (see {@link recordWrite}); undefined outside a write. */
  private journal: Array<() => void> | undefined;
  /** The user every write is attributed to. */
  readonly actor: SimpleUser;

  constructor(readonly apiUrl: string) {
    this.actor = makeUser(apiUrl);
  }

  /** A fresh id; one sequence for all object kinds, as GitHub's ids are global and growing. */
  newId(): number {
    return this.nextId++;
  }

  /**
   * Runs a handler's synchronous part while noting how to undo each change it
   * makes, so a write GitHub would have rejected leaves no trace: call the
   * returned `undo` when its answer turns out invalid. Ids are not given back;
   * GitHub's ids only grow too.
   */
  recordWrite<T>(work: () => T): { result: T; undo(): void } {
    const steps: Array<() => void> = [];
    this.journal = steps;
    try {
      return { result: work(), undo: () => steps.reverse().forEach((step) => step()) };
    } finally {
      this.journal = undefined;
    }
  }

  /** The repository's state, created empty on first use (any owner/repo is served). */
  repo(owner: string, repo: string): RepoState {
    const key = `${owner}/${repo}`.toLowerCase();
    let state = this.repos.get(key);
    if (!state) {
      const id = this.newId();
      state = {
        owner, repo, id, repository: makeRepository(this.apiUrl, owner, repo, id, makeUser(this.apiUrl, owner, 1), iso(undefined, new Date())),
        deployments: [], deploymentsById: new Map(), deploymentsByEnvironment: new Map(), activeByEnvironment: new Map(), statuses: new Map(),
        environments: new Map(), commits: new Map(),
      };
      this.repos.set(key, state);
    }
    return state;
  }

  /**
   * Everything stored, as JSON-ready data: what `stagegate run` keeps in
   * .stagegate/ when no token is given, so the next run sees the history.
   */
  snapshot(): FakeSnapshot {
    return {
      apiUrl: this.apiUrl,
      nextId: this.nextId,
      repos: [...this.repos.values()].map((r) => ({
        owner: r.owner, repo: r.repo, id: r.id, repository: r.repository, deployments: r.deployments,
        statuses: Object.fromEntries(r.statuses), environments: [...r.environments.values()], commits: Object.fromEntries(r.commits),
      })),
    };
  }

  /** Loads a snapshot taken by {@link snapshot} (URLs are rewritten to this fake's address). */
  restore(snap: FakeSnapshot): void {
    const data = JSON.parse(JSON.stringify(snap).replaceAll(snap.apiUrl, this.apiUrl)) as FakeSnapshot;
    this.nextId = Math.max(this.nextId, data.nextId);
    for (const saved of data.repos) {
      const r = this.repo(saved.owner, saved.repo);
      Object.assign(r, { id: saved.id, repository: saved.repository });
      for (const env of saved.environments) r.environments.set(env.name, env);
      for (const [k, c] of Object.entries(saved.commits)) r.commits.set(k, c);
      for (const d of saved.deployments) {
        r.deployments.push(d);
        r.deploymentsById.set(d.id, d);
        const byEnv = r.deploymentsByEnvironment.get(d.environment) ?? [];
        byEnv.push(d);
        r.deploymentsByEnvironment.set(d.environment, byEnv);
        const statuses = saved.statuses[String(d.id)] ?? [];
        r.statuses.set(d.id, statuses);
        if (statuses[statuses.length - 1]?.state === 'success') {
          const active = r.activeByEnvironment.get(d.environment) ?? new Set<Deployment>();
          active.add(d);
          r.activeByEnvironment.set(d.environment, active);
        }
      }
    }
  }

  /** Finds a repository by numeric id, for the `/repositories/{id}/…` URLs of Link headers. */
  repoById(id: number): RepoState | undefined {
    for (const state of this.repos.values()) if (state.id === id) return state;
    return undefined;
  }

  private repoUrl(r: RepoState): string {
    return `${this.apiUrl}/repos/${r.owner}/${r.repo}`;
  }

  /** Returns the environment, creating it as GitHub does on a first deployment. */
  ensureEnvironment(owner: string, repo: string, name: string, at = iso(undefined, new Date())): Environment {
    const r = this.repo(owner, repo);
    let env = r.environments.get(name);
    if (!env) {
      env = makeEnvironment(this.repoUrl(r), `https://github.com/${r.owner}/${r.repo}`, this.newId(), name, at);
      r.environments.set(name, env);
      this.journal?.push(() => r.environments.delete(name));
    }
    return env;
  }

  /** Adds a commit that GET /commits/{ref} will return for its sha, a sha prefix, or any of `refs`. */
  addCommit(owner: string, repo: string, c: { sha?: string; date?: Date | string; message?: string; refs?: string[] }): Commit {
    const r = this.repo(owner, repo);
    const sha = c.sha ?? fakeSha(`${Date.now()}:${Math.random()}`);
    const commit = makeCommit(this.repoUrl(r), `https://github.com/${r.owner}/${r.repo}`, sha, iso(c.date, new Date()), c.message ?? 'commit', this.actor);
    r.commits.set(sha, commit);
    for (const ref of c.refs ?? []) r.commits.set(ref, commit);
    return commit;
  }

  /** The sha GitHub would record for `ref`: its own value, a seeded commit's, or a stable fake one. */
  resolveSha(owner: string, repo: string, ref: string): string {
    if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
    const commit = this.repo(owner, repo).commits.get(ref.replace(/^refs\/(heads|tags)\//, '').replace(/^(heads|tags)\//, ''));
    return commit?.sha ?? fakeSha(ref);
  }

  /** Stores a deployment without HTTP; O(1) when created in id order, as every id is. */
  seedDeployment(owner: string, repo: string, seed: SeedDeployment = {}): Deployment {
    const r = this.repo(owner, repo);
    const id = this.newId();
    const environment = seed.environment ?? 'production';
    const at = iso(seed.createdAt, new Date());
    const ref = seed.ref ?? 'main';
    const url = `${this.repoUrl(r)}/deployments/${id}`;
    const deployment: Deployment = {
      url, id, node_id: nodeId('DE_kwDO', id), task: seed.task ?? 'deploy', original_environment: environment,
      environment, description: seed.description ?? null, created_at: at, updated_at: at, statuses_url: `${url}/statuses`,
      repository_url: this.repoUrl(r), creator: this.actor, sha: seed.sha ?? this.resolveSha(owner, repo, ref), ref,
      payload: (seed.payload ?? {}) as Record<string, unknown> | string, transient_environment: seed.transient ?? false,
      production_environment: seed.production ?? environment === 'production', performed_via_github_app: null,
    };
    this.ensureEnvironment(owner, repo, environment, at);
    r.deployments.push(deployment);
    r.deploymentsById.set(id, deployment);
    const byEnv = r.deploymentsByEnvironment.get(environment);
    if (byEnv) byEnv.push(deployment);
    else r.deploymentsByEnvironment.set(environment, [deployment]);
    r.statuses.set(id, []);
    this.journal?.push(() => this.deleteDeployment(owner, repo, id));
    for (const s of seed.statuses ?? []) {
      this.addStatus(owner, repo, deployment, { state: s.state, description: s.description, log_url: s.logUrl, environment_url: s.environmentUrl, createdAt: s.createdAt }, false);
    }
    return deployment;
  }

  /** Appends a status; with `autoInactive`, GitHub's auto_inactive rule runs for a `success`. */
  addStatus(owner: string, repo: string, deployment: Deployment,
    s: { state: string; description?: string; log_url?: string; environment_url?: string; environment?: string; createdAt?: Date | string },
    autoInactive: boolean): DeploymentStatus {
    const r = this.repo(owner, repo);
    const id = this.newId();
    const at = iso(s.createdAt, new Date());
    const status: DeploymentStatus = {
      url: `${deployment.url}/statuses/${id}`, id, node_id: nodeId('DES_kwDO', id), state: s.state, creator: this.actor,
      description: s.description ?? '', environment: s.environment ?? deployment.environment, target_url: s.log_url ?? '', log_url: s.log_url ?? '',
      environment_url: s.environment_url ?? '', created_at: at, updated_at: at, deployment_url: deployment.url,
      repository_url: this.repoUrl(r), performed_via_github_app: null,
    };
    const list = r.statuses.get(deployment.id) ?? [];
    const wasActive = r.activeByEnvironment.get(deployment.environment)?.has(deployment) ?? false;
    const updatedBefore = deployment.updated_at;
    this.journal?.push(() => {
      list.splice(list.indexOf(status), 1);
      deployment.updated_at = updatedBefore;
      const set = r.activeByEnvironment.get(deployment.environment);
      if (wasActive) set?.add(deployment);
      else set?.delete(deployment);
    });
    list.push(status);
    r.statuses.set(deployment.id, list);
    deployment.updated_at = at;
    if (autoInactive && s.state === 'success') this.deactivateOlder(r, deployment, at);
    let active = r.activeByEnvironment.get(deployment.environment);
    if (!active) r.activeByEnvironment.set(deployment.environment, (active = new Set()));
    if (s.state === 'success') active.add(deployment);
    else active.delete(deployment);
    return status;
  }

  /**
   * GitHub's auto_inactive: "all prior non-transient, non-production environment
   * deployments" of the environment whose latest status is success. Deployments
   * flagged production_environment are left for the client to deactivate.
   */
  private deactivateOlder(r: RepoState, current: Deployment, at: string): void {
    // Copy first: adding the inactive status removes the deployment from the set.
    for (const older of [...(r.activeByEnvironment.get(current.environment) ?? [])]) {
      if (older.id >= current.id || older.transient_environment || older.production_environment) continue;
      this.addStatus(r.owner, r.repo, older, { state: 'inactive', createdAt: at }, false);
    }
  }

  /** The newest status of a deployment, if any. */
  latestStatus(r: RepoState, deploymentId: number): DeploymentStatus | undefined {
    const list = r.statuses.get(deploymentId);
    return list?.[list.length - 1];
  }

  /** Removes a deployment and its statuses (the route checks GitHub's preconditions). */
  deleteDeployment(owner: string, repo: string, id: number): boolean {
    const r = this.repo(owner, repo);
    const deployment = r.deploymentsById.get(id);
    if (!deployment) return false;
    r.deploymentsById.delete(id);
    r.statuses.delete(id);
    const drop = (list: Deployment[] | undefined): void => {
      const index = list?.indexOf(deployment) ?? -1;
      if (list && index >= 0) list.splice(index, 1);
    };
    drop(r.deployments);
    drop(r.deploymentsByEnvironment.get(deployment.environment));
    r.activeByEnvironment.get(deployment.environment)?.delete(deployment);
    return true;
  }
}
