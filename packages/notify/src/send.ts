/** How hard one channel tries. */
export interface RetryPolicy {
  /** Retries after the first attempt (5xx, 429, network errors, timeouts). */
  retries: number;
  /** Time allowed for one attempt. */
  timeoutMs: number;
  /** First backoff; doubles on each retry. */
  backoffMs: number;
  /** Cap on one backoff. */
  maxBackoffMs: number;
  /** Cap on a server's Retry-After / retry_after: a step must not sleep for an hour. */
  maxRetryAfterMs: number;
}

/** What the sender needs from the outside world (injected so tests and benches control it). */
export interface SendDeps {
  fetch: typeof globalThis.fetch;
  /** Waits `ms`; should end early when `signal` aborts (the run's notification budget is spent). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Milliseconds, for attempt durations. */
  now: () => number;
  /** Aborted when the run stops waiting for notifications: the attempt in flight ends, no retry follows. */
  signal?: AbortSignal;
}

/** The error recorded on an attempt cut short because the run's notification budget was spent. */
export const BUDGET_SPENT = 'abandoned: the run\'s notification budget (notify-timeout) was spent';

/** A sleep on a timer of our own that a signal ends early (never AbortSignal.timeout: see the Node 20 bug in DESIGN.md). */
export function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal?.aborted) return done();
    const stop = (): void => {
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      done();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** The outcome of one attempt, before it is written to the audit trail. */
export interface AttemptOutcome {
  attempt: number;
  status?: number;
  error?: string;
  durationMs: number;
  outcome: 'delivered' | 'retrying' | 'failed';
  retryInMs?: number;
}

/** Default policy: the plan's defaults (10s, 3 retries) and a 1s first backoff. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, timeoutMs: 10_000, backoffMs: 1000, maxBackoffMs: 30_000, maxRetryAfterMs: 60_000 };

/**
 * POSTs a JSON body, retrying 5xx, 429 and network errors with exponential
 * backoff; a 429 waits what the server asks (Slack's Retry-After header,
 * Discord's retry_after in the body). Any other 4xx is final: the payload or
 * the URL is wrong and sending it again cannot help. `onAttempt` runs after
 * each attempt, before any wait, so the audit line is written at once.
 * `redact` removes secrets from error text (undici puts URLs in messages).
 */
export async function postWithRetry(
  url: string,
  request: { body: string; headers?: Record<string, string> },
  policy: RetryPolicy,
  deps: SendDeps,
  onAttempt: (a: AttemptOutcome) => void,
  redact: (text: string) => string,
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const started = deps.now();
    let status: number | undefined;
    let error: string | undefined;
    let serverWaitMs: number | undefined;
    if (deps.signal?.aborted) {
      onAttempt({ attempt, error: BUDGET_SPENT, durationMs: 0, outcome: 'failed' });
      return false;
    }
    // One controller per attempt, fired by our own timer or by the run's budget.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutError(policy.timeoutMs)), policy.timeoutMs);
    const onBudget = (): void => controller.abort(new Error(BUDGET_SPENT));
    deps.signal?.addEventListener('abort', onBudget, { once: true });
    try {
      const res = await deps.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'stagegate-notify', ...request.headers },
        body: request.body,
        signal: controller.signal,
        redirect: 'error',
      });
      status = res.status;
      const text = await res.text();
      if (res.ok) {
        onAttempt({ attempt, status, durationMs: deps.now() - started, outcome: 'delivered' });
        return true;
      }
      error = redact(text.slice(0, 300).trim()) || `HTTP ${status}`;
      if (status === 429) serverWaitMs = readRetryAfter(res.headers.get('retry-after'), text);
    } catch (e) {
      error = deps.signal?.aborted ? BUDGET_SPENT : redact(describeFetchError(e, policy.timeoutMs));
    } finally {
      clearTimeout(timer);
      deps.signal?.removeEventListener('abort', onBudget);
    }
    const durationMs = deps.now() - started;
    const retryable = status === undefined || status === 429 || status >= 500;
    if (!retryable || attempt > policy.retries || deps.signal?.aborted) {
      onAttempt({ attempt, status, error, durationMs, outcome: 'failed' });
      return false;
    }
    const backoff = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
    const retryInMs = serverWaitMs !== undefined ? Math.min(serverWaitMs, policy.maxRetryAfterMs) : backoff;
    onAttempt({ attempt, status, error, durationMs, outcome: 'retrying', retryInMs });
    await deps.sleep(retryInMs, deps.signal);
  }
}

/** Our own attempt timeout, named as fetch names its own. */
class TimeoutError extends Error {
  constructor(ms: number) {
    super(`timed out after ${ms}ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * The wait a 429 asks for, in ms: Discord's body `retry_after` (float
 * seconds) first, as it is more precise, else the Retry-After header
 * (seconds or an HTTP date). Undefined when neither says.
 */
export function readRetryAfter(header: string | null, body: string): number | undefined {
  try {
    const parsed = JSON.parse(body) as { retry_after?: unknown };
    if (typeof parsed.retry_after === 'number' && parsed.retry_after >= 0) return Math.ceil(parsed.retry_after * 1000);
  } catch {
    // Slack answers 429 with plain text; the header is what counts then.
  }
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A short, cause-bearing description of a fetch failure ("fetch failed" alone says nothing). */
function describeFetchError(e: unknown, timeoutMs: number): string {
  if (!(e instanceof Error)) return String(e);
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${timeoutMs}ms`;
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${e.message} (${detail})` : e.message;
}
