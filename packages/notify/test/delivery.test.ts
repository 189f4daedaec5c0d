import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebhookSink, type WebhookSink } from '@stagegate/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import type { Priority } from '@stagegate/core';
import { createEvent, createNotifier, parseAuditTrail, type Channel, type EventKind, type FailOnError } from '../src/index.js';

const sinks: WebhookSink[] = [];
afterEach(async () => void (await Promise.all(sinks.splice(0).map((s) => s.close()))));

async function sink(kind: 'slack' | 'discord' | 'generic'): Promise<WebhookSink> {
  const s = await startWebhookSink(kind);
  sinks.push(s);
  return s;
}

/** The routing: Slack from P2, Discord as Slack's fallback that also gets P0 at once. */
function seedRoutes(slack: string, discord: string, failOnError: FailOnError = 'p0-p1'): { channels: Channel[]; failOnError: FailOnError } {
  const common = { timeoutMs: 2000, retries: 2, immediatePriority: 'P0' as const };
  return {
    channels: [
      { name: 'slack', type: 'slack', url: slack, minPriority: 'P2', ...common },
      { name: 'discord', type: 'discord', url: discord, minPriority: 'P2', fallbackFor: 'slack', ...common },
    ],
    failOnError,
  };
}

function setup(routes: { channels: Channel[]; failOnError: FailOnError }) {
  const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-')), 'audit.jsonl');
  const sleeps: number[] = [];
  const notifier = createNotifier({ routes, auditFile, backoff: { backoffMs: 5 }, sleep: (ms) => (sleeps.push(ms), new Promise((ok) => setTimeout(ok, ms))) });
  const audit = () => parseAuditTrail(readFileSync(auditFile, 'utf8'));
  return { notifier, audit, sleeps, auditFile };
}

const ev = (kind: EventKind, priority?: Priority) => createEvent({ kind, service: 'trading-api', version: '1.4.2', stage: 'canary', ...(priority ? { priority } : {}) });

describe('routing by priority', () => {
  it('sends a P0 to Slack and Discord at once, a P2 to Slack only, a P3 to no channel (file only)', async () => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    const { notifier, audit } = setup(seedRoutes(slack.url, discord.url));
    expect((await notifier.notify(ev('gate-failed'))).delivered.sort()).toEqual(['discord', 'slack']);
    expect((await notifier.notify(ev('stage-succeeded'))).delivered).toEqual(['slack']);
    const p3 = await notifier.notify(ev('deploy-started', 'P3'));
    expect(p3).toMatchObject({ delivered: [], failed: [], mustFail: false });
    expect(slack.received).toHaveLength(2);
    expect(discord.received).toHaveLength(1);
    expect(audit().filter((r) => r.type === 'event')).toHaveLength(3);
  });
});

describe('a rollout conversation', () => {
  it('sends the closing message also to the fallback that carried the P0 (the all-clear), and details only where events: all', async () => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    const generic = await sink('generic');
    const routes = seedRoutes(slack.url, discord.url);
    routes.channels.push({ name: 'webhook', type: 'webhook', url: generic.url, minPriority: 'P2', immediatePriority: 'P0', timeoutMs: 2000, retries: 0, events: 'all' });
    const { notifier } = setup(routes);
    await notifier.notify(createEvent({ kind: 'rollback-started', service: 's', detail: true }));
    expect((await notifier.notify(ev('stage-failed'))).delivered.sort()).toEqual(['discord', 'slack', 'webhook']);
    const end = await notifier.notify(createEvent({ kind: 'pipeline-failed', service: 's', priority: 'P1', outcome: 'rolled-back', closing: true }));
    expect(end.delivered.sort()).toEqual(['discord', 'slack', 'webhook']);
    expect(slack.received).toHaveLength(2);
    expect(generic.received).toHaveLength(3);
  });

  it('gives the fallback no closing message when it never carried a P0', async () => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    const { notifier } = setup(seedRoutes(slack.url, discord.url));
    expect((await notifier.notify(createEvent({ kind: 'pipeline-succeeded', service: 's', closing: true }))).delivered).toEqual(['slack']);
    expect(discord.received).toHaveLength(0);
  });

  it('writes P3 events to the daily digest only, and an unconfigured channel as an audit line', async () => {
    const slack = await sink('slack');
    const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-')), 'audit.jsonl');
    const digest = join(auditFile, '..', 'stagegate-digest-2025-03-01.md');
    const routes = { ...seedRoutes(slack.url, slack.url), unconfigured: [{ name: 'discord', path: 'notify.discord.webhook', variable: 'DISCORD_WEBHOOK_URL' }] };
    routes.channels = routes.channels.slice(0, 1);
    const notifier = createNotifier({ routes, auditFile, digestFile: (t) => join(auditFile, '..', `stagegate-digest-${t.toISOString().slice(0, 10)}.md`) });
    const r = await notifier.notify(createEvent({ kind: 'stage-succeeded', service: 'trading-api', version: 'v3', stage: 'canary', priority: 'P3' }, new Date('2025-03-01T10:00:00Z')));
    expect(r.delivered).toEqual(['digest']);
    expect(slack.received).toHaveLength(0);
    expect(readFileSync(digest, 'utf8')).toBe('# stagegate digest 2025-03-01\n\n- 2025-03-01T10:00:00.000Z P3 trading-api v3: stage succeeded in canary\n');
    const lines = parseAuditTrail(readFileSync(auditFile, 'utf8'));
    expect(lines[0]).toMatchObject({ type: 'channel', channel: 'discord', status: 'not configured' });
    expect(JSON.stringify(lines[0])).toMatch(/DISCORD_WEBHOOK_URL is not set; alerts for discord are logged locally only/);
  });
});

