import { formatDuration, type ProbeResult } from '@stagegate/core';

/** What every probe gets besides its check: where to stop and whom it probes. */
export interface ProbeContext {
  /** Aborts when the probe's own timeout passes or the gate has its verdict. */
  signal: AbortSignal;
  /** The check's timeout in ms (to tell a timeout from other aborts in messages). */
  timeoutMs: number;
  /** The target being probed. */
  target: string;
  /** Prometheus server for checks that do not name one (the plan's prometheus.url). */
  prometheusUrl?: string;
  /** Working directory of command probes. */
  cwd?: string;
}

/** Milliseconds since `start` (performance clock: immune to wall-clock jumps). */
export function since(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}

/** An error sample: the probe could not measure. */
export function errorResult(message: string, start: number): ProbeResult {
  return { status: 'error', message, latencyMs: since(start) };
}

/** The code of a Node/undici network error, looking through `cause`. */
export function errorCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A short description of a thrown error, with its code when there is one. */
export function describeError(e: unknown, ctx: ProbeContext): string {
  if (ctx.signal.aborted) {
    const reason = ctx.signal.reason as { name?: string } | undefined;
    return reason?.name === 'TimeoutError' ? `no answer within ${formatDuration(ctx.timeoutMs)}` : 'aborted: the gate had its verdict, was cancelled or reached its timeout';
  }
  const code = errorCode(e);
  const cause = (e as { cause?: { message?: string } })?.cause?.message;
  const msg = cause ?? (e instanceof Error ? e.message : String(e));
  return code && !msg.includes(code) ? `${code}: ${msg}` : msg;
}

/** TLS problems mean the service is misconfigured: a failure, not a measurement error. */
const TLS_CODES = /^(?:CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_SSL_|EPROTO)/;

/** True for errors of certificate or TLS handshake. */
export function isTlsError(e: unknown): boolean {
  const code = errorCode(e);
  return code !== undefined && TLS_CODES.test(code);
}
