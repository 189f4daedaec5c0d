import type { CheckRules, CheckVerdict, Sample } from './types.js';

/** Everything the gate knows about one check on one target. */
export interface CheckTally {
  target: string;
  check: string;
  rules: CheckRules;
  /** Probes made. */
  samples: number;
  successes: number;
  /** Measured failures, cumulative (Argo's failureLimit counts these). */
  failures: number;
  /** Errors in total (reported) … */
  errors: number;
  /** … and in a row (decides; a pass or a failure resets it, as in Argo). */
  consecutiveErrors: number;
  /** Passes in a row at the end of the samples so far. */
  consecutiveSuccesses: number;
  /** The last measured number, if any. */
  lastValue: number | undefined;
  /** The last probe's message. */
  lastMessage: string;
  /** Running until a rule makes the outcome certain. */
  verdict: CheckVerdict;
  /** Why the verdict is what it is, for people. */
  reason: string;
}

/** A fresh tally for one check on one target. */
export function createTally(target: string, check: string, rules: CheckRules): CheckTally {
  return { target, check, rules, samples: 0, successes: 0, failures: 0, errors: 0, consecutiveErrors: 0, consecutiveSuccesses: 0, lastValue: undefined, lastMessage: '', verdict: 'Running', reason: 'no samples yet' };
}

/**
 * Adds one sample and applies the verdict rules. Once a tally has a final
 * verdict, later samples (from probes already in flight) are counted but do
 * not change it: a gate never un-fails.
 */
export function recordSample(tally: CheckTally, sample: Sample): CheckTally {
  const t: CheckTally = { ...tally, samples: tally.samples + 1, lastMessage: sample.message };
  if (sample.value !== undefined) t.lastValue = sample.value;
  if (sample.status === 'pass') {
    t.successes++;
    t.consecutiveSuccesses++;
    t.consecutiveErrors = 0;
  } else if (sample.status === 'fail') {
    t.failures++;
    t.consecutiveSuccesses = 0;
    t.consecutiveErrors = 0;
  } else {
    t.errors++;
    t.consecutiveErrors++;
    t.consecutiveSuccesses = 0;
  }
  if (tally.verdict !== 'Running') return t;
  const { severity, failureLimit, consecutiveErrorLimit } = t.rules;
  // A critical check tolerates no failure: that is what P0 means.
  const limit = severity === 'critical' ? 1 : failureLimit;
  if (t.failures >= limit) {
    t.verdict = 'Failed';
    t.reason = severity === 'critical' ? `critical check failed: ${sample.message}` : `${t.failures} failures reached the failure-limit ${limit}: ${sample.message}`;
  } else if (t.consecutiveErrors >= consecutiveErrorLimit) {
    t.verdict = 'Error';
    t.reason = `${t.consecutiveErrors} errors in a row reached the consecutive-error-limit ${consecutiveErrorLimit}: ${sample.message}`;
  } else {
    t.reason = describeRunning(t);
  }
  return t;
}

/** True when the tally has the passes in a row that the gate asks for. */
export function hasEnoughSuccesses(tally: CheckTally, consecutiveSuccess: number): boolean {
  return tally.consecutiveSuccesses >= Math.max(1, consecutiveSuccess);
}

function describeRunning(t: CheckTally): string {
  const parts = [`${t.successes}/${t.samples} passed`];
  if (t.failures) parts.push(`${t.failures} failed`);
  if (t.errors) parts.push(`${t.errors} errors`);
  return parts.join(', ');
}
