import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Priority } from '@stagegate/core';
import { describe, expect, it } from 'vitest';
import { createEvent, createNotifier, decideFailure, parseAuditTrail, type Channel, type FailOnError } from '../src/index.js';

/**
 * Delivery decided against a fetch that answers per URL (the network edge):
 * `up` channels answer 200, the others 500. No sockets, no real waits.
 */
function setup(channels: Channel[], down: string[], failOnError: FailOnError = 'p0-p1') {
  const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-unit-')), 'audit.jsonl');
  const calls: string[] = [];
  const lines: string[] = [];
  const fetch = (async (url: string | URL) => {
    const name = String(url).split('/').at(-1)!;
    calls.push(name);
    return new Response(down.includes(name) ? `down ${String(url)}` : 'ok', { status: down.includes(name) ? 500 : 200 });
  }) as typeof globalThis.fetch;
  const notifier = createNotifier({ routes: { channels, failOnError }, auditFile, fetch, sleep: async () => {}, log: (l) => lines.push(l) });
  const audit = () => parseAuditTrail(readFileSync(auditFile, 'utf8'));
  return { notifier, calls, lines, audit };
}

const channel = (name: string, extra: Partial<Channel> = {}): Channel => ({
  name, type: name === 'webhook' ? 'webhook' : (name as 'slack'), url: `https://hooks.example/${name}`, minPriority: 'P3', immediatePriority: 'P0', timeoutMs: 1000, retries: 0, ...extra,
});
const event = (priority: Priority) => createEvent({ kind: 'stage-failed', service: 'api', version: 'v1', priority }, new Date('2026-03-01T00:00:00Z'));

describe('when an undelivered event fails the step', () => {
  it.each([
    ['p0-p1', 'P0', true], ['p0-p1', 'P1', true], ['p0-p1', 'P2', false], ['p0-p1', 'P3', false],
    ['any', 'P3', true], ['never', 'P0', false],
  ] as const)('%s: a %s that reached no channel → %s', (rule, priority, mustFail) => {
    expect(decideFailure(rule, event(priority), [], ['slack'])).toBe(mustFail);
  });

  it('p0-p1: a P0 that reached one channel of two does not fail the step; any does', () => {
    expect(decideFailure('p0-p1', event('P0'), ['discord'], ['slack'])).toBe(false);
    expect(decideFailure('any', event('P3'), ['discord'], ['slack'])).toBe(true);
  });

  it('nothing failed, nothing to fail: not even under any', () => {
    expect(decideFailure('any', event('P0'), ['slack'], [])).toBe(false);
    expect(decideFailure('p0-p1', event('P0'), [], [])).toBe(false);
  });

  it('an undelivered P1 fails the step through the notifier, and is in the audit result', async () => {
    const { notifier, audit } = setup([channel('slack')], ['slack']);
    const report = await notifier.notify(event('P1'));
    expect(report).toMatchObject({ delivered: [], failed: ['slack'], mustFail: true });
    expect(audit().at(-1)).toMatchObject({ type: 'result', delivered: [], failed: ['slack'], mustFail: true });
  });

  it('fail-on-error never: a P0 lost everywhere is recorded and does not fail the step', async () => {
    const { notifier, audit } = setup([channel('slack')], ['slack'], 'never');
    expect(await notifier.notify(event('P0'))).toMatchObject({ failed: ['slack'], mustFail: false });
    expect(audit().map((r) => r.type)).toEqual(['event', 'attempt', 'result']);
  });
});

