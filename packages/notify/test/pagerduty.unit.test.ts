import { ConfigError, Notify } from '@stagegate/core';
import { describe, expect, it } from 'vitest';
import { createEvent, formatPagerDutyEvent, pagerDutyActionOf, pagerDutyDedupKey, routesFromPlan, secretsOf, type EventInput } from '../src/index.js';

const KEY = 'R0UT1NGKEY0123456789abcdefABCDEF';
const alert: EventInput = {
  kind: 'stage-failed', service: 'trading-api', version: 'v3', stage: 'primary', rollout: '4242', reason: 'ewr: health 503 (expected 200)',
  runUrl: 'https://github.com/acme/trading-api/actions/runs/4242/attempts/1', context: { repository: 'acme/trading-api', sha: 'abcdef123456' },
  states: [{ target: 'ewr', runs: 'v3', note: 'rolling back to v1' }], nextStep: 'Fix the cause', outcome: 'failed',
};
const at = new Date('2026-05-01T10:00:00Z');

describe('pagerDutyActionOf', () => {
  it('resolves on the all-clear only: a success, or a closing rolled back and verified; else triggers', () => {
    expect(pagerDutyActionOf({ kind: 'stage-failed' })).toBe('trigger');
    expect(pagerDutyActionOf({ kind: 'pipeline-succeeded' })).toBe('resolve');
    expect(pagerDutyActionOf({ kind: 'pipeline-failed', closing: true, outcome: 'rolled-back' })).toBe('resolve');
    expect(pagerDutyActionOf({ kind: 'pipeline-failed', closing: true, outcome: 'succeeded' })).toBe('resolve');
    expect(pagerDutyActionOf({ kind: 'pipeline-failed', outcome: 'rolled-back' })).toBe('trigger');
    expect(pagerDutyActionOf({ kind: 'pipeline-failed', closing: true, outcome: 'failed' })).toBe('trigger');
    expect(pagerDutyActionOf({ kind: 'pipeline-failed', closing: true, outcome: 'needs-person' })).toBe('trigger');
  });
});

describe('pagerDutyDedupKey', () => {
  it('is one key per rollout: service, version, run; from the run URL when no rollout id is given', () => {
    expect(pagerDutyDedupKey({ service: 'api', version: 'v3', rollout: '7' })).toBe('stagegate/api/v3/7');
    expect(pagerDutyDedupKey({ service: 'api', version: 'v3', runUrl: 'https://github.com/a/b/actions/runs/99/attempts/2' })).toBe('stagegate/api/v3/99');
    expect(pagerDutyDedupKey({ service: 'api' })).toBe('stagegate/api/-/run');
    expect(pagerDutyDedupKey({ service: 'api', version: 'v'.repeat(300), rollout: '1' })).toHaveLength(255);
  });
});

describe('formatPagerDutyEvent', () => {
  it('a P0 triggers with summary (cause first), source, severity critical, details and links', () => {
    const body = formatPagerDutyEvent(createEvent(alert, at), KEY) as Record<string, any>;
    expect(body).toMatchObject({ routing_key: KEY, event_action: 'trigger', dedup_key: 'stagegate/trading-api/v3/4242', client: 'stagegate', client_url: alert.runUrl });
    expect(body.payload).toMatchObject({ source: 'acme/trading-api: trading-api', severity: 'critical', timestamp: at.toISOString(), component: 'trading-api', group: 'primary', class: 'stage-failed' });
    expect(body.payload.summary).toBe('P0 trading-api v3: stage failed in primary — ewr: health 503 (expected 200) — now: ewr runs v3 (rolling back to v1)');
    expect(body.payload.custom_details).toMatchObject({ version: 'v3', cause: 'ewr: health 503 (expected 200)', targets: ['ewr runs v3: rolling back to v1'], next_step: 'Fix the cause' });
    expect(body.links[0]).toEqual({ href: alert.runUrl, text: 'Workflow run' });
  });

  it('maps priorities to PagerDuty severities and cuts the summary to 1024 characters', () => {
    const p1 = formatPagerDutyEvent(createEvent({ ...alert, priority: 'P1', reason: 'x'.repeat(2000) }, at), KEY) as Record<string, any>;
    expect(p1.payload.severity).toBe('error');
    expect(p1.payload.summary).toHaveLength(1024);
  });

  it('the all-clear resolves with the same key and no payload', () => {
    const end = createEvent({ ...alert, kind: 'pipeline-failed', closing: true, outcome: 'rolled-back', priority: 'P1' }, at);
    expect(formatPagerDutyEvent(end, KEY)).toEqual({ routing_key: KEY, event_action: 'resolve', dedup_key: 'stagegate/trading-api/v3/4242' });
  });
});

describe('the pagerduty channel in the plan', () => {
  it('reads the routing key from its variable, P0 by default, the public events URL unless told; the key is a secret, the URL is not', () => {
    const routes = routesFromPlan(Notify.parse({ pagerduty: { 'routing-key': 'env:PD_KEY' } }), { PD_KEY: KEY });
    expect(routes.channels).toEqual([expect.objectContaining({ name: 'pagerduty', type: 'pagerduty', url: 'https://events.pagerduty.com/v2/enqueue', routingKey: KEY, minPriority: 'P0' })]);
    expect(secretsOf(routes)).toEqual([{ value: KEY, label: '<pagerduty routing key>', channel: 'pagerduty' }]);
    const local = routesFromPlan(Notify.parse({ pagerduty: { 'routing-key': 'env:PD_KEY', 'events-url': 'http://127.0.0.1:9/v2/enqueue', 'min-priority': 'P1' } }), { PD_KEY: KEY });
    expect(local.channels[0]).toMatchObject({ url: 'http://127.0.0.1:9/v2/enqueue', minPriority: 'P1' });
  });

  it('an unset key leaves the channel out (a warning), unless required: then an error naming the path and variable', () => {
    expect(routesFromPlan(Notify.parse({ pagerduty: { 'routing-key': 'env:PD_KEY' } }), {}).unconfigured).toEqual([{ name: 'pagerduty', path: 'notify.pagerduty.routing-key', variable: 'PD_KEY' }]);
    expect(() => routesFromPlan(Notify.parse({ pagerduty: { 'routing-key': 'env:PD_KEY', required: true } }), {})).toThrow(ConfigError);
    expect(() => routesFromPlan(Notify.parse({ pagerduty: { 'routing-key': 'env:PD_KEY', required: true } }), {})).toThrow(/notify\.pagerduty\.routing-key: the environment variable PD_KEY is not set/);
  });

  it('refuses a key written into the plan, without echoing it', () => {
    const parsed = Notify.safeParse({ pagerduty: { 'routing-key': KEY } });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).not.toContain(KEY);
  });
});
