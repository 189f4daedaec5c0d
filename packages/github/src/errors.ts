/**
 * An error from the GitHub API that a user can fix (permissions, a bad token),
 * with a message that says how.
 */
export class GitHubAccessError extends Error {
  /** HTTP status GitHub answered. */
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'GitHubAccessError';
    this.status = status;
  }
}

/**
 * Rewrites an octokit error into one a user can act on. 401 and 403 "Resource
 * not accessible by integration" name the missing workflow permission; other
 * errors keep GitHub's message and gain what we were doing.
 */
export function explainGitHubError(e: unknown, doing: string, permission = 'deployments: write'): Error {
  const err = e as { status?: number; timedOut?: boolean; message?: string; response?: { data?: { message?: string; errors?: unknown } } };
  // A timeout carries 408 only for the retry plugin: GitHub answered nothing.
  const status = err.timedOut ? 0 : (err.status ?? 0);
  const ghMessage = err.response?.data?.message ?? err.message ?? String(e);
  if (status === 401) return new GitHubAccessError(`GitHub rejected the token while ${doing} (401 ${ghMessage}): check the token input (GITHUB_TOKEN or a PAT) is set and valid`, 401);
  if (status === 403 && /not accessible by integration|must have|permission/i.test(ghMessage)) {
    return new GitHubAccessError(
      `GitHub refused ${doing} (403 "${ghMessage}"): the workflow token lacks a permission. Add to the job:\n  permissions:\n    ${permission.replace(': ', ': ')}\n    contents: read`,
      403,
    );
  }
  if (status === 404) return new GitHubAccessError(`GitHub answered 404 while ${doing}: check the repository name and that the token can see it`, 404);
  const detail = err.response?.data?.errors ? ` ${JSON.stringify(err.response.data.errors)}` : '';
  const out = new Error(`GitHub API error while ${doing}${status ? ` (${status})` : ''}: ${ghMessage}${detail}`);
  (out as Error & { status?: number }).status = status;
  return out;
}
