import { RequestError } from '@octokit/request-error';
import type { Octokit } from '@octokit/core';

/**
 * Bounds on every GitHub request: a timeout per attempt and a budget for the
 * whole request with its retries and waits. Both run on timers we own and an
 * AbortController per attempt handed to fetch as `request.signal`, never on
 * `AbortSignal.any` + `AbortSignal.timeout`, which stops firing after a garbage
 * collection on Node 20: a hung status write would otherwise hold a rollback.
 */

/** What one request may spend. */
export interface RequestBounds {
  /** Longest wait for one attempt's answer, in ms. */
  timeoutMs: number;
  /** Longest time for the request with all its retries, backoff and rate-limit waits, in ms. */
  budgetMs: number;
}

/** The budget of one request, shared by its attempts (carried in `options.request`). */
interface Budget {
  deadline: number;
  attempts: number;
  /** Why the last attempt failed, for the message when the budget runs out. */
  lastFailure?: string;
  /** The caller's own signal, if any: aborting it aborts the attempt in flight. */
  callerSignal?: AbortSignal;
}

const KEY = 'stagegateBudget';

type HookOptions = { method?: string; url?: string; request?: Record<string, unknown> & { signal?: AbortSignal } };

/**
 * A request that got no answer in time. It carries status 408 so that the
 * retry plugin treats it like a network failure and tries again while the
 * budget lasts; its message names the method, the route and the timeout.
 */
export class GitHubTimeoutError extends RequestError {
  /** Marks the error as ours: no HTTP status came from GitHub. */
  readonly timedOut = true;
  constructor(message: string, options: HookOptions) {
    super(message, 408, { request: options as never });
    Object.defineProperty(this, 'name', { value: 'GitHubTimeoutError' });
  }
}

/** Milliseconds as people read them: 30 s, 1.5 s, 250 ms. */
function showMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

function routeOf(options: HookOptions): string {
  return `${(options.method ?? 'GET').toUpperCase()} ${options.url ?? '?'}`;
}

/** Milliseconds left in the budget of a request, Infinity when it has none. */
export function budgetLeft(options: unknown): number {
  const budget = (options as HookOptions | undefined)?.request?.[KEY] as Budget | undefined;
  return budget ? budget.deadline - Date.now() : Infinity;
}

/**
 * Octokit plugin for one attempt; register it before the retry plugin so it
 * wraps each attempt, not the whole retried request. Hooks share one options
 * object per request (before-after-hook binds it), so the attempt's signal is
 * set on that object, never passed as a new one.
 */
export function boundEachAttempt(bounds: RequestBounds) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options: HookOptions) => {
      const budget = options.request?.[KEY] as Budget | undefined;
      const left = budget ? budget.deadline - Date.now() : Infinity;
      if (left <= 0) throw new GitHubTimeoutError(budgetMessage(options, bounds, budget), options);
      const ms = Math.min(bounds.timeoutMs, left);
      const controller = new AbortController();
      const callerSignal = budget ? budget.callerSignal : options.request?.signal;
      const forward = (): void => controller.abort(callerSignal?.reason);
      if (callerSignal?.aborted) forward();
      callerSignal?.addEventListener('abort', forward, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new Error(`timed out after ${showMs(ms)}`));
      }, ms);
      if (budget) budget.attempts++;
      options.request = { ...options.request, signal: controller.signal };
      const failure = (): GitHubTimeoutError => {
        const what = ms < bounds.timeoutMs
          ? budgetMessage(options, bounds, budget)
          : `GitHub ${routeOf(options)} timed out: no answer within ${showMs(ms)} (request timeout ${showMs(bounds.timeoutMs)})`;
        if (budget) budget.lastFailure = `no answer within ${showMs(ms)}`;
        return new GitHubTimeoutError(what, options);
      };
      try {
        const response = await request(options as never);
        // octokit swallows a body read that was aborted: an answer cut off by our timer is no answer.
        if (timedOut) throw failure();
        return response;
      } catch (e) {
        if (timedOut) throw failure();
        if (budget) budget.lastFailure = (e as { status?: number }).status ? `${(e as { status: number }).status} ${(e as Error).message}` : (e as Error).message;
        throw e;
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener('abort', forward);
      }
    });
    return {};
  };
}

/**
 * Octokit plugin for the whole request; register it after the retry and
 * throttling plugins so its budget covers their waits. When the budget runs
 * out the request fails at once; a retry still sleeping behind it finds the
 * budget spent and sends nothing.
 */
export function boundWholeRequest(bounds: RequestBounds) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options: HookOptions) => {
      if (options.request?.[KEY]) return request(options as never);
      const budget: Budget = { deadline: Date.now() + bounds.budgetMs, attempts: 0, callerSignal: options.request?.signal };
      options.request = { ...options.request, [KEY]: budget };
      let timer: NodeJS.Timeout | undefined;
      const spent = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new GitHubTimeoutError(budgetMessage(options, bounds, budget), options)), bounds.budgetMs);
      });
      try {
        return await Promise.race([request(options as never), spent]);
      } finally {
        clearTimeout(timer);
      }
    });
    return {};
  };
}

function budgetMessage(options: HookOptions, bounds: RequestBounds, budget: Budget | undefined): string {
  const tries = budget ? `${budget.attempts} attempt${budget.attempts === 1 ? '' : 's'}` : 'its attempts';
  const last = budget?.lastFailure ? `; last: ${budget.lastFailure}` : '';
  return `GitHub ${routeOf(options)} timed out: gave up after ${tries} in ${showMs(bounds.budgetMs)} (retry budget ${showMs(bounds.budgetMs)}, request timeout ${showMs(bounds.timeoutMs)}${last})`;
}
