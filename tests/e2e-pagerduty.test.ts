/**
 * PagerDuty (issue 16, item 7), through the real dist/pipeline bundle on the
 * demo world, against a loopback Events API v2 that checks every event's
 * shape and answers 202 as PagerDuty does: a failed rollout triggers one
 * incident (its P0), and the all-clear (rolled back and verified healthy)
 * resolves it with the same dedup key. A rollback that leaves a target
 * unhealthy keeps the incident open; a clean rollout pages no one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRunEnv, runActionBundle, startDemoWorld, startPagerDutySink, type DemoWorld, type PagerDutySink } from '@stagegate/testkit';

const KEY = 'PDKEY0123456789abcdefABCDEF01234';
let world: DemoWorld | undefined;
let sink: PagerDutySink | undefined;
afterEach(async () => {
  await Promise.all([world?.close(), sink?.close()]);
  world = undefined;
  sink = undefined;
});

/** A demo world whose plan also pages PagerDuty at the sink; runs `version` through the pipeline bundle. */
async function rollout(version: string, breaks: Record<string, string[]>, runId: number) {
  world = await startDemoWorld({ breaks, soak: '300ms', interval: '100ms' });
  sink = await startPagerDutySink();
  const plan = join(world.workspace, '.github', 'rollout.yml');
  writeFileSync(plan, `${readFileSync(plan, 'utf8')}  pagerduty: { routing-key: env:PAGERDUTY_ROUTING_KEY, events-url: "${sink.url}" }\n`);
  const run = await runActionBundle('pipeline', {
    workspace: world.workspace, timeoutMs: 60_000,
    env: { ...demoRunEnv(world, runId), PAGERDUTY_ROUTING_KEY: KEY },
    inputs: { version, token: 'pd-token', 'notify-timeout': '5s' },
  });
  return { run, sink, world };
}

type PdBody = { routing_key: string; event_action: string; dedup_key: string; payload?: { summary: string; severity: string; source: string; custom_details: Record<string, unknown> }; links?: Array<{ href: string; text: string }> };

describe('the pagerduty channel', () => {
  it('triggers one incident for a failed rollout and resolves it when the rollback is verified healthy', async () => {
    const { run, sink } = await rollout('v3', { v3: ['ewr'] }, 7101);
    expect(run.outputs.result, run.stdout).toBe('rolled-back');
    const bodies = sink.received.map((r) => r.json as PdBody);
    expect(sink.received.map((r) => r.status)).toEqual([202, 202]);
    expect(bodies.map((b) => b.event_action)).toEqual(['trigger', 'resolve']);
    expect(new Set(bodies.map((b) => b.dedup_key))).toEqual(new Set(['stagegate/trading-api/v3/7101']));
    expect([...sink.incidents.values()]).toEqual([expect.objectContaining({ dedupKey: 'stagegate/trading-api/v3/7101', state: 'resolved', actions: ['trigger', 'resolve'], severity: 'critical' })]);
    // The cause first in the summary, then what ewr runs; the P0 links the run's artifacts (the incident report).
    const trigger = bodies[0]!;
    expect(trigger.payload?.summary).toMatch(/^P0 trading-api v3: stage failed in primary — ewr: health 503/);
    expect(trigger.payload?.source).toBe('acme/trading-api: trading-api');
    expect(trigger.links?.map((l) => l.text)).toContain('Incident report (run artifacts)');
    // The routing key is masked in the log and never printed otherwise.
    expect(run.stdout).toContain(`::add-mask::${KEY}`);
    expect(run.stdout.split(`::add-mask::${KEY}`).join('')).not.toContain(KEY);
    expect(readFileSync(join(world!.runnerTemp, 'stagegate', 'notify-audit.jsonl'), 'utf8')).not.toContain(KEY);
  });

  it('keeps the incident open when a rolled-back target is still unhealthy', async () => {
    const { run, sink } = await rollout('v3', { v3: ['ewr'], v1: ['ewr'] }, 7102);
    expect(run.outputs.result, run.stdout).toBe('failed');
    const actions = sink.received.map((r) => (r.json as PdBody).event_action);
    expect(actions[0]).toBe('trigger');
    expect(actions).not.toContain('resolve');
    expect(sink.incidents.get('stagegate/trading-api/v3/7102')?.state).toBe('triggered');
    expect(sink.received.every((r) => r.status === 202)).toBe(true);
  });

  it('pages no one for a clean rollout (min-priority P0)', async () => {
    const { run, sink } = await rollout('v2', {}, 7103);
    expect(run.outputs.result, run.stdout).toBe('succeeded');
    expect(sink.received).toEqual([]);
  });
});
