import type { RateLimitReading } from '@stagegate/core';
import type { Octokit } from '@octokit/core';
import type { GitHubClient } from './client.js';

/**
 * Spending the token's hourly requests with care: how many remain (read for
 * free), and conditional requests that cost nothing when nothing changed.
 */

/**
 * Reads the token's primary rate limit (the `core` resource) from
 * GET /rate_limit, which GitHub does not count against the limit. Undefined
 * when the server has no rate limit to report (GHES with rate limiting off
 * answers 404) or cannot be asked: the caller then goes on unchecked.
 */
export async function readRateLimit(client: GitHubClient): Promise<RateLimitReading | undefined> {
  try {
    const res = await client.request('GET /rate_limit');
    const core = (res.data as { resources?: { core?: Partial<RateLimitReading> } }).resources?.core;
    if (!core || typeof core.remaining !== 'number' || typeof core.limit !== 'number' || typeof core.reset !== 'number') return undefined;
    return { limit: core.limit, remaining: core.remaining, reset: core.reset };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}

/**
 * Conditional requests: a GET repeated within a run (the rollout lock's look
 * at its claims while it waits, a status read again) carries the ETag of its
 * last answer in If-None-Match; GitHub answers 304 Not Modified when nothing
 * changed, and a 304 does not count against the rate limit. octokit throws on
 * a 304, so the remembered answer is handed back instead. The memory is
 * bounded: the oldest answers are forgotten first.
 */

/** Answers remembered at most (the oldest go first). */
export const MAX_REMEMBERED_ANSWERS = 500;

type Answer = { etag: string; response: { status: number; url: string; headers: Record<string, unknown>; data: unknown } };
type HookOptions = { method?: string; url?: string; headers?: Record<string, unknown> };

/** Octokit plugin: remembers GET answers by URL with their ETag and reuses them on a 304. */
export function reuseUnchangedAnswers(max = MAX_REMEMBERED_ANSWERS) {
  return (octokit: Octokit) => {
    const answers = new Map<string, Answer>();
    octokit.hook.wrap('request', async (request, hookOptions) => {
      const options = hookOptions as HookOptions;
      if ((options.method ?? 'GET').toUpperCase() !== 'GET') return request(options as never);
      const key = octokit.request.endpoint(options as never).url;
      const known = answers.get(key);
      if (known) options.headers = { ...options.headers, 'if-none-match': known.etag };
      try {
        const response = await request(options as never);
        const etag = (response.headers as Record<string, unknown>).etag;
        answers.delete(key);
        if (typeof etag === 'string' && etag) {
          answers.set(key, { etag, response: response as Answer['response'] });
          if (answers.size > max) answers.delete(answers.keys().next().value as string);
        }
        return response;
      } catch (e) {
        if ((e as { status?: number }).status !== 304 || !known) throw e;
        // Nothing changed: the remembered answer, with this answer's headers (fresh rate-limit figures).
        const headers = (e as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
        return { ...known.response, headers: { ...known.response.headers, ...headers } } as never;
      }
    });
    return {};
  };
}
