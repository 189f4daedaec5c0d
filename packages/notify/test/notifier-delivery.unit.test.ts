import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Priority } from '@stagegate/core';
import { describe, expect, it } from 'vitest';
import { createEvent, createNotifier, parseAuditTrail, type Channel, type EventInput, type Routes } from '../src/index.js';

/** A notifier over a fetch that answers per channel name: the names in `down` answer 500. */
function setup(routes: Omit<Routes, 'failOnError'>, opts: { digest?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'notify-delivery-'));
  const auditFile = join(dir, 'audit.jsonl');
  const digestFile = join(dir, 'digest.md');
  const calls: string[] = [];
  const down: string[] = [];
  const fetch = (async (url: string | URL) => {
    const name = String(url).split('/').at(-1)!;
    calls.push(name);
    return new Response(down.includes(name) ? 'down' : 'ok', { status: down.includes(name) ? 500 : 200 });
  }) as typeof globalThis.fetch;
  const notifier = createNotifier({
    routes: { ...routes, failOnError: 'p0-p1' }, auditFile, fetch, sleep: async () => {},
    clock: () => new Date('2026-03-01T12:00:00Z'),
    ...(opts.digest ? { digestFile: () => digestFile } : {}),
  });
  const audit = () => parseAuditTrail(readFileSync(auditFile, 'utf8'));
  return { notifier, calls, down, audit, digestFile };
}

const channel = (name: string, extra: Partial<Channel> = {}): Channel => ({
  name, type: 'slack', url: `https://hooks.example/${name}`, minPriority: 'P3', immediatePriority: 'P0', timeoutMs: 1000, retries: 0, ...extra,
});
const event = (priority: Priority, extra: Partial<EventInput> = {}) =>
  createEvent({ kind: 'stage-failed', service: 'api', version: 'v1', priority, ...extra }, new Date('2026-03-01T10:00:00Z'));

describe('channels that are not configured', () => {
  it('are written to the audit trail as logged locally only', async () => {
    const { notifier, audit } = setup({ channels: [channel('slack')], unconfigured: [{ name: 'pager', path: 'channels.pager.url', variable: 'PAGER_URL' }] });
    await notifier.notify(event('P1'));
    expect(audit()[0]).toEqual({ type: 'channel', time: '2026-03-01T12:00:00.000Z', channel: 'pager', status: 'not configured', detail: 'channels.pager.url: PAGER_URL is not set; alerts for pager are logged locally only' });
  });
});

describe('the P3 digest', () => {
  it('a P3 goes to the digest file, not to any channel, and counts as delivered', async () => {
    const { notifier, calls, audit, digestFile } = setup({ channels: [channel('slack')] }, { digest: true });
    const report = await notifier.notify(event('P3', { reason: 'slow\nstart' }));
    expect(report).toEqual({ event: report.event, delivered: ['digest'], failed: [], attempts: [], mustFail: false });
    expect(calls).toEqual([]);
    expect(readFileSync(digestFile, 'utf8')).toContain(`- ${report.event.time} P3 api v1: stage failed — slow start\n`);
    expect(audit().map((r) => r.type)).toEqual(['event', 'result']);
    expect(audit()[1]).toEqual({ type: 'result', time: '2026-03-01T12:00:00.000Z', event: report.event.id, delivered: ['digest'], failed: [], mustFail: false });
  });

  it('a P2 is sent to the channels even with a digest', async () => {
    const { notifier, calls, digestFile } = setup({ channels: [channel('slack')] }, { digest: true });
    expect(await notifier.notify(event('P2'))).toMatchObject({ delivered: ['slack'] });
    expect(calls).toEqual(['slack']);
    expect(existsSync(digestFile)).toBe(false);
  });

  it('without a digest a P3 is routed like the others', async () => {
    const { notifier, calls } = setup({ channels: [channel('slack')] });
    expect(await notifier.notify(event('P3'))).toMatchObject({ delivered: ['slack'] });
    expect(calls).toEqual(['slack']);
  });
});