describe('retries', () => {
  it('waits the retry_after Discord gives with a 429, then delivers', async () => {
    const discord = await sink('discord');
    discord.respondWith({ status: 429, body: { message: 'You are being rate limited.', retry_after: 0.075, global: false } });
    const { notifier, audit, sleeps } = setup({ channels: [{ name: 'discord', type: 'discord', url: discord.url, minPriority: 'P3', immediatePriority: 'P0', timeoutMs: 2000, retries: 3 }], failOnError: 'p0-p1' });
    const report = await notifier.notify(ev('gate-failed'));
    expect(report.delivered).toEqual(['discord']);
    expect(sleeps).toEqual([75]);
    expect(discord.received.map((r) => r.status)).toEqual([429, 204]);
    const attempts = audit().filter((r) => r.type === 'attempt');
    expect(attempts).toMatchObject([
      { channel: 'discord', attempt: 1, status: 429, outcome: 'retrying', retryInMs: 75 },
      { channel: 'discord', attempt: 2, status: 204, outcome: 'delivered' },
    ]);
  });

  it("honours Slack's Retry-After header and backs off exponentially on 5xx", async () => {
    const slack = await sink('slack');
    slack.respondWith({ status: 429, body: 'rate_limited', headers: { 'Retry-After': '0' } }, { status: 500, body: 'internal_error' }, { status: 503, body: 'service_unavailable' });
    const { notifier, sleeps } = setup({ channels: [{ name: 'slack', type: 'slack', url: slack.url, minPriority: 'P3', immediatePriority: 'P0', timeoutMs: 2000, retries: 3 }], failOnError: 'p0-p1' });
    const report = await notifier.notify(ev('stage-succeeded'));
    expect(report.delivered).toEqual(['slack']);
    expect(sleeps).toEqual([0, 10, 20]);
    expect(report.attempts.map((a) => a.status)).toEqual([429, 500, 503, 200]);
  });

  it('does not retry a 4xx: the payload or the URL is wrong', async () => {
    const slack = await sink('slack');
    slack.respondWith({ status: 404, body: 'no_service' });
    const { notifier } = setup({ channels: [{ name: 'slack', type: 'slack', url: slack.url, minPriority: 'P3', immediatePriority: 'P0', timeoutMs: 2000, retries: 3 }], failOnError: 'any' });
    const report = await notifier.notify(ev('stage-succeeded'));
    expect(report).toMatchObject({ delivered: [], failed: ['slack'], mustFail: true });
    expect(report.attempts).toMatchObject([{ attempt: 1, status: 404, error: 'no_service', outcome: 'failed' }]);
    expect(slack.received).toHaveLength(1);
  });
});

describe('fallback and failure', () => {
  it('delivers to Discord when Slack is down, for a P1 that Discord does not get at once', async () => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    slack.setDefault({ status: 503, body: 'service_unavailable' });
    const { notifier, audit } = setup(seedRoutes(slack.url, discord.url));
    const report = await notifier.notify(ev('rollback-started'));
    expect(report).toMatchObject({ delivered: ['discord'], failed: ['slack'], mustFail: false });
    expect(slack.received).toHaveLength(3);
    expect(discord.received).toHaveLength(1);
    const channels = audit().filter((r) => r.type === 'attempt').map((r) => `${'channel' in r ? r.channel : ''}:${'outcome' in r ? r.outcome : ''}`);
    expect(channels).toEqual(['slack:retrying', 'slack:retrying', 'slack:failed', 'discord:delivered']);
  });

  it('with every channel down, a P0 must fail the step and a P2 must not; every attempt is in the audit file', async () => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    const closedUrl = discord.url;
    await discord.close();
    sinks.splice(sinks.indexOf(discord), 1);
    slack.setDefault({ status: 500 });
    const { notifier, audit } = setup(seedRoutes(slack.url, closedUrl));
    const p0 = await notifier.notify(ev('pipeline-failed'));
    expect(p0).toMatchObject({ delivered: [], mustFail: true });
    expect(p0.failed.sort()).toEqual(['discord', 'slack']);
    expect(p0.attempts.find((a) => a.channel === 'discord')?.error).toMatch(/ECONNREFUSED/);
    const p2 = await notifier.notify(ev('stage-succeeded'));
    expect(p2).toMatchObject({ delivered: [], failed: ['slack', 'discord'], mustFail: false });
    const lines = audit();
    expect(lines.filter((r) => r.type === 'attempt')).toHaveLength(12);
    expect(lines.filter((r) => r.type === 'result').map((r) => 'mustFail' in r && r.mustFail)).toEqual([true, false]);
  });

  it('never writes a webhook URL or its token to the audit file or the error text', async () => {
    const slack = await sink('slack');
    slack.setDefault({ status: 400, body: `invalid_token for ${slack.url}` });
    const { notifier, auditFile } = setup({ channels: [{ name: 'slack', type: 'slack', url: slack.url, minPriority: 'P3', immediatePriority: 'P0', timeoutMs: 2000, retries: 0 }], failOnError: 'p0-p1' });
    const report = await notifier.notify(ev('gate-failed'));
    const token = slack.url.split('/').at(-1)!;
    expect(report.attempts[0]?.error).toBe('invalid_token for <slack webhook>');
    const text = readFileSync(auditFile, 'utf8');
    expect(text).not.toContain(token);
    expect(text).toContain('<slack webhook>');
  });
});
