/**
 * The hard stop, end to end: the root action's bundle against the fake GitHub
 * and the demo fleet, the freeze written by the CLI bundle (from inside the
 * canary's deploy command, as an operator's script would mid-rollout) and by
 * the freeze action's bundle. A freeze stops a rollout before its next stage
 * with a P0 naming who froze and why; nothing is rolled back; a thaw lets the
 * next run go on; a rollback still runs during a freeze.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FLEET_DEPLOY_SCRIPT, startDemoWorld, type DemoWorld } from '@stagegate/testkit';
import { CLI_BUNDLE, deploymentsOfTask, editPlan, fleetVersions, runCliBundle, runOtherAction, runPipelineAction, slackTexts } from './support/pipeline-runs.js';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const ALL_V1 = { lhr: 'v1', nrt: 'v1', ewr: 'v1', ord: 'v1', fra: 'v1', sin: 'v1', bom: 'v1' };

/** The canary's deploy command deploys, then (on nrt, its last target) freezes production through the CLI bundle. */
function freezeFromCanaryDeploy(w: DemoWorld): void {
  const script = join(w.workspace, 'deploy-then-freeze.mjs');
  writeFileSync(script, `import { execFileSync } from 'node:child_process';
const [deploy, fleet, target, version] = process.argv.slice(2);
execFileSync(process.execPath, [deploy, fleet, target, version, '--delay', '50'], { stdio: 'inherit' });
if (target === 'nrt') execFileSync(process.execPath, [${JSON.stringify(CLI_BUNDLE)}, 'freeze', '--reason', 'incident 42: payments down', '--actor', 'alice'], { stdio: 'inherit', env: { ...process.env, GITHUB_TOKEN: 'demo-token' } });
`);
  editPlan(w, [[/^deploy: .*$/m, `deploy:   { run: [${JSON.stringify(process.execPath)}, ${JSON.stringify(script)}, ${JSON.stringify(FLEET_DEPLOY_SCRIPT)}, ${JSON.stringify(w.fleet.url)}, "{target}", "{version}"], timeout: 30s }`]]);
}

