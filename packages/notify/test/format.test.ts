import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebhookSink, type WebhookSink } from '@stagegate/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createEvent, createNotifier, embedSize, formatDiscordMessage, formatSlackMessage, truncateText, verifySignature, type Channel } from '../src/index.js';

const sinks: WebhookSink[] = [];
afterEach(async () => void (await Promise.all(sinks.splice(0).map((s) => s.close()))));

const RUN = 'https://github.com/acme/trading-api/actions/runs/1001/attempts/1';
const DEPLOY = 'https://github.com/acme/trading-api/deployments/production%2Flhr';

const gateFailed = (reason = 'http check failed: 503 from lhr') =>
  createEvent({ kind: 'gate-failed', service: 'trading-api', version: '1.4.2', stage: 'canary', targets: ['lhr', 'nrt'], reason, runUrl: RUN, links: [{ text: 'production/lhr', url: DEPLOY }] }, new Date('2025-03-01T10:00:00Z'));

function channel(type: Channel['type'], url: string, extra: Partial<Channel> = {}): Channel {
  return { name: type, type, url, minPriority: 'P3', immediatePriority: 'P0', timeoutMs: 2000, retries: 0, ...extra };
}

async function sendTo(sink: WebhookSink, event = gateFailed(), extra: Partial<Channel> = {}) {
  const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-')), 'audit.jsonl');
  const notifier = createNotifier({ routes: { channels: [channel(sink.kind === 'generic' ? 'webhook' : sink.kind, sink.url, extra)], failOnError: 'p0-p1' }, auditFile });
  return notifier.notify(event);
}

describe('Slack payload', () => {
  it('arrives at the sink as Block Kit with header, fields, reason, links and a red bar for P0', async () => {
    const sink = await startWebhookSink('slack');
    sinks.push(sink);
    const report = await sendTo(sink);
    expect(report.delivered).toEqual(['slack']);
    const body = sink.received[0]?.json as { text: string; attachments: Array<{ color: string; blocks: Array<Record<string, any>> }> };
    expect(sink.received[0]?.headers['content-type']).toBe('application/json');
    expect(body.text).toBe('P0 trading-api 1.4.2: gate failed in canary — http check failed: 503 from lhr');
    const [att] = body.attachments;
    expect(att?.color).toBe('#d1242f');
    const [header, facts, reason, context] = att!.blocks;
    expect(header).toEqual({ type: 'header', text: { type: 'plain_text', text: 'P0 trading-api 1.4.2: gate failed in canary', emoji: true } });
    expect(facts?.fields.map((f: { text: string }) => f.text)).toEqual(['*Service*\ntrading-api', '*Priority*\nP0', '*Version*\n1.4.2', '*Stage*\ncanary', '*Targets*\nlhr, nrt', '*Event*\ngate-failed']);
    expect(reason?.text).toEqual({ type: 'mrkdwn', text: '*Reason*\nhttp check failed: 503 from lhr' });
    expect(context?.type).toBe('context');
    expect(context?.elements.map((e: { text: string }) => e.text)).toEqual([`<${RUN}|Workflow run>`, `<${DEPLOY}|production/lhr>`, 'stagegate · 2025-03-01T10:00:00.000Z']);
  });

  it('escapes user text so a reason cannot inject a link or a mention', () => {
    const msg = formatSlackMessage(gateFailed('<!channel> see <http://evil|here> & more')) as { attachments: Array<{ blocks: Array<{ text?: { text: string } }> }> };
    expect(msg.attachments[0]?.blocks[2]?.text?.text).toBe('*Reason*\n&lt;!channel&gt; see &lt;http://evil|here&gt; &amp; more');
  });

  it('keeps the header within 150 characters and a P2 green', () => {
    const e = createEvent({ kind: 'stage-succeeded', service: 's'.repeat(200), stage: 'full' });
    const msg = formatSlackMessage(e) as { attachments: Array<{ color: string; blocks: Array<{ text: { text: string } }> }> };
    expect(msg.attachments[0]?.color).toBe('#1f883d');
    expect(msg.attachments[0]?.blocks[0]?.text.text.length).toBe(150);
  });
});

