import { describe, expect, it } from 'vitest';
import { DEADLINE_GRACE_MS, runGateLoop, type CheckRules, type GateCheckSpec, type GateClock, type ProbeResult } from '@stagegate/core';

/** A clock that jumps instead of sleeping: tests run in microseconds. */
function fakeClock(start = 1_000_000): GateClock & { sleeps: number[] } {
  let t = start;
  const sleeps: number[] = [];
  return { sleeps, now: () => t, sleep: async (ms) => { sleeps.push(ms); t += ms; } };
}

const WARN: CheckRules = { severity: 'warning', failureLimit: 3, consecutiveErrorLimit: 4 };
const CRIT: CheckRules = { ...WARN, severity: 'critical' };
const pass = (value = 200): ProbeResult => ({ status: 'pass', value, message: 'ok', latencyMs: 1 });
const fail = (value = 503): ProbeResult => ({ status: 'fail', value, message: `status ${value}`, latencyMs: 1 });
const error = (): ProbeResult => ({ status: 'error', message: 'connect ECONNREFUSED', latencyMs: 1 });

function specs(targets: string[], rules: CheckRules, check = 'http'): GateCheckSpec[] {
  return targets.map((target) => ({ target, check, rules, detail: null }));
}

/** Runs a gate whose probes answer from a script: script(target, round) → result. */
async function gate(script: (target: string, round: number) => ProbeResult, opts: { rules?: CheckRules; targets?: string[]; soak?: number; timeout?: number; need?: number; concurrency?: number } = {}) {
  const clock = fakeClock();
  const rounds = new Map<string, number>();
  const result = await runGateLoop({
    specs: specs(opts.targets ?? ['lhr', 'nrt'], opts.rules ?? WARN),
    soakMs: opts.soak ?? 50_000, intervalMs: 10_000, timeoutMs: opts.timeout ?? 100_000, consecutiveSuccess: opts.need, concurrency: opts.concurrency ?? 2, clock,
    probe: async (spec) => {
      const r = rounds.get(spec.target) ?? 0;
      rounds.set(spec.target, r + 1);
      return script(spec.target, r);
    },
  });
  return { result, clock };
}

