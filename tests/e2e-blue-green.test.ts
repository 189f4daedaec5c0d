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

/** One target's deployments in the fake's Deployments API, oldest first. */
function deploymentsOf(w: BlueGreenWorld, target: string): Array<{ version: string; task: string; color: unknown; state: string }> {
  const repo = w.github.state.repo('acme', 'web');
  return (repo.deploymentsByEnvironment.get(`production/${target}`) ?? []).map((d) => {
    const p = d.payload as { version?: unknown; color?: unknown };
    return { version: String(p.version), task: d.task, color: p.color, state: w.github.state.latestStatus(repo, d.id)?.state ?? 'none' };
  });
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
    // v1's deployment still stands as live; v2's (on green) is marked failed; no rollback deployment was needed.
    expect(deploymentsOf(w, 'lhr')).toEqual([
      { version: 'v1', task: 'deploy', color: 'blue', state: 'success' },
      { version: 'v2', task: 'deploy', color: 'green', state: 'failure' },
    ]);
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
      { version: 'v2', task: 'deploy', color: 'green', state: 'failure' },
      { version: 'v1', task: 'deploy:rollback', color: 'blue', state: 'success' },
    ]);
    expect(deploymentsOf(w, 'ewr').map((d) => [d.version, d.color, d.state])).toEqual([['v1', 'blue', 'success'], ['v2', 'green', 'failure']]);
    expect(run.summary).toContain('green failed its gate and never received traffic; blue still serves v1');
    expect(run.stdout).toMatch(/rolled back to v1 \(traffic switched back to blue\)/);
    w.github.assertNoViolations();
  });

  it('switches every target after a passing rollout, records the live colour, and the next version goes to the other colour', async () => {
    const w = (world = await startBlueGreenWorld());
    const first = await runPipeline(w, 5003, 'v2');
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.result).toBe('succeeded');
    for (const t of ['lhr', 'ewr']) expect(w.state(t)).toMatchObject({ blue: 'v1', green: 'v2', live: 'green' });
    expect(deploymentsOf(w, 'lhr').map((d) => [d.version, d.color, d.state])).toEqual([['v1', 'blue', 'inactive'], ['v2', 'green', 'success']]);
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