describe('freeze: a hard stop before the next stage', () => {
  it('a freeze set during the canary stops the rollout before primary: result frozen, P0 naming who and why, canary left as it is; a thaw lets the next run go on', async () => {
    world = await startDemoWorld({ soak: '300ms', interval: '100ms' });
    const w = world;
    freezeFromCanaryDeploy(w);
    const stopped = await runPipelineAction(w, 5001, 'v2');
    expect(stopped.outputs.result, stopped.stdout).toBe('frozen');
    expect(stopped.code).toBe(1);
    // The canary stays on v2 (no rollback: a freeze is not a failure); nothing after it started.
    expect(fleetVersions(w)).toEqual({ ...ALL_V1, lhr: 'v2', nrt: 'v2' });
    expect(deploymentsOfTask(w, 'deploy:rollback')).toEqual([]);
    expect((JSON.parse(stopped.outputs.stages ?? '[]') as Array<{ stage: string }>).map((s) => s.stage)).toEqual(['canary']);
    const annotation = /::error::(.*)/.exec(stopped.stdout)?.[1] ?? '';
    expect(annotation).toMatch(/^trading-api v2 stopped by a freeze: hard stop: production\/freeze frozen by alice at \S+ \(.*ago\): incident 42: payments down; stopped before stage primary, nothing rolled back \(a freeze is not a failure\)\. Production runs v2 on lhr, nrt; ewr, ord, fra, sin, bom untouched\. Next: wait for the thaw/);
    expect(stopped.summary).toContain('hard stop: production/freeze frozen by alice');
    // The run's status file says the same: deployments frozen, by whom and why; the canary's new version live.
    const status = JSON.parse(readFileSync(stopped.outputs['status-file'] ?? '', 'utf8')) as { state: string; frozen?: { actor: string; reason: string }; targets: Array<{ target: string; version?: string; state: string }> };
    expect(status.state).toBe('frozen');
    expect(status.frozen).toMatchObject({ actor: 'alice', reason: 'incident 42: payments down' });
    expect(status.targets.find((t) => t.target === 'lhr')).toMatchObject({ version: 'v2', state: 'frozen' });
    // The closing message is the P0 hard stop, with who, why and what production runs.
    const closing = slackTexts(w).at(-1) ?? '';
    expect(closing).toMatch(/P0/);
    expect(closing).toMatch(/hard stop/);
    expect(closing).toContain('incident 42: payments down');
    expect(closing).toContain('alice');
    expect(closing).toContain('Nothing was rolled back');

    const thawed = await runCliBundle(w, ['thaw', '--reason', 'incident 42 resolved', '--actor', 'bob']);
    expect(thawed.code, thawed.stderr).toBe(0);
    expect(thawed.stdout).toMatch(/^thawed production\/freeze by bob: incident 42 resolved \(deployment \d+\) in acme\/trading-api$/m);
    const resumed = await runPipelineAction(w, 5002, 'v2', { 'start-at': 'primary' });
    expect(resumed.outputs.result, resumed.stdout).toBe('succeeded');
    expect(fleetVersions(w)).toEqual(Object.fromEntries(Object.keys(ALL_V1).map((r) => [r, 'v2'])));
    w.github.assertNoViolations();
  }, 120_000);

  it('the freeze action freezes and thaws; during the freeze a rollout starts nothing and a rollback still runs', async () => {
    world = await startDemoWorld({ soak: '200ms', interval: '100ms' });
    const w = world;
    const v2 = await runPipelineAction(w, 5101, 'v2', { only: 'canary' });
    expect(v2.outputs.result, v2.stdout).toBe('succeeded');

    const frozen = await runOtherAction(w, 'freeze', 5102, { mode: 'freeze', reason: 'change freeze: end of quarter' });
    expect(frozen.code, frozen.stdout).toBe(0);
    expect(frozen.outputs.state).toBe('frozen');
    expect(JSON.parse(frozen.outputs.environments ?? '')).toEqual(['production/freeze']);
    expect(frozen.summary).toContain('frozen production/freeze by octo-oncall: change freeze: end of quarter');

    const refused = await runPipelineAction(w, 5103, 'v3');
    expect(refused.outputs.result, refused.stdout).toBe('frozen');
    expect(refused.code).toBe(1);
    expect(deploymentsOfTask(w, 'deploy').filter((d) => (d.payload as { version?: string }).version === 'v3')).toEqual([]);
    expect(refused.stdout).toContain('hard stop: production/freeze frozen by octo-oncall');

    const rollback = await runOtherAction(w, 'rollback', 5104, { targets: 'lhr,nrt', reason: 'v2 misbehaves during the freeze' });
    expect(rollback.code, rollback.stdout).toBe(0);
    expect(JSON.parse(rollback.outputs['rolled-back-targets'] ?? '[]')).toEqual(['lhr', 'nrt']);
    expect(fleetVersions(w)).toEqual(ALL_V1);

    const thawed = await runOtherAction(w, 'freeze', 5105, { mode: 'thaw', reason: 'quarter closed' });
    expect(thawed.outputs.state).toBe('thawed');
    const again = await runOtherAction(w, 'freeze', 5106, { mode: 'thaw' });
    expect(again.stdout).toContain('production/freeze is not frozen (thawed by octo-oncall');
    expect(JSON.parse(again.outputs['deployment-ids'] ?? '')).toEqual({});
    w.github.assertNoViolations();
  }, 120_000);

  it('a freeze without a reason is refused, naming the input; nothing is written', async () => {
    world = await startDemoWorld();
    const w = world;
    const r = await runOtherAction(w, 'freeze', 5201, { mode: 'freeze' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input reason: expected a reason to freeze/);
    expect(deploymentsOfTask(w, 'stagegate:freeze')).toEqual([]);
  }, 60_000);
});
