import { describe, expect, it } from 'vitest';
import { ConfigError, decideAfterStage, describeFailure, Plan, selectStages, stagePassed, type StageOutcome } from '@stagegate/core';

const outcome = (o: Partial<StageOutcome> = {}): StageOutcome => ({ stage: 'canary', deploy: 'succeeded', gate: 'Successful', touchedTargets: ['lhr'], failedTargets: [], ...o });

describe('what a stage outcome means', () => {
  it('passes only when every deploy succeeded and the gate passed or there was none', () => {
    expect(stagePassed(outcome())).toBe(true);
    expect(stagePassed(outcome({ gate: 'skipped' }))).toBe(true);
    expect(stagePassed(outcome({ gate: 'Error' }))).toBe(false);
    expect(stagePassed(outcome({ deploy: 'partially-failed', gate: 'skipped' }))).toBe(false);
  });

  it('a cancelled deploy pauses under every policy, even rollback-stage; an Inconclusive gate after a failed deploy follows the policy', () => {
    expect(decideAfterStage('rollback-stage', outcome({ deploy: 'cancelled', gate: 'skipped' }), [])).toEqual({ kind: 'pause', reason: 'stage canary: the run was cancelled' });
    expect(decideAfterStage('continue', outcome({ deploy: 'cancelled', gate: 'skipped' }), []).kind).toBe('pause');
    expect(decideAfterStage('rollback-stage', outcome({ deploy: 'failed', gate: 'Inconclusive', failedTargets: ['lhr'] }), []).kind).toBe('rollback');
  });

  it('rollback-all has scope all and takes every touched target, newest stage first', () => {
    const earlier = [outcome({ stage: 'canary', touchedTargets: ['lhr', 'nrt'] }), outcome({ stage: 'primary', touchedTargets: ['ewr'] })];
    expect(decideAfterStage('rollback-all', outcome({ stage: 'full', gate: 'Failed', touchedTargets: ['ord'], failedTargets: ['ord'] }), earlier)).toEqual({
      kind: 'rollback', scope: 'all', reason: 'stage full: health gate Failed on ord',
      items: [{ stage: 'full', target: 'ord' }, { stage: 'primary', target: 'ewr' }, { stage: 'canary', target: 'lhr' }, { stage: 'canary', target: 'nrt' }],
    });
    expect(decideAfterStage('rollback-stage', outcome({ gate: 'Failed' }), earlier)).toMatchObject({ scope: 'stage', items: [{ stage: 'canary', target: 'lhr' }] });
  });

  it('continue and pause carry the reason', () => {
    expect(decideAfterStage('continue', outcome({ gate: 'Error' }), [])).toEqual({ kind: 'continue', reason: 'stage canary: health gate Error' });
    expect(decideAfterStage('pause', outcome({ gate: 'Failed', failedTargets: ['lhr'] }), [])).toEqual({ kind: 'pause', reason: 'stage canary: health gate Failed on lhr' });
  });

  it('describes why a stage failed', () => {
    expect(describeFailure(outcome({ deploy: 'failed', failedTargets: ['lhr', 'nrt'] }))).toBe('stage canary: deploy failed on lhr, nrt');
    expect(describeFailure(outcome({ deploy: 'failed', failedTargets: [] }))).toBe('stage canary: deploy failed on some targets');
    expect(describeFailure(outcome({ gate: 'Inconclusive' }))).toBe('stage canary: health gate Inconclusive');
    expect(describeFailure(outcome({ gate: 'Failed', failedTargets: ['lhr', 'nrt'] }))).toBe('stage canary: health gate Failed on lhr, nrt');
  });
});

describe('choosing the stages to run', () => {
  const planOf = () => Plan.parse({ version: 1, service: 'api', deploy: { run: ['./d'] }, stages: ['canary', 'primary', 'full'].map((name, i) => ({ name, targets: [`t${i}`] })) });
  const names = (o?: Parameters<typeof selectStages>[1]) => selectStages(planOf(), o).map((s) => s.name);

  it('runs all stages by default, from start-at, or only the named ones in plan order', () => {
    expect(names()).toEqual(['canary', 'primary', 'full']);
    expect(names({ startAt: 'primary' })).toEqual(['primary', 'full']);
    expect(names({ only: ['full', 'canary'] })).toEqual(['canary', 'full']);
    expect(names({ only: [] })).toEqual(['canary', 'primary', 'full']);
    expect(names({ startAt: 'primary', only: ['full', 'primary'] })).toEqual(['primary', 'full']);
  });

  it('names the input of every stage that does not exist', () => {
    let error: unknown;
    try {
      selectStages(planOf(), { startAt: 'canry', only: ['ful'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      { path: 'input start-at', message: 'expected one of the plan\'s stages (canary, primary, full); got "canry"' },
      { path: 'input only', message: 'expected stages of the plan (canary, primary, full); got "ful"' },
    ]);
  });

  it('refuses a selection that leaves no stage', () => {
    expect(() => selectStages(planOf(), { startAt: 'full', only: ['canary'] })).toThrow(ConfigError);
    try {
      selectStages(planOf(), { startAt: 'full', only: ['canary'] });
    } catch (e) {
      expect((e as ConfigError).problems).toEqual([{ path: 'input only', message: 'expected at least one stage to run after start-at and only are applied' }]);
    }
  });
});
