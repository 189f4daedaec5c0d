/**
 * The vocabulary of a health gate, shared by the pure decision logic (here),
 * the probes (packages/probes) and the health-gate action.
 */

/** How a gate (or one check on one target) ended, as Argo Rollouts names it. */
export const VERDICTS = ['Successful', 'Failed', 'Inconclusive', 'Error'] as const;
/** A final verdict. */
export type Verdict = (typeof VERDICTS)[number];
/** A verdict, or Running while no verdict is certain yet. */
export type CheckVerdict = Verdict | 'Running';

/**
 * What one probe found. `fail` means it measured and the value was bad;
 * `error` means it could not measure (timeout, refused, bad query, empty result):
 * the two are counted apart, as Argo Rollouts does.
 */
export type ProbeStatus = 'pass' | 'fail' | 'error';

/** The result of one probe of one check on one target. */
export interface ProbeResult {
  status: ProbeStatus;
  /** The measured number, when the probe has one (status code, query result, latency…). */
  value?: number;
  /** The baseline query's value at the same instant (prometheus checks with a baseline). */
  baseline?: number;
  /** What was seen, for people: "status 503", "connect ECONNREFUSED", "exit 2". */
  message: string;
  /** How long the probe took, in ms. */
  latencyMs: number;
  /** Captured output of a command probe (truncated). */
  output?: string;
}

/** One probe result, placed in time and attributed to its target and check. */
export interface Sample extends ProbeResult {
  target: string;
  check: string;
  /** Round number, from 0. */
  round: number;
  /** When the probe started, ms since the epoch of the injected clock. */
  at: number;
}

/** How one check turns samples into a verdict. */
export interface CheckRules {
  /** critical: the first failure fails the check; warning: the failure-limit-th failure does. */
  severity: 'critical' | 'warning';
  /** Cumulative failures that fail a warning check. */
  failureLimit: number;
  /** Errors in a row that end the check in Error. */
  consecutiveErrorLimit: number;
  /** Optional comparison against a baseline at the end of the soak. */
  baseline?: BaselineRules;
}

/** How a canary is compared with its baseline (see compareToBaseline). */
export interface BaselineRules {
  /** The canary may be worse than the baseline by this ratio (1.2 = 20% worse). */
  maxRatio: number;
  /** Confidence required to call the canary worse (0.98). */
  confidence: number;
  /** increase: higher is worse; decrease: lower is worse. */
  direction: 'increase' | 'decrease';
  /** An absolute difference always tolerated. */
  minDifference: number;
}

/**
 * Time, injected: the action passes a real clock, unit tests a fake one that
 * jumps instead of sleeping.
 */
export interface GateClock {
  /** Current time in ms. */
  now(): number;
  /** Resolves after `ms` (or at once when the signal aborts). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Calls `fire` once `ms` of real time have passed, without moving the
   * clock; returns a function that cancels it. The gate arms its deadline with
   * it, so a probe that never answers cannot hold the gate. A fake clock may
   * leave it out when its probes always answer.
   */
  setAlarm?(ms: number, fire: () => void): () => void;
}
