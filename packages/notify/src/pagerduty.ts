import type { Priority } from '@stagegate/core';
import { describeEvent, linksOf, type NotifyEvent } from './events.js';
import { truncateText } from './text.js';

/**
 * PagerDuty's Events API v2 (POST /v2/enqueue): an alert opens an incident
 * (`trigger`), and the rollout's all-clear closes it (`resolve`) with the same
 * `dedup_key`, so one rollout is one incident however many alerts it sends.
 * PagerDuty answers 202 `{ status: "success", dedup_key }`; 400 for a bad
 * event (final), 429 and 5xx to retry (the sender's policy).
 */

/** The Events API v2 endpoint. */
export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

/** What an event does to the rollout's incident. */
export type PagerDutyAction = 'trigger' | 'resolve';

/** PagerDuty's severities, by stagegate priority. */
export const PAGERDUTY_SEVERITY: Record<Priority, 'critical' | 'error' | 'warning' | 'info'> = { P0: 'critical', P1: 'error', P2: 'warning', P3: 'info' };

/** PagerDuty's limits: summary 1024 characters, dedup_key 255. */
export const PAGERDUTY_LIMITS = { summary: 1024, dedupKey: 255 } as const;

/**
 * The all-clear resolves: the rollout's closing message when it succeeded or
 * was rolled back and verified healthy. Every other event the channel takes
 * triggers (a P0 by default; a failed or cancelled end keeps the incident open).
 */
export function pagerDutyActionOf(e: Pick<NotifyEvent, 'closing' | 'outcome' | 'kind'>): PagerDutyAction {
  const allClear = e.kind === 'pipeline-succeeded' || (e.closing === true && (e.outcome === 'succeeded' || e.outcome === 'rolled-back'));
  return allClear ? 'resolve' : 'trigger';
}

/**
 * One key per rollout: service, version and the run (a re-run attempt of the
 * same run and version continues the same incident). Stable across the
 * rollout's messages, so the all-clear resolves what its alert opened.
 */
export function pagerDutyDedupKey(e: Pick<NotifyEvent, 'service' | 'version' | 'rollout' | 'runUrl'>): string {
  const run = e.rollout ?? /\/actions\/runs\/(\d+)/.exec(e.runUrl ?? '')?.[1] ?? 'run';
  return truncateText(`stagegate/${e.service}/${e.version ?? '-'}/${run}`, PAGERDUTY_LIMITS.dedupKey);
}

/**
 * The Events API v2 body. A trigger carries the payload PagerDuty requires
 * (summary: the cause first; source; severity) and the details a responder
 * needs; a resolve needs only the key. The routing key is the caller's
 * secret: it is in the body only, never in a URL or a log line.
 */
export function formatPagerDutyEvent(event: NotifyEvent, routingKey: string): Record<string, unknown> {
  const action = pagerDutyActionOf(event);
  const base = { routing_key: routingKey, event_action: action, dedup_key: pagerDutyDedupKey(event) };
  if (action === 'resolve') return base;
  const links = linksOf(event).filter((l) => /^https?:\/\//.test(l.url)).map((l) => ({ href: l.url, text: l.text }));
  return {
    ...base,
    payload: {
      summary: truncateText(describeEvent(event), PAGERDUTY_LIMITS.summary),
      source: event.context?.repository ? `${event.context.repository}: ${event.service}` : event.service,
      severity: PAGERDUTY_SEVERITY[event.priority],
      timestamp: event.time,
      component: event.service,
      ...(event.stage ? { group: event.stage } : {}),
      class: event.kind,
      custom_details: {
        version: event.version, stage: event.stage, priority: event.priority, cause: event.reason,
        targets: event.states?.map((s) => `${s.target}${s.runs ? ` runs ${s.runs}` : ''}: ${s.note}`) ?? event.targets,
        next_step: event.nextStep, run: event.runUrl,
      },
    },
    ...(links.length ? { links } : {}),
    client: 'stagegate',
    ...(event.runUrl && /^https?:\/\//.test(event.runUrl) ? { client_url: event.runUrl } : {}),
  };
}
