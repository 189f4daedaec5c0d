/**
 * Conditional requests as GitHub answers them: every 200 to a GET carries an
 * ETag (a digest of its body); a GET whose If-None-Match names the current
 * ETag gets 304 Not Modified with no body, and GitHub does not count it
 * against the rate limit (nor GET /rate_limit itself).
 */
import { createHash } from 'node:crypto';

/** The ETag of an answer's body, in GitHub's weak form. */
export function etagOf(payload: string): string {
  return `W/"${createHash('sha256').update(payload).digest('hex').slice(0, 40)}"`;
}

/** True when If-None-Match names this ETag (or any, `*`); weak and strong forms compare alike. */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string): string => t.trim().replace(/^W\//, '');
  const wanted = (Array.isArray(header) ? header.join(',') : header).split(',');
  return wanted.some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/** Requests GitHub does not count against the primary rate limit. */
export function isFreeRequest(method: string, route: string | undefined, status: number): boolean {
  return status === 304 || (method === 'GET' && route === '/rate_limit');
}