describe('gate verdict rules', () => {
  it('all healthy through the soak is Successful after soak/interval + 1 rounds', async () => {
    const { result } = await gate(() => pass());
    expect(result.verdict).toBe('Successful');
    expect(result.rounds).toBe(6);
    expect(result.endedAt - result.startedAt).toBe(50_000);
    expect(result.checks.map((c) => [c.target, c.samples, c.verdict])).toEqual([['lhr', 6, 'Successful'], ['nrt', 6, 'Successful']]);
  });

  it('a critical failure ends the gate at once, mid-soak', async () => {
    const { result } = await gate((t, r) => (t === 'nrt' && r === 2 ? fail() : pass()), { rules: CRIT });
    expect(result.verdict).toBe('Failed');
    expect(result.rounds).toBe(3);
    expect(result.endedAt - result.startedAt).toBe(20_000);
    expect(result.failedChecks).toMatchObject([{ target: 'nrt', check: 'http', failures: 1, verdict: 'Failed' }]);
    expect(result.reason).toMatch(/^nrt\/http: critical check failed: status 503/);
  });

  it('a warning check passes with failure-limit − 1 failures and fails at failure-limit', async () => {
    const twice = await gate((t, r) => (t === 'lhr' && (r === 1 || r === 3) ? fail() : pass()));
    expect(twice.result.verdict).toBe('Successful');
    expect(twice.result.checks[0]).toMatchObject({ failures: 2, verdict: 'Successful' });
    const thrice = await gate((t, r) => (t === 'lhr' && (r === 1 || r === 3 || r === 4) ? fail() : pass()));
    expect(thrice.result.verdict).toBe('Failed');
    expect(thrice.result.endedAt - thrice.result.startedAt).toBe(40_000);
    expect(thrice.result.reason).toMatch(/3 failures reached the failure-limit 3/);
  });

  it('errors do not count as failures, but fail at the consecutive-error-limit', async () => {
    // Three errors in a row, a pass, three more: never 4 in a row.
    const flaky = await gate((t, r) => (t === 'lhr' && [0, 1, 2, 4].includes(r) ? error() : pass()), { soak: 50_000 });
    expect(flaky.result.verdict).toBe('Successful');
    expect(flaky.result.checks[0]).toMatchObject({ errors: 4, failures: 0 });
    const down = await gate((t, r) => (t === 'lhr' && r >= 1 ? error() : pass()));
    expect(down.result.verdict).toBe('Error');
    expect(down.result.checks[0]).toMatchObject({ errors: 4, failures: 0, verdict: 'Error' });
    expect(down.result.endedAt - down.result.startedAt).toBe(40_000);
  });

  it('a soak that ends without a pass at the end keeps probing to the timeout, then is Inconclusive', async () => {
    const { result } = await gate((t, r) => (t === 'lhr' && r >= 4 ? (r % 2 ? error() : fail()) : pass()), { timeout: 60_000, rules: { ...WARN, failureLimit: 9 } });
    expect(result.verdict).toBe('Inconclusive');
    expect(result.endedAt - result.startedAt).toBe(60_000);
    expect(result.checks[0]?.verdict).toBe('Inconclusive');
    expect(result.checks[1]?.verdict).toBe('Successful');
    expect(result.reason).toMatch(/timeout reached without enough passes: lhr\/http/);
  });

  it('a timeout shorter than the soak is Inconclusive before the soak ends', async () => {
    const { result } = await gate(() => pass(), { soak: 50_000, timeout: 25_000 });
    expect(result.verdict).toBe('Inconclusive');
    expect(result.reason).toMatch(/before the soak ended/);
  });

  it('consecutive-success makes the gate wait past the soak for passes in a row', async () => {
    // Fails at rounds 4 and 5 (soak ends at round 5), then passes: needs 3 in a row → round 8.
    const { result } = await gate((t, r) => (t === 'lhr' && (r === 4 || r === 5) ? fail() : pass()), { need: 3 });
    expect(result.verdict).toBe('Successful');
    expect(result.rounds).toBe(9);
    expect(result.endedAt - result.startedAt).toBe(80_000);
  });

  it('a probe that throws is an error sample, not a crash', async () => {
    const { result } = await gate(() => { throw new Error('boom'); });
    expect(result.verdict).toBe('Error');
    expect(result.samples[0]).toMatchObject({ status: 'error', message: 'boom' });
  });

  it('a cancelled gate ends in Error', async () => {
    const ctl = new AbortController();
    const clock = fakeClock();
    const result = await runGateLoop({ specs: specs(['a'], WARN), soakMs: 50_000, intervalMs: 10_000, timeoutMs: 60_000, concurrency: 1, clock, probe: async () => { ctl.abort(); return pass(); }, signal: ctl.signal });
    expect(result).toMatchObject({ verdict: 'Error', reason: 'the gate was cancelled', rounds: 1 });
  });
});

describe('gate loop mechanics', () => {
  it('probes targets concurrently, never more than the bound', async () => {
    let inFlight = 0;
    let most = 0;
    const clock = fakeClock();
    const result = await runGateLoop({
      specs: specs(Array.from({ length: 20 }, (_, i) => `t${i}`), WARN), soakMs: 0, intervalMs: 1000, timeoutMs: 1000, concurrency: 5, clock,
      probe: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        return pass();
      },
    });
    expect(result.verdict).toBe('Successful');
    expect(result.samples).toHaveLength(20);
    expect(most).toBe(5);
  });

  it('judges a baseline when the soak ends: a canary far above it fails, within it passes', async () => {
    const rules: CheckRules = { ...WARN, baseline: { maxRatio: 1.2, confidence: 0.98, direction: 'increase', minDifference: 0 } };
    const run = (factor: number) => runGateLoop({
      specs: specs(['lhr'], rules, 'errors'), soakMs: 90_000, intervalMs: 10_000, timeoutMs: 90_000, concurrency: 1, clock: fakeClock(),
      probe: async () => ({ status: 'pass', value: 0.01 * factor, baseline: 0.01, message: 'ok', latencyMs: 1 }),
    });
    const bad = await run(3);
    expect(bad.verdict).toBe('Failed');
    expect(bad.failedChecks[0]?.baseline).toMatchObject({ outcome: 'worse', canarySamples: 10, effect: { probabilityWorse: 1 } });
    expect(bad.failedChecks[0]?.baseline?.effect.meanRatio).toBeCloseTo(3, 10);
    const good = await run(1);
    expect(good.verdict).toBe('Successful');
    expect(good.checks[0]?.baseline?.outcome).toBe('ok');
  });

  it('schedules rounds at a fixed rate, the last one at the end of the soak', async () => {
    const { result, clock } = await gate(() => pass(), { soak: 25_000 });
    expect(result.rounds).toBe(4);
    expect(clock.sleeps).toEqual([10_000, 10_000, 5_000]);
  });
});

