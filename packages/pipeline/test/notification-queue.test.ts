import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan } from '@stagegate/core';
import { SILENT_LOG } from '@stagegate/deployer';
import { createNotifier, type Routes } from '@stagegate/notify';
import { startWebhookSink, type SinkResponse, type WebhookSink } from '@stagegate/testkit';
import { createNotificationQueue, type PipelineEvent } from '../src/index.js';

const PLAN = loadPlan('version: 1\nservice: trading-api\nstages: [{ name: canary, targets: [lhr] }]\ndeploy: { run: ["deploy"] }\n');
const RUN = { id: '1', attempt: 1, url: 'https://github.com/acme/trading-api/actions/runs/1', ref: 'a'.repeat(40), workspace: '/tmp' };
const sinks: WebhookSink[] = [];
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

async function queueWith(answer: SinkResponse, waitMs: number) {
  const slack = await startWebhookSink('slack');
  const discord = await startWebhookSink('discord');
  sinks.push(slack, discord);
  slack.setDefault(answer);
  const routes: Routes = {
    failOnError: 'p0-p1',
    channels: [
      { name: 'slack', type: 'slack', url: slack.url, minPriority: 'P2', immediatePriority: 'P0', timeoutMs: 10_000, retries: 3 },
      { name: 'discord', type: 'discord', url: discord.url, minPriority: 'P2', immediatePriority: 'P0', timeoutMs: 10_000, retries: 3, fallbackFor: 'slack' },
    ],
  } as Routes;
  const auditFile = join(mkdtempSync(join(tmpdir(), 'stagegate-queue-')), 'audit.jsonl');
  const queue = createNotificationQueue({ plan: PLAN, routes, run: RUN, dryRun: false, log: SILENT_LOG, waitMs: () => waitMs, create: (signal) => createNotifier({ routes, auditFile, signal }) });
  return { queue, slack, discord, auditFile };
}

const event = (kind: PipelineEvent['kind'], at = new Date()): PipelineEvent => ({ kind, version: 'v2', at: at.toISOString(), stage: 'canary', targets: ['lhr'] });

describe('the pipeline notification queue', () => {
  it('returns at once even when Slack never answers, and abandons what is left when the budget is spent', async () => {
    const { queue, discord, auditFile } = await queueWith({ status: 200, hang: true }, 2000);
    const started = Date.now();
    queue.send(event('deploy-started'));
    queue.send(event('gate-failed'));
    // Slack would hold a waiting caller for its 10 s timeout at least.
    expect(Date.now() - started).toBeLessThan(1000);
    const undelivered = await queue.settle();
    expect(Date.now() - started).toBeLessThan(6000);
    // The P0 reached Discord directly; the P2 start message only had Slack, and that is not urgent enough to fail anything.
    expect(undelivered).toEqual([]);
    expect(discord.received.map((r) => r.body).join()).toMatch(/gate-failed/);
    expect(readFileSync(auditFile, 'utf8')).toMatch(/notification budget \(notify-timeout\) was spent/);
  });

  it('reports an urgent event that reached no channel once the budget is spent', async () => {
    const { queue, discord } = await queueWith({ status: 500 }, 200);
    discord.setDefault({ status: 200, hang: true });
    queue.send(event('rollback-failed'));
    const undelivered = await queue.settle();
    expect(undelivered).toEqual([expect.stringMatching(/^rollback-failed \(P0\): reached no channel \(.*slack.*\)/)]);
  });

  it('sends the start, one alert and the end, in order, although nobody waits for them; the fallback hears the all-clear', async () => {
    const { queue, slack, discord } = await queueWith({ status: 200, body: 'ok', delayMs: 30 }, 5000);
    const kinds: PipelineEvent['kind'][] = ['deploy-started', 'stage-succeeded', 'gate-failed', 'stage-failed', 'rollback-started', 'rollback-succeeded', 'pipeline-failed'];
    for (const k of kinds) queue.send({ ...event(k), ...(k === 'pipeline-failed' ? { result: 'rolled-back' as const } : {}) });
    expect(await queue.settle()).toEqual([]);
    expect(slack.received.map((r) => /\*Event\*\\n([a-z-]+)/.exec(r.body)?.[1])).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    expect(discord.received.map((r) => /"name":"Event","value":"([a-z-]+)"/.exec(r.body)?.[1])).toEqual(['stage-failed', 'pipeline-failed']);
  });

  it('sends a failure under continue once, as P1, and the later ones to the audit trail only', async () => {
    const { queue, slack, discord, auditFile } = await queueWith({ status: 200, body: 'ok' }, 5000);
    queue.send(event('deploy-started'));
    // Stages run one after another: the run awaits between them.
    for (const stage of ['canary', 'primary', 'full']) {
      queue.send({ ...event('stage-failed'), stage, priority: 'P1' });
      await new Promise((ok) => setImmediate(ok));
    }
    queue.send({ ...event('pipeline-failed'), result: 'partially-failed' });
    expect(await queue.settle()).toEqual([]);
    const priorities = slack.received.map((r) => /\*Priority\*\\n(P\d)/.exec(r.body)?.[1]);
    expect(priorities).toEqual(['P2', 'P1', 'P1']);
    expect(discord.received).toHaveLength(0);
    expect(readFileSync(auditFile, 'utf8').match(/"kind":"stage-failed"/g)).toHaveLength(3);
  });
});
