/**
 * The primary rate limit as GitHub reports it in x-ratelimit-* headers. The fake
 * never refuses on its own count (tests would become order-dependent); refusals
 * come from injected faults, which these headers then describe. Conditional
 * requests as GitHub answers them: every 200 to a GET carries an ETag (a
 * digest of its body); a GET whose If-None-Match names it gets 304 Not
 * Modified with no body, which GitHub does not count (nor GET /rate_limit).
 */
import { createHash } from 'node:crypto';

/** Counters of the `core` resource. */
export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  reset: number;
  used: number;
}

/** Counts requests in a one-hour window, like GitHub's core resource. */
export class RateLimiter {
  private used = 0;
  private reset = RateLimiter.nextReset();

  constructor(public limit = 5000) {}

  private static nextReset(): number {
    return Math.floor(Date.now() / 1000) + 3600;
  }

  /** Counts one request; the window restarts when its reset time has passed. */
  count(): void {
    if (Date.now() / 1000 >= this.reset) {
      this.used = 0;
      this.reset = RateLimiter.nextReset();
    }
    this.used++;
  }

  /**
   * Sets the window as a test needs it: how many requests remain (the used
   * count follows), the limit, and when it resets. The fake still never
   * refuses on its count; it reports it.
   */
  set(o: { remaining?: number; limit?: number; resetInSeconds?: number }): void {
    if (o.limit !== undefined) this.limit = o.limit;
    if (o.resetInSeconds !== undefined) this.reset = Math.floor(Date.now() / 1000) + o.resetInSeconds;
    if (o.remaining !== undefined) this.used = Math.max(0, this.limit - o.remaining);
  }

  /** Current counters (remaining never drops below 0). */
  snapshot(): RateLimitSnapshot {
    return { limit: this.limit, remaining: Math.max(this.limit - this.used, 0), reset: this.reset, used: this.used };
  }

  /** The headers every GitHub REST response carries. */
  headers(override: Partial<RateLimitSnapshot> = {}): Record<string, string> {
    const s = { ...this.snapshot(), ...override };
    return {
      'x-ratelimit-limit': String(s.limit),
      'x-ratelimit-remaining': String(s.remaining),
      'x-ratelimit-reset': String(s.reset),
      'x-ratelimit-used': String(s.used),
      'x-ratelimit-resource': 'core',
    };
  }
}

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