describe('Discord payload', () => {
  it('arrives as one embed with title, colour, fields, link field, timestamp and no mentions', async () => {
    const sink = await startWebhookSink('discord');
    sinks.push(sink);
    const report = await sendTo(sink);
    expect(report.delivered).toEqual(['discord']);
    expect(sink.received[0]?.status).toBe(204);
    const body = sink.received[0]?.json as { username: string; allowed_mentions: unknown; embeds: Array<Record<string, any>> };
    expect(body.username).toBe('stagegate');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const [embed] = body.embeds;
    expect(embed?.title).toBe('P0 trading-api 1.4.2: gate failed in canary');
    expect(embed?.url).toBe(RUN);
    expect(embed?.color).toBe(0xd1242f);
    expect(embed?.description).toBe('http check failed: 503 from lhr');
    expect(embed?.timestamp).toBe('2025-03-01T10:00:00.000Z');
    expect(embed?.fields.map((f: { name: string; value: string }) => `${f.name}=${f.value}`)).toEqual([
      'Service=trading-api', 'Priority=P0', 'Version=1.4.2', 'Stage=canary', 'Targets=lhr, nrt', 'Event=gate-failed',
      `Links=[Workflow run](${RUN})\n[production/lhr](${DEPLOY})`,
    ]);
  });

  it('fits a 10,000-character reason within every limit, and the sink (which enforces them) accepts it', async () => {
    const sink = await startWebhookSink('discord');
    sinks.push(sink);
    const url = 'https://grafana.example.com/d/abc?var-region=lhr';
    // The cut falls right inside this URL: it must be left out whole.
    const reason = `${'x'.repeat(4080)} ${url} ${'y'.repeat(10_000 - 4081 - url.length - 1)}`;
    expect(reason.length).toBe(10_000);
    const many = Array.from({ length: 60 }, (_, i) => ({ text: `production/region-${i}`, url: `${DEPLOY}-${i}` }));
    const event = { ...gateFailed(reason), links: many };
    const report = await sendTo(sink, event);
    expect(report.delivered).toEqual(['discord']);
    const embed = (sink.received[0]?.json as { embeds: Array<Record<string, any>> }).embeds[0]!;
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    expect(embed.description.endsWith('…')).toBe(true);
    expect(embed.description).not.toContain('https://grafana');
    expect(embedSize(embed)).toBeLessThanOrEqual(6000);
    const links = embed.fields.at(-1) as { name: string; value: string };
    expect(links.value.length).toBeLessThanOrEqual(1024);
    const lines = links.value.split('\n');
    expect(lines.at(-1)).toMatch(/^\+\d+ more$/);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^\[[^\]]+\]\(https:\/\/github\.com\/acme\/trading-api\/(actions\/runs\/1001\/attempts\/1|deployments\/production%2Flhr-\d+)\)$/);
    expect(lines.length - 1 + Number(lines.at(-1)!.slice(1, -5))).toBe(61);
  });

  it('takes the total budget into account when fields are long', () => {
    const event = { ...gateFailed('r'.repeat(10_000)), version: 'v'.repeat(1000), stage: 's'.repeat(1000), targets: Array.from({ length: 400 }, (_, i) => `t${i}`) };
    const embed = (formatDiscordMessage(event) as { embeds: Array<Parameters<typeof embedSize>[0]> }).embeds[0]!;
    // The fields take ~3,300 characters: the reason gets what is left of 6,000, not 4,096.
    expect(embed.description!.length).toBeLessThan(3000);
    expect(embedSize(embed)).toBeLessThanOrEqual(6000);
    expect(embedSize(embed)).toBeGreaterThan(5900);
  });
});

describe('truncateText', () => {
  it('never cuts a markdown link, a Slack link or a bare URL', () => {
    expect(truncateText('see [the run](https://x.test/run/1) now', 20)).toBe('see…');
    expect(truncateText('see <https://x.test/a|a> now', 12)).toBe('see…');
    expect(truncateText('abc https://x.test/long/path', 12)).toBe('abc…');
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('abcdef', 4)).toBe('abc…');
  });
});

describe('generic webhook', () => {
  it('signs the exact body with HMAC-SHA256 in X-Stagegate-Signature-256', async () => {
    const sink = await startWebhookSink('generic');
    sinks.push(sink);
    const report = await sendTo(sink, gateFailed(), { secret: 'hunter2-signing-key' });
    expect(report.delivered).toEqual(['webhook']);
    const got = sink.received[0]!;
    const expected = `sha256=${createHmac('sha256', 'hunter2-signing-key').update(got.body).digest('hex')}`;
    expect(got.headers['x-stagegate-signature-256']).toBe(expected);
    expect(verifySignature(got.body, 'hunter2-signing-key', expected)).toBe(true);
    expect(verifySignature(got.body.replace('lhr', 'nrt'), 'hunter2-signing-key', expected)).toBe(false);
    expect(verifySignature(got.body, 'other-key', expected)).toBe(false);
    expect(got.headers['x-stagegate-event']).toBe('gate-failed');
    expect((got.json as { event: { kind: string; targets: string[] } }).event).toMatchObject({ kind: 'gate-failed', targets: ['lhr', 'nrt'] });
  });

  it('sends no signature header without a secret', async () => {
    const sink = await startWebhookSink('generic');
    sinks.push(sink);
    await sendTo(sink);
    expect(sink.received[0]?.headers['x-stagegate-signature-256']).toBeUndefined();
  });
});
