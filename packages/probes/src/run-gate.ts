import { createGateProgress, runGateLoop, type Check, type CheckTally, type GateClock, type GateResult, type Sample } from '@stagegate/core';
import { resolveGate, type GateSource, type ResolvedGate } from './resolve-gate.js';
import { realClock, runProbe, type ProbeRunner } from './run-probe.js';

/** Options of runGate: where the checks come from, plus injected time and probes. */
export interface RunGateOptions extends GateSource {
  /** Default: the wall clock. */
  clock?: GateClock;
  /** Default: the real probes. */
  probeRunner?: ProbeRunner;
  /** Each sample as it arrives. */
  onSample?: (sample: Sample, tally: CheckTally) => void;
  /** Cancels the gate (it ends in Error). */
  signal?: AbortSignal;
  /** Working directory for command probes. */
  cwd?: string;
  /** Where progress lines go: at most one per target every 30 s (verdict so far, rounds, time left). */
  progress?: (line: string) => void;
}

/** A gate's result, with the settings it ran with. */
export interface GateRun extends GateResult {
  settings: Omit<ResolvedGate, 'specs'>;
}

/**
 * Gates a stage: resolves its checks for each target and runs the gate loop
 * with real probes (or injected ones). The library entry for the health-gate
 * action and for the pipeline.
 */
export async function runGate(options: RunGateOptions): Promise<GateRun> {
  const resolved = resolveGate(options);
  const probe = options.probeRunner ?? runProbe;
  const clock = options.clock ?? realClock;
  const progress = options.progress ? createGateProgress({ startedAt: clock.now(), timeoutMs: resolved.timeoutMs, now: () => clock.now(), print: options.progress }) : undefined;
  const result = await runGateLoop<Check>({
    specs: resolved.specs,
    soakMs: resolved.soakMs,
    intervalMs: resolved.intervalMs,
    timeoutMs: resolved.timeoutMs,
    consecutiveSuccess: resolved.consecutiveSuccess,
    concurrency: resolved.concurrency,
    clock,
    probe: (spec, signal) => probe(spec.detail, { target: spec.target, signal, prometheusUrl: resolved.prometheusUrl, cwd: options.cwd }),
    onSample: (sample, tally) => {
      progress?.(sample, tally);
      options.onSample?.(sample, tally);
    },
    signal: options.signal,
  });
  const { specs: _specs, ...settings } = resolved;
  return { ...result, settings };
}
