import { parseDuration, type HttpCheck, type ProbeResult } from '@stagegate/core';
import { checkJsonPath, findJsonMismatch } from './json-expect.js';
import { describeError, errorResult, isTlsError, since, type ProbeContext } from './probe-context.js';

/**
 * Requests the check's URL and judges the answer. An answer that is wrong
 * (status, body, JSON, too slow, bad certificate) is a failure; no answer at
 * all (timeout, refused, reset) is an error: the service could not be measured.
 * The sample's value is the latency in ms.
 */
export async function probeHttp(check: HttpCheck, ctx: ProbeContext): Promise<ProbeResult> {
  const start = performance.now();
  let status: number;
  let text: string;
  try {
    const res = await fetch(check.url, {
      method: check.method,
      headers: check.headers,
      body: check.body,
      redirect: check['follow-redirects'] ? 'follow' : 'manual',
      signal: ctx.signal,
    });
    status = res.status;
    text = await res.text();
  } catch (e) {
    if (isTlsError(e) && !ctx.signal.aborted) return { status: 'fail', message: `TLS: ${describeError(e, ctx)}`, latencyMs: since(start) };
    return errorResult(describeError(e, ctx), start);
  }
  const latencyMs = since(start);
  const problem = judgeAnswer(check, status, text, latencyMs);
  if (!problem) return { status: 'pass', value: latencyMs, message: `status ${status} in ${Math.round(latencyMs)}ms`, latencyMs };
  // What was observed against what was expected, then the body: the service's own words are the cause.
  const head = problem.startsWith('expected status') ? `${status} (expected ${formatExpectedStatus(check.expect.status ?? '2xx')})` : `${status}: ${problem}`;
  return { status: 'fail', value: latencyMs, message: `${head} — body ${excerptBody(text)}`, latencyMs };
}

/** Characters of a response body a failure message keeps. */
export const BODY_EXCERPT_CHARS = 200;

/** A body on one line, bounded: `{"status":"degraded"}`, or `(empty)`. */
export function excerptBody(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return '(empty)';
  return line.length > BODY_EXCERPT_CHARS ? `${line.slice(0, BODY_EXCERPT_CHARS - 1)}…` : line;
}

/** 200, 200|204 or 2xx, as a person writes it. */
function formatExpectedStatus(expected: number | number[] | string): string {
  return Array.isArray(expected) ? expected.join('|') : String(expected);
}

/** The first thing wrong with an answer, or undefined when it is healthy. */
export function judgeAnswer(check: HttpCheck, status: number, text: string, latencyMs: number): string | undefined {
  const expect = check.expect;
  if (!statusMatches(status, expect.status ?? '2xx')) return `expected status ${JSON.stringify(expect.status ?? '2xx')}`;
  if (expect['max-latency'] !== undefined && latencyMs > parseDuration(expect['max-latency'])) return `slower than ${expect['max-latency']} (${Math.round(latencyMs)}ms)`;
  if (expect['body-contains'] !== undefined && !text.includes(expect['body-contains'])) return `body does not contain ${JSON.stringify(expect['body-contains'])}`;
  if (expect.json === undefined && expect['json-path'] === undefined) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `body is not JSON (${JSON.stringify(text.slice(0, 40))})`;
  }
  if (expect.json !== undefined) {
    const miss = findJsonMismatch(body, expect.json);
    if (miss) return miss;
  }
  for (const a of expect['json-path'] ?? []) {
    const miss = checkJsonPath(body, a);
    if (miss) return miss;
  }
  return undefined;
}

/** 200, [200, 204], "2xx" or "200-299". */
export function statusMatches(status: number, expected: number | number[] | string): boolean {
  if (typeof expected === 'number') return status === expected;
  if (Array.isArray(expected)) return expected.includes(status);
  const klass = /^([1-5])xx$/.exec(expected);
  if (klass) return Math.floor(status / 100) === Number(klass[1]);
  const [lo, hi] = expected.split('-').map(Number) as [number, number];
  return status >= lo && status <= hi;
}
