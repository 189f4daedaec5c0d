import { describe, expect, it } from 'vitest';
import { Plan, type Stage } from '@stagegate/core';
import { finishBlueGreenStage } from '../src/blue-green.js';
import type { PipelineDeps, PipelineTarget, StageDeployReport } from '../src/pipeline-types.js';

const plan = Plan.parse({
  version: 1,
  service: 'web',
  stages: [{ name: 'canary', targets: ['lhr', 'nrt'], strategy: 'blue-green', switch: { run: ['./switch', '{target}', '{color}'] } }],
  deploy: { run: ['./deploy', '{target}', '{color}', '{version}'] },
});
const stage = plan.stages[0] as Stage;

/** Deploy results of lhr and nrt: each went to `color`, with blue/v1 live before unless told otherwise. */
function deployed(state = 'succeeded', overrides: Partial<PipelineTarget> = {}): StageDeployReport {
  const t = (target: string): PipelineTarget => ({ target, environment: `production/${target}`, state, fromVersion: 'v1', toVersion: 'v2', reason: 'deployed v2 to green', color: 'green', fromColor: 'blue', ...overrides });
  return { outcome: state === 'succeeded' ? 'succeeded' : 'failed', targets: [t('lhr'), t('nrt')] };
}

/** Deps whose switch answers with `states` per target and remembers the calls. */
function depsWith(states: Record<string, string> = {}): PipelineDeps & { switches: string[][]; lines: string[] } {
  const switches: string[][] = [];
  const lines: string[] = [];
  return {
    switches, lines,
    log: (l: string) => lines.push(l),
    async switchStage(_stage: Stage, _version: string, targets: PipelineTarget[]) {
      switches.push(targets.map((t) => t.target));
      return targets.map((t) => ({ ...t, state: states[t.target] ?? 'succeeded', reason: states[t.target] ? 'switch exited 3' : `switched traffic to ${t.color}` }));
    },
  } as unknown as PipelineDeps & { switches: string[][]; lines: string[] };
}

describe('finishing a blue-green stage', () => {
  it('runs no switch when the gate failed: nothing touched, every target marked never switched, one note', async () => {
    const deps = depsWith();
    const r = await finishBlueGreenStage(stage, 'v2', deployed(), 'Failed', deps);
    expect(deps.switches).toEqual([]);
    expect(r.touched).toEqual([]);
    expect(r.switchFailed).toEqual([]);
    expect(r.deploy.targets.map((t) => t.switched)).toEqual([false, false]);
    expect(r.note).toBe('green failed its gate and never received traffic; blue still serves v1');
    expect(deps.lines).toEqual(['stage canary: no switch: green failed its gate and never received traffic; blue still serves v1']);
  });

  it('runs no switch after a failed deploy, and says so per target when the targets differ', async () => {
    const report = deployed('failed');
    report.targets[1] = { ...(report.targets[1] as PipelineTarget), color: 'blue', fromColor: 'green', fromVersion: 'v0' };
    const r = await finishBlueGreenStage(stage, 'v2', report, 'skipped', depsWith());
    expect(r.touched).toEqual([]);
    expect(r.note).toBe('lhr: green failed its deploy and never received traffic; blue still serves v1; nrt: blue failed its deploy and never received traffic; green still serves v0');
  });

  it('logs nothing about traffic for targets without a colour (nothing was deployed to an idle colour)', async () => {
    const deps = depsWith();
    const r = await finishBlueGreenStage(stage, 'v2', deployed('failed', { color: undefined }), 'skipped', deps);
    expect(r.note).toBeUndefined();
    expect(deps.lines).toEqual([]);
  });

  it('runs no switch for an Inconclusive gate either (a person decides), and leaves targets without a colour out of the note', async () => {
    const deps = depsWith();
    const report = deployed();
    report.targets[1] = { ...(report.targets[1] as PipelineTarget), state: 'skipped' };
    const r = await finishBlueGreenStage(stage, 'v2', report, 'Inconclusive', deps);
    expect(deps.switches).toEqual([]);
    expect(r.deploy.targets.map((t) => t.switched)).toEqual([false, undefined]);
  });

  it('switches every target once the gate passed (or there is none): all of them touched', async () => {
    for (const gate of ['Successful', 'skipped'] as const) {
      const deps = depsWith();
      const r = await finishBlueGreenStage(stage, 'v2', deployed(), gate, deps);
      expect(deps.switches).toEqual([['lhr', 'nrt']]);
      expect(r.touched).toEqual(['lhr', 'nrt']);
      expect(r.deploy.outcome).toBe('succeeded');
      expect(r.deploy.targets.map((t) => [t.switched, t.reason])).toEqual([[true, 'switched traffic to green'], [true, 'switched traffic to green']]);
      expect(r.note).toBeUndefined();
      expect(deps.lines).toEqual(['stage canary: gate passed; switching traffic on lhr → green, nrt → green']);
    }
  });

  it('counts a dry run\'s planned switches as fine, and only the targets actually switched as touched', async () => {
    const report = deployed();
    report.targets[1] = { ...(report.targets[1] as PipelineTarget), color: undefined };
    const deps = depsWith({ lhr: 'planned' });
    deps.switchStage = async (_s, _v, targets) => [{ ...(targets[0] as PipelineTarget), state: 'planned', reason: 'dry run' }];
    const r = await finishBlueGreenStage(stage, 'v2', report, 'Successful', deps);
    expect(deps.lines).toEqual(['stage canary: gate passed; switching traffic on lhr → green, nrt → ?']);
    expect(r.switchFailed).toEqual([]);
    expect(r.touched).toEqual(['lhr']);
    expect(r.deploy.outcome).toBe('succeeded');
  });

  it('fails a target whose switch failed, keeps it touched (its traffic is uncertain), and sums up the stage', async () => {
    const r = await finishBlueGreenStage(stage, 'v2', deployed(), 'Successful', depsWith({ nrt: 'failed' }));
    expect(r.switchFailed).toEqual(['nrt']);
    expect(r.touched).toEqual(['lhr', 'nrt']);
    expect(r.deploy.outcome).toBe('partially-failed');
    expect(r.deploy.targets.find((t) => t.target === 'nrt')).toMatchObject({ state: 'failed', reason: 'switch exited 3', switched: true });
    const all = await finishBlueGreenStage(stage, 'v2', deployed(), 'Successful', depsWith({ lhr: 'error', nrt: 'failed' }));
    expect(all.deploy.outcome).toBe('failed');
  });
});
