import { appendAuditRecord, appendDigestLine, type AttemptRecord } from './audit.js';
import { formatDiscordMessage } from './discord.js';
import { formatPagerDutyEvent } from './pagerduty.js';
import { describeEvent, isAtLeast, rankOf, type NotifyEvent } from './events.js';
import type { Channel, FailOnError, Routes } from './routes.js';
import { secretsOf } from './routes.js';
import { DEFAULT_RETRY_POLICY, postWithRetry, sleepUnlessAborted, type RetryPolicy, type SendDeps } from './send.js';
import { formatSlackMessage } from './slack.js';
import { redactSecrets, secretPartsOf } from './text.js';
import { formatWebhookMessage, webhookHeaders } from './webhook.js';

/** How to build a notifier. */
export interface NotifierOptions {
  routes: Routes;
  /** JSONL audit trail; every event and attempt is appended here. */
  auditFile: string;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Aborted when the caller stops waiting (the run's notification budget is
   * spent): attempts in flight end at once, queued ones are not sent, and each
   * is audited as abandoned, so the report still says what reached no one.
   */
  signal?: AbortSignal;
  /** Wall clock for audit timestamps and durations. */
  clock?: () => Date;
  /** Backoff and caps; timeout and retries come from each channel. */
  backoff?: Partial<Pick<RetryPolicy, 'backoffMs' | 'maxBackoffMs' | 'maxRetryAfterMs'>>;
  /** Progress lines, secrets already removed (main.ts passes core.info). */
  log?: (line: string) => void;
  /**
   * Where P3 events go instead of any channel: a daily digest file per UTC day
   * (see {@link digestFileFor}). Absent: P3 events are routed like the others.
   */
  digestFile?: (time: Date) => string;
}

/** What happened to one event. */
export interface DeliveryReport {
  event: NotifyEvent;
  /** Channels that accepted the event. */
  delivered: string[];
  /** Channels tried that did not (after their retries). */
  failed: string[];
  /** Every attempt, in the order they finished. */
  attempts: AttemptRecord[];
  /** True when the routes' fail-on-error rule says the step must fail. */
  mustFail: boolean;
}

/** Sends events along routes, keeping the audit trail. */
export interface Notifier {
  notify(event: NotifyEvent): Promise<DeliveryReport>;
}

/**
 * A notifier over resolved routes. For each event: the event line is
 * written to the audit file before anything is sent; the channels that take
 * the event at once are sent to in parallel (the slowest one bounds the
 * time); a channel that fails sets off its fallbacks; each attempt is
 * written as it ends. Callers may fire events without awaiting them: each
 * channel keeps its own order.
 */
