import type { ProbeResult, PrometheusCheck } from '@stagegate/core';
import { describeError, errorResult, since, type ProbeContext } from './probe-context.js';

/** The one number a query returned, or why there is none (a measurement error). */
export type QueryOutcome = { ok: true; value: number } | { ok: false; message: string };

/**
 * Runs a PromQL instant query (GET /api/v1/query) and returns its one number.
 * An empty vector is an error, not a pass: "no data" must never read as
 * "no errors" (a metric that vanished with a broken deploy looks empty too).
 */
export async function queryPrometheus(server: string, query: string, signal: AbortSignal): Promise<QueryOutcome> {
  const url = new URL('api/v1/query', server.endsWith('/') ? server : `${server}/`);
  url.searchParams.set('query', query);
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const text = await res.text();
  let body: { status?: string; error?: string; errorType?: string; data?: { resultType?: string; result?: unknown } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { ok: false, message: `Prometheus answered ${res.status} without JSON` };
  }
  if (body.status !== 'success') return { ok: false, message: `query failed (${body.errorType ?? res.status}): ${body.error ?? 'no detail'}` };
  const { resultType, result } = body.data ?? {};
  let raw: unknown;
  if (resultType === 'scalar') raw = (result as [number, string])[1];
  else if (resultType === 'vector') {
    const series = result as Array<{ metric: Record<string, string>; value: [number, string] }>;
    if (series.length === 0) return { ok: false, message: 'empty result: the query matched no series' };
    if (series.length > 1) return { ok: false, message: `expected one series, got ${series.length}: aggregate the query (sum, max…)` };
    raw = series[0]!.value[1];
  } else return { ok: false, message: `expected a scalar or a vector, got ${resultType}` };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, message: `the query returned ${String(raw)}` };
  return { ok: true, value };
}

/**
 * Queries the check's metric (and its baseline, when it has one) and judges
 * the value against min/max. The baseline is only recorded here: the canary is
 * compared with it over the whole soak when the soak ends (core/gate).
 */
export async function probePrometheus(check: PrometheusCheck, ctx: ProbeContext): Promise<ProbeResult> {
  const start = performance.now();
  const server = check.server ?? ctx.prometheusUrl;
  if (!server) return errorResult('no Prometheus server: set server on the check or prometheus.url in the plan', start);
  try {
    const [canary, baseline] = await Promise.all([
      queryPrometheus(server, check.query, ctx.signal),
      check.baseline ? queryPrometheus(server, check.baseline.query, ctx.signal) : Promise.resolve(undefined),
    ]);
    if (!canary.ok) return errorResult(canary.message, start);
    if (baseline && !baseline.ok) return errorResult(`baseline ${baseline.message}`, start);
    const v = canary.value;
    const latencyMs = since(start);
    const base = baseline?.ok ? { baseline: baseline.value } : {};
    if (check.min !== undefined && v < check.min) return { status: 'fail', value: v, ...base, message: `${v} < min ${check.min}`, latencyMs };
    if (check.max !== undefined && v > check.max) return { status: 'fail', value: v, ...base, message: `${v} > max ${check.max}`, latencyMs };
    return { status: 'pass', value: v, ...base, message: baseline?.ok ? `${v} (baseline ${baseline.value})` : String(v), latencyMs };
  } catch (e) {
    return errorResult(describeError(e, ctx), start);
  }
}
