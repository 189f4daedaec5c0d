import { existsSync, readFileSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@stagegate/core';

/** A status as the local file keeps it (GitHub's field names, so the file reads like the API). */
export interface StoredStatus {
  id: number;
  state: string;
  description: string;
  created_at: string;
  log_url: string;
  environment_url: string;
}

/** A deployment as the local file keeps it, with its statuses oldest first. */
export interface StoredDeployment {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  task: string;
  created_at: string;
  description: string | null;
  production_environment: boolean;
  payload: unknown;
  statuses: StoredStatus[];
}

/** The whole file: `.stagegate/deployments.json`. */
export interface StateFile {
  format: 'stagegate-local-store';
  version: 1;
  /** One id sequence for deployments and statuses, as GitHub's ids only grow. */
  nextId: number;
  /** Ascending by id. */
  deployments: StoredDeployment[];
}

/** The file name of the store inside the state folder. */
export const STATE_FILE = 'deployments.json';
/** What v0.1 kept: a snapshot of the testkit's fake GitHub. */
export const LEGACY_FILE = 'github-state.json';

/** An empty store. */
export function emptyState(): StateFile {
  return { format: 'stagegate-local-store', version: 1, nextId: 1, deployments: [] };
}

/**
 * Reads the state folder: the store file, else a v0.1 snapshot converted in
 * memory (written in the new format on the first write), else an empty store.
 * A damaged file is a ConfigError naming it and the fix, never silently emptied.
 */
export function readState(dir: string): { state: StateFile; migratedFrom?: string } {
  const file = join(dir, STATE_FILE);
  if (existsSync(file)) return { state: parseState(readFileSync(file, 'utf8'), file) };
  const legacy = join(dir, LEGACY_FILE);
  if (existsSync(legacy)) return { state: convertLegacy(parseJson(readFileSync(legacy, 'utf8'), legacy), legacy), migratedFrom: legacy };
  return { state: emptyState() };
}

/**
 * Replaces the file in one step: write a temporary file beside it, then
 * rename over it, so a crash or a kill mid-write leaves the old or the new
 * state, never half of one.
 */
export function writeState(dir: string, state: StateFile): void {
  const file = join(dir, STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(state)}\n`);
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw e;
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError([{ path: file, message: `not valid JSON (${(e as Error).message}); restore it from a backup, or move it away to start with an empty local history` }]);
  }
}

function parseState(text: string, file: string): StateFile {
  const data = parseJson(text, file) as Partial<StateFile>;
  if (data?.format !== 'stagegate-local-store' || data.version !== 1 || !Array.isArray(data.deployments) || typeof data.nextId !== 'number') {
    throw new ConfigError([{ path: file, message: 'not a stagegate local store (expected format "stagegate-local-store", version 1); move it away to start with an empty local history' }]);
  }
  return data as StateFile;
}

type LegacyStatus = { id: number; state: string; description?: string | null; created_at: string; log_url?: string; environment_url?: string };
type LegacyDeployment = Omit<StoredDeployment, 'statuses' | 'description' | 'production_environment'> & { description?: string | null; production_environment?: boolean };
type LegacySnapshot = { nextId?: number; repos?: Array<{ deployments?: LegacyDeployment[]; statuses?: Record<string, LegacyStatus[]> }> };

/** v0.1's fake-GitHub snapshot → the local store: every repository's deployments and statuses, ids kept. */
function convertLegacy(data: unknown, file: string): StateFile {
  const snap = data as LegacySnapshot;
  if (!snap || !Array.isArray(snap.repos)) throw new ConfigError([{ path: file, message: 'not a stagegate v0.1 state snapshot (no "repos"); move it away to start with an empty local history' }]);
  const state = emptyState();
  let maxId = 0;
  for (const r of snap.repos) {
    for (const d of r.deployments ?? []) {
      const statuses = (r.statuses?.[String(d.id)] ?? []).map((s): StoredStatus => {
        maxId = Math.max(maxId, s.id);
        return { id: s.id, state: s.state, description: s.description ?? '', created_at: s.created_at, log_url: s.log_url ?? '', environment_url: s.environment_url ?? '' };
      });
      maxId = Math.max(maxId, d.id);
      state.deployments.push({
        id: d.id, environment: d.environment, ref: d.ref, sha: d.sha, task: d.task, created_at: d.created_at, description: d.description ?? null,
        production_environment: d.production_environment ?? d.environment === 'production', payload: d.payload, statuses,
      });
    }
  }
  state.deployments.sort((a, b) => a.id - b.id);
  state.nextId = Math.max(snap.nextId ?? 1, maxId + 1);
  return state;
}