describe('routing', () => {
  it('sends only to channels whose min-priority the event reaches', async () => {
    const { notifier, calls } = setup([channel('slack', { minPriority: 'P1' }), channel('discord', { minPriority: 'P2' })], []);
    expect((await notifier.notify(event('P2'))).delivered).toEqual(['discord']);
    expect((await notifier.notify(event('P1'))).delivered.sort()).toEqual(['discord', 'slack']);
    expect(calls.sort()).toEqual(['discord', 'discord', 'slack']);
  });

  it('every channel that falls back for a failed one is tried, and a fallback of a fallback too', async () => {
    const chans = [channel('slack'), channel('discord', { fallbackFor: 'slack', immediatePriority: 'none' }), channel('webhook', { fallbackFor: 'slack', immediatePriority: 'none' })];
    const { notifier, lines } = setup(chans, ['slack']);
    const report = await notifier.notify(event('P1'));
    expect(report.delivered.sort()).toEqual(['discord', 'webhook']);
    expect(report.failed).toEqual(['slack']);
    expect(report.mustFail).toBe(false);
    expect(lines).toContain('notify: slack failed; falling back to discord, webhook');

    const chain = setup([channel('slack'), channel('discord', { fallbackFor: 'slack', immediatePriority: 'none' }), channel('webhook', { fallbackFor: 'discord', immediatePriority: 'none' })], ['slack', 'discord']);
    expect(await chain.notifier.notify(event('P0'))).toMatchObject({ delivered: ['webhook'], failed: ['slack', 'discord'], mustFail: false });
  });

  it('a fallback is not used while its channel delivers, unless the event is urgent enough to go there at once', async () => {
    const chans = [channel('slack'), channel('discord', { fallbackFor: 'slack', immediatePriority: 'P1' })];
    const { notifier, calls } = setup(chans, []);
    expect((await notifier.notify(event('P2'))).delivered).toEqual(['slack']);
    expect((await notifier.notify(event('P1'))).delivered.sort()).toEqual(['discord', 'slack']);
    expect(calls.filter((c) => c === 'discord')).toHaveLength(1);
  });

  it('a fallback already sent at once is not sent again when its channel fails', async () => {
    const { notifier, calls } = setup([channel('slack'), channel('discord', { fallbackFor: 'slack' })], ['slack']);
    const report = await notifier.notify(event('P0'));
    expect(report.delivered).toEqual(['discord']);
    expect(calls.filter((c) => c === 'discord')).toHaveLength(1);
  });

  it('a failed channel sets off only its own fallbacks, and says nothing of falling back when it has none', async () => {
    const chans = [channel('slack'), channel('discord'), channel('webhook', { fallbackFor: 'discord', immediatePriority: 'none' })];
    const { notifier, calls, lines } = setup(chans, ['slack']);
    expect(await notifier.notify(event('P1'))).toMatchObject({ delivered: ['discord'], failed: ['slack'], mustFail: false });
    expect(calls.sort()).toEqual(['discord', 'slack']);
    expect(lines.some((l) => l.includes('falling back'))).toBe(false);
  });

  it('a fallback below its own min-priority is not used', async () => {
    const { notifier, calls } = setup([channel('slack'), channel('discord', { fallbackFor: 'slack', minPriority: 'P0' })], ['slack']);
    expect(await notifier.notify(event('P1'))).toMatchObject({ delivered: [], failed: ['slack'], mustFail: true });
    expect(calls).toEqual(['slack']);
  });

  it('logs the event and each attempt with the channel name, never its URL', async () => {
    const { notifier, lines } = setup([channel('slack', { retries: 1 })], ['slack']);
    await notifier.notify(event('P0'));
    expect(lines[0]).toBe('notify: P0 api v1: stage failed');
    expect(lines.slice(1).map((l) => l.replace(/, \d+ms\)/, ', Nms)'))).toEqual([
      'notify: slack attempt 1 retrying (HTTP 500, Nms); retrying in 1000ms',
      'notify: slack attempt 2 failed (HTTP 500, Nms) (down <slack webhook>)',
    ]);
    expect(lines.join('\n')).not.toContain('hooks.example');
  });

  it('logs a network error by its cause, and writes the event, each attempt and the result to the audit trail', async () => {
    const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-unit-')), 'audit.jsonl');
    const lines: string[] = [];
    const fetch = (async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }) as typeof globalThis.fetch;
    const e = event('P2');
    const notifier = createNotifier({ routes: { channels: [channel('slack')], failOnError: 'any' }, auditFile, fetch, sleep: async () => {}, log: (l) => lines.push(l), clock: () => new Date('2026-03-01T00:00:05Z') });
    expect(await notifier.notify(e)).toMatchObject({ delivered: [], failed: ['slack'], mustFail: true, attempts: [{ channel: 'slack', attempt: 1, outcome: 'failed', error: 'fetch failed (ECONNREFUSED)' }] });
    expect(lines[1]).toBe('notify: slack attempt 1 failed (fetch failed (ECONNREFUSED), 0ms)');
    expect(parseAuditTrail(readFileSync(auditFile, 'utf8'))).toEqual([
      { type: 'event', time: '2026-03-01T00:00:05.000Z', event: e },
      { type: 'attempt', time: '2026-03-01T00:00:05.000Z', event: e.id, channel: 'slack', attempt: 1, error: 'fetch failed (ECONNREFUSED)', durationMs: 0, outcome: 'failed' },
      { type: 'result', time: '2026-03-01T00:00:05.000Z', event: e.id, delivered: [], failed: ['slack'], mustFail: true },
    ]);
  });

  it('sends each channel its own format: Slack blocks, Discord embeds, a signed generic webhook', async () => {
    const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-unit-')), 'audit.jsonl');
    const seen = new Map<string, { body: Record<string, unknown>; headers: Record<string, string> }>();
    const fetch = (async (url: string | URL, init?: RequestInit) => {
      seen.set(String(url).split('/').at(-1)!, { body: JSON.parse(String(init?.body)), headers: init?.headers as Record<string, string> });
      return new Response('ok');
    }) as typeof globalThis.fetch;
    const chans = [channel('slack'), channel('discord', { type: 'discord' }), channel('webhook', { secret: 'k3y' })];
    const notifier = createNotifier({ routes: { channels: chans, failOnError: 'p0-p1' }, auditFile, fetch, sleep: async () => {} });
    expect((await notifier.notify(event('P0'))).delivered.sort()).toEqual(['discord', 'slack', 'webhook']);
    expect(seen.get('slack')?.body).toHaveProperty('attachments');
    expect(seen.get('discord')?.body).toHaveProperty('embeds');
    expect(seen.get('webhook')?.body).toMatchObject({ event: { kind: 'stage-failed' } });
    expect(Object.keys(seen.get('webhook')?.headers ?? {}).map((h) => h.toLowerCase())).toContain('x-stagegate-signature-256');
    expect(Object.keys(seen.get('slack')?.headers ?? {}).map((h) => h.toLowerCase())).not.toContain('x-stagegate-signature-256');
  });

  it('backs off as told, and cuts a long error body to 120 characters in the log line', async () => {
    const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-unit-')), 'audit.jsonl');
    const lines: string[] = [];
    const waits: number[] = [];
    const fetch = (async () => new Response('e'.repeat(200), { status: 503 })) as typeof globalThis.fetch;
    const notifier = createNotifier({ routes: { channels: [channel('slack', { retries: 2 })], failOnError: 'p0-p1' }, auditFile, fetch, sleep: async (ms) => void waits.push(ms), log: (l) => lines.push(l), backoff: { backoffMs: 5, maxBackoffMs: 8 } });
    const report = await notifier.notify(event('P0'));
    expect(waits).toEqual([5, 8]);
    expect(report.attempts.map((a) => a.outcome)).toEqual(['retrying', 'retrying', 'failed']);
    expect(lines.at(-1)).toMatch(new RegExp(`^notify: slack attempt 3 failed \\(HTTP 503, \\d+ms\\) \\(${'e'.repeat(120)}\\)$`));
  });

  it('hides the path of a webhook URL too, wherever a server echoes it', async () => {
    const auditFile = join(mkdtempSync(join(tmpdir(), 'notify-unit-')), 'audit.jsonl');
    const lines: string[] = [];
    const fetch = (async () => new Response('no such hook: /services/T0/B0/secret-token', { status: 404 })) as typeof globalThis.fetch;
    const slack = channel('slack', { url: 'https://hooks.example/services/T0/B0/secret-token' });
    const notifier = createNotifier({ routes: { channels: [slack], failOnError: 'p0-p1' }, auditFile, fetch, sleep: async () => {}, log: (l) => lines.push(l) });
    const report = await notifier.notify(event('P0'));
    expect(report.attempts[0]?.error).toBe('no such hook: <slack webhook>');
    expect(lines.join('\n')).not.toContain('secret-token');
    expect(readFileSync(auditFile, 'utf8')).not.toContain('secret-token');
  });
});
