import { beforeEach, describe, expect, it } from 'vitest';
import {
  computeDora, computeTargetStatus, ConfigError, countPerDay, makeFailureTest, mergeHistories, pageHistory, parseHistoryLines,
  parseWindow, renderDailyChart, type DeploymentFact, type DoraReport, type HistoryEvent,
} from '../src/index.js';

const H = 3_600_000;
const t0 = Date.parse('2026-03-01T00:00:00Z');
const at = (hours: number) => new Date(t0 + hours * H).toISOString();
let nextId = 1;
function fact(target: string, version: string, hours: number, state: string, extra: Partial<DeploymentFact> = {}): DeploymentFact {
  return { id: nextId++, target, environment: `production/${target}`, stage: 'canary', version, sha: `sha-${version}`, kind: 'deploy', runId: '1', createdAt: at(hours), state, ...extra };
}

describe('DORA figures against a hand-computed example', () => {
  // Over 10 days, two targets. Commits: v1 at h-2, v2 at h22, v3 at h70, v4 at h140.
  nextId = 1;
  const v1a = fact('lhr', 'v1', 0, 'inactive', { succeededAt: at(1) }); //       ok, lead 3h
  const v1b = fact('nrt', 'v1', 0.5, 'inactive', { succeededAt: at(1.5) }); //   ok, lead 3.5h
  const v2a = fact('lhr', 'v2', 24, 'inactive', { succeededAt: at(25) }); //     ok, lead 3h
  const v2b = fact('nrt', 'v2', 24, 'failure', { stateAt: at(26) }); //          failed at h26
  const rb = fact('nrt', 'v1', 28, 'inactive', { kind: 'rollback', succeededAt: at(29), replaces: { version: 'v2', deploymentId: v2b.id } }); // restores nrt: 29-26 = 3h
  const v3a = fact('lhr', 'v3', 72, 'inactive'); //                              rolled back below (state says ok, the payload says not)
  const rb3 = fact('lhr', 'v2', 80, 'inactive', { kind: 'rollback', replaces: { version: 'v3' } }); // restores lhr: 80-72 = 8h (creation times: statuses unread)
  const v4a = fact('lhr', 'v4', 144, 'success', { succeededAt: at(146) }); //   ok, lead 6h
  const v4b = fact('nrt', 'v4', 144, 'in_progress'); //                          still running: not counted either way
  const old = fact('lhr', 'v0', -100, 'inactive'); //                            before the window
  const facts = [v1a, v1b, v2a, v2b, rb, v3a, rb3, v4a, v4b, old];
  const commitTimes = new Map([['sha-v1', at(-2)], ['sha-v2', at(22)], ['sha-v3', at(70)], ['sha-v4', at(140)]]);
  let report: DoraReport;
  // Computed in each test, not while collecting: mutation testing credits a kill only to a test that ran the code.
  beforeEach(() => void (report = computeDora({ facts, to: new Date(t0 + 240 * H), windowMs: 240 * H, commitTimes })));

  it('counts deployments, and changes (versions) once each for the rate', () => {
    expect(report.deployments).toBe(7); // v1a v1b v2a v2b v3a v4a v4b
    expect(report.rollouts).toBe(4);
    expect(report.failedDeployments).toBe(2); // v2 by v2b's state, v3 by the rollback that names its version
    expect(report.changeFailureRate).toBeCloseTo(2 / 3); // v1 ok, v2 and v3 failed; v4 still runs
    expect(report.deploymentsPerDay).toBeCloseTo(1 / 10); // one successful change in 10 days
  });

  it('takes medians of lead time and time to restore', () => {
    expect(report.leadTime).toEqual({ medianMs: 3.5 * H, samples: 1 }); // v1: commit h-2 to its last target at h1.5
    expect(report.timeToRestore).toEqual({ medianMs: 5.5 * H, samples: 2 }); // 3, 8
    expect(report.unrestored).toBe(0);
  });

  it('counts a failure with no later success as unrestored', () => {
    const r = computeDora({ facts: [fact('x', 'v9', 1, 'failure')], to: new Date(t0 + 48 * H), windowMs: 48 * H });
    expect(r).toMatchObject({ failedDeployments: 1, unrestored: 1, changeFailureRate: 1, timeToRestore: { medianMs: undefined, samples: 0 } });
  });

  it('draws deployments and failures per day', () => {
    const rows = countPerDay(facts, makeFailureTest(facts), new Date(t0), new Date(t0 + 3 * 24 * H));
    expect(rows.map((r) => [r.day, r.deployments, r.failures])).toEqual([['2026-03-01', 2, 0], ['2026-03-02', 2, 1], ['2026-03-03', 0, 0], ['2026-03-04', 1, 1]]);
    expect(renderDailyChart(rows)).toContain('bar [2, 2, 0, 1]');
  });
});

describe('status and history views', () => {
  it('finds live, previous and a rollout in progress', () => {
    nextId = 100;
    const list = [fact('lhr', 'v1', 0, 'inactive'), fact('lhr', 'v2', 1, 'success', { succeededAt: at(1.1) }), fact('lhr', 'v3', 2, 'in_progress')];
    expect(computeTargetStatus('lhr', 'production/lhr', list)).toMatchObject({ version: 'v2', since: at(1.1), previous: 'v1', inProgress: true, rollingOut: 'v3', failing: false });
  });

  it('pages and filters newest first', () => {
    nextId = 200;
    const list = Array.from({ length: 30 }, (_, i) => fact(i % 2 ? 'lhr' : 'nrt', `v${i}`, i, 'success'));
    const page = pageHistory(list, { target: 'lhr', since: new Date(t0 + 10 * H) }, 2, 5);
    expect(page.rows.map((r) => r.version)).toEqual(['v19', 'v17', 'v15', 'v13', 'v11']);
    expect(page.hasMore).toBe(false);
  });
});

describe('history events', () => {
  const e = (time: string, attempt: number, kind: HistoryEvent['kind']): HistoryEvent => ({ time, run: { id: '7', attempt }, kind, target: 'lhr' });
  it('merges histories once each, oldest first, keeping both attempts of a re-run', () => {
    const a = [e('2026-01-01T00:00:02Z', 1, 'stage-started'), e('2026-01-01T00:00:01Z', 1, 'deploy-started')];
    const merged = mergeHistories(a, [...a, e('2026-01-01T00:00:02Z', 2, 'stage-started')]);
    expect(merged.map((x) => `${x.kind}#${x.run.attempt}`)).toEqual(['deploy-started#1', 'stage-started#1', 'stage-started#2']);
  });

  it('names the line of a broken history', () => {
    const text = `${JSON.stringify(e('2026-01-01T00:00:00Z', 1, 'notification'))}\nnot json\n{"time":"x","run":{"id":"1","attempt":1},"kind":"stage-started"}\n`;
    expect(() => parseHistoryLines(text, 'history.jsonl')).toThrow(ConfigError);
    expect(() => parseHistoryLines(text, 'history.jsonl')).toThrow(/history.jsonl line 2: expected a JSON object[\s\S]*line 3: expected "time"/);
  });

  it('parses windows in days and hours, naming the input otherwise', () => {
    expect(parseWindow('30d', '--window')).toBe(30 * 24 * H);
    expect(parseWindow('72h', '--window')).toBe(72 * H);
    expect(() => parseWindow('soon', '--window')).toThrow(/--window: expected a window/);
  });
});
