import type { BaselineComparison } from './baseline.js';
import { hasEnoughSuccesses, type CheckTally } from './check-tally.js';
import type { Sample, Verdict } from './types.js';

/** The outcome of one check on one target, as reported. */
export interface CheckResult {
  target: string;
  check: string;
  severity: 'critical' | 'warning';
  samples: number;
  failures: number;
  errors: number;
  lastValue: number | null;
  verdict: Verdict;
  reason: string;
  /** What its last sample observed (e.g. `503 (expected 200) — body {"status":"degraded"}`). */
  observed?: string;
  /** The baseline comparison, for prometheus checks that have one (judged when the soak ends). */
  baseline?: BaselineComparison;
}

/** What a gate decided and everything it saw. */
export interface GateResult {
  verdict: Verdict;
  /** Why, in one line. */
  reason: string;
  /** One entry per target and check, in plan order. */
  checks: CheckResult[];
  /** The checks whose verdict is Failed or Error. */
  failedChecks: CheckResult[];
  /** Clock times (ms) of the start and the end of the gate. */
  startedAt: number;
  endedAt: number;
  /** Rounds of probes started. */
  rounds: number;
  /** Every sample, in the order they arrived. */
  samples: Sample[];
}

/**
 * Turns the tallies into reported results (`baselines` by tally index). A check still Running when the
 * gate ended (another check decided it) is Successful if it had its passes,
 * else Inconclusive: it never had the chance to prove itself.
 */
export function summarizeTallies(tallies: readonly CheckTally[], consecutiveSuccess: number, baselines: ReadonlyMap<number, BaselineComparison>): CheckResult[] {
  return tallies.map((t, i) => {
    const base = baselines.get(i);
    let verdict: Verdict;
    let reason = t.reason;
    if (t.verdict !== 'Running') verdict = t.verdict;
    else if (hasEnoughSuccesses(t, consecutiveSuccess) && base?.outcome !== 'insufficient') verdict = 'Successful';
    else {
      verdict = 'Inconclusive';
      reason = base?.outcome === 'insufficient' ? base.reason : `${t.consecutiveSuccesses} passes in a row, needs ${Math.max(1, consecutiveSuccess)} (${t.reason})`;
    }
    return {
      target: t.target,
      check: t.check,
      severity: t.rules.severity,
      samples: t.samples,
      failures: t.failures,
      errors: t.errors,
      lastValue: t.lastValue ?? null,
      verdict,
      reason,
      ...(t.lastMessage ? { observed: t.lastMessage } : {}),
      ...(base ? { baseline: base } : {}),
    };
  });
}

/**
 * A failed check's cause as a person reads it first: where, which check, what
 * was observed: `ewr: health 503 (expected 200) — body {"status":"degraded"}`.
 * A warning check adds the limit it reached; without an observation, the reason.
 */
export function describeCheckCause(c: CheckResult): string {
  if (!c.observed || c.baseline?.outcome === 'worse' || c.verdict === 'Inconclusive') return `${c.target}: ${c.check} ${c.reason}`;
  if (c.verdict === 'Error') return `${c.target}: ${c.check} could not be measured: ${c.observed} (${c.errors} errors)`;
  if (c.severity === 'critical' || c.verdict !== 'Failed') return `${c.target}: ${c.check} ${c.observed}`;
  return `${c.target}: ${c.check} ${c.observed} (${c.failures} failures reached its failure-limit)`;
}
