import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createGitHubClient, DeploymentStore, type GitHubClient } from '@stagegate/github';
import { LEGACY_FILE, LocalDeploymentStore, STATE_FILE } from '@stagegate/local-store';
import { UsageError, type CliIo } from '../io.js';

/** A repository (or the local state) opened for reading its deployments. */
export interface OpenRepository {
  store: DeploymentStore;
  /** The GitHub client; undefined for the local state (no commits to look up). */
  client: GitHubClient | undefined;
  /** owner/name, or "local state in <dir>". */
  name: string;
}

/** The token from the environment (GITHUB_TOKEN, else GH_TOKEN), or ''. Never printed. */
export function tokenFrom(env: CliIo['env']): string {
  return env.GITHUB_TOKEN || env.GH_TOKEN || '';
}

/** `--state-dir` (default .stagegate) resolved against the working directory. */
export function stateDirOf(option: string | boolean | undefined, io: CliIo): string {
  return resolve(io.cwd, typeof option === 'string' ? option : '.stagegate');
}

/**
 * With GITHUB_TOKEN: --repo (else GITHUB_REPOSITORY) at GITHUB_API_URL. Without:
 * the local state a `stagegate run` left in the state folder, read only.
 */
export function openRepository(repoOption: string | boolean | undefined, io: CliIo, stateDirOption?: string | boolean): OpenRepository {
  const token = tokenFrom(io.env);
  if (!token) {
    const dir = stateDirOf(stateDirOption, io);
    const shown = relative(io.cwd, dir) || '.';
    if (!existsSync(join(dir, STATE_FILE)) && !existsSync(join(dir, LEGACY_FILE))) {
      throw new UsageError(`no GITHUB_TOKEN and no local state in ${shown}/${STATE_FILE}: set GITHUB_TOKEN (deployments: read) and --repo owner/name to read GitHub, or run \`stagegate run\` in this folder first`);
    }
    return { store: LocalDeploymentStore.open({ dir, repo: { owner: 'local', repo: 'local' }, readOnly: true }), client: undefined, name: `local state in ${shown}` };
  }
  const name = (typeof repoOption === 'string' ? repoOption : io.env.GITHUB_REPOSITORY ?? '').trim();
  const [owner, repo, extra] = name.split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError(`--repo: expected owner/name (or GITHUB_REPOSITORY); got ${JSON.stringify(name)}`);
  const client = createGitHubClient({ token, baseUrl: apiUrlOf(io.env), retries: 2, onWait: (m) => io.stderr.write(`${m}\n`) });
  return { store: new DeploymentStore(client, { owner, repo }), client, name };
}

/** GITHUB_API_URL without a trailing slash, else https://api.github.com. */
export function apiUrlOf(env: CliIo['env']): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
}
