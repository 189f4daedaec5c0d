import { setMaxListeners } from 'node:events';
import { compareToBaseline, type BaselineComparison } from './baseline.js';
import { createTally, hasEnoughSuccesses, recordSample, type CheckTally } from './check-tally.js';
import { formatDuration } from '../duration.js';
import { DEADLINE_GRACE_MS, linkAbort, raceAbort, startWatchdog } from './gate-deadline.js';
import { summarizeTallies, type CheckResult, type GateResult } from './gate-result.js';
import type { CheckRules, GateClock, ProbeResult, Sample, Verdict } from './types.js';

/** One check to run on one target. `probe` receives it back. */
export interface GateCheckSpec<C = unknown> {
  target: string;
  check: string;
  rules: CheckRules;
  /** Whatever the probe needs (the resolved check definition). */
  detail: C;
}

/** Options of the gate loop: timings in ms, dependencies injected. */
export interface GateLoopOptions<C = unknown> {
  /** Every target × check, in report order. */
  specs: readonly GateCheckSpec<C>[];
  soakMs: number;
  intervalMs: number;
  timeoutMs: number;
  /** Passes in a row each check needs when the soak ends. Default 1. */
  consecutiveSuccess?: number;
  /** Targets probed at once. */
  concurrency: number;
  clock: GateClock;
  /** Probes one check on one target; should not throw (a throw is recorded as an error sample). */
  probe: (spec: GateCheckSpec<C>, signal: AbortSignal) => Promise<ProbeResult>;
  /** Called with each sample as it arrives (progress logs, live charts). */
  onSample?: (sample: Sample, tally: CheckTally) => void;
  /** Cancels the gate: it ends in Error. */
  signal?: AbortSignal;
  /**
   * How long the failing round's completion may take (ms; default
   * BLAME_BUDGET_MS, never past the deadline): a check that has not answered
   * by then stays unjudged, so blaming never holds a rollback for long.
   */
  blameBudgetMs?: number;
}

/** Default time the gate spends, after its first failure, finding the other failing targets. */
export const BLAME_BUDGET_MS = 2000;

/**
 * Probes every target every interval for the soak, and decides. Fails fast:
 * the first sample that makes a check Failed (or Error) ends the gate and
 * aborts probes in flight; the failing round is then completed over every
 * check not yet measured in it, so every failing target is blamed, not only
 * the first. When the soak is over the baselines are judged and, if every
 * check has its passes, the gate is Successful; otherwise probing goes on
 * until the timeout, which ends in Inconclusive (or Error, when the probes
 * cut by it reach a consecutive-error-limit).
 *
 * The timeout is absolute: with a clock that has an alarm, no probe holds the
 * gate past its timeout + DEADLINE_GRACE_MS; a probe cut by it is an error
 * sample saying so.
 */
