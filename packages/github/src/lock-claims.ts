import { MAX_LOCK_HOLD_MS, type LockClaim } from '@stagegate/core';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './deployment-store.js';
import { explainGitHubError } from './errors.js';
import { parsePayloadObject } from './payload.js';

/**
 * Reading the claims of a rollout lock environment. A claim's payload says
 * which run made it and until when it may hold the lock; a released claim
 * never becomes live again, so its state is remembered between looks and
 * only live claims cost a status read.
 */

/** The payload of a claim. `tool` differs from run-stage's, so history and last-known-good never read a claim as a deploy. */
export interface LockPayload {
  tool: 'stagegate-lock';
  service: string;
  run: { id: string; attempt: number; url?: string };
  /** ISO time after which the claim is abandoned. */
  hold_until: string;
}

type RawDeployment = { id: number; created_at: string; payload: unknown };

const LIVE = new Set(['queued', 'pending', 'in_progress']);
/** Claims older than the longest hold (and an hour of slack) are not read at all. */
const HORIZON_MS = MAX_LOCK_HOLD_MS + 3_600_000;

/** What one acquisition remembers between looks: released claims and ended runs stay so. */
export interface ClaimMemo {
  finishedStates: Map<number, string>;
  finishedRuns: Set<string>;
}

function readLockPayload(raw: unknown): LockPayload | undefined {
  const p = parsePayloadObject(raw) as Partial<LockPayload> | undefined;
  return p && p.tool === 'stagegate-lock' && p.run && typeof p.run.id === 'string' ? (p as LockPayload) : undefined;
}

/**
 * The claims that can matter to our claim: those of other runs made before
 * it, within the horizon, with their newest status, and whether their run has
 * ended (asked only for claims still live; unknown when the token may not read
 * runs, then the hold bound decides).
 */
export async function readLockClaims(client: GitHubClient, repo: RepoRef, environment: string, ours: { id: number; runId: string }, memo: ClaimMemo): Promise<LockClaim[]> {
  let rows: RawDeployment[];
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, task: 'stagegate:lock', per_page: 30 });
    rows = res.data as RawDeployment[];
  } catch (e) {
    throw explainGitHubError(e, `reading the rollout lock ${environment}`, 'deployments: read');
  }
  const now = Date.now();
  const claims: LockClaim[] = [];
  for (const row of rows) {
    const payload = readLockPayload(row.payload);
    const createdAt = Date.parse(row.created_at);
    // Claims of our own run never block us (decideLock), so they cost no reads.
    if (!payload || row.id >= ours.id || payload.run.id === ours.runId || now - createdAt > HORIZON_MS) continue;
    const holdUntil = Date.parse(payload.hold_until);
    const claim: LockClaim = { id: row.id, runId: payload.run.id, runUrl: payload.run.url, createdAt, holdUntil: Number.isFinite(holdUntil) ? holdUntil : createdAt + MAX_LOCK_HOLD_MS };
    claim.state = memo.finishedStates.get(row.id) ?? (await latestState(client, repo, row.id));
    if (claim.state && !LIVE.has(claim.state)) memo.finishedStates.set(row.id, claim.state);
    else claim.runFinished = await hasRunEnded(client, repo, claim.runId, memo);
    claims.push(claim);
  }
  return claims;
}

async function latestState(client: GitHubClient, repo: RepoRef, id: number): Promise<string | undefined> {
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: id, per_page: 1 });
    return (res.data as Array<{ state: string }>)[0]?.state;
  } catch (e) {
    throw explainGitHubError(e, `reading rollout lock claim ${id}`, 'deployments: read');
  }
}

/** True when GitHub says the run has completed; false when it runs or cannot be asked (no actions: read, GHES without it, a local run). */
async function hasRunEnded(client: GitHubClient, repo: RepoRef, runId: string, memo: ClaimMemo): Promise<boolean> {
  if (memo.finishedRuns.has(runId)) return true;
  if (!/^\d+$/.test(runId)) return false;
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: Number(runId) });
    const ended = (res.data as { status?: string | null }).status === 'completed';
    if (ended) memo.finishedRuns.add(runId);
    return ended;
  } catch {
    return false;
  }
}
