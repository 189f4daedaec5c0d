import { describe, expect, it } from 'vitest';
import { createEvent, describeEvent, factsOf, isAtLeast, linksOf, rankOf, type NotifyEvent } from '../src/index.js';

const AT = new Date('2026-03-01T10:20:30.456Z');

describe('events', () => {
  it('fills in the time, the kind\'s priority and an id made of the time and a random tail', () => {
    const e = createEvent({ kind: 'rollback-started', service: 'api' }, AT);
    expect(e).toMatchObject({ kind: 'rollback-started', service: 'api', time: '2026-03-01T10:20:30.456Z', priority: 'P1' });
    expect(e.id).toMatch(/^20260301102030456-[a-z0-9]{1,6}$/);
    expect(createEvent({ kind: 'rollback-started', service: 'api' }, AT).id).not.toBe(e.id);
  });

  it('keeps an id, a time and a priority that are given', () => {
    expect(createEvent({ kind: 'deploy-started', service: 'api', id: 'e-1', time: '2026-01-01T00:00:00Z', priority: 'P0' }, AT)).toMatchObject({ id: 'e-1', time: '2026-01-01T00:00:00Z', priority: 'P0' });
    expect(createEvent({ kind: 'deploy-started', service: 'api', time: '2026-01-01T00:00:00Z' }, AT).id).toMatch(/^20260101000000-/);
    expect(createEvent({ kind: 'deploy-started', service: 'api', time: '2026-01-01T00:00:00.000+01:00' }, AT).id).toMatch(/^20260101000000000-[a-z0-9]+$/);
  });

  it('ranks priorities, P0 most urgent', () => {
    expect(['P0', 'P1', 'P2', 'P3'].map((p) => rankOf(p as 'P0'))).toEqual([0, 1, 2, 3]);
    expect(isAtLeast('P0', 'P1')).toBe(true);
    expect(isAtLeast('P1', 'P1')).toBe(true);
    expect(isAtLeast('P2', 'P1')).toBe(false);
  });

  it('describes an event in one line, with version and stage only when known', () => {
    const full = createEvent({ kind: 'gate-failed', service: 'api', version: '1.4.2', stage: 'canary' }, AT);
    expect(describeEvent(full)).toBe('P0 api 1.4.2: gate failed in canary');
    expect(describeEvent(createEvent({ kind: 'manual-approval-waiting', service: 'api' }, AT))).toBe('P1 api: manual approval waiting');
  });

  it('lists the facts in order, leaving out what is not known', () => {
    const e = createEvent({ kind: 'stage-failed', service: 'api', version: 'v2', stage: 'full', targets: ['lhr', 'nrt'] }, AT);
    expect(factsOf(e)).toEqual([
      { label: 'Service', value: 'api' }, { label: 'Priority', value: 'P0' }, { label: 'Version', value: 'v2' },
      { label: 'Stage', value: 'full' }, { label: 'Targets', value: 'lhr, nrt' }, { label: 'Event', value: 'stage-failed' },
    ]);
    expect(factsOf(createEvent({ kind: 'stage-failed', service: 'api', targets: [] }, AT)).map((f) => f.label)).toEqual(['Service', 'Priority', 'Event']);
  });

  it('puts the run link first, then the event\'s own links', () => {
    const e: NotifyEvent = createEvent({ kind: 'pipeline-failed', service: 'api', runUrl: 'https://run', links: [{ text: 'production/lhr', url: 'https://env' }] }, AT);
    expect(linksOf(e)).toEqual([{ text: 'Workflow run', url: 'https://run' }, { text: 'production/lhr', url: 'https://env' }]);
    expect(linksOf(createEvent({ kind: 'pipeline-failed', service: 'api' }, AT))).toEqual([]);
  });
});
