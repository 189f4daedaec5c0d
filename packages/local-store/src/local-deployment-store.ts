import { mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  cutDescription, pageThrough, readPayload,
  type DeploymentRecord, type DeploymentState, type DeploymentStore, type NewDeployment, type RepoRef, type StatusDetails, type StatusRecord,
} from '@stagegate/github';
import { readState, writeState, type StateFile, type StoredDeployment, type StoredStatus } from './state-file.js';
import { acquireStateLock, type LockOwner, type StateLock } from './state-lock.js';

/** How to open a local store. */
export interface OpenLocalStoreOptions {
  /** The state folder, e.g. `<cwd>/.stagegate`. */
  dir: string;
  /** Recorded as the store's repository (`local/<service>`). */
  repo: RepoRef;
  /** Read only: no lock, no folder created, every write refused. For status, history, dora and dry runs. */
  readOnly?: boolean;
}

/**
 * The Deployments API's semantics over a JSON file, for `stagegate run`
 * without a token: the same {@link DeploymentStore} interface the deployer,
 * last known good and the history views use, so a local rollout keeps the same
 * truth as one on GitHub. Every write is saved at once (atomically), so a run
 * that is killed loses nothing it recorded. A writable store holds the
 * folder's lock until {@link close}.
 */
export class LocalDeploymentStore implements DeploymentStore {
  private constructor(
    readonly repo: RepoRef,
    private readonly dir: string,
    private readonly state: StateFile,
    private readonly lock: StateLock | undefined,
    /** The v0.1 file read, when the state came from one. */
    readonly migratedFrom: string | undefined,
  ) {}

  /** Opens the folder's store (taking its lock unless read-only). */
  static open(options: OpenLocalStoreOptions): LocalDeploymentStore {
    let lock: StateLock | undefined;
    if (!options.readOnly) {
      mkdirSync(options.dir, { recursive: true });
      lock = acquireStateLock(options.dir);
    }
    try {
      const { state, migratedFrom } = readState(options.dir);
      const store = new LocalDeploymentStore(options.repo, options.dir, state, lock, migratedFrom);
      if (lock?.tookOver) store.closeAbandoned(lock.tookOver);
      if ((migratedFrom || store.abandoned.length) && lock) store.save();
      return store;
    } catch (e) {
      lock?.release();
      throw e;
    }
  }

  /** The dead run whose lock this store took over, if any. */
  get tookOverLockOf(): LockOwner | undefined {
    return this.lock?.tookOver;
  }

  /** Deployments a dead run left unfinished, marked `error` when its lock was taken over. */
  readonly abandoned: number[] = [];

  /**
   * Only one local run holds the folder, so every deployment without a final
   * state belongs to the dead run: say so, or it would read as "in progress" for ever.
   */
  private closeAbandoned(dead: LockOwner): void {
    for (const d of this.state.deployments) {
      const last = d.statuses.at(-1)?.state;
      if (last === 'success' || last === 'failure' || last === 'error' || last === 'inactive') continue;
      this.addStatus(d, 'error', { description: `abandoned: its run (pid ${dead.pid}) ended without recording an outcome` });
      this.abandoned.push(d.id);
    }
  }

  /** Releases the lock; the state is already saved. */
  close(): void {
    this.lock?.release();
  }

  async createDeployment(d: NewDeployment): Promise<DeploymentRecord> {
    const at = new Date().toISOString();
    const stored: StoredDeployment = {
      id: this.newId(), environment: d.environment, ref: d.ref, sha: shaOf(d.ref), task: d.task, created_at: at,
      description: cutDescription(d.description ?? `${d.payload.service} ${d.payload.version} to ${d.payload.target}`),
      production_environment: d.environment === 'production', payload: d.payload, statuses: [],
    };
    this.state.deployments.push(stored);
    this.save();
    return toRecord(stored);
  }

  async setStatus(deploymentId: number, state: DeploymentState, details: StatusDetails = {}): Promise<StatusRecord> {
    const d = this.find(deploymentId);
    const status = this.addStatus(d, state, details);
    // GitHub's auto_inactive: older successful, non-production deployments of the environment become inactive.
    if (state === 'success' && (details.autoInactive ?? true) && !d.production_environment) {
      for (const older of this.state.deployments) {
        if (older.id < d.id && older.environment === d.environment && older.statuses.at(-1)?.state === 'success') this.addStatus(older, 'inactive', {});
      }
    }
    this.save();
    return toStatus(status);
  }

  async latestStatus(deploymentId: number): Promise<StatusRecord | undefined> {
    const last = this.find(deploymentId).statuses.at(-1);
    return last ? toStatus(last) : undefined;
  }

  async listStatuses(deploymentId: number): Promise<StatusRecord[]> {
    return [...this.find(deploymentId).statuses].reverse().map(toStatus);
  }

  async listPage(filter: { environment?: string; task?: string; sha?: string }, page: number, perPage = 100): Promise<DeploymentRecord[]> {
    const size = Math.min(100, Math.max(1, perPage));
    const rows: StoredDeployment[] = [];
    const skip = (Math.max(1, page) - 1) * size;
    let seen = 0;
    for (let i = this.state.deployments.length - 1; i >= 0 && rows.length < size; i--) {
      const d = this.state.deployments[i] as StoredDeployment;
      if ((filter.environment && d.environment !== filter.environment) || (filter.task && d.task !== filter.task) || (filter.sha && d.sha !== filter.sha && d.ref !== filter.sha)) continue;
      if (seen++ >= skip) rows.push(d);
    }
    return rows.map(toRecord);
  }

  listDeployments(filter: { environment?: string; task?: string } = {}, perPage = 100): AsyncGenerator<DeploymentRecord> {
    return pageThrough(this, filter, perPage);
  }

  async markInactive(deploymentId: number, description = 'superseded'): Promise<void> {
    await this.setStatus(deploymentId, 'inactive', { description, autoInactive: false });
  }

  private newId(): number {
    return this.state.nextId++;
  }

  private find(id: number): StoredDeployment {
    const d = this.state.deployments.find((x) => x.id === id);
    if (!d) throw Object.assign(new Error(`${this.dir}: no deployment ${id} in the local store`), { status: 404 });
    return d;
  }

  private addStatus(d: StoredDeployment, state: DeploymentState, details: StatusDetails): StoredStatus {
    const status: StoredStatus = {
      id: this.newId(), state, description: details.description === undefined ? '' : cutDescription(details.description),
      created_at: new Date().toISOString(), log_url: details.logUrl ?? '', environment_url: details.environmentUrl ?? '',
    };
    d.statuses.push(status);
    return status;
  }

  private save(): void {
    if (!this.lock) throw new Error(`${this.dir}: the local store was opened read-only; nothing may be written`);
    writeState(this.dir, this.state);
  }
}

/** A ref that is not a sha gets a stable made-up sha, as GitHub resolves refs to commits. */
function shaOf(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref : createHash('sha1').update(ref).digest('hex');
}

function toRecord(d: StoredDeployment): DeploymentRecord {
  return { id: d.id, environment: d.environment, ref: d.ref, sha: d.sha, task: d.task, createdAt: d.created_at, description: d.description, production: d.production_environment, payload: readPayload(d.payload), rawPayload: d.payload };
}

function toStatus(s: StoredStatus): StatusRecord {
  return { id: s.id, state: s.state as DeploymentState, description: s.description, createdAt: s.created_at, logUrl: s.log_url, environmentUrl: s.environment_url };
}
