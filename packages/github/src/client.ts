import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from '@octokit/core';
import { reuseUnchangedAnswers } from './rate-limit.js';
import { boundEachAttempt, boundWholeRequest, budgetLeft } from './request-bounds.js';
import { paceWrites, UNQUEUED_WRITES, WritePacer, type WritePacing } from './write-pacer.js';

/** The octokit client stagegate uses: @actions/github with retry and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** How the client talks to GitHub. */
export interface ClientOptions {
  /** A token with `deployments: write` (GITHUB_TOKEN works). */
  token: string;
  /** API base URL, e.g. https://api.github.com or a GHES/fake URL. */
  baseUrl?: string;
  /** Retries of 5xx and network errors (and of rate limits). Default 4. */
  retries?: number;
  /** Base of the backoff between 5xx retries, in ms (waits base × n²). Default 1000. */
  backoffBaseMs?: number;
  /** Longest wait honoured for a rate limit before giving up, in seconds. Default 600. */
  maxRateLimitWaitSeconds?: number;
  /** How content-creating requests are paced (a burst, then under GitHub's ~80 a minute); see write-pacer.ts. */
  writePacing?: WritePacing;
  /** Longest wait for one answer from GitHub, in ms; a request that hangs fails after it. Default 30000. */
  timeoutMs?: number;
  /**
   * Longest time one request may take with its retries, backoff and rate-limit
   * waits, in ms: a 502 storm or a hung write fails within it. Default 60000.
   */
  retryBudgetMs?: number;
  /** Called when the client waits for a rate limit (for logs). */
  onWait?: (message: string) => void;
}

/**
 * Creates the client. 5xx, network errors and timeouts are retried with
 * backoff by @octokit/plugin-retry; 403 secondary limits and exhausted quotas
 * are waited out by @octokit/plugin-throttling (retry-after,
 * x-ratelimit-reset); a 429 that carries retry-after is waited out here. 4xx
 * validation errors are never retried. Every attempt has a timeout and every
 * request a total budget (see request-bounds.ts): no wait longer than the
 * budget left is ever started. Writes are paced (write-pacer.ts), and a
 * GET repeated with the ETag of its last answer costs nothing when GitHub
 * answers 304 (rate-limit.ts).
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 4;
  const base = options.backoffBaseMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 600;
  const log = options.onWait ?? (() => {});
  const bounds = { timeoutMs: options.timeoutMs ?? 30_000, budgetMs: options.retryBudgetMs ?? 60_000 };
  const pacer = new WritePacer(options.writePacing);
  const onLimit = (kind: string) => (retryAfter: number, req: { method?: string; url?: string }, _o: unknown, retryCount: number): boolean => {
    // A secondary limit is about the pace of writes: hold every write back, not only this one.
    if (kind === 'secondary rate limit') pacer.holdFor(retryAfter * 1000);
    if (retryCount >= retries || retryAfter > maxWait || retryAfter * 1000 >= budgetLeft(req)) return false;
    log(`GitHub ${kind} on ${req.method} ${req.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${retries})`);
    return true;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl ?? 'https://api.github.com',
      // 429 is handled by retryAfter429 below so that its retry-after is honoured.
      retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        // The plugin's own write queue sends one write a second, which would stretch a small
        // rollout's burst; paceWrites lets a burst through and paces a long run under GitHub's rate.
        write: UNQUEUED_WRITES as never,
      },
    },
    // Order matters: plugins registered first wrap innermost, so the timeout
    // bounds each attempt and the budget bounds retries and waits together;
    // a 304 becomes the remembered answer before retry or throttling see it.
    reuseUnchangedAnswers(),
    boundEachAttempt(bounds),
    retry,
    throttling,
    retryAfter429(retries, maxWait, log),
    boundWholeRequest(bounds),
    paceWrites(pacer),
  );
}

/** Octokit plugin: waits out a 429 for the seconds its retry-after names. */
function retryAfter429(retries: number, maxWait: number, log: (m: string) => void) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, opts) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(opts);
        } catch (e) {
          const err = e as { status?: number; response?: { headers?: Record<string, string | undefined> } };
          const after = Number(err.response?.headers?.['retry-after']);
          if (err.status !== 429 || attempt >= retries || !Number.isFinite(after) || after > maxWait || after * 1000 >= budgetLeft(opts)) throw e;
          log(`GitHub 429 on ${opts.method} ${opts.url}: waiting ${after}s as retry-after asks`);
          await new Promise((r) => setTimeout(r, Math.max(0, after) * 1000));
        }
      }
    });
    return {};
  };
}
