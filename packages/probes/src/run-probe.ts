import { parseDuration, type Check, type GateClock, type ProbeResult } from '@stagegate/core';
import { probeCommand } from './command-probe.js';
import { probeHttp } from './http-probe.js';
import { probeDns, probeTcp } from './net-probes.js';
import { probePrometheus } from './prometheus-probe.js';
import type { ProbeContext } from './probe-context.js';

/** Where a probe runs: the gate's signal and what the check may leave out. */
export interface ProbeEnvironment {
  target: string;
  /** The gate's signal: aborts when the gate has its verdict. */
  signal: AbortSignal;
  prometheusUrl?: string;
  cwd?: string;
}

/** Probes one (placeholder-filled) check. Injectable, so tests and the pipeline may swap it. */
export type ProbeRunner = (check: Check, env: ProbeEnvironment) => Promise<ProbeResult>;

/**
 * The real probe runner: dispatches on the check type and bounds each probe by
 * the check's own timeout, on top of the gate's signal.
 */
export const runProbe: ProbeRunner = async (check, env) => {
  const timeoutMs = parseDuration(check.timeout);
  const ctx: ProbeContext = { signal: AbortSignal.any([env.signal, AbortSignal.timeout(timeoutMs)]), timeoutMs, target: env.target, prometheusUrl: env.prometheusUrl, cwd: env.cwd };
  switch (check.type) {
    case 'http':
      return probeHttp(check, ctx);
    case 'dns':
      return probeDns(check, ctx);
    case 'tcp':
      return probeTcp(check, ctx);
    case 'prometheus':
      return probePrometheus(check, ctx);
    case 'command':
      return probeCommand(check, ctx);
  }
};

/** The wall clock, for the action: sleeps really, wakes early when the gate is cancelled. */
export const realClock: GateClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((ok) => {
      if (signal?.aborted) return ok();
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        ok();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};