export function createNotifier(options: NotifierOptions): Notifier {
  const clock = options.clock ?? (() => new Date());
  const deps: SendDeps = {
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? sleepUnlessAborted,
    now: () => clock().getTime(),
    signal: options.signal,
  };
  // One queue per channel: events reach a channel in the order they happened even though
  // callers do not wait, and a slow channel holds back only itself, never its fallbacks.
  const queues = new Map<string, Promise<unknown>>();
  const inOrder = <T>(channel: string, work: () => Promise<T>): Promise<T> => {
    const next = (queues.get(channel) ?? Promise.resolve()).then(work, work);
    queues.set(channel, next.catch(() => undefined));
    return next;
  };
  const secrets = secretsOf(options.routes).flatMap((s) => secretPartsOf(s.value).map((value) => ({ value, label: s.label })));
  const redact = (text: string): string => redactSecrets(text, secrets);
  const log = (line: string): void => options.log?.(redact(line));
  const write = (record: Parameters<typeof appendAuditRecord>[1]): void => appendAuditRecord(options.auditFile, record);

  async function deliver(event: NotifyEvent, channel: Channel, attempts: AttemptRecord[]): Promise<boolean> {
    const { body, headers } = renderFor(channel, event);
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.backoff, retries: channel.retries, timeoutMs: channel.timeoutMs };
    return postWithRetry(channel.url, { body, headers }, policy, deps, (a) => {
      const record: AttemptRecord = { type: 'attempt', time: clock().toISOString(), event: event.id, channel: channel.name, ...a };
      write(record);
      attempts.push(record);
      log(describeAttempt(record));
    }, redact);
  }

  for (const u of options.routes.unconfigured ?? []) {
    write({ type: 'channel', time: clock().toISOString(), channel: u.name, status: 'not configured', detail: `${u.path}: ${u.variable} is not set; alerts for ${u.name} are logged locally only` });
  }
  // Channels a P0 of this rollout was sent to: its closing message goes there too, so a
  // fallback that carried the alarm also carries the all-clear (even while the primary hangs).
  const alarmed = new Set<string>();

  // One event: the audit line first, then the digest (P3) or the channels that want it.
  async function route(event: NotifyEvent): Promise<DeliveryReport> {
    write({ type: 'event', time: clock().toISOString(), event });
    const digest = event.priority === 'P3' ? options.digestFile?.(new Date(event.time)) : undefined;
    if (digest) {
      appendDigestLine(digest, `${event.time} ${describeEvent(event)}`);
      write({ type: 'result', time: clock().toISOString(), event: event.id, delivered: ['digest'], failed: [], mustFail: false });
      return { event, delivered: ['digest'], failed: [], attempts: [], mustFail: false };
    }
    log(`notify: ${describeEvent(event)}`);
    const wanted = (c: Channel): boolean => (!event.detail || c.events === 'all') && isAtLeast(event.priority, c.minPriority);
    const eligible = options.routes.channels.filter((c) => wanted(c) || (event.closing && alarmed.has(c.name)));
    const direct = eligible.filter((c) => !c.fallbackFor || (event.closing && alarmed.has(c.name)) || (c.immediatePriority !== 'none' && isAtLeast(event.priority, c.immediatePriority)));
    const started = new Set<string>();
    const delivered: string[] = [];
    const failed: string[] = [];
    const attempts: AttemptRecord[] = [];
    const run = async (channel: Channel): Promise<void> => {
      started.add(channel.name);
      if (event.priority === 'P0') alarmed.add(channel.name);
      if (await inOrder(channel.name, () => deliver(event, channel, attempts))) {
        delivered.push(channel.name);
        return;
      }
      failed.push(channel.name);
      const fallbacks = eligible.filter((f) => f.fallbackFor === channel.name && !started.has(f.name));
      if (fallbacks.length) log(`notify: ${channel.name} failed; falling back to ${fallbacks.map((f) => f.name).join(', ')}`);
      await Promise.all(fallbacks.map(run));
    };
    await Promise.all(direct.map(run));
    const mustFail = decideFailure(options.routes.failOnError, event, delivered, failed);
    write({ type: 'result', time: clock().toISOString(), event: event.id, delivered, failed, mustFail });
    return { event, delivered, failed, attempts, mustFail };
  }

  return { notify: route };
}

/**
 * Whether an event's delivery fails the step. p0-p1 (the default): a P0 or
 * P1 that was sent somewhere and reached nowhere; any: any channel failed;
 * never: the audit trail is enough.
 */
export function decideFailure(rule: FailOnError, event: NotifyEvent, delivered: string[], failed: string[]): boolean {
  if (rule === 'never' || failed.length === 0) return false;
  if (rule === 'any') return true;
  return rankOf(event.priority) <= 1 && delivered.length === 0;
}

function renderFor(channel: Channel, event: NotifyEvent): { body: string; headers?: Record<string, string> } {
  if (channel.type === 'slack') return { body: JSON.stringify(formatSlackMessage(event)) };
  if (channel.type === 'discord') return { body: JSON.stringify(formatDiscordMessage(event)) };
  if (channel.type === 'pagerduty') return { body: JSON.stringify(formatPagerDutyEvent(event, channel.routingKey ?? '')) };
  const body = JSON.stringify(formatWebhookMessage(event));
  return { body, headers: webhookHeaders(event, body, channel.secret) };
}

function describeAttempt(a: AttemptRecord): string {
  const what = a.status !== undefined ? `HTTP ${a.status}` : (a.error ?? 'error');
  const tail = a.outcome === 'retrying' ? `; retrying in ${a.retryInMs}ms` : a.outcome === 'failed' && a.error && a.status !== undefined ? ` (${a.error.slice(0, 120)})` : '';
  return `notify: ${a.channel} attempt ${a.attempt} ${a.outcome} (${what}, ${a.durationMs}ms)${tail}`;
}
