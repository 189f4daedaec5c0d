/**
 * End-to-end: blue-green stages, run by the pipeline bundle (dist/pipeline) as
 * the runner runs it. The deploy and switch commands are real child processes
 * writing each target's state file; the gate probes the idle colour's preview
 * endpoint on a loopback server reading those files; the Deployments API is
 * the fake GitHub. What a test checks is what production saw: which commands
 * ran, which colour serves traffic, and what the records and the result say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runActionBundle, type ActionRun } from '@stagegate/testkit';
import { describeStatusTargets, readStatusFile } from './support/pipeline-runs.js';
import { runCli } from '../packages/cli/src/index.js';
import { blueGreenRunEnv, startBlueGreenWorld, type BlueGreenWorld } from './support/blue-green-world.js';

let world: BlueGreenWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Runs the pipeline bundle with action.yml's defaults for the inputs not given, as the runner does. */
function runPipeline(w: BlueGreenWorld, runId: number, version: string, env: Record<string, string> = {}): Promise<ActionRun> {
  const metadata = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults = Object.entries(metadata.inputs).filter(([, i]) => i.default !== undefined && !i.default.includes('${{')).map(([k, i]) => [k, String(i.default)]);
  return runActionBundle('pipeline', { workspace: w.workspace, env: { ...blueGreenRunEnv(w, runId), ...env }, inputs: { ...Object.fromEntries(defaults), version, token: 'bg-token' } });
}

/** Runs the rollback action's bundle, as a person does from the rollback workflow. */
function runRollback(w: BlueGreenWorld, runId: number, inputs: Record<string, string>): Promise<ActionRun> {
  return runActionBundle('rollback', { workspace: w.workspace, env: blueGreenRunEnv(w, runId), inputs: { plan: '.github/rollout.yml', reason: 'by hand', token: 'bg-token', ...inputs } });
}

/** One target's deployments in the fake's Deployments API, oldest first. */
function deploymentsOf(w: BlueGreenWorld, target: string): Array<{ version: string; task: string; color: unknown; state: string }> {
  const repo = w.github.state.repo('acme', 'web');
  return (repo.deploymentsByEnvironment.get(`production/${target}`) ?? []).map((d) => {
    const p = d.payload as { version?: unknown; color?: unknown };
    return { version: String(p.version), task: d.task, color: p.color, state: w.github.state.latestStatus(repo, d.id)?.state ?? 'none' };
  });
}

/** `stagegate status` against the fake GitHub, as a person runs it in the workspace: target → the line it prints. */
async function statusOf(w: BlueGreenWorld): Promise<Record<string, string>> {
  let out = '';
  const env = { GITHUB_TOKEN: 'bg-token', GITHUB_API_URL: w.github.url, GITHUB_REPOSITORY: 'acme/web' };
  const code = await runCli(['status'], { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, env, cwd: w.workspace });
  expect(code, out).toBe(0);
  expect(out.split('\n')[0]).toMatch(/^TARGET +VERSION +COLOR +SINCE/);
  return Object.fromEntries(out.split('\n').slice(2).filter(Boolean).map((l) => [l.split(/ +/)[0], l.replace(/ +/g, ' ')]));
}

describe('blue-green: the new colour fails its gate', () => {
  it('never runs the switch: traffic stays on blue/v1, nothing is rolled back, and the result says why', async () => {
    const w = (world = await startBlueGreenWorld());
    w.breaks.set('lhr', new Set(['v2']));
    const run = await runPipeline(w, 5001, 'v2');
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('failed');
    // The idle colour got v2 and was probed; no switch ran, so production traffic never reached it.
    expect(w.state('lhr')).toMatchObject({ blue: 'v1', green: 'v2', live: 'blue', log: [{ action: 'deploy', color: 'green', version: 'v2' }] });
    expect(w.state('ewr').log).toEqual([]);
    expect(JSON.parse(run.outputs['rolled-back-targets'] ?? '')).toEqual([]);
    expect(run.stdout).toMatch(/::error::web v2 failed: lhr: health 503 .*\(stage canary\); green failed its gate and never received traffic; blue still serves v1\. Production runs v1 on lhr; ewr untouched/);
    expect(run.summary).toContain('green failed its gate and never received traffic; blue still serves v1');
    expect(run.summary).toContain('nothing to roll back: no target serves v2');
    // v1's deployment still stands as live; v2's (on green) is marked failed; no rollback deployment was needed.
    expect(deploymentsOf(w, 'lhr')).toEqual([
      { version: 'v1', task: 'deploy', color: 'blue', state: 'success' },
      { version: 'v2', task: 'deploy', color: 'green', state: 'failure' },
    ]);
    expect((await statusOf(w)).lhr).toMatch(/^lhr v1 blue \(live\) \S+ - idle newest failed/);
    // The run's status file: blue serves v1 on both targets; lhr's failed v2 on green is flagged.
    const file = readStatusFile(run);
    expect(describeStatusTargets(file)).toEqual({ lhr: 'v1 idle blue', ewr: 'v1 idle blue' });
    expect(file.targets.find((t) => t.target === 'lhr')?.failing).toBe(true);
    w.github.assertNoViolations();
  });
});