describe('detail events', () => {
  it('go only to channels that ask for every event; key events go to all', async () => {
    const { notifier, calls } = setup({ channels: [channel('slack'), channel('chatty', { events: 'all' }), channel('keyonly', { events: 'key' })] });
    expect(await notifier.notify(event('P1', { detail: true }))).toMatchObject({ delivered: ['chatty'] });
    expect(calls).toEqual(['chatty']);
    calls.length = 0;
    expect((await notifier.notify(event('P1'))).delivered.sort()).toEqual(['chatty', 'keyonly', 'slack']);
  });
});

describe('the all-clear follows the alarm', () => {
  const routes = () => ({ channels: [channel('slack'), channel('pager', { fallbackFor: 'slack', minPriority: 'P0', immediatePriority: 'none' })] });

  it('a fallback that carried a P0 also hears the closing message, though below its min-priority', async () => {
    const { notifier, calls, down } = setup(routes());
    down.push('slack');
    expect(await notifier.notify(event('P0'))).toMatchObject({ delivered: ['pager'], failed: ['slack'] });
    down.length = 0;
    calls.length = 0;
    const closing = await notifier.notify(event('P2', { kind: 'pipeline-succeeded', closing: true }));
    expect(closing.delivered.sort()).toEqual(['pager', 'slack']);
    expect(calls.sort()).toEqual(['pager', 'slack']);
  });

  it('a message that is not closing stays within min-priority', async () => {
    const { notifier, calls, down } = setup(routes());
    down.push('slack');
    await notifier.notify(event('P0'));
    down.length = 0;
    calls.length = 0;
    expect(await notifier.notify(event('P2', { kind: 'pipeline-succeeded' }))).toMatchObject({ delivered: ['slack'] });
    expect(calls).toEqual(['slack']);
  });

  it('only a P0 marks a channel as alarmed: after a P1 the closing message skips the fallback', async () => {
    const { notifier, calls, down } = setup({ channels: [channel('slack'), channel('pager', { fallbackFor: 'slack', minPriority: 'P1', immediatePriority: 'none' })] });
    down.push('slack');
    expect(await notifier.notify(event('P1'))).toMatchObject({ delivered: ['pager'] });
    down.length = 0;
    calls.length = 0;
    expect(await notifier.notify(event('P2', { kind: 'pipeline-succeeded', closing: true }))).toMatchObject({ delivered: ['slack'] });
    expect(calls).toEqual(['slack']);
  });

  it('a closing message with no P0 before goes where its priority says', async () => {
    const { notifier, calls } = setup(routes());
    expect(await notifier.notify(event('P2', { kind: 'pipeline-succeeded', closing: true }))).toMatchObject({ delivered: ['slack'] });
    expect(calls).toEqual(['slack']);
  });

  it('a channel that took a P0 directly hears the closing message, and only the closing one', async () => {
    const { notifier, calls } = setup({ channels: [channel('slack'), channel('oncall', { minPriority: 'P0' })] });
    expect((await notifier.notify(event('P0'))).delivered.sort()).toEqual(['oncall', 'slack']);
    calls.length = 0;
    expect(await notifier.notify(event('P2', { kind: 'stage-succeeded' }))).toMatchObject({ delivered: ['slack'] });
    expect(calls).toEqual(['slack']);
    calls.length = 0;
    expect((await notifier.notify(event('P2', { kind: 'pipeline-succeeded', closing: true }))).delivered.sort()).toEqual(['oncall', 'slack']);
  });

  it('closing does not send a fallback that carried no P0 while its channel delivers', async () => {
    const { notifier, calls } = setup({ channels: [channel('slack'), channel('backup', { fallbackFor: 'slack', immediatePriority: 'none' })] });
    expect(await notifier.notify(event('P2', { kind: 'pipeline-succeeded', closing: true }))).toMatchObject({ delivered: ['slack'] });
    expect(calls).toEqual(['slack']);
  });
});
