// One P0 event to three channels (Slack, Discord, signed webhook) on loopback
// sinks with different latencies: the notifier sends to all three at once, so
// the time to deliver should be close to the slowest channel's own latency.
// Target: median delivery ≤ 1.2 × the slowest channel's median (measured
// alone, in the same run). Audit writes (fsync) are included.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEvent, createNotifier, type Channel } from '@stagegate/notify';
import { startWebhookSink } from '@stagegate/testkit';

const ROUNDS = 15;
const LATENCY = { slack: 40, discord: 80, webhook: 150 } as const;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const slack = await startWebhookSink('slack', { latencyMs: LATENCY.slack });
const discord = await startWebhookSink('discord', { latencyMs: LATENCY.discord });
const webhook = await startWebhookSink('generic', { latencyMs: LATENCY.webhook });
const dir = mkdtempSync(join(tmpdir(), 'bench-notify-'));
const common = { minPriority: 'P2', immediatePriority: 'P0', timeoutMs: 5000, retries: 0 } as const;
const channels: Channel[] = [
  { name: 'slack', type: 'slack', url: slack.url, ...common },
  { name: 'discord', type: 'discord', url: discord.url, fallbackFor: 'slack', ...common },
  { name: 'webhook', type: 'webhook', url: webhook.url, secret: 'bench-key', ...common },
];
const notifier = createNotifier({ routes: { channels, failOnError: 'p0-p1' }, auditFile: join(dir, 'audit.jsonl') });
const event = () => createEvent({ kind: 'gate-failed', service: 'trading-api', version: '1.4.2', stage: 'canary', targets: ['lhr', 'nrt'], reason: 'http check failed on lhr' });

try {
  // Warm the connection pools so the first round does not pay for TCP setup alone.
  await notifier.notify(event());
  const slowest: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    const r = await fetch(webhook.url, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    await r.text();
    slowest.push(performance.now() - t);
    t = performance.now();
    const report = await notifier.notify(event());
    all.push(performance.now() - t);
    if (report.delivered.length !== 3) throw new Error(`expected 3 deliveries, got ${report.delivered.join(',')}`);
  }
  const ratio = median(all) / median(slowest);
  console.log(`one P0 to 3 channels in parallel (latencies ${LATENCY.slack}/${LATENCY.discord}/${LATENCY.webhook} ms), ${ROUNDS} rounds:`);
  console.log(`  slowest channel alone: median ${median(slowest).toFixed(1)} ms (max ${Math.max(...slowest).toFixed(1)})`);
  console.log(`  notify, 3 channels:    median ${median(all).toFixed(1)} ms (max ${Math.max(...all).toFixed(1)})`);
  console.log(`  sequential would be:   ≥ ${LATENCY.slack + LATENCY.discord + LATENCY.webhook} ms`);
  console.log(`  ratio ${ratio.toFixed(3)}× (target ≤ 1.2×) ${ratio <= 1.2 ? 'OK' : 'OVER'}`);
} finally {
  await Promise.all([slack.close(), discord.close(), webhook.close()]);
  rmSync(dir, { recursive: true, force: true });
}
