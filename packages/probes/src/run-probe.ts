import { formatDuration, linkAbort, parseDuration, raceAbort, type Check, type GateClock, type ProbeResult } from '@stagegate/core';
import { probeCommand } from './command-probe.js';
import { probeHttp } from './http-probe.js';
import { probeDns, probeTcp } from './net-probes.js';
import { probePrometheus } from './prometheus-probe.js';
import type { ProbeContext } from './probe-context.js';

/** Where a probe runs: the gate's signal and what the check may leave out. */
export interface ProbeEnvironment {
  target: string;
  /** The gate's signal: aborts when the gate has its verdict, is cancelled or reaches its deadline. */
  signal: AbortSignal;
  prometheusUrl?: string;
  cwd?: string;
}

/** Probes one (placeholder-filled) check. Injectable, so tests and the pipeline may swap it. */
export type ProbeRunner = (check: Check, env: ProbeEnvironment) => Promise<ProbeResult>;

/**
 * Time a probe gets, after its timeout aborted it, to report what it saw
 * (a killed command's last output line) before it is given up on.
 */
export const ABORT_GRACE_MS = 250;

/**
 * The real probe runner: dispatches on the check type and bounds each probe by
 * the check's own timeout, on top of the gate's signal. The timeout is a timer
 * this function owns and clears (never `AbortSignal.timeout`, which never fires
 * after garbage collection on Node 20), and the probe is raced against it: a
 * probe that ignores its signal still ends, as an error sample
 * `http: no answer within 2s`.
 */
export const runProbe: ProbeRunner = async (check, env) => {
  const timeoutMs = parseDuration(check.timeout);
  const start = performance.now();
  const probeCtl = new AbortController();
  const giveUp = new AbortController();
  let timedOut = false;
  let grace: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    probeCtl.abort(new DOMException(`no answer within ${formatDuration(timeoutMs)}`, 'TimeoutError'));
  }, timeoutMs);
  const onAbort = (): void => {
    grace = setTimeout(() => giveUp.abort(probeCtl.signal.reason), ABORT_GRACE_MS);
  };
  probeCtl.signal.addEventListener('abort', onAbort, { once: true });
  const unlink = linkAbort(env.signal, probeCtl);
  const ctx: ProbeContext = { signal: probeCtl.signal, timeoutMs, target: env.target, prometheusUrl: env.prometheusUrl, cwd: env.cwd };
  try {
    const result = await raceAbort(dispatch(check, ctx), giveUp.signal);
    if (timedOut && result.status === 'error') return { ...result, message: noAnswer(check, timeoutMs) };
    return result;
  } catch {
    // Given up on: the probe ignored its signal.
    const latencyMs = Math.round((performance.now() - start) * 10) / 10;
    return { status: 'error', message: timedOut ? noAnswer(check, timeoutMs) : `${check.type}: aborted (the gate had its verdict, was cancelled or reached its timeout)`, latencyMs };
  } finally {
    clearTimeout(timer);
    clearTimeout(grace);
    probeCtl.signal.removeEventListener('abort', onAbort);
    unlink();
  }
};

/** What a timed-out probe says: the check type first, then what did not happen in how long. */
function noAnswer(check: Check, timeoutMs: number): string {
  const within = formatDuration(timeoutMs);
  return check.type === 'command' ? `command: no exit within ${within} (process group killed)` : `${check.type}: no answer within ${within}`;
}

function dispatch(check: Check, ctx: ProbeContext): Promise<ProbeResult> {
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
}

/**
 * The wall clock, for the action: sleeps really, wakes early when the gate is
 * cancelled, and arms the gate's deadline with a timer it clears.
 */
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
  setAlarm: (ms, fire) => {
    const timer = setTimeout(fire, ms);
    return () => clearTimeout(timer);
  },
};
