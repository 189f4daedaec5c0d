import { relative } from 'node:path';
import type { Plan } from '@stagegate/core';
import type { RunInfo } from '@stagegate/deployer';
import { createGitHubClient, DeploymentStore, type GitHubClient } from '@stagegate/github';
import { LocalDeploymentStore, STATE_FILE } from '@stagegate/local-store';
import { UsageError, type CliIo } from '../io.js';
import { apiUrlOf, tokenFrom } from './repository.js';

/** Where a run keeps its deployments. */
export interface RunTarget {
  store: DeploymentStore;
  /** The GitHub client under the store (token mode only): the request budget reads its rate limit. */
  client?: GitHubClient;
  /** True for the local state (no token). */
  local: boolean;
  /** For the first line: where the state goes. */
  where: string;
  /** For a dry run: where each deployment would be recorded ("in <file> (local)" or "with POST <url>"). */
  recordsTo: string;
  /** Releases the local lock (the state is saved on every write). */
  close(): void;
}

/**
 * With a token: the repository's Deployments API (--repo, else GITHUB_REPOSITORY,
 * at GITHUB_API_URL). Without: the local store in the state folder, locked
 * against a second local run; read only (no lock, no folder) for a dry run.
 */
export function openRunTarget(o: { io: CliIo; plan: Plan; repoOption: string | undefined; stateDir: string; readOnly: boolean }): RunTarget {
  const { io } = o;
  const token = tokenFrom(io.env);
  if (!token) {
    const store = LocalDeploymentStore.open({ dir: o.stateDir, repo: { owner: 'local', repo: o.plan.service }, readOnly: o.readOnly });
    const file = `${relative(io.cwd, o.stateDir) || '.'}/${STATE_FILE}`;
    const dead = store.tookOverLockOf;
    if (dead) io.stderr.write(`warning: took over the lock of an earlier run (pid ${dead.pid}, since ${dead.startedAt}) that is no longer running${store.abandoned.length ? `; marked its ${store.abandoned.length} unfinished deployment${store.abandoned.length === 1 ? '' : 's'} error` : ''}\n`);
    if (store.migratedFrom) io.stdout.write(`${o.readOnly ? 'reading' : 'migrated'} the v0.1 state ${relative(io.cwd, store.migratedFrom)}${o.readOnly ? '' : ` into ${file} (the old file is left as it was)`}\n`);
    return { store, local: true, where: `${file} (local, no GITHUB_TOKEN)`, recordsTo: `in ${file} (local)`, close: () => store.close() };
  }
  const name = (o.repoOption ?? io.env.GITHUB_REPOSITORY ?? '').trim();
  const [owner, repo, extra] = name.split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError(`--repo: with GITHUB_TOKEN set, expected the repository as owner/name (or GITHUB_REPOSITORY); got ${JSON.stringify(name)}`);
  const baseUrl = apiUrlOf(io.env);
  const client = createGitHubClient({ token, baseUrl, onWait: (m) => io.stderr.write(`${m}\n`) });
  const store = new DeploymentStore(client, { owner, repo });
  return { store, client, local: false, where: `${owner}/${repo} at ${baseUrl}`, recordsTo: `with POST ${baseUrl}/repos/${owner}/${repo}/deployments`, close: () => {} };
}

/**
 * The run recorded on each deployment. Its log URL is the workflow run's when
 * on a runner (GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID set),
 * else empty: a status never carries a link that leads nowhere.
 */
export function runInfoFrom(io: CliIo, refOption: string | undefined, local: boolean): RunInfo {
  const env = io.env;
  const ref = refOption || env.GITHUB_SHA || (local ? 'local' : '');
  if (!ref) throw new UsageError('--ref: with GITHUB_TOKEN set, give the commit (or branch) being deployed: --ref <sha>, or set GITHUB_SHA');
  const onRunner = !local && Boolean(env.GITHUB_RUN_ID);
  return {
    id: onRunner ? String(env.GITHUB_RUN_ID) : `local-${Date.now()}`,
    attempt: onRunner ? Number(env.GITHUB_RUN_ATTEMPT || '1') || 1 : 1,
    url: local ? '' : runLogUrl(env),
    ref,
    workspace: io.cwd,
  };
}

/** The workflow run's URL on a runner, else ''. */
export function runLogUrl(env: CliIo['env']): string {
  const server = env.GITHUB_SERVER_URL?.replace(/\/$/, '');
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!server || !repository || !runId) return '';
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`;
}