/** The wall clock with an alarm, as the action's: for the tests where a probe never answers. */
const wallClock: GateClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise<void>((ok) => {
    const t = setTimeout(ok, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); ok(); }, { once: true });
  }),
  setAlarm: (ms, fire) => { const t = setTimeout(fire, ms); return () => clearTimeout(t); },
};

describe('the gate deadline is absolute', () => {
  it('a probe that never answers (and ignores its signal) cannot hold the gate past timeout + grace', async () => {
    const signals: AbortSignal[] = [];
    const started = Date.now();
    const result = await runGateLoop({
      specs: specs(['lhr', 'nrt'], WARN), soakMs: 0, intervalMs: 100, timeoutMs: 300, concurrency: 2, clock: wallClock,
      probe: (spec, signal) => { signals.push(signal); return spec.target === 'lhr' ? new Promise<ProbeResult>(() => undefined) : Promise.resolve(pass()); },
    });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(300);
    expect(took).toBeLessThan(300 + DEADLINE_GRACE_MS + 300);
    expect(result.verdict).toBe('Inconclusive');
    expect(result.reason).toMatch(/^timeout reached without enough passes: lhr\/http \(0 passes in a row, needs 1 \(0\/1 passed, 1 errors\)\)/);
    expect(result.samples.find((s) => s.target === 'lhr')).toMatchObject({ status: 'error', message: "no answer before the gate's timeout of 300ms", round: 0 });
    expect(result.checks.map((c) => [c.target, c.verdict])).toEqual([['lhr', 'Inconclusive'], ['nrt', 'Successful']]);
    // The probes were told to stop.
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it('an error that arrives after the deadline (the abort it caused) is reported as the deadline, and errors in a row still end in Error', async () => {
    const result = await runGateLoop({
      specs: specs(['lhr'], { ...WARN, consecutiveErrorLimit: 1 }), soakMs: 0, intervalMs: 100, timeoutMs: 200, concurrency: 1, clock: wallClock,
      probe: (_spec, signal) => new Promise<ProbeResult>((ok) => signal.addEventListener('abort', () => ok({ status: 'error', message: 'aborted', latencyMs: 1 }))),
    });
    expect(result.verdict).toBe('Error');
    expect(result.reason).toBe("lhr/http: 1 errors in a row reached the consecutive-error-limit 1: no answer before the gate's timeout of 200ms");
  });

  it('fails fast past a probe that hangs: the verdict waits for it only for the blame budget', async () => {
    const started = Date.now();
    const result = await runGateLoop({
      specs: specs(['lhr', 'nrt'], CRIT), soakMs: 10_000, intervalMs: 100, timeoutMs: 20_000, concurrency: 2, blameBudgetMs: 300, clock: wallClock,
      probe: (spec) => (spec.target === 'lhr' ? new Promise<ProbeResult>(() => undefined) : Promise.resolve(fail())),
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ verdict: 'Failed', rounds: 1 });
    expect(result.failedChecks.map((c) => c.target)).toEqual(['nrt']);
  });

  it('leaves no timer behind: the alarm is cleared when the gate ends in time', async () => {
    let cleared = 0;
    const clock = { ...fakeClock(), setAlarm: () => () => void cleared++ };
    await runGateLoop({ specs: specs(['a'], WARN), soakMs: 0, intervalMs: 10, timeoutMs: 10_000, concurrency: 1, clock, probe: async () => pass() });
    expect(cleared).toBe(1);
  });
});

describe('the gate blames every failing target', () => {
  it('completes the failing round over the targets the fail-fast skipped: both failing targets are blamed', async () => {
    // Concurrency 1: lhr fails first, nrt and ord were never probed in that round.
    const { result } = await gate((t) => (t === 'ord' ? pass() : fail()), { rules: CRIT, targets: ['lhr', 'nrt', 'ord'], concurrency: 1 });
    expect(result.verdict).toBe('Failed');
    expect(result.rounds).toBe(1);
    expect(result.failedChecks.map((c) => c.target)).toEqual(['lhr', 'nrt']);
    expect(result.checks.map((c) => [c.target, c.verdict])).toEqual([['lhr', 'Failed'], ['nrt', 'Failed'], ['ord', 'Successful']]);
    expect(result.reason).toBe('lhr/http: critical check failed: status 503; also failing: nrt/http');
    expect(result.samples.map((s) => [s.target, s.round])).toEqual([['lhr', 0], ['nrt', 0], ['ord', 0]]);
  });

  it('re-probes a check whose probe the fail-fast aborted, and not one measured before the failure', async () => {
    const calls: string[] = [];
    const result = await runGateLoop({
      specs: specs(['ord', 'lhr', 'nrt'], CRIT), soakMs: 50_000, intervalMs: 10_000, timeoutMs: 100_000, concurrency: 1, clock: fakeClock(),
      probe: async (spec) => { calls.push(spec.target); return spec.target === 'ord' ? pass() : fail(); },
    });
    expect(calls).toEqual(['ord', 'lhr', 'nrt']);
    expect(result.failedChecks.map((c) => c.target)).toEqual(['lhr', 'nrt']);
    const aborted: string[] = [];
    const second = await runGateLoop({
      specs: specs(['lhr', 'nrt'], CRIT), soakMs: 50_000, intervalMs: 10_000, timeoutMs: 100_000, concurrency: 2, clock: fakeClock(),
      probe: async (spec, signal) => {
        aborted.push(spec.target);
        if (spec.target === 'lhr') return fail();
        // nrt answers only once aborted the first time (that answer is not evidence), then fails.
        if (aborted.filter((c) => c === 'nrt').length === 1) return new Promise<ProbeResult>((ok) => signal.addEventListener('abort', () => ok(error())));
        return fail(500);
      },
    });
    expect(aborted).toEqual(['lhr', 'nrt', 'nrt']);
    expect(second.failedChecks.map((c) => [c.target, c.lastValue, c.errors])).toEqual([['lhr', 503, 0], ['nrt', 500, 0]]);
  });

  it('bounds the blame round: a target that does not answer in it is left unjudged, and the verdict is not held', async () => {
    const started = Date.now();
    const result = await runGateLoop({
      specs: specs(['nrt', 'lhr'], CRIT), soakMs: 10_000, intervalMs: 100, timeoutMs: 20_000, concurrency: 1, blameBudgetMs: 200, clock: wallClock,
      probe: (spec) => (spec.target === 'lhr' ? new Promise<ProbeResult>(() => undefined) : Promise.resolve(fail())),
    });
    expect(Date.now() - started).toBeLessThan(800);
    expect(result).toMatchObject({ verdict: 'Failed', rounds: 1, reason: 'nrt/http: critical check failed: status 503' });
    expect(result.checks.map((c) => [c.target, c.verdict])).toEqual([['nrt', 'Failed'], ['lhr', 'Inconclusive']]);
  });

  it('Failed outranks Error: a later Failed target leads the reason when the first was an Error', async () => {
    const rules: CheckRules = { ...CRIT, consecutiveErrorLimit: 1 };
    const { result } = await gate((t) => (t === 'lhr' ? error() : fail()), { rules, targets: ['lhr', 'nrt'], concurrency: 1 });
    expect(result.verdict).toBe('Failed');
    expect(result.reason).toBe('nrt/http: critical check failed: status 503; also failing: lhr/http');
    expect(result.failedChecks.map((c) => [c.target, c.verdict])).toEqual([['lhr', 'Error'], ['nrt', 'Failed']]);
  });

  it('a cancelled gate does not probe on to blame', async () => {
    const ctl = new AbortController();
    const probed: string[] = [];
    const result = await runGateLoop({
      specs: specs(['a', 'b'], CRIT), soakMs: 50_000, intervalMs: 10_000, timeoutMs: 60_000, concurrency: 1, clock: fakeClock(), signal: ctl.signal,
      probe: async (spec) => { probed.push(spec.target); ctl.abort(); return fail(); },
    });
    expect(probed).toEqual(['a']);
    expect(result.verdict).toBe('Error');
    expect(result.reason).toBe('the gate was cancelled');
  });
});
