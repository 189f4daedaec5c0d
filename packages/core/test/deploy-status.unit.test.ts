import { describe, expect, it } from 'vitest';
import { buildDeployStatus, findOpenRollout, targetsOfDetail, type HistoryEvent, type TargetStatus } from '@stagegate/core';

const t0 = Date.parse('2026-05-01T10:00:00Z');
const at = (s: number): string => new Date(t0 + s * 1000).toISOString();
const stages = [{ name: 'canary', targets: ['lhr', 'nrt'] }, { name: 'primary', targets: ['ewr'] }, { name: 'full', targets: ['ord'] }];

/** Lines as the pipeline's history writer writes them: detail `<event>: targets …: reason`. */
function runLines(run: string, version: string) {
  const lines: HistoryEvent[] = [];
  let s = 0;
  const line = (kind: HistoryEvent['kind'], event: string, extra: Partial<HistoryEvent> = {}, targets: string[] = []): void => {
    lines.push({ time: at((s += 1) + Number(run) * 1000), run: { id: run, attempt: 1 }, kind, version, detail: [event, targets.length ? `targets ${targets.join(', ')}` : '', extra.detail ?? ''].filter(Boolean).join(': '), ...(extra.stage ? { stage: extra.stage } : {}), ...(extra.verdict ? { verdict: extra.verdict } : {}) });
  };
  const target = (kind: HistoryEvent['kind'], stage: string, t: string, verdict: string): void => {
    lines.push({ time: at((s += 1) + Number(run) * 1000), run: { id: run, attempt: 1 }, kind, stage, target: t, version, verdict, detail: 'ok' });
  };
  return { lines, line, target };
}

const status = (target: string, version: string | undefined, extra: Partial<TargetStatus> = {}): TargetStatus => ({ target, environment: `production/${target}`, version, inProgress: false, failing: false, ...extra });
const now = new Date(t0 + 10_000_000);

describe('targetsOfDetail', () => {
  it('reads the targets a pipeline line names, and nothing from free text', () => {
    expect(targetsOfDetail('rollback-started: targets lhr, nrt: ewr: health 503')).toEqual(['lhr', 'nrt']);
    expect(targetsOfDetail('stage-started: targets ewr')).toEqual(['ewr']);
    expect(targetsOfDetail('pipeline-succeeded: v2 is live')).toEqual([]);
    expect(targetsOfDetail(undefined)).toEqual([]);
  });
});

