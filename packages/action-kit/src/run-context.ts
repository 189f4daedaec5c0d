import { ConfigError } from '@stagegate/core';

/** Where and as what a step runs: read once from the runner's environment. */
export interface RunContext {
  owner: string;
  repo: string;
  /** The commit being deployed (GITHUB_SHA). */
  sha: string;
  runId: string;
  runAttempt: number;
  /** https://github.com or a GHES URL. */
  serverUrl: string;
  /** API base URL (GITHUB_API_URL), e.g. https://api.github.com. */
  apiUrl: string;
  /** Link to this run attempt's log. */
  runUrl: string;
  /** The checkout folder (GITHUB_WORKSPACE, else the current directory). */
  workspace: string;
  /** Who started the run (GITHUB_ACTOR). */
  actor: string;
}

/**
 * Reads the run context from GITHUB_* variables. `repository` (owner/repo)
 * may come from an input to act on another repository.
 */
export function readRunContext(env: Record<string, string | undefined>, repository?: string): RunContext {
  const full = (repository || env.GITHUB_REPOSITORY || '').trim();
  const [owner, repo, extra] = full.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigError([{ path: repository ? 'input repository' : 'GITHUB_REPOSITORY', message: `expected owner/name; got ${JSON.stringify(full)}` }]);
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const runId = env.GITHUB_RUN_ID || 'local';
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT || '1') || 1;
  return {
    owner,
    repo,
    sha: env.GITHUB_SHA || '',
    runId,
    runAttempt,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    actor: env.GITHUB_ACTOR || '',
  };
}
