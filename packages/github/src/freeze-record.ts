import type { FreezeChange, FreezeState } from '@stagegate/core';
import type { DeploymentStore } from './deployment-store.js';
import { parsePayloadObject, type DeploymentPayload, type DeploymentTask } from './payload.js';

/**
 * The freeze record, kept in the Deployments API so every workflow (and the
 * CLI, and the local store) sees it: a deployment of task `stagegate:freeze`
 * in the environment `<prefix>freeze` (`production/freeze`). Freezing and
 * thawing each add one; the newest decides. Its payload has no version or
 * target, so history, status and last-known-good never read it as a deploy.
 */

/** The deployment task of a freeze record. */
export const FREEZE_TASK = 'stagegate:freeze';

/** The payload of a freeze record (the contract other readers rely on). */
export interface FreezePayload {
  tool: 'stagegate';
  kind: 'freeze';
  frozen: boolean;
  reason: string;
  actor: string;
  /** ISO time of the freeze or thaw. */
  at: string;
}

/** What {@link writeFreeze} records. */
export interface WriteFreezeOptions {
  /** The freeze environment, from freezeEnvironmentsOf (e.g. production/freeze). */
  environment: string;
  frozen: boolean;
  reason: string;
  actor: string;
  /** The commit or branch the record is made on (GitHub needs a ref it knows). */
  ref: string;
  /** Link to the run that froze, for the status. */
  logUrl?: string;
  /** Clock, for tests; default Date.now. */
  now?: () => number;
}

/** Reads a freeze payload; undefined for anything else. */
export function readFreezePayload(raw: unknown): FreezePayload | undefined {
  const p = parsePayloadObject(raw) as Partial<FreezePayload> | undefined;
  if (!p || p.tool !== 'stagegate' || p.kind !== 'freeze' || typeof p.frozen !== 'boolean') return undefined;
  return { tool: 'stagegate', kind: 'freeze', frozen: p.frozen, reason: String(p.reason ?? ''), actor: String(p.actor ?? ''), at: String(p.at ?? '') };
}

/**
 * The freeze state of an environment: the newest freeze record (one list
 * request of one row), or undefined when there has never been one. Works on
 * every DeploymentStore (GitHub, local). Errors are the store's, explained.
 */
export async function readFreeze(store: Pick<DeploymentStore, 'listPage'>, environment: string): Promise<FreezeState | undefined> {
  const [newest] = await store.listPage({ environment, task: FREEZE_TASK }, 1, 1);
  const payload = newest ? readFreezePayload(newest.rawPayload) : undefined;
  if (!newest || !payload) return undefined;
  return { frozen: payload.frozen, reason: payload.reason, actor: payload.actor, at: payload.at || newest.createdAt };
}

/**
 * Freezes or thaws an environment: one deployment (the record) and one
 * status on it (`success`, described, so GitHub's environment page shows who
 * froze and why). Returns the record's deployment id and the state written.
 */
export async function writeFreeze(store: Pick<DeploymentStore, 'createDeployment' | 'setStatus'>, o: WriteFreezeOptions): Promise<{ deploymentId: number; state: FreezeState }> {
  const at = new Date((o.now ?? Date.now)()).toISOString();
  const payload: FreezePayload = { tool: 'stagegate', kind: 'freeze', frozen: o.frozen, reason: o.reason, actor: o.actor, at };
  const description = `${o.frozen ? 'frozen' : 'thawed'} by ${o.actor}: ${o.reason || 'no reason given'}`;
  // The store's types describe deploys; both stores keep any payload as given (the record is read back by readFreezePayload).
  const record = await store.createDeployment({ ref: o.ref, environment: o.environment, task: FREEZE_TASK as DeploymentTask, payload: payload as unknown as DeploymentPayload, description });
  await store.setStatus(record.id, 'success', { description, logUrl: o.logUrl, autoInactive: true });
  return { deploymentId: record.id, state: { frozen: o.frozen, reason: o.reason, actor: o.actor, at } };
}

/**
 * Freezes or thaws each environment (the CLI's and the freeze action's
 * shared logic): reads the state first, so a thaw of an environment that is
 * not frozen writes nothing, and a second freeze says whose it replaces.
 */
export async function applyFreeze(store: Pick<DeploymentStore, 'listPage' | 'createDeployment' | 'setStatus'>, o: Omit<WriteFreezeOptions, 'environment'> & { environments: readonly string[] }): Promise<FreezeChange[]> {
  const changes: FreezeChange[] = [];
  for (const environment of o.environments) {
    const before = await readFreeze(store, environment);
    if (!o.frozen && !before?.frozen) {
      changes.push({ environment, before });
      continue;
    }
    const { deploymentId } = await writeFreeze(store, { ...o, environment });
    changes.push({ environment, before, deploymentId });
  }
  return changes;
}

/**
 * The freeze in force for a status file: the first frozen environment among
 * `environments` (its reason, who and when), or undefined when none is frozen.
 * A read that fails is the caller's to bound and report: a status file is
 * still written without it.
 */
export async function readFreezeInForce(store: Pick<DeploymentStore, 'listPage'>, environments: readonly string[]): Promise<{ reason: string; actor: string; at: string } | undefined> {
  for (const environment of environments) {
    const state = await readFreeze(store, environment);
    if (state?.frozen) return { reason: state.reason, actor: state.actor, at: state.at };
  }
  return undefined;
}
