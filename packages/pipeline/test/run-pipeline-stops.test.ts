import { describe, expect, it } from 'vitest';
import { loadPlan, type FreezeState } from '@stagegate/core';
import { runPipeline, type PipelineDeps, type PipelineEvent, type PipelineTarget } from '../src/index.js';

const PLAN = loadPlan(`version: 1
service: trading-api
stages:
  - { name: canary, targets: [lhr], on-failure: rollback-all }
  - { name: primary, targets: [ewr], on-failure: rollback-all }
deploy: { run: ["deploy", "{target}", "{version}"] }
`);
const FROZEN: FreezeState = { frozen: true, reason: 'incident 42', actor: 'alice', at: '2026-12-01T18:00:00.000Z' };

/** Deps at the pipeline's boundary; the freeze record answers from a list the test changes as the run goes. */
function scripted(freezeBefore: Record<string, FreezeState | undefined>): PipelineDeps & { journal: string[]; events: PipelineEvent[] } {
  const journal: string[] = [];
  const events: PipelineEvent[] = [];
  const target = (t: string): PipelineTarget => ({ target: t, environment: `production/${t}`, state: 'succeeded', fromVersion: 'v1', toVersion: 'v2', reason: 'ok', deploymentId: 1 });
  let next = 'canary';
  return {
    journal, events,
    async readFreeze(environment) {
      journal.push(`read ${environment}`);
      return freezeBefore[next];
    },
    async deployStage(stage) {
      journal.push(`deploy ${stage.name}`);
      next = PLAN.stages[PLAN.stages.findIndex((s) => s.name === stage.name) + 1]?.name ?? '';
      return { outcome: 'succeeded', targets: stage.targets.map(target) };
    },
    async gateStage() {
      return { verdict: 'Successful', failedTargets: [], failedChecks: [] };
    },
    async rollback(items) {
      journal.push(`rollback ${items.map((i) => i.target).join(',')}`);
      return { ok: true, targets: [] };
    },
    recordVerdict: () => undefined,
    notify: () => undefined,
    record: (e) => void events.push(e),
    settleRecords: async () => [],
    settleNotifications: async () => [],
    log: () => undefined,
    now: () => Date.parse('2026-12-01T18:10:00Z'),
  };
}

describe('runPipeline stopped by a freeze', () => {
  it('frozen before primary: the canary stays, nothing is rolled back, result frozen with the hard stop first', async () => {
    const deps = scripted({ primary: FROZEN });
    const report = await runPipeline(PLAN, { version: 'v2' }, deps);
    expect(report.result).toBe('frozen');
    expect(deps.journal).toEqual(['read production/freeze', 'deploy canary', 'read production/freeze']);
    expect(report.headline).toBe('trading-api v2 stopped by a freeze: hard stop: production/freeze frozen by alice at 2026-12-01T18:00:00.000Z (10m ago): incident 42; stopped before stage primary, nothing rolled back (a freeze is not a failure). Production runs v2 on lhr; ewr untouched.');
    expect(report.nextStep[0]).toMatch(/^wait for the thaw .* then re-run with `version: v2` and `start-at: primary`/);
    expect(report.stages.map((s) => s.stage)).toEqual(['canary']);
    expect(deps.events.map((e) => e.kind)).toEqual(['deploy-started', 'stage-started', 'stage-succeeded', 'pipeline-failed']);
    expect(deps.events.at(-1)?.result).toBe('frozen');
  });

  it('frozen before the first stage: no "deploy started", nothing deployed, only the stop', async () => {
    const deps = scripted({ canary: FROZEN });
    const report = await runPipeline(PLAN, { version: 'v2' }, deps);
    expect(report.result).toBe('frozen');
    expect(deps.journal).toEqual(['read production/freeze']);
    expect(deps.events.map((e) => e.kind)).toEqual(['pipeline-failed']);
  });

  it('thawed: every stage reads the freeze once and runs', async () => {
    const deps = scripted({ canary: { ...FROZEN, frozen: false } });
    expect((await runPipeline(PLAN, { version: 'v2' }, deps)).result).toBe('succeeded');
    expect(deps.journal).toEqual(['read production/freeze', 'deploy canary', 'read production/freeze', 'deploy primary']);
  });
});