describe('blue-green: a later stage fails under rollback-all', () => {
  it('switches the canary back to blue with one switch command, never redeploys, and leaves the primary on blue', async () => {
    const w = (world = await startBlueGreenWorld());
    w.breaks.set('ewr', new Set(['v2']));
    const run = await runPipeline(w, 5002, 'v2');
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    expect(JSON.parse(run.outputs['rolled-back-targets'] ?? '')).toEqual(['lhr']);
    // lhr: deployed to green once, switched to green, then switched back to blue: no second deploy.
    expect(w.state('lhr')).toEqual({
      blue: 'v1', green: 'v2', live: 'blue',
      log: [{ action: 'deploy', color: 'green', version: 'v2' }, { action: 'switch', color: 'green' }, { action: 'switch', color: 'blue' }],
    });
    // ewr's green failed its gate: never switched, so never rolled back either.
    expect(w.state('ewr')).toMatchObject({ blue: 'v1', green: 'v2', live: 'blue', log: [{ action: 'deploy', color: 'green', version: 'v2' }] });
    expect(deploymentsOf(w, 'lhr')).toEqual([
      { version: 'v1', task: 'deploy', color: 'blue', state: 'inactive' },
      // Rolled back with its stage, not blamed: the rollback deployment names v2 as replaced, GitHub retired it.
      { version: 'v2', task: 'deploy', color: 'green', state: 'inactive' },
      { version: 'v1', task: 'deploy:rollback', color: 'blue', state: 'success' },
    ]);
    expect(deploymentsOf(w, 'ewr').map((d) => [d.version, d.color, d.state])).toEqual([['v1', 'blue', 'success'], ['v2', 'green', 'failure']]);
    expect(run.summary).toContain('green failed its gate and never received traffic; blue still serves v1');
    expect(run.summary).toContain('rolled back to v1 (traffic switched back to blue)');
    const status = await statusOf(w);
    expect(status.lhr).toMatch(/^lhr v1 blue \(live\) /);
    expect(status.ewr).toMatch(/^ewr v1 blue \(live\) /);
    expect(describeStatusTargets(readStatusFile(run))).toEqual({ lhr: 'v1 idle blue', ewr: 'v1 idle blue' });
    w.github.assertNoViolations();
  });

  it('switches every target after a passing rollout, records the live colour, and the next version goes to the other colour', async () => {
    const w = (world = await startBlueGreenWorld());
    const first = await runPipeline(w, 5003, 'v2');
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.result).toBe('succeeded');
    for (const t of ['lhr', 'ewr']) expect(w.state(t)).toMatchObject({ blue: 'v1', green: 'v2', live: 'green' });
    expect(deploymentsOf(w, 'lhr').map((d) => [d.version, d.color, d.state])).toEqual([['v1', 'blue', 'inactive'], ['v2', 'green', 'success']]);
    expect(Object.values(await statusOf(w))).toEqual([expect.stringMatching(/^lhr v2 green \(live\) \S+ v1 idle/), expect.stringMatching(/^ewr v2 green \(live\) \S+ v1 idle/)]);
    const second = await runPipeline(w, 5004, 'v3');
    expect(second.code, second.stdout).toBe(0);
    for (const t of ['lhr', 'ewr']) expect(w.state(t)).toMatchObject({ blue: 'v3', green: 'v2', live: 'blue' });
    w.github.assertNoViolations();
  });
});

describe('blue-green: the switch itself fails', () => {
  it('fails the target with the switch command\'s exit and stderr first, and switches it back to blue', async () => {
    const w = (world = await startBlueGreenWorld());
    const run = await runPipeline(w, 5005, 'v2', { STATE_FAIL_SWITCH: 'lhr:green' });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    expect(run.stdout).toMatch(/::error::web v2 rolled back: lhr: switch exited 3 — ERROR: load balancer of lhr refused the switch to green/);
    // The failed switch may have half-moved traffic: the rollback switch back to blue is what makes it certain.
    expect(w.state('lhr').log).toEqual([{ action: 'deploy', color: 'green', version: 'v2' }, { action: 'switch', color: 'green' }, { action: 'switch', color: 'blue' }]);
    expect(w.state('ewr').log).toEqual([]);
  });
});

describe('blue-green: a rollback by hand (the rollback action)', () => {
  it('switches traffic back to the colour that still holds the good version, and refuses one that was deployed over', async () => {
    const w = (world = await startBlueGreenWorld({ lhr: 'canary' }));
    expect((await runPipeline(w, 5006, 'v2')).outputs.result).toBe('succeeded');
    const back = await runRollback(w, 5007, { targets: 'lhr', 'failed-version': 'v2' });
    expect(back.code, back.stdout).toBe(0);
    expect(JSON.parse(back.outputs.versions ?? '')).toEqual({ lhr: 'v1' });
    expect(w.state('lhr')).toMatchObject({ blue: 'v1', green: 'v2', live: 'blue' });
    expect(w.state('lhr').log.slice(-1)).toEqual([{ action: 'switch', color: 'blue' }]);
    expect(deploymentsOf(w, 'lhr').at(-1)).toEqual({ version: 'v1', task: 'deploy:rollback', color: 'blue', state: 'success' });

    // v3 goes to green (blue is live again), over v2: green can no longer serve v2.
    expect((await runPipeline(w, 5008, 'v3')).outputs.result).toBe('succeeded');
    expect(w.state('lhr')).toMatchObject({ blue: 'v1', green: 'v3', live: 'green' });
    const refused = await runRollback(w, 5009, { targets: 'lhr', 'to-version': 'v2' });
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.outputs.failures ?? '{}').lhr).toMatch(/^cannot switch lhr back to v2: v2 was on green, which now holds the version being rolled back: deploy v2 again/);
    expect(w.state('lhr')).toMatchObject({ green: 'v3', live: 'green' });
    expect(w.state('lhr').log.filter((l) => l.action === 'switch').map((l) => l.color)).toEqual(['green', 'blue', 'green']);
    w.github.assertNoViolations();
  });
});
