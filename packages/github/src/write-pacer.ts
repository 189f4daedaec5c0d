import type { Octokit } from '@octokit/core';

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
  /** Sustained writes a minute; burst + one minute's rate stays at or under 80. Default 50; 0 sends writes unpaced. */
  perMinute?: number;
  /** Longest wait of one write for its turn, in ms; a longer one is refused. Default 15 minutes. */
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

/** The pacer: one queue of turns for every write of a client. */
export class WritePacer {
  private tokens: number;
  private last: number;
  private notBefore = 0;
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(pacing: WritePacing = {}) {
    // 0: unpaced (GHES without rate limits, a fake): an endless burst, though a retry-after still holds writes.
    this.burst = pacing.perMinute === 0 ? Infinity : (pacing.burst ?? 30);
    this.perMs = (pacing.perMinute ?? 50) / 60_000;
    this.maxWaitMs = pacing.maxWaitMs ?? 15 * 60_000;
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

  /** Waits for the next turn (throws a WritePacingError when it is further away than the bound). */
  async take(): Promise<void> {
    const wait = this.reserve();
    if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
  }
}

/**
 * Octokit plugin: every write waits for its turn before it starts. Registered
 * outermost, so the wait comes before a request's own budget starts (a
 * queue of a large fleet's writes never times a write out) and retries of a
 * write that already had its turn do not queue again.
 */
export function paceWrites(pacer: WritePacer) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const method = (options.method ?? 'GET').toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') await pacer.take();
      return request(options);
    });
    return {};
  };
}

/** The throttling plugin's write group, made a pass-through: its one-write-a-second queue would stretch every burst. */
export const UNQUEUED_WRITES = { key: () => ({ schedule: <T>(_options: unknown, fn: () => Promise<T>): Promise<T> => fn() }) };
