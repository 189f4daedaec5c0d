import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAuditTrail } from '@stagegate/notify';
import { nodesUnderTest, runActionBundle, startWebhookSink, type ActionRun, type WebhookSink } from '@stagegate/testkit';
import { afterEach, describe, expect, it } from 'vitest';

const sinks: WebhookSink[] = [];
afterEach(async () => void (await Promise.all(sinks.splice(0).map((s) => s.close()))));
async function sink(kind: 'slack' | 'discord' | 'generic'): Promise<WebhookSink> {
  const s = await startWebhookSink(kind);
  sinks.push(s);
  return s;
}

/** A URL nobody listens on: a sink started then closed. */
async function deadUrl(kind: 'slack' | 'discord'): Promise<string> {
  const s = await startWebhookSink(kind);
  await s.close();
  return s.url;
}

/** Fails when a URL or its token shows anywhere a person could read it (the runner hides ::add-mask:: lines). */
function expectNoSecrets(run: ActionRun, urls: string[]): void {
  const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  for (const url of urls) {
    const token = url.split('/').at(-1)!;
    for (const [where, text] of Object.entries({ stdout, stderr: run.stderr, summary: run.summary })) {
      expect(text, `${where} shows a webhook URL`).not.toContain(url);
      expect(text, `${where} shows a webhook token`).not.toContain(token);
    }
    expect(run.stdout).toContain(`::add-mask::${url}`);
  }
}

const gateFailed = { kind: 'gate-failed', service: 'trading-api', version: '1.4.2', stage: 'canary', targets: 'lhr,nrt', reason: 'http check failed on lhr', 'retry-backoff': '10ms' };

