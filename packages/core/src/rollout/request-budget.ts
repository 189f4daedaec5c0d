import { ConfigError } from '../errors.js';
import { environmentFor } from '../plan-resolve.js';
import type { Plan, Stage } from '../plan-schema.js';
import { freezeEnvironmentOf } from './freeze.js';
import { lockEnvironmentsOf } from './rollout-lock.js';

/**
 * How many GitHub API requests a rollout makes, predicted from its plan, and
 * whether they fit in what the token has left. No I/O: the adapter reads the
 * remaining requests (GET /rate_limit, which is free) and acts on the decision.
 *
 * The model follows what the pipeline sends: per rollout lock environment a
 * claim, a list, a status and a release; a read of the freeze record; one shared list of the repository's
 * deployments per 100 targets; per target a status read of its previous
 * deployment, then two writes (the deployment and its final status), plus a
 * third in an environment named exactly `production`, where GitHub's
 * auto_inactive does not retire the old one. A failed gate writes a failure
 * status on each target it blames (worst case: all of its stage's), and a
 * rollback two writes per target it puts back. The root action's status file
 * reads three more per target at the end of the run.
 */

/** Requests of one outcome of the rollout. */
export interface RequestCount {
  reads: number;
  writes: number;
  total: number;
}

/** What a rollout will cost: when every stage passes, and when the costliest stage fails. */
export interface RequestPrediction {
  targets: number;
  success: RequestCount;
  /** The costliest failure: the stage whose on-failure policy makes the most requests. */
  worstCase: RequestCount & { failingStage: string };
}

/** Which stages run and whether the rollout lock is taken. */
export interface PredictOptions {
  stages: readonly Stage[];
  /** The rollout lock is taken (lock: wait or fail). Default true. */
  lock?: boolean;
  /** The freeze record is read before the stages (the pipeline does; run-stage does not). Default true. */
  freeze?: boolean;
  /**
   * Targets whose status the root action reads at the end of a run for its status file: a list of
   * the environment and the statuses of its newest two deployments, three reads each. Default 0.
   */
  statusFileTargets?: number;
}

const count = (reads: number, writes: number): RequestCount => ({ reads, writes, total: reads + writes });

/** Predicts the requests of a rollout of `options.stages` of `plan` (see the module comment). */
export function predictRolloutRequests(plan: Plan, options: PredictOptions): RequestPrediction {
  const stages = options.stages;
  const targets = stages.reduce((n, s) => n + s.targets.length, 0);
  const locks = options.lock === false ? 0 : lockEnvironmentsOf(plan).length;
  // The freeze record is read before each stage; a repeat of the same list is a free 304 (ETag).
  const freezes = options.freeze === false ? 0 : new Set(stages.map((s) => freezeEnvironmentOf(plan, s))).size;
  const baseReads = locks + freezes + Math.max(1, Math.ceil(targets / 100)) + targets + 3 * (options.statusFileTargets ?? 0);
  const baseWrites = 3 * locks;
  const deployWrites = (s: Stage): number => s.targets.reduce((n, t) => n + (environmentFor(plan, t, s) === 'production' ? 3 : 2), 0);
  const allDeploys = stages.reduce((n, s) => n + deployWrites(s), 0);
  const success = count(baseReads, baseWrites + allDeploys);
  let worst = { ...success, failingStage: stages[0]?.name ?? '' };
  let deployedSoFar = 0;
  let touched = 0;
  for (const s of stages) {
    deployedSoFar += deployWrites(s);
    touched += s.targets.length;
    const blame = s.targets.length;
    const policy = s['on-failure'];
    // continue goes on with every later stage; the others stop here.
    const deploys = policy === 'continue' ? allDeploys : deployedSoFar;
    const rolledBack = policy === 'rollback-all' ? touched : policy === 'rollback-stage' ? s.targets.length : 0;
    const writes = baseWrites + deploys + blame + 2 * rolledBack;
    if (writes >= worst.writes) worst = { ...count(baseReads, writes), failingStage: s.name };
  }
  return { targets, success, worstCase: worst };
}

/** The token's primary rate limit, as GitHub reports it. */
export interface RateLimitReading {
  limit: number;
  remaining: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

/** What to do when the rollout may not fit: refuse at once, wait for the reset (bounded), or not check. */
export type RequestBudgetMode = 'refuse' | 'wait' | 'off';

/** The modes, for input parsing. */
export const REQUEST_BUDGET_MODES = ['refuse', 'wait', 'off'] as const;

/** The budget's verdict. */
export type BudgetDecision =
  | { kind: 'fits'; message: string }
  | { kind: 'wait'; untilMs: number; message: string }
  | { kind: 'refuse'; message: string };

const hhmm = (ms: number): string => `${new Date(ms).toISOString().slice(11, 16)} UTC`;

/**
 * Decides whether a rollout's worst case fits in the requests left. `wait`
 * waits for the reset only when the full window would hold the rollout and
 * the reset comes within `maxWaitMs`; otherwise it refuses like `refuse`.
 */
export function decideRequestBudget(p: RequestPrediction, rate: RateLimitReading, mode: RequestBudgetMode, nowMs: number, maxWaitMs: number): BudgetDecision {
  const need = p.worstCase;
  const resetMs = rate.reset * 1000;
  const needs = `this rollout of ${p.targets} target${p.targets === 1 ? '' : 's'} needs about ${need.total} GitHub API requests (${need.writes} writes) at worst (stage ${need.failingStage} failing under its on-failure policy), ${p.success.total} if every stage passes`;
  const left = `${rate.remaining} of ${rate.limit} remain until ${hhmm(resetMs)}`;
  if (mode === 'off' || need.total <= rate.remaining) return { kind: 'fits', message: `request budget: ${needs}; ${left}` };
  const waitMs = Math.max(0, resetMs - nowMs);
  if (need.total > rate.limit) {
    return { kind: 'refuse', message: `request budget: ${needs}; the token allows only ${rate.limit} an hour (${left}); nothing was deployed. Next: use a GitHub App installation token (5,000 an hour or more) or split the rollout (only / start-at, or shards), or set request-budget: off to go anyway` };
  }
  if (mode === 'wait' && waitMs <= maxWaitMs) return { kind: 'wait', untilMs: resetMs, message: `request budget: ${needs}; ${left}: waiting ${Math.ceil(waitMs / 60_000)} min for the reset` };
  return { kind: 'refuse', message: `request budget: ${needs}; ${left}; nothing was deployed. Next: re-run after ${hhmm(resetMs)}, set request-budget: wait, or set request-budget: off to go anyway` };
}

/** Parses the request-budget input (empty: refuse). */
export function parseRequestBudgetMode(text: string, input = 'input request-budget'): RequestBudgetMode {
  const value = text.trim() || 'refuse';
  if ((REQUEST_BUDGET_MODES as readonly string[]).includes(value)) return value as RequestBudgetMode;
  throw new ConfigError([{ path: input, message: `expected one of ${REQUEST_BUDGET_MODES.join(', ')}; got ${JSON.stringify(text)}` }]);
}
