import type { RateLimitReading } from '@stagegate/core';
import type { GitHubClient } from './client.js';

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
