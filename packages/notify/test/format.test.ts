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
    expect(reason?.text).toEqual({ type: 'mrkdwn', text: '*Cause*\nhttp check failed: 503 from lhr' });
    expect(context?.type).toBe('context');
    expect(context?.elements.map((e: { text: string }) => e.text)).toEqual([`<${RUN}|Workflow run>`, `<${DEPLOY}|production/lhr>`, 'stagegate · 2025-03-01T10:00:00.000Z']);
  });

  it('escapes user text so a reason cannot inject a link or a mention', () => {
    const msg = formatSlackMessage(gateFailed('<!channel> see <http://evil|here> & more')) as { attachments: Array<{ blocks: Array<{ text?: { text: string } }> }> };
    expect(msg.attachments[0]?.blocks[2]?.text?.text).toBe('*Cause*\n&lt;!channel&gt; see &lt;http://evil|here&gt; &amp; more');
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
    expect(embed?.title).toBe('P0 trading-api 1.4.2: gate failed in canary — http check failed: 503 from lhr');
    expect(embed?.url).toBe(RUN);
    expect(embed?.color).toBe(0xd1242f);
    expect(embed?.description).toBe('**Cause:** http check failed: 503 from lhr');
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

describe('a rollout message as people read it', () => {
  const context = { repository: 'acme/trading-api', ref: 'refs/heads/main', sha: 'abcdef1234567890abcdef1234567890abcdef12', actor: 'octocat', serverUrl: 'https://github.com' };
  const failure = (extra: Record<string, unknown> = {}) =>
    createEvent({
      kind: 'stage-failed', service: 'trading-api', version: 'v3', stage: 'primary', runUrl: RUN, context,
      reason: 'ewr/http: health 503 (expected 200)', outcome: 'failed',
      states: [{ target: 'ewr', runs: 'v3', note: 'rolling back to v1' }], others: { count: 6, label: 'healthy' },
      nextStep: 'Rolling back ewr now.', ...extra,
    }, new Date('2025-03-01T10:00:00Z'));

  it('puts the cause and what each affected target runs now in the first line, the next step after it', () => {
    const msg = formatSlackMessage(failure()) as { text: string; attachments: Array<{ color: string; blocks: Array<Record<string, any>> }> };
    const [first, second] = msg.text.split('\n');
    expect(first).toBe('P0 trading-api v3: stage failed in primary — ewr/http: health 503 (expected 200) — now: ewr runs v3 (rolling back to v1); +6 healthy');
    expect(second).toBe('Next: Rolling back ewr now.');
    const texts = msg.attachments[0]!.blocks.flatMap((b) => [b.text?.text, ...(b.fields ?? []).map((f: { text: string }) => f.text), ...(b.elements ?? []).map((e: { text: string }) => e.text)]).filter(Boolean);
    expect(texts).toEqual(expect.arrayContaining(['*Repo*\nacme/trading-api', '*Ref*\nmain', '*Commit*\nabcdef1', '*Actor*\noctocat', '*Now*\n• *ewr* runs v3: rolling back to v1\n+6 healthy', '*Next step*\nRolling back ewr now.']));
    expect(texts).toContain('<https://github.com/acme/trading-api/commit/abcdef1234567890abcdef1234567890abcdef12|Commit abcdef1>');
    // Only affected targets are listed: no Targets field naming all seven.
    expect(texts.some((t: string) => t.startsWith('*Targets*'))).toBe(false);
  });

  it('colours by outcome, not by priority', () => {
    const colour = (outcome: string, priority = 'P0') => (formatSlackMessage(failure({ outcome, priority })) as { attachments: Array<{ color: string }> }).attachments[0]!.color;
    expect(colour('failed')).toBe('#d1242f');
    expect(colour('rolled-back', 'P1')).toBe('#e16f24');
    expect(colour('needs-person', 'P1')).toBe('#d4a72c');
    expect(colour('succeeded', 'P2')).toBe('#1f883d');
    expect(colour('started', 'P2')).toBe('#0969da');
    // A P0 that ended in a clean rollback is orange, a P1 failure red: the outcome decides.
    expect(colour('rolled-back', 'P0')).toBe('#e16f24');
    expect((formatDiscordMessage(failure({ outcome: 'needs-person' })) as { embeds: Array<{ color: number }> }).embeds[0]!.color).toBe(0xd4a72c);
  });

  it('keeps 60 affected targets within Slack and Discord limits, and both sinks accept it', async () => {
    const states = Array.from({ length: 60 }, (_, i) => ({ target: `region-${i}`, runs: 'v3', note: `rollback failed: exit 1 ${'e'.repeat(80)}` }));
    const event = failure({ states });
    const slack = await startWebhookSink('slack');
    const discord = await startWebhookSink('discord');
    sinks.push(slack, discord);
    expect((await sendTo(slack, event)).delivered).toEqual(['slack']);
    expect((await sendTo(discord, event)).delivered).toEqual(['discord']);
    const body = slack.received[0]!.json as { text: string; attachments: Array<{ blocks: Array<Record<string, any>> }> };
    expect(body.text.length).toBeLessThanOrEqual(4000);
    for (const b of body.attachments[0]!.blocks) if (b.text?.type === 'mrkdwn') expect(b.text.text.length).toBeLessThanOrEqual(3000);
    const embed = (discord.received[0]!.json as { embeds: Array<Record<string, any>> }).embeds[0]!;
    expect(embed.title.length).toBeLessThanOrEqual(256);
    expect(embedSize(embed)).toBeLessThanOrEqual(6000);
  });
});