describe('buildDeployStatus', () => {
  it('after a successful rollout: idle everywhere, the last rollout named, live and previous per target', () => {
    const r = runLines('1', 'v2');
    r.line('deploy-started', 'deploy-started', {}, ['lhr', 'nrt']);
    r.line('stage-started', 'stage-started', { stage: 'canary' }, ['lhr', 'nrt']);
    r.target('deploy-finished', 'canary', 'lhr', 'succeeded');
    r.line('deploy-finished', 'pipeline-succeeded', { verdict: 'succeeded' }, ['lhr', 'nrt']);
    const file = buildDeployStatus({ now, service: 'trading-api', stages, statuses: [status('lhr', 'v2', { since: at(3), previous: 'v1' })], events: r.lines });
    expect(file).toEqual({
      format: 1, generatedAt: now.toISOString(), service: 'trading-api', state: 'idle',
      lastRollout: { version: 'v2', result: 'succeeded', run: { id: '1', attempt: 1 }, finishedAt: r.lines.at(-1)?.time },
      targets: [{ target: 'lhr', environment: 'production/lhr', version: 'v2', since: at(3), previous: 'v1', state: 'idle', failing: false }],
    });
  });

  it('a paused rollout: paused on the targets left on its version, the next stage to resume at', () => {
    const r = runLines('2', 'v3');
    r.line('deploy-started', 'deploy-started');
    r.line('stage-started', 'stage-started', { stage: 'canary' }, ['lhr', 'nrt']);
    r.target('deploy-finished', 'canary', 'lhr', 'succeeded');
    r.line('stage-finished', 'manual-approval-waiting', { stage: 'canary', verdict: 'paused' }, ['lhr']);
    r.line('deploy-finished', 'pipeline-failed', { verdict: 'paused' });
    const file = buildDeployStatus({ now, stages, statuses: [status('lhr', 'v3'), status('ewr', 'v1')], events: r.lines });
    expect(file.state).toBe('paused');
    expect(file.rollout).toEqual({ version: 'v3', stage: 'canary', nextStage: 'primary', state: 'paused', run: { id: '2', attempt: 1 }, startedAt: r.lines[0]?.time });
    expect(file.targets.map((t) => t.state)).toEqual(['paused', 'idle']);
    expect(file.lastRollout).toBeUndefined();
  });

  it('a rollout in progress: deploying, then gating, then rolling back the targets named', () => {
    const r = runLines('3', 'v4');
    r.line('deploy-started', 'deploy-started');
    r.line('stage-started', 'stage-started', { stage: 'primary' }, ['ewr']);
    const statuses = [status('lhr', 'v4'), status('ewr', 'v1', { inProgress: true, rollingOut: 'v4' })];
    const deploying = buildDeployStatus({ now: new Date(t0 + 3_000_100), stages, statuses, events: r.lines });
    expect(deploying.state).toBe('deploying');
    expect(deploying.rollout).toMatchObject({ stage: 'primary', nextStage: 'full', state: 'deploying' });
    expect(deploying.targets.map((t) => [t.state, t.rollingOut])).toEqual([['idle', undefined], ['deploying', 'v4']]);
    r.target('deploy-finished', 'primary', 'ewr', 'succeeded');
    expect(buildDeployStatus({ now: new Date(t0 + 3_000_100), stages, statuses, events: r.lines }).targets.map((t) => t.state)).toEqual(['idle', 'gating']);
    r.line('rollback-started', 'rollback-started', { stage: 'primary' }, ['lhr', 'ewr']);
    const rolling = buildDeployStatus({ now: new Date(t0 + 3_000_100), stages, statuses, events: r.lines, frozen: { reason: 'incident', actor: 'ana', at: at(1) } });
    expect(rolling.state).toBe('rolling-back');
    expect(rolling.rollout).not.toHaveProperty('nextStage');
    expect(rolling.targets.map((t) => t.state)).toEqual(['rolling-back', 'rolling-back']);
    expect(rolling.frozen).toEqual({ reason: 'incident', actor: 'ana', at: at(1) });
  });

  it('frozen: every target not rolling back, and the service, say frozen', () => {
    const file = buildDeployStatus({ now, statuses: [status('lhr', 'v1'), status('ewr', 'v1', { inProgress: true })], frozen: { reason: 'market hours', actor: 'ana', at: at(0) } });
    expect(file.state).toBe('frozen');
    expect(file.targets.map((t) => t.state)).toEqual(['frozen', 'frozen']);
  });

  it('without history: a running deployment is deploying; a run abandoned for 6 h is not open', () => {
    expect(buildDeployStatus({ now, statuses: [status('lhr', 'v1', { inProgress: true })] }).state).toBe('deploying');
    const r = runLines('4', 'v5');
    r.line('deploy-started', 'deploy-started');
    r.line('stage-started', 'stage-started', { stage: 'canary' }, ['lhr']);
    const late = new Date(Date.parse(r.lines.at(-1)?.time ?? '') + 6 * 3_600_000);
    expect(findOpenRollout(r.lines, new Date(late.getTime() - 1)).open?.version).toBe('v5');
    expect(findOpenRollout(r.lines, late)).toEqual({});
  });

  it('a rolled-back rollout is the last one, and a newer finished run replaces a paused one', () => {
    const a = runLines('5', 'v6');
    a.line('deploy-started', 'deploy-started');
    a.line('rollback-started', 'rollback-started', {}, ['lhr']);
    a.line('rollback-finished', 'rollback-succeeded', {}, ['lhr']);
    a.line('deploy-finished', 'pipeline-failed', { verdict: 'rolled-back' });
    const b = runLines('6', 'v7');
    b.line('deploy-started', 'deploy-started');
    b.line('deploy-finished', 'pipeline-failed', { verdict: 'paused' });
    expect(findOpenRollout(a.lines, now)).toMatchObject({ last: { version: 'v6', result: 'rolled-back', rollingBack: [] } });
    const both = findOpenRollout([...b.lines, ...a.lines], now);
    expect(both.open?.version).toBe('v7');
    expect(both.last?.version).toBe('v6');
    const c = runLines('7', 'v7');
    c.line('deploy-started', 'deploy-started');
    c.line('deploy-finished', 'pipeline-succeeded');
    expect(findOpenRollout([...a.lines, ...b.lines, ...c.lines], now)).toMatchObject({ last: { version: 'v7', result: 'succeeded' } });
    expect(findOpenRollout([...a.lines, ...b.lines, ...c.lines], now).open).toBeUndefined();
  });
});
