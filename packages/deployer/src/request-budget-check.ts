import { decideRequestBudget, predictRolloutRequests, type Plan, type RequestBudgetMode, type RequestPrediction, type Stage } from '@stagegate/core';
import { readRateLimit, type GitHubClient } from '@stagegate/github';

/**
 * The request budget as the root action, run-stage and `stagegate run` check
 * it before a rollout: predict the rollout's requests from the plan, read the
 * token's remaining requests once (GET /rate_limit is free), and go, wait for
 * the reset (bounded), or refuse before anything is deployed.
 */

/** The rollout cannot finish within the token's requests: nothing was deployed. */
export class RequestBudgetError extends Error {
  /** The prediction that did not fit. */
  readonly prediction: RequestPrediction;
  constructor(message: string, prediction: RequestPrediction) {
    super(message);
    this.name = 'RequestBudgetError';
    this.prediction = prediction;
  }
}

/** Options of {@link checkRequestBudget}. */
export interface RequestBudgetCheck {
  client: GitHubClient;
  plan: Plan;
  /** The stages this rollout runs. */
  stages: readonly Stage[];
  mode: RequestBudgetMode;
  /** The rollout lock is taken (it costs requests too). */
  lock: boolean;
  /** Targets the run's status file reads at its end (the root action's: every target of the plan). */
  statusFileTargets?: number;
  /** The freeze record is read before the stages (the pipeline; not run-stage). Default true. */
  freeze?: boolean;
  log: { info(message: string): void };
  signal?: AbortSignal;
  /** Longest wait for the reset in `wait` mode. Default 61 minutes (a window is one hour). */
  maxWaitMs?: number;
  now?: () => number;
}

/**
 * Checks the budget; resolves with the prediction when the rollout may go
 * (after waiting for the reset if it had to), throws a RequestBudgetError
 * naming the numbers otherwise. `off` predicts and reads nothing.
 */
export async function checkRequestBudget(o: RequestBudgetCheck): Promise<RequestPrediction | undefined> {
  if (o.mode === 'off') return undefined;
  const prediction = predictRolloutRequests(o.plan, { stages: o.stages, lock: o.lock, freeze: o.freeze, statusFileTargets: o.statusFileTargets });
  const rate = await readRateLimit(o.client);
  if (!rate) {
    o.log.info(`request budget: GitHub reports no rate limit here (GET /rate_limit); this rollout needs about ${prediction.worstCase.total} requests; not checked`);
    return prediction;
  }
  const now = o.now ?? Date.now;
  const decision = decideRequestBudget(prediction, rate, o.mode, now(), o.maxWaitMs ?? 61 * 60_000);
  if (decision.kind === 'refuse') throw new RequestBudgetError(decision.message, prediction);
  o.log.info(decision.message);
  if (decision.kind === 'wait') await sleepUntil(decision.untilMs + 1000, now, o.signal);
  return prediction;
}

/** Sleeps on a timer we own until `untilMs`; the runner's cancellation ends the wait with an error. */
function sleepUntil(untilMs: number, now: () => number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      clearTimeout(timer);
      reject(new Error('stopped waiting for the GitHub rate limit to reset: the run was cancelled; nothing was deployed'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, Math.max(0, untilMs - now()));
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
  });
}
