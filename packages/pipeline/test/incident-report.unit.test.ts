import { describe, expect, it } from 'vitest';
import { artifactsUrlOf, incidentFileName, incidentLinks, renderIncidentReport, type IncidentInput } from '@stagegate/pipeline';

const input = (over: Partial<IncidentInput> = {}): IncidentInput => ({
  service: 'trading-api', version: 'v3', result: 'rolled-back',
  cause: 'ewr: health 503 (expected 200) — body {"status":"degraded"} (stage primary)',
  trigger: 'the pipeline: stage primary failed and its on-failure policy rolled back',
  startedAt: '2026-05-01T10:00:00.000Z', endedAt: '2026-05-01T10:01:30.000Z',
  targets: [
    { target: 'ewr', environment: 'production/ewr', wasRunning: 'v3', nowRuns: 'v1', state: 'succeeded', reason: 'rolled back from v3' },
    { target: 'lhr', environment: 'production/lhr', wasRunning: 'v3', nowRuns: 'v3', state: 'failed', reason: 'rollback command exited 7' },
  ],
  timeline: [{ at: '2026-05-01T10:00:40.000Z', event: 'gate-failed', stage: 'primary', targets: ['ewr'], detail: 'ewr: health 503' }],
  links: [{ text: 'Workflow run', url: 'https://github.com/acme/trading-api/actions/runs/7/attempts/1' }],
  ...over,
});

describe('renderIncidentReport', () => {
  it('puts the cause first, then production now, what was not rolled back, the targets, timeline and links', () => {
    const md = renderIncidentReport(input());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Incident: trading-api v3 — rolled-back');
    expect(lines[2]).toBe('**Cause:** ewr: health 503 (expected 200) — body {"status":"degraded"} (stage primary)');
    expect(lines[4]).toBe('**Production now:** ewr runs v1, lhr runs v3. **Not rolled back:** lhr (rollback command exited 7).');
    expect(md).toContain('**Rollback:** 1 of 2 targets back on a good version; started by the pipeline: stage primary failed and its on-failure policy rolled back.');
    expect(md).toContain('**When:** 2026-05-01T10:00:00.000Z → 2026-05-01T10:01:30.000Z (1m30s)');
    expect(md).toContain('| ewr | production/ewr | v3 | v1 | rolled back | rolled back from v3 |');
    expect(md).toContain('| lhr | production/lhr | v3 | v3 | failed | rollback command exited 7 |');
    expect(md).toContain('| 2026-05-01T10:00:40.000Z | gate-failed | primary | ewr | ewr: health 503 |');
    expect(md).toContain('- [Workflow run](https://github.com/acme/trading-api/actions/runs/7/attempts/1)');
    expect(md).not.toContain('Still unhealthy');
  });

  it('lists targets still unhealthy after the rollback, and says when there is nothing to link', () => {
    const md = renderIncidentReport(input({ stillUnhealthy: [{ target: 'ewr', cause: 'health 503' }], links: [], targets: [input().targets[0]!] }));
    expect(md).toContain('## Still unhealthy after the rollback\n\n- ewr: health 503');
    expect(md).toContain('**Rollback:** 1 of 1 target back');
    expect(md).toContain('- none: a local run has no workflow run');
  });

  it('escapes user text: a reason cannot add markup, links or break a table', () => {
    const md = renderIncidentReport(input({ cause: 'boom <img src=x> [click](http://evil) | *bold*\nsecond', targets: [{ target: 'ewr', environment: 'production/ewr', state: 'failed', reason: 'a|b\nc' }] }));
    expect(md).toContain('**Cause:** boom &lt;img src=x&gt; \\[click\\](http://evil) \\| \\*bold\\* second');
    expect(md).toContain('| ewr | production/ewr | ? | ? | failed | a\\|b<br>c |');
    expect(md).toContain('**Production now:** ewr runs an unknown version.');
  });
});

describe('incident file name and links', () => {
  it('makes the version file-safe', () => {
    expect(incidentFileName('v3')).toBe('incident-v3.md');
    expect(incidentFileName('release/1.2+build')).toBe('incident-release_1.2_build.md');
  });

  it('links the run, its artifacts page, the commit and each environment once', () => {
    expect(artifactsUrlOf('https://github.com/acme/x/actions/runs/7/attempts/2')).toBe('https://github.com/acme/x/actions/runs/7#artifacts');
    expect(artifactsUrlOf('')).toBeUndefined();
    const links = incidentLinks('https://ghe.example/acme/x/actions/runs/7', { repository: 'acme/x', sha: 'abcdef1234', serverUrl: 'https://ghe.example/' }, ['production/ewr', 'production/ewr']);
    expect(links).toEqual([
      { text: 'Workflow run', url: 'https://ghe.example/acme/x/actions/runs/7' },
      { text: 'Run artifacts (history, status file, this report)', url: 'https://ghe.example/acme/x/actions/runs/7#artifacts' },
      { text: 'Commit abcdef1', url: 'https://ghe.example/acme/x/commit/abcdef1234' },
      { text: 'Deployments: production/ewr', url: 'https://ghe.example/acme/x/deployments/production%2Fewr' },
    ]);
    expect(incidentLinks('', undefined, ['production/ewr'])).toEqual([]);
  });
});
