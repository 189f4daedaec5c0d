import { compareToBaseline, type BaselineComparison } from './baseline.js';
import { createTally, hasEnoughSuccesses, recordSample, type CheckTally } from './check-tally.js';
import { summarizeTallies, type GateResult } from './gate-result.js';
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
}

/**
 * Probes every target every interval for the soak, and decides. Fails fast:
 * the first sample that makes a check Failed (or Error) ends the gate and
 * aborts probes in flight. When the soak is over the baselines are judged and,
 * if every check has its passes, the gate is Successful; otherwise probing goes
 * on until the timeout, which ends in Inconclusive.
 */
export async function runGateLoop<C>(o: GateLoopOptions<C>): Promise<GateResult> {
  const { clock } = o;
  const need = Math.max(1, o.consecutiveSuccess ?? 1);
  const startedAt = clock.now();
  const soakEnd = startedAt + o.soakMs;
  const deadline = startedAt + Math.max(o.timeoutMs, 0);
  const tallies = o.specs.map((s) => createTally(s.target, s.check, s.rules));
  const samples: Sample[] = [];
  const baselines = new Map<number, BaselineComparison>();
  const stop = new AbortController();
  const cancel = (): void => stop.abort();
  o.signal?.addEventListener('abort', cancel, { once: true });
  let final: { verdict: Verdict; reason: string } | undefined;
  const end = (verdict: Verdict, reason: string): void => {
    if (final) return;
    final = { verdict, reason };
    stop.abort();
  };

  const byTarget = groupByTarget(o.specs.map((spec, i) => ({ spec, i })));
  let rounds = 0;
  for (;;) {
    const round = rounds++;
    const roundAt = clock.now();
    await forEachWithLimit(byTarget, o.concurrency, async (group) => {
      await Promise.all(group.map(async ({ spec, i }) => {
        const at = clock.now();
        let result: ProbeResult;
        try {
          result = await o.probe(spec, stop.signal);
        } catch (e) {
          result = { status: 'error', message: e instanceof Error ? e.message : String(e), latencyMs: clock.now() - at };
        }
        // Once decided, late answers (often aborts we caused) are not evidence.
        if (final) return;
        const sample: Sample = { ...result, target: spec.target, check: spec.check, round, at };
        samples.push(sample);
        const tally = recordSample(tallies[i]!, sample);
        tallies[i] = tally;
        o.onSample?.(sample, tally);
        if (tally.verdict === 'Failed' || tally.verdict === 'Error') end(tally.verdict, `${spec.target}/${spec.check}: ${tally.reason}`);
      }));
    }, stop.signal);
    if (!final && o.signal?.aborted) end('Error', 'the gate was cancelled');
    if (final) break;
    const now = clock.now();
    if (now >= soakEnd) {
      judgeBaselines(o.specs, tallies, samples, baselines);
      const failed = tallies.find((t) => t.verdict === 'Failed');
      if (failed) end('Failed', `${failed.target}/${failed.check}: ${failed.reason}`);
      else if (tallies.every((t, i) => hasEnoughSuccesses(t, need) && baselines.get(i)?.outcome !== 'insufficient')) end('Successful', `${tallies.length} checks passed after ${rounds} rounds`);
      if (final) break;
    }
    const next = roundAt < soakEnd ? Math.min(roundAt + o.intervalMs, soakEnd) : roundAt + o.intervalMs;
    if (next > deadline) {
      const lacking = summarizeTallies(tallies, need, baselines).filter((c) => c.verdict === 'Inconclusive');
      end('Inconclusive', `timeout reached ${now < soakEnd ? 'before the soak ended' : 'without enough passes'}: ${lacking.map((c) => `${c.target}/${c.check} (${c.reason})`).join('; ') || 'soak not complete'}`);
      break;
    }
    await clock.sleep(Math.max(0, next - now), stop.signal);
  }
  o.signal?.removeEventListener('abort', cancel);
  const checks = summarizeTallies(tallies, need, baselines);
  return {
    verdict: final!.verdict,
    reason: final!.reason,
    checks,
    failedChecks: checks.filter((c) => c.verdict === 'Failed' || c.verdict === 'Error'),
    startedAt,
    endedAt: clock.now(),
    rounds,
    samples,
  };
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

function groupByTarget<T extends { spec: { target: string } }>(items: T[]): T[][] {
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
