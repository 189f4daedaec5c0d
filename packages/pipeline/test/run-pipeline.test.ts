import { describe, expect, it } from 'vitest';
import { loadPlan, type Stage } from '@stagegate/core';
import type { UnrecordedWrite } from '@stagegate/deployer';
import { runPipeline, type PipelineDeps, type PipelineTarget, type StageDeployReport, type StageGateReport } from '../src/index.js';

const PLAN = loadPlan(`version: 1
service: trading-api
stages:
  - { name: canary, targets: [lhr], gate: { checks: [{ name: up, type: tcp, host: "{target}", port: 1 }] }, on-failure: rollback-stage }
  - { name: primary, targets: [ewr], gate: { checks: [{ name: up, type: tcp, host: "{target}", port: 1 }] }, on-failure: rollback-all }
deploy: { run: ["deploy", "{target}", "{version}"] }
`);

interface Script {
  deploy?: (stage: Stage) => Partial<StageDeployReport>;
  gate?: (stage: Stage) => StageGateReport;
  stillUnhealthy?: Array<{ target: string; cause: string }>;
  unrecorded?: UnrecordedWrite[];
  cancelled?: () => boolean;
}

/**
 * Deps at the pipeline's own boundary (the interface it is given), keeping a
 * journal of every call in order: what the orchestrator decides and in which
 * order is the thing under test, not the adapters.
 */
function scripted(s: Script = {}): PipelineDeps & { journal: string[] } {
  const journal: string[] = [];
  const target = (t: string, state = 'succeeded', from = 'v1', to = 'v2'): PipelineTarget => ({ target: t, environment: `production/${t}`, state, fromVersion: from, toVersion: to, reason: state, deploymentId: 1 });
  return {
    journal,
    async deployStage(stage) {
      journal.push(`deploy ${stage.name}`);
      return { outcome: 'succeeded', targets: stage.targets.map((t) => target(t)), ...s.deploy?.(stage) };
    },
    async gateStage(stage) {
      journal.push(`gate ${stage.name}`);
      return s.gate?.(stage) ?? { verdict: 'Successful', failedTargets: [], failedChecks: [] };
    },
    rollback(items) {
      journal.push(`rollback ${items.map((i) => i.target).join(',')}`);
      return Promise.resolve({ ok: true, targets: items.map((i) => target(i.target, 'succeeded', 'v2', 'v1')) });
    },
    recordVerdict: () => void journal.push('recordVerdict'),
    async verifyRollback(back) {
      journal.push(`verify ${back.map((t) => t.target).join(',')}`);
      return s.stillUnhealthy ?? [];
    },
    notify: (e) => void journal.push(`notify ${e.kind}`),
    record: (e) => void journal.push(`record ${e.kind}`),
    async settleRecords() {
      journal.push('settleRecords');
      return s.unrecorded ?? [];
    },
    async settleNotifications() {
      journal.push('settleNotifications');
      return [];
    },
    cancelled: s.cancelled,
    log: () => {},
    now: () => Date.now(),
  };
}

const failPrimary = (stage: Stage): StageGateReport => (stage.name === 'primary' ? { verdict: 'Failed', failedTargets: ['ewr'], failedChecks: ['ewr/up: 503'] } : { verdict: 'Successful', failedTargets: [], failedChecks: [] });