export async function runGateLoop<C>(o: GateLoopOptions<C>): Promise<GateResult> {
  const { clock } = o;
  const need = Math.max(1, o.consecutiveSuccess ?? 1);
  const startedAt = clock.now();
  const soakEnd = startedAt + o.soakMs;
  const timeoutMs = Math.max(o.timeoutMs, 0);
  const deadline = startedAt + timeoutMs;
  const tallies = o.specs.map((s) => createTally(s.target, s.check, s.rules));
  const samples: Sample[] = [];
  const baselines = new Map<number, BaselineComparison>();
  const watchdog = startWatchdog(clock, timeoutMs + DEADLINE_GRACE_MS);
  // Aborted by a verdict, a cancel or the deadline: probes in flight stop, no new ones start.
  const stop = new AbortController();
  // Every probe in flight listens on it (up to the gate's concurrency, 20 by default) and lets go when
  // it answers: not a leak, so no MaxListenersExceededWarning in the step's log.
  setMaxListeners(0, stop.signal);
  const unlinks = [linkAbort(o.signal, stop), linkAbort(watchdog.signal, stop)];
  let final: { verdict: Verdict; reason: string } | undefined;
  const end = (verdict: Verdict, reason: string): void => {
    if (final) return;
    final = { verdict, reason };
    stop.abort();
  };
  const cutByDeadline = (at: number): ProbeResult => ({ status: 'error', message: `no answer before the gate's timeout of ${formatDuration(timeoutMs)}`, latencyMs: clock.now() - at });

  /** Probes `items` once; `keep` says whether an answer still counts when it arrives. */
  const probeRound = (items: readonly Indexed<C>[], round: number, signal: AbortSignal, keep: () => boolean, measured?: Set<number>): Promise<void> =>
    forEachWithLimit(groupByTarget(items), o.concurrency, async (group) => {
      await Promise.all(group.map(async ({ spec, i }) => {
        const at = clock.now();
        let result: ProbeResult;
        try {
          result = await raceAbort(o.probe(spec, signal), signal);
          // An error that arrives after the deadline is the abort it caused: say what happened.
          if (result.status === 'error' && watchdog.signal.aborted) result = cutByDeadline(at);
        } catch (e) {
          if (watchdog.signal.aborted) result = cutByDeadline(at);
          else if (signal.aborted) return; // cancelled, or the gate had its verdict: not evidence
          else result = { status: 'error', message: e instanceof Error ? e.message : String(e), latencyMs: clock.now() - at };
        }
        if (!keep()) return;
        const sample: Sample = { ...result, target: spec.target, check: spec.check, round, at };
        samples.push(sample);
        measured?.add(i);
        const tally = recordSample(tallies[i]!, sample);
        tallies[i] = tally;
        o.onSample?.(sample, tally);
        if (tally.verdict === 'Failed' || tally.verdict === 'Error') end(tally.verdict, `${spec.target}/${spec.check}: ${tally.reason}`);
      }));
    }, signal);

  const all: Indexed<C>[] = o.specs.map((spec, i) => ({ spec, i }));
  let rounds = 0;
  try {
    for (;;) {
      const round = rounds++;
      const roundAt = clock.now();
      const measured = new Set<number>();
      // Once decided, late answers (often aborts we caused) are not evidence.
      await probeRound(all, round, stop.signal, () => !final, measured);
      if (final && !o.signal?.aborted && !watchdog.signal.aborted) {
        await blameTheRest(all.filter(({ i }) => !measured.has(i) && tallies[i]!.verdict === 'Running'), round);
        break;
      }
      if (!final && o.signal?.aborted) end('Error', 'the gate was cancelled');
      if (final) break;
      const now = clock.now();
      if (now >= soakEnd && !watchdog.signal.aborted) {
        judgeBaselines(o.specs, tallies, samples, baselines);
        const failed = tallies.find((t) => t.verdict === 'Failed');
        if (failed) end('Failed', `${failed.target}/${failed.check}: ${failed.reason}`);
        else if (tallies.every((t, i) => hasEnoughSuccesses(t, need) && baselines.get(i)?.outcome !== 'insufficient')) end('Successful', `${tallies.length} checks passed after ${rounds} rounds`);
        if (final) break;
      }
      const next = roundAt < soakEnd ? Math.min(roundAt + o.intervalMs, soakEnd) : roundAt + o.intervalMs;
      if (next > deadline || watchdog.signal.aborted) {
        const lacking = summarizeTallies(tallies, need, baselines).filter((c) => c.verdict === 'Inconclusive');
        end('Inconclusive', `timeout reached ${now < soakEnd ? 'before the soak ended' : 'without enough passes'}: ${lacking.map((c) => `${c.target}/${c.check} (${c.reason})`).join('; ') || 'soak not complete'}`);
        break;
      }
      await clock.sleep(Math.max(0, next - now), stop.signal);
    }
  } finally {
    watchdog.cancel();
    unlinks.forEach((unlink) => unlink());
  }
  const checks = summarizeTallies(tallies, need, baselines);
  const failedChecks = checks.filter((c) => c.verdict === 'Failed' || c.verdict === 'Error');
  return { ...blameAll(final!, failedChecks), checks, failedChecks, startedAt, endedAt: clock.now(), rounds, samples };

  /**
   * Completes the failing round over the checks it did not measure (skipped
   * or aborted by the fail-fast), still bounded by the deadline and a cancel:
   * under `on-failure: continue`, a second failing target must not stay green.
   */
  async function blameTheRest(rest: Indexed<C>[], round: number): Promise<void> {
    if (!rest.length) return;
    const blame = new AbortController();
    const budget = startWatchdog(clock, o.blameBudgetMs ?? BLAME_BUDGET_MS);
    const unlink = [linkAbort(o.signal, blame), linkAbort(watchdog.signal, blame), linkAbort(budget.signal, blame)];
    try {
      // An answer cut by the budget is no evidence either way: the check stays unjudged.
      await probeRound(rest, round, blame.signal, () => !budget.signal.aborted || watchdog.signal.aborted);
    } finally {
      budget.cancel();
      unlink.forEach((u) => u());
    }
  }
}

interface Indexed<C> {
  spec: GateCheckSpec<C>;
  i: number;
}

/**
 * The gate's verdict once every failing check is known: the worst of them
 * (Failed above Error, as in Argo Rollouts), the first failure's reason first
 * and the others named after it.
 */
function blameAll(first: { verdict: Verdict; reason: string }, failed: readonly CheckResult[]): { verdict: Verdict; reason: string } {
  if (first.verdict !== 'Failed' && first.verdict !== 'Error') return first;
  const verdict: Verdict = failed.some((c) => c.verdict === 'Failed') ? 'Failed' : first.verdict;
  const lead = verdict === first.verdict ? first.reason : (() => {
    const worst = failed.find((c) => c.verdict === 'Failed')!;
    return `${worst.target}/${worst.check}: ${worst.reason}`;
  })();
  const others = failed.map((c) => `${c.target}/${c.check}`).filter((name) => !lead.startsWith(`${name}: `));
  return { verdict, reason: others.length ? `${lead}; also failing: ${others.join(', ')}` : lead };
}

/** Judges every check with a baseline on all its samples so far; a worse canary fails the check. */
function judgeBaselines(specs: readonly GateCheckSpec<unknown>[], tallies: CheckTally[], samples: readonly Sample[], out: Map<number, BaselineComparison>): void {
  tallies.forEach((t, i) => {
    const rules = specs[i]!.rules.baseline;
    if (!rules || t.verdict !== 'Running') return;
    const pairs = samples.filter((s) => s.target === t.target && s.check === t.check && s.status !== 'error' && s.value !== undefined && s.baseline !== undefined);
    const cmp = compareToBaseline(pairs.map((s) => s.value!), pairs.map((s) => s.baseline!), rules);
    const updated: CheckTally = cmp.outcome === 'worse' ? { ...t, verdict: 'Failed', reason: `baseline comparison: ${cmp.reason}` } : t;
    tallies[i] = updated;
    out.set(i, cmp);
  });
}

function groupByTarget<T extends { spec: { target: string } }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const it of items) groups.set(it.spec.target, [...(groups.get(it.spec.target) ?? []), it]);
  return [...groups.values()];
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight, in order of
 * the items. Stops starting new items once `signal` aborts (a gate that has
 * its verdict does not probe more targets); items already started finish.
 */
export async function forEachWithLimit<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
