import { describe, expect, it } from 'vitest';
import { decideAfterStage, loadPlan, pipelineResult, selectStages, type StageOutcome } from '@stagegate/core';

const ok = (stage: string, targets: string[]): StageOutcome => ({ stage, deploy: 'succeeded', gate: 'Successful', touchedTargets: targets, failedTargets: [] });
const gateFailed = (stage: string, targets: string[], failed: string[]): StageOutcome => ({ stage, deploy: 'succeeded', gate: 'Failed', touchedTargets: targets, failedTargets: failed });

describe('on-failure policies', () => {
  const history = [ok('canary', ['lhr', 'nrt'])];

  it('goes on when the stage passed', () => {
    expect(decideAfterStage('rollback-all', ok('primary', ['ewr']), history)).toEqual({ kind: 'next' });
    expect(decideAfterStage('rollback-all', { ...ok('primary', ['ewr']), gate: 'skipped' }, history)).toEqual({ kind: 'next' });
  });

  it('rollback-stage rolls back only this stage', () => {
    const d = decideAfterStage('rollback-stage', gateFailed('primary', ['ewr'], ['ewr']), history);
    expect(d).toEqual({ kind: 'rollback', scope: 'stage', items: [{ stage: 'primary', target: 'ewr' }], reason: 'stage primary: health gate Failed on ewr' });
  });

  it('rollback-all rolls back every touched target, newest stage first', () => {
    const d = decideAfterStage('rollback-all', gateFailed('primary', ['ewr'], ['ewr']), history);
    expect(d.kind === 'rollback' && d.items.map((i) => i.target)).toEqual(['ewr', 'lhr', 'nrt']);
  });

  it('a failed deploy rolls back the targets it touched, including the one that failed', () => {
    const o: StageOutcome = { stage: 'full', deploy: 'partially-failed', gate: 'skipped', touchedTargets: ['ord', 'fra'], failedTargets: ['fra'] };
    const d = decideAfterStage('rollback-stage', o, history);
    expect(d).toMatchObject({ kind: 'rollback', items: [{ target: 'ord' }, { target: 'fra' }], reason: 'stage full: deploy partially-failed on fra' });
  });

  it('continue records and goes on; pause stops', () => {
    expect(decideAfterStage('continue', gateFailed('full', ['sin'], ['sin']), history).kind).toBe('continue');
    expect(decideAfterStage('pause', gateFailed('full', ['sin'], ['sin']), history).kind).toBe('pause');
  });

  it('an Inconclusive gate pauses whatever the policy: neither healthy nor proven broken', () => {
    expect(decideAfterStage('rollback-all', { ...ok('canary', ['lhr']), gate: 'Inconclusive' }, []).kind).toBe('pause');
  });

  it('an Error verdict follows the policy like Failed', () => {
    expect(decideAfterStage('rollback-stage', { ...ok('canary', ['lhr']), gate: 'Error' }, []).kind).toBe('rollback');
  });

  it('a cancelled run pauses instead of starting a rollback', () => {
    expect(decideAfterStage('rollback-all', { ...ok('canary', ['lhr']), deploy: 'cancelled' }, []).kind).toBe('pause');
  });
});

describe('pipeline result', () => {
  it.each([
    [[], false, 'succeeded'],
    [[{ kind: 'next' }], false, 'succeeded'],
    [[{ kind: 'continue', reason: '' }], false, 'partially-failed'],
    [[{ kind: 'rollback', scope: 'stage', items: [], reason: '' }], false, 'rolled-back'],
    [[{ kind: 'rollback', scope: 'stage', items: [], reason: '' }], true, 'failed'],
    [[{ kind: 'continue', reason: '' }, { kind: 'pause', reason: '' }], false, 'paused'],
  ] as const)('%j (rollback failed: %s) → %s', (decisions, failed, result) => {
    expect(pipelineResult(decisions as never, failed)).toBe(result);
  });
});

describe('stage selection', () => {
  const plan = loadPlan('version: 1\nservice: s\nstages: [{name: a, targets: [x]}, {name: b, targets: [y]}, {name: c, targets: [z]}]\ndeploy: {run: [d]}\n');
  it('runs all, from start-at, or only some', () => {
    expect(selectStages(plan).map((s) => s.name)).toEqual(['a', 'b', 'c']);
    expect(selectStages(plan, { startAt: 'b' }).map((s) => s.name)).toEqual(['b', 'c']);
    expect(selectStages(plan, { only: ['c', 'a'] }).map((s) => s.name)).toEqual(['a', 'c']);
  });
  it('names the input when a stage does not exist', () => {
    expect(() => selectStages(plan, { startAt: 'q', only: ['r'] })).toThrow(/input start-at: expected one of the plan's stages \(a, b, c\); got "q"\n.*input only: expected stages of the plan \(a, b, c\); got "r"/s);
  });
});