describe('runPipeline after a failed verdict', () => {
  it('starts the rollback before it writes the verdict, records or notifies anything about the failure', async () => {
    const deps = scripted({ gate: failPrimary });
    const report = await runPipeline(PLAN, { version: 'v2' }, deps);
    expect(report.result).toBe('rolled-back');
    const after = deps.journal.slice(deps.journal.indexOf('gate primary') + 1);
    expect(after[0]).toBe('rollback ewr,lhr');
    expect(after.slice(1, 8)).toEqual(['recordVerdict', 'record gate-failed', 'notify gate-failed', 'record stage-failed', 'notify stage-failed', 'record rollback-started', 'notify rollback-started']);
    // The rollback is checked by the gate again, then records and notifications are settled, in that order, at the end.
    expect(after.indexOf('verify ewr,lhr')).toBeGreaterThan(after.indexOf('record rollback-succeeded'));
    expect(deps.journal.slice(-4)).toEqual(['settleRecords', 'record pipeline-failed', 'notify pipeline-failed', 'settleNotifications']);
  });

  it('a target still unhealthy after the rollback is a rollback-failed with its cause, and the run fails', async () => {
    const deps = scripted({ gate: failPrimary, stillUnhealthy: [{ target: 'ewr', cause: 'v1: up: connection refused' }] });
    const report = await runPipeline(PLAN, { version: 'v2' }, deps);
    expect(report.result).toBe('failed');
    expect(report.rollback?.stillUnhealthy).toEqual([{ target: 'ewr', cause: 'v1: up: connection refused' }]);
    const event = report.events.find((e) => e.kind === 'rollback-failed');
    expect(event?.reason).toBe('still unhealthy after the rollback: ewr: v1: up: connection refused');
    expect(deps.journal).toContain('notify rollback-failed');
  });

  it('does not check the rollback again when verify-rollback is off', async () => {
    const deps = scripted({ gate: failPrimary, stillUnhealthy: [{ target: 'ewr', cause: 'x' }] });
    const report = await runPipeline(PLAN, { version: 'v2', verifyRollback: false }, deps);
    expect(report.result).toBe('rolled-back');
    expect(deps.journal.some((l) => l.startsWith('verify'))).toBe(false);
  });

  it('a stage that deployed nothing claims no rollback: no rollback-started, result failed', async () => {
    const deps = scripted({ deploy: (stage) => ({ outcome: 'failed', targets: stage.targets.map((t) => ({ target: t, environment: `production/${t}`, state: 'error', reason: 'could not record the deployment: HTTP 403' })) }) });
    const report = await runPipeline(PLAN, { version: 'v2' }, deps);
    expect(report.result).toBe('failed');
    expect(report.rollback).toBeUndefined();
    expect(deps.journal.filter((l) => l.includes('rollback'))).toEqual([]);
    expect(report.stages[0]?.reason).toMatch(/nothing was deployed, so nothing was rolled back/);
  });

  it('what could not be recorded goes into the report and the history, before the final event', async () => {
    const unrecorded = [{ target: 'ewr', environment: 'production/ewr', what: 'status failure on deployment 7 (v2)', cause: 'HTTP 500: boom', deploymentId: 7 }];
    const report = await runPipeline(PLAN, { version: 'v2' }, scripted({ gate: failPrimary, unrecorded }));
    expect(report.unrecorded).toEqual(unrecorded);
    const missing = report.events.find((e) => e.kind === 'records-missing');
    expect(missing?.reason).toBe('ewr: status failure on deployment 7 (v2): HTTP 500: boom');
    expect(report.events.at(-1)?.kind).toBe('pipeline-failed');
  });
});

describe('runPipeline when the run is cancelled', () => {
  it('ends cancelled after a cancelled deploy: no rollback, no pause, no approval alert', async () => {
    const deps = scripted({ deploy: (stage) => (stage.name === 'primary' ? { outcome: 'cancelled' } : {}) });
    const report = await runPipeline(PLAN, { version: 'v2' }, deps);
    expect(report.result).toBe('cancelled');
    expect(report.stages.map((s) => s.decision)).toEqual(['next', 'cancelled']);
    expect(deps.journal.filter((l) => /rollback|manual-approval|gate primary/.test(l))).toEqual([]);
    expect(report.events.at(-1)).toMatchObject({ kind: 'pipeline-failed', result: 'cancelled' });
  });

  it('ends cancelled when the signal came during the gate, whatever the gate said', async () => {
    let stop = false;
    const deps = scripted({ gate: (stage) => { stop = stage.name === 'primary'; return failPrimary(stage); }, cancelled: () => stop });
    const report = await runPipeline(PLAN, { version: 'v2' }, deps);
    expect(report.result).toBe('cancelled');
    expect(deps.journal.some((l) => l.startsWith('rollback'))).toBe(false);
  });
});
