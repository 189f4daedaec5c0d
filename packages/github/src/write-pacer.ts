/**
 * Paces content-creating requests (every POST, PATCH, PUT, DELETE) under the
 * rate GitHub asks of integrations: at most about 80 a minute (and 500 an
 * hour), else secondary rate limits answer 403 with retry-after. A token
 * bucket: a burst goes out at once (a seven-target rollout is never slowed),
 * a long run settles at the sustained rate. A write that would wait longer
 * than the bound is refused at once instead of queueing forever: the caller's
 * record keeper retries it, then lists it as unrecorded. A rollback's command
 * never waits here: its records are written in the background.
 */

/** How writes are paced. */
export interface WritePacing {
  /** Writes that may go out at once before pacing starts. Default 30. */
  burst?: number;
  /** Sustained writes a minute; burst + one minute's rate stays at or under 80. Default 50. */
  perMinute?: number;
  /** Longest wait of one write for its turn, in ms; a longer one is refused. Default 60000. */
  maxWaitMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** A write the pacer refused: its turn is further away than the bound. */
export class WritePacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WritePacingError';
  }
}

/**
 * The pacer, in the shape of the Bottleneck group @octokit/plugin-throttling
 * schedules writes on (`write.key(id).schedule(options, fn)`): the plugin
 * awaits that schedule before each write, and gives a retry weight 0, so a
 * retry spends no token.
 */
export class WritePacer {
  private tokens: number;
  private last: number;
  private notBefore = 0;
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(pacing: WritePacing = {}) {
    this.burst = pacing.burst ?? 30;
    this.perMs = (pacing.perMinute ?? 50) / 60_000;
    this.maxWaitMs = pacing.maxWaitMs ?? 60_000;
    this.now = pacing.now ?? Date.now;
    this.tokens = this.burst;
    this.last = this.now();
  }

  /**
   * Takes the next turn and says how long to wait for it, in ms. Turns are
   * handed out in order, so the bucket may go into debt: the waits grow one
   * interval per queued write. Throws when the wait would pass the bound.
   */
  reserve(): number {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
    const wait = Math.max(this.tokens >= 1 ? 0 : (1 - this.tokens) / this.perMs, this.notBefore - now);
    if (wait > this.maxWaitMs) {
      throw new WritePacingError(`GitHub write not sent: its turn is ${Math.ceil(wait / 1000)} s away (writes paced at ${Math.round(this.perMs * 60_000)} a minute after a burst of ${this.burst}), more than the ${this.maxWaitMs / 1000} s a write may wait; it is retried or listed as unrecorded`);
    }
    this.tokens -= 1;
    return wait;
  }

  /** Holds every write back for `ms` (a secondary rate limit's retry-after). */
  holdFor(ms: number): void {
    this.notBefore = Math.max(this.notBefore, this.now() + ms);
  }

  /** The plugin's view: one shared queue whatever the key. */
  key(): { schedule<T>(options: { weight?: number } | undefined, fn: () => Promise<T>): Promise<T> } {
    return {
      schedule: async <T>(options: { weight?: number } | undefined, fn: () => Promise<T>): Promise<T> => {
        if (options?.weight === 0) return fn();
        const wait = this.reserve();
        if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
        return fn();
      },
    };
  }
}
