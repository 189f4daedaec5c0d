/**
 * End-to-end: percentage waves and traffic weights, through the pipeline
 * bundle (dist/pipeline) run as the runner runs it, against a loopback fleet
 * and the fake GitHub API; `validate --explain` through the CLI. Each test
 * checks what a person would look at: the step's result and summary, what
 * each region runs, the commands the plan ran and the Deployments API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runActionBundle, type ActionRun } from '@stagegate/testkit';
import { runCli } from '../packages/cli/src/index.js';
import { describeStatusTargets, readStatusFile } from './support/pipeline-runs.js';
import { regionsOf, startWavesWorld, type WavesWorld } from './support/waves-world.js';

let world: WavesWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const GATE = 'gate: { profile: standard, soak: 300ms, interval: 100ms, timeout: 30s }';

function runPipeline(w: WavesWorld, runId: number, version: string): Promise<ActionRun> {
  return runActionBundle('pipeline', { workspace: w.workspace, env: w.env(runId), inputs: { version, token: 'demo-token' }, timeoutMs: 120_000 });
}

/** The summary's targets table, as rows of cells: target, stage, live now, previous good, this run, why. */
function targetRows(summary: string): Map<string, string[]> {
  const table = summary.split('#### Targets of')[1]?.split('####')[0] ?? '';
  const rows = table.split('\n').filter((l) => /^\| r\d\d /.test(l)).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  return new Map(rows.map((r) => [r[0] as string, r]));
}

describe('waves: 5/25/50/100 % of 20 targets, the 50 % wave fails under rollback-all', () => {
  const regions = regionsOf(20);
  const plan = `waves:
  targets: [${regions.join(', ')}]
  percent: [5, 25, 50, 100]
  ${GATE}
  on-failure: rollback-all
  parallel: 10
`;

  it('validate --explain shows the four waves the plan expands into', async () => {
    world = await startWavesWorld(regions);
    world.writePlan(plan);
    let out = '';
    const code = await runCli(['validate', '.github/rollout.yml', '--explain'], { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) }, env: {}, cwd: world.workspace });
    expect(code, out).toBe(0);
    expect(out).toContain('4 stages, 20 targets');
    expect(out).toContain('  1. wave-1: 1 target, 10 at a time: r01\n');
    expect(out).toContain('  2. wave-2: 4 targets, 10 at a time: r02, r03, r04, r05\n');
    expect(out).toContain(`  4. wave-4: 10 targets, 10 at a time: ${regions.slice(10).join(', ')}\n`);
    expect(out).toContain('     gate: profile standard, soak 300ms, every 100ms, timeout 30s\n     on failure: rollback-all');
    expect(out).toContain('     weight: none (all traffic)');
  });

  it('rolls back every target of waves 1-3, never touches wave 4, and the summary shows each target\'s state', async () => {
    const w = (world = await startWavesWorld(regions, { v2: ['r08'] }));
    w.writePlan(plan);
    const run = await runPipeline(w, 4001, 'v2');
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    const stages = JSON.parse(run.outputs.stages ?? '[]') as Array<{ stage: string; gate: string; decision: string; targets: unknown[] }>;
    expect(stages.map((s) => [s.stage, s.targets.length, s.gate, s.decision])).toEqual([['wave-1', 1, 'Successful', 'next'], ['wave-2', 4, 'Successful', 'next'], ['wave-3', 5, 'Failed', 'rollback']]);
    const touched = regions.slice(0, 10);
    const untouched = regions.slice(10);
    expect((JSON.parse(run.outputs['rolled-back-targets'] ?? '[]') as string[]).sort()).toEqual(touched);

    // Production: the touched regions run v1 again, each after exactly one v2 deploy and one rollback.
    for (const r of touched) {
      expect(w.fleet.regions.get(r)?.deployments.map((d) => d.version), r).toEqual(['v1', 'v2', 'v1']);
      // The blamed target's v2 is marked failure; the others were rolled back with their stage, and the
      // rollback deployment that names the v2 it replaced is what makes v2 bad there (v2 shows inactive).
      const v2State = r === 'r08' ? 'failure' : 'inactive';
      expect(w.deploymentsOf(r).slice(1), r).toEqual([{ version: 'v2', task: 'deploy', state: v2State }, { version: 'v1', task: 'deploy:rollback', state: 'success' }]);
    }
    for (const r of untouched) {
      expect(w.fleet.regions.get(r)?.deployments.map((d) => d.version), r).toEqual(['v1']);
      expect(w.fleet.regions.get(r)?.commands, r).toEqual([]);
      expect(w.deploymentsOf(r), r).toEqual([{ version: 'v1', task: 'deploy', state: 'success' }]);
    }
    // The run's status file: all 20 on v1 and idle; each touched target's newest deployment is its (good) rollback.
    const status = readStatusFile(run);
    expect(describeStatusTargets(status)).toEqual(Object.fromEntries(regions.map((r) => [r, 'v1 idle'])));
    expect(status.targets.filter((t) => t.failing)).toEqual([]);
    expect(status.lastRollout).toMatchObject({ version: 'v2', result: 'rolled-back' });
    // Without weights, {weight} is 100 for a deploy and 0 for a rollback; nothing is recorded in the payloads.
    expect(new Set(w.commands().map((c) => `${c.kind} ${c.version} ${c.weight}`))).toEqual(new Set(['deploy v2 100', 'rollback v1 0']));
    expect(w.commands().filter((c) => c.kind === 'rollback').map((c) => c.target).sort()).toEqual(touched);

    // What the step summary tells a person, per target.
    const rows = targetRows(run.summary);
    expect(rows.size).toBe(20);
    expect(rows.get('r08')?.slice(0, 5)).toEqual(['r08', 'wave-3', 'v1', 'v1', 'rolled back']);
    expect(rows.get('r01')?.slice(0, 5)).toEqual(['r01', 'wave-1', 'v1', 'v1', 'rolled back']);
    expect(rows.get('r15')?.slice(0, 5)).toEqual(['r15', 'wave-4', '(unchanged)', '–', 'untouched']);
    expect(run.summary).toMatch(/\| wave-4 \| r11, r12, .*, r20 \| not started \|/);
    w.github.assertNoViolations();
  });
});

