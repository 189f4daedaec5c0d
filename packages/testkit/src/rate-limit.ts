/**
 * The primary rate limit as GitHub reports it in x-ratelimit-* headers. The fake
 * never refuses on its own count (tests would become order-dependent); refusals
 * come from injected faults, which these headers then describe.
 */

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