describe('notify action', () => {
  it.each(nodesUnderTest())('sends a P0 to Slack and Discord at once on $label and reports both, with the event and attempts in the audit file', async ({ path: node }) => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    const run = await runActionBundle('notify', { inputs: { ...gateFailed, 'slack-webhook': slack.url, 'discord-webhook': discord.url, links: 'production/lhr=https://github.com/acme/trading-api/deployments' }, node });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.delivered?.split(',').sort()).toEqual(['discord', 'slack']);
    expect(run.outputs).toMatchObject({ failed: '', kind: 'gate-failed', priority: 'P0' });
    expect(run.outputs['audit-file']).toBe(join(run.dir, 'stagegate', 'notify-audit.jsonl'));
    const slackBody = slack.received[0]?.json as { attachments: Array<{ blocks: Array<{ type: string; elements?: Array<{ text: string }> }> }> };
    expect(slackBody.attachments[0]?.blocks.at(-1)?.elements?.[0]?.text).toBe('<https://github.com/acme/trading-api/actions/runs/1001/attempts/1|Workflow run>');
    expect(discord.received).toHaveLength(1);
    const audit = parseAuditTrail(readFileSync(run.outputs['audit-file']!, 'utf8'));
    expect(audit.map((r) => r.type)).toEqual(['event', 'attempt', 'attempt', 'result']);
    expect(run.summary).toContain('| slack | ✅ delivered | 1 | HTTP 200 |');
    expectNoSecrets(run, [slack.url, discord.url]);
  });

  it('falls back to Discord when Slack is down, and passes', async () => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    slack.setDefault({ status: 503, body: 'service_unavailable' });
    const run = await runActionBundle('notify', { inputs: { ...gateFailed, kind: 'rollback-started', 'slack-webhook': slack.url, 'discord-webhook': discord.url } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ delivered: 'discord', failed: 'slack', priority: 'P1' });
    expect(slack.received).toHaveLength(4);
    expect(run.stdout).toMatch(/^::warning::notify: slack failed/m);
    expectNoSecrets(run, [slack.url, discord.url]);
  });

  it('with fail-on-error any, fails even when the fallback delivered', async () => {
    const slack = await sink('slack');
    const discord = await sink('discord');
    slack.setDefault({ status: 404, body: 'no_service' });
    const run = await runActionBundle('notify', { inputs: { ...gateFailed, kind: 'rollback-started', 'fail-on-error': 'any', 'slack-webhook': slack.url, 'discord-webhook': discord.url } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::P1 rollback-started reached only discord \(slack failed; fail-on-error any\)/m);
    expect(slack.received).toHaveLength(1);
    expect(run.outputs).toMatchObject({ delivered: 'discord', failed: 'slack' });
  });

  it('fails the step when a P0 reaches no channel, without showing any URL', async () => {
    const slack = await sink('slack');
    slack.setDefault({ status: 500, body: `upstream error at ${slack.url}` });
    const discordUrl = await deadUrl('discord');
    const run = await runActionBundle('notify', { inputs: { ...gateFailed, 'slack-webhook': slack.url, 'discord-webhook': discordUrl } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::P0 gate-failed reached no channel \((slack, discord|discord, slack) failed; fail-on-error p0-p1\)/m);
    expect(run.outputs.delivered).toBe('');
    expect(run.summary).toContain('❌ failed');
    expect(run.stdout).toContain('upstream error at <slack webhook>');
    expectNoSecrets(run, [slack.url, discordUrl]);
  });

  it('passes when a P3 reaches no channel (channels from the channels input with env: secrets)', async () => {
    const slackUrl = await deadUrl('slack');
    const discordUrl = await deadUrl('discord');
    const channels = '{ slack: { webhook: env:SLACK_URL, min-priority: P3, retries: 1 }, discord: { webhook: env:DISCORD_URL, min-priority: P3, retries: 1 } }';
    const run = await runActionBundle('notify', { inputs: { ...gateFailed, kind: 'deploy-started', priority: 'P3', channels }, env: { SLACK_URL: slackUrl, DISCORD_URL: discordUrl } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ delivered: '', priority: 'P3' });
    expect(run.outputs.failed?.split(',').sort()).toEqual(['discord', 'slack']);
    const attempts = parseAuditTrail(readFileSync(run.outputs['audit-file']!, 'utf8')).filter((r) => r.type === 'attempt');
    expect(attempts).toHaveLength(4);
    expectNoSecrets(run, [slackUrl, discordUrl]);
  });

  it('derives pipeline-failed from job-status cancelled, as under if: always()', async () => {
    const slack = await sink('slack');
    const run = await runActionBundle('notify', { inputs: { 'job-status': 'cancelled', version: '1.4.2', 'slack-webhook': slack.url } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ kind: 'pipeline-failed', priority: 'P0', delivered: 'slack' });
    expect((slack.received[0]?.json as { text: string }).text).toBe('P0 trading-api 1.4.2: pipeline failed — cancelled');
  });

  it('asks for job-status when kind is auto and it is missing', async () => {
    const run = await runActionBundle('notify', { inputs: {} });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::input job-status: kind auto needs the job status/m);
  });

  it('warns and logs locally when a plan secret is missing; a required channel stops the step, naming the plan path', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'notify-ws-'));
    writeFileSync(join(workspace, 'rollout.yml'), 'version: 1\nservice: trading-api\nstages: [{ name: canary, targets: [lhr] }]\ndeploy: { run: [./deploy.sh] }\nnotify:\n  slack: { webhook: env:SLACK_WEBHOOK_URL }\n');
    const optional = await runActionBundle('notify', { workspace, inputs: { kind: 'gate-failed', plan: 'rollout.yml' } });
    expect(optional.code, optional.stdout).toBe(0);
    expect(optional.stdout).toMatch(/^::warning::notify: slack is not configured \(notify\.slack\.webhook: SLACK_WEBHOOK_URL is not set\)/m);
    expect(readFileSync(optional.outputs['audit-file']!, 'utf8')).toMatch(/"channel":"slack","status":"not configured"/);
    writeFileSync(join(workspace, 'rollout.yml'), readFileSync(join(workspace, 'rollout.yml'), 'utf8').replace('SLACK_WEBHOOK_URL }', 'SLACK_WEBHOOK_URL, required: true }'));
    const run = await runActionBundle('notify', { workspace, inputs: { kind: 'gate-failed', plan: 'rollout.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::notify\.slack\.webhook: the environment variable SLACK_WEBHOOK_URL is not set or empty/m);
  });

  it('refuses a version that is shell syntax, naming input version, before anything is sent', async () => {
    const slack = await sink('slack');
    const run = await runActionBundle('notify', { inputs: { ...gateFailed, version: '$(touch pwned)', 'slack-webhook': slack.url } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::input version: expected a version matching .*; got "\$\(touch pwned\)"/m);
    expect(slack.received).toHaveLength(0);
    expect(existsSync(join(run.dir, 'pwned'))).toBe(false);
  });

  it('never echoes a webhook URL or secret written literally in a plan', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'notify-ws-'));
    const literal = 'https://hooks.slack.com/services/T000/B000/LITERALTOKEN';
    writeFileSync(join(workspace, 'rollout.yml'), `version: 1\nservice: trading-api\nstages: [{ name: canary, targets: [lhr] }]\ndeploy: { run: [./deploy.sh] }\nnotify:\n  slack: { webhook: "${literal}" }\n  webhook: { url: env:HOOK, secret: LITERALSECRET }\n`);
    const run = await runActionBundle('notify', { workspace, inputs: { kind: 'gate-failed', plan: 'rollout.yml' }, env: { HOOK: 'https://example.com/h' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/notify\.slack\.webhook: expected env:NAME .*\(value not shown: it is a secret\)/);
    expect(run.stdout).toMatch(/notify\.webhook\.secret: expected env:NAME .*\(value not shown: it is a secret\)/);
    for (const text of [run.stdout, run.stderr, run.summary]) {
      expect(text).not.toContain('LITERALTOKEN');
      expect(text).not.toContain('LITERALSECRET');
    }
  });

  it('keeps the event and the finished attempt in the audit file when the process is killed right after it', async () => {
    const slack = await sink('slack');
    slack.respondWith({ status: 500, body: 'internal_error' });
    slack.setDefault({ status: 200, hang: true });
    const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-audit-')), 'audit.jsonl');
    const run = await runActionBundle('notify', {
      inputs: { ...gateFailed, 'slack-webhook': slack.url, 'audit-file': auditFile },
      signalAfter: { whenStdout: /slack attempt 1 retrying/, signal: 'SIGKILL' },
    });
    expect(run.signal).toBe('SIGKILL');
    const audit = parseAuditTrail(readFileSync(auditFile, 'utf8'));
    expect(audit.map((r) => r.type)).toEqual(['event', 'attempt']);
    expect(audit[1]).toMatchObject({ channel: 'slack', attempt: 1, status: 500, outcome: 'retrying' });
    expect(readFileSync(auditFile, 'utf8')).not.toContain(slack.url.split('/').at(-1)!);
  });
});