describe('weights: the same targets at 10, then 50, then 100 %', () => {
  const plan = (policy: string): string => `stages:
  - { name: w10, targets: [r01, r02], weight: 10, ${GATE} }
  - name: w50
    targets: [r01, r02]
    weight: 50
    parallel: 2
    on-failure: ${policy}
    # At half the traffic r02 fails its gate (the check stands for a load-dependent error rate).
    gate: { soak: 300ms, interval: 100ms, checks: [{ name: load, type: command, severity: critical, run: ["${process.execPath}", "-e", "process.exit(process.argv[1] === 'r02' ? 1 : 0)", "{target}"] }] }
  - { name: w100, targets: [r01, r02], weight: 100, ${GATE} }
`;

  it('rollback-stage: the rollback command gets {weight} 10 and the previous version; w100 never runs', async () => {
    const w = (world = await startWavesWorld(regionsOf(2)));
    w.writePlan(plan('rollback-stage'));
    const run = await runPipeline(w, 4101, 'v2');
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    const stages = JSON.parse(run.outputs.stages ?? '[]') as Array<{ stage: string; decision: string }>;
    expect(stages.map((s) => [s.stage, s.decision])).toEqual([['w10', 'next'], ['w50', 'rollback']]);
    const ofR02 = w.commands().filter((c) => c.target === 'r02').map((c) => [c.kind, c.version, c.weight]);
    expect(ofR02).toEqual([['deploy', 'v2', '10'], ['deploy', 'v2', '50'], ['rollback', 'v1', '10']]);
    expect(w.commands().filter((c) => c.kind === 'rollback').map((c) => [c.target, c.version, c.weight]).sort()).toEqual([['r01', 'v1', '10'], ['r02', 'v1', '10']]);
    // The Deployments API keeps each weight: what the version got, and what the rollback left it.
    expect(w.deploymentsOf('r02').slice(1)).toEqual([
      { version: 'v2', task: 'deploy', state: 'inactive', weight: 10 },
      { version: 'v2', task: 'deploy', state: 'failure', weight: 50 },
      { version: 'v1', task: 'deploy:rollback', state: 'success', weight: 10 },
    ]);
    // The summary lists each target once, under the stage it was last deployed in, with the version from before the run.
    const rows = targetRows(run.summary);
    expect([...rows.keys()]).toEqual(['r01', 'r02']);
    expect(rows.get('r02')?.slice(0, 5)).toEqual(['r02', 'w50', 'v1', 'v1', 'rolled back']);
    w.github.assertNoViolations();
  });

  it('rollback-all: each target goes back once, to weight 0 (all traffic on the previous version)', async () => {
    const w = (world = await startWavesWorld(regionsOf(2)));
    w.writePlan(plan('rollback-all'));
    const run = await runPipeline(w, 4102, 'v2');
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    expect(w.commands().filter((c) => c.kind === 'rollback').map((c) => [c.target, c.version, c.weight]).sort()).toEqual([['r01', 'v1', '0'], ['r02', 'v1', '0']]);
    expect(w.deploymentsOf('r01').at(-1)).toEqual({ version: 'v1', task: 'deploy:rollback', state: 'success', weight: 0 });
    expect([...w.fleet.regions.values()].map((r) => r.version)).toEqual(['v1', 'v1']);
    w.github.assertNoViolations();
  });
});
