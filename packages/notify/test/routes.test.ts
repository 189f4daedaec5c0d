import { ConfigError, loadPlan } from '@stagegate/core';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, priorityOf, routesFromPlan } from '../src/index.js';

const PLAN = `
version: 1
service: trading-api
stages: [{ name: canary, targets: [lhr] }]
deploy: { run: ["./deploy.sh", "{target}"] }
notify:
  slack:   { webhook: env:SLACK_WEBHOOK_URL, min-priority: P2 }
  discord: { webhook: env:DISCORD_WEBHOOK_URL, fallback-for: slack, retries: 1, timeout: 3s }
  webhook: { url: env:HOOK_URL, secret: env:HOOK_SECRET, min-priority: P0 }
  fail-on-error: any
`;

describe('routesFromPlan', () => {
  it('resolves env: references and keeps the plan settings', () => {
    const plan = loadPlan(PLAN, 'rollout.yml');
    const routes = routesFromPlan(plan.notify, { SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/x', DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/1/y', HOOK_URL: 'https://hooks.example.com/z', HOOK_SECRET: 's3cret' });
    expect(routes.failOnError).toBe('any');
    expect(routes.channels).toEqual([
      { name: 'slack', type: 'slack', url: 'https://hooks.slack.com/services/T/B/x', minPriority: 'P2', immediatePriority: 'P0', timeoutMs: 10_000, retries: 3, events: 'key' },
      { name: 'discord', type: 'discord', url: 'https://discord.com/api/webhooks/1/y', minPriority: 'P2', fallbackFor: 'slack', immediatePriority: 'P0', timeoutMs: 3000, retries: 1, events: 'key' },
      { name: 'webhook', type: 'webhook', url: 'https://hooks.example.com/z', secret: 's3cret', minPriority: 'P0', immediatePriority: 'P0', timeoutMs: 10_000, retries: 3, events: 'key' },
    ]);
  });

  it('leaves out a channel whose webhook variable is unset (listed as unconfigured); its fallback takes its place', () => {
    const plan = loadPlan(PLAN, 'rollout.yml');
    const routes = routesFromPlan(plan.notify, { DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/1/y', HOOK_URL: 'https://hooks.example.com/z', HOOK_SECRET: 's' });
    expect(routes.channels.map((c) => c.name)).toEqual(['discord', 'webhook']);
    expect(routes.channels[0]?.fallbackFor).toBeUndefined();
    expect(routes.unconfigured).toEqual([{ name: 'slack', path: 'notify.slack.webhook', variable: 'SLACK_WEBHOOK_URL' }]);
  });

  it('keeps an unset variable an error, naming the plan path, when the channel says required: true', () => {
    const plan = loadPlan(PLAN.replace('min-priority: P2 }', 'min-priority: P2, required: true }'), 'rollout.yml');
    expect(() => routesFromPlan(plan.notify, { DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/1/y', HOOK_URL: 'https://hooks.example.com/z', HOOK_SECRET: 's' })).toThrow(/notify\.slack\.webhook.*SLACK_WEBHOOK_URL is not set/s);
  });

  it('names the plan path and variable of every missing or wrong secret, and never prints a value', () => {
    const plan = loadPlan(PLAN.replace('timeout: 3s }', 'timeout: 3s, required: true }'), 'rollout.yml');
    let error: unknown;
    try {
      routesFromPlan(plan.notify, { SLACK_WEBHOOK_URL: 'hooks.slack.com/services/T/B/not-a-url', HOOK_URL: 'https://hooks.example.com/z' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.path)).toEqual(['notify.slack.webhook', 'notify.discord.webhook', 'notify.webhook.secret']);
    expect(problems[0]?.message).toContain('SLACK_WEBHOOK_URL does not hold an http(s) URL');
    expect(problems[1]?.message).toContain('DISCORD_WEBHOOK_URL is not set');
    expect((error as Error).message).not.toContain('not-a-url');
  });

  it('refuses a URL or key written literally, never echoing it, whether the schema or routesFromPlan meets it', () => {
    const literal = PLAN.replace('env:SLACK_WEBHOOK_URL', '"https://hooks.slack.com/services/T/B/LITERAL1"').replace('env:HOOK_SECRET', 'LITERAL2');
    let schemaError: unknown;
    try {
      loadPlan(literal, 'rollout.yml');
    } catch (e) {
      schemaError = e;
    }
    expect(schemaError).toBeInstanceOf(ConfigError);
    expect((schemaError as ConfigError).problems.map((p) => p.path)).toEqual(['notify.slack.webhook', 'notify.webhook.secret']);
    expect((schemaError as Error).message).toMatch(/notify\.slack\.webhook: expected env:NAME .* \(value not shown: it is a secret\)/);
    expect((schemaError as Error).message).not.toMatch(/LITERAL/);
    // A notify section built in code skips the schema: routesFromPlan refuses it the same way.
    const notify = { ...loadPlan(PLAN, 'rollout.yml').notify! };
    notify.slack = { ...notify.slack!, webhook: 'https://hooks.slack.com/services/T/B/LITERAL1' };
    let routesError: unknown;
    try {
      routesFromPlan(notify, { DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/1/y', HOOK_URL: 'https://hooks.example.com/z', HOOK_SECRET: 's' });
    } catch (e) {
      routesError = e;
    }
    expect((routesError as ConfigError).problems).toEqual([{ path: 'notify.slack.webhook', message: expect.stringMatching(/^expected env:NAME .*not shown: it is a secret/) }]);
    expect((routesError as Error).message).not.toMatch(/LITERAL/);
  });

  it('shows the values of keys that hold no secret', () => {
    expect(() => loadPlan(PLAN.replace('retries: 1', 'retries: -4'), 'rollout.yml')).toThrow(/notify\.discord\.retries: .*got -4/);
  });

  it('gives no channels and the default rule when the plan has no notify section', () => {
    expect(routesFromPlan(undefined, {})).toEqual({ channels: [], failOnError: 'p0-p1' });
  });
});

describe('priorityOf', () => {
  it('makes failures P0, rollbacks and approvals P1, good news P2', () => {
    expect(Object.fromEntries(EVENT_KINDS.map((k) => [k, priorityOf(k)]))).toEqual({
      'deploy-started': 'P2', 'stage-succeeded': 'P2', 'stage-failed': 'P0', 'gate-failed': 'P0', 'rollback-started': 'P1',
      'rollback-succeeded': 'P1', 'rollback-failed': 'P0', 'pipeline-succeeded': 'P2', 'pipeline-failed': 'P0', 'manual-approval-waiting': 'P1',
    });
  });
});
