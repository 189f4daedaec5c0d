/**
 * Deploy windows and time budgets, end to end: the root action's bundle
 * against the fake GitHub and the demo fleet. A deny window covering now
 * holds a rollout before its first stage (nothing deployed, result held); a
 * stage over its budget has its gate or its deploy command stopped and is
 * rolled back by its policy, with the cause "over budget: …" first.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FLEET_DEPLOY_SCRIPT, startDemoWorld, type DemoWorld } from '@stagegate/testkit';
import { deploymentsOfTask, describeStatusTargets, editPlan, fleetVersions, readStatusFile, runPipelineAction, slackTexts } from './support/pipeline-runs.js';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const ALL_V1 = { lhr: 'v1', nrt: 'v1', ewr: 'v1', ord: 'v1', fra: 'v1', sin: 'v1', bom: 'v1' };
const hhmm = (ms: number): string => new Date(ms).toISOString().slice(11, 16);

describe('deploy windows', () => {
  it('a deny window covering now holds the rollout before its first stage: result held, nothing deployed, the window and its opening named', async () => {
    world = await startDemoWorld({ soak: '200ms', interval: '100ms' });
    const w = world;
    // From an hour ago to two hours ahead, UTC (overnight when it spans midnight): it covers now whatever the time.
    const now = Date.now();
    const from = hhmm(now - 3_600_000);
    const to = hhmm(now + 2 * 3_600_000);
    editPlan(w, [[/^deploy: /m, `windows: { deny: [ { name: change-freeze-hours, from: "${from}", to: "${to}" } ], wait: 0s }\ndeploy: `]]);
    const r = await runPipelineAction(w, 6001, 'v2');
    expect(r.outputs.result, r.stdout).toBe('held');
    expect(r.code).toBe(1);
    expect(fleetVersions(w)).toEqual(ALL_V1);
    expect(deploymentsOfTask(w, 'deploy').filter((d) => (d.payload as { version?: string }).version === 'v2')).toEqual([]);
    // The status file: every target still on v1 and idle; a rollout held before its first stage never started,
    // so none is in progress.
    const status = readStatusFile(r);
    expect(describeStatusTargets(status)).toEqual(Object.fromEntries(Object.keys(ALL_V1).map((t) => [t, 'v1 idle'])));
    expect(status.state).toBe('idle');
    expect(status.rollout).toBeUndefined();
    const annotation = /::error::(.*)/.exec(r.stdout)?.[1] ?? '';
    expect(annotation).toMatch(new RegExp(`^trading-api v2 held: held before stage canary: inside change-freeze-hours \\(${from}–${to} UTC\\); it opens \\w{3} \\d{4}-\\d\\d-\\d\\d ${to} UTC, in (1h59m|2h) \\(windows.wait is 0s: no waiting\\)\\.`));
    const closing = slackTexts(w).at(-1) ?? '';
    expect(closing).toMatch(/P1 trading-api v2: held/);
    expect(closing).toContain('inside change-freeze-hours');
  }, 60_000);
});

describe('time budgets', () => {
  it('a canary over its budget: the gate is stopped, the stage fails "over budget" and is rolled back by rollback-stage', async () => {
    world = await startDemoWorld({ soak: '20s', interval: '100ms' });
    const w = world;
    editPlan(w, [[/(- name: canary\n\s+targets: \[lhr, nrt\]\n)/, '$1    budget: 2s\n']]);
    const started = Date.now();
    // verify-rollback off: re-gating the rolled-back canary would soak the 20 s this test shows being cut.
    const r = await runPipelineAction(w, 6101, 'v2', { 'verify-rollback': 'false' });
    expect(r.outputs.result, r.stdout).toBe('rolled-back');
    // The 20 s soak was cut at the budget, not waited out.
    expect(Date.now() - started).toBeLessThan(18_000);
    expect(fleetVersions(w)).toEqual(ALL_V1);
    expect(JSON.parse(r.outputs['rolled-back-targets'] ?? '[]')).toEqual(['lhr', 'nrt']);
    // The status file: the canary back on v1 (v2 its newest, failed), the rollout over, rolled back.
    const status = readStatusFile(r);
    expect(describeStatusTargets(status)).toEqual(Object.fromEntries(Object.keys(ALL_V1).map((t) => [t, 'v1 idle'])));
    expect(status.lastRollout).toMatchObject({ version: 'v2', result: 'rolled-back' });
    const canary = (JSON.parse(r.outputs.stages ?? '[]') as Array<{ stage: string; reason?: string; gate: string }>)[0];
    expect(canary?.gate).toBe('Failed');
    expect(canary?.reason).toMatch(/^over budget: stage canary took 2(\.\d)?s, budget 2s \(stage canary\)$/);
    expect(/::error::(.*)/.exec(r.stdout)?.[1]).toMatch(/^trading-api v2 rolled back: over budget: stage canary took 2(\.\d)?s, budget 2s \(stage canary\)\. Production runs v1 on lhr, nrt/);
    expect(slackTexts(w).some((t) => /P0 trading-api v2: stage failed in canary/.test(t) && t.includes('over budget: stage canary took'))).toBe(true);
    // The deployments the budget cut say so on GitHub, not "cancelled".
    const repo = w.github.state.repo('acme', 'trading-api');
    const v2 = (repo.deploymentsByEnvironment.get('production/lhr') ?? []).filter((d) => (d.payload as { version?: string }).version === 'v2' && d.task === 'deploy');
    expect(v2.map((d) => w.github.state.latestStatus(repo, d.id)?.description)).toEqual([expect.stringMatching(/^health gate Error: over budget: stage canary/)]);
    w.github.assertNoViolations();
  }, 60_000);

  it('a deploy command still running when the plan budget runs out is stopped (its process group), and rollback-all undoes the canary too', async () => {
    world = await startDemoWorld({ soak: '200ms', interval: '100ms' });
    const w = world;
    // ewr's deploy hangs for a minute: only the budget can end it.
    const script = join(w.workspace, 'slow-on-ewr.mjs');
    writeFileSync(script, `import { execFileSync } from 'node:child_process';
const [deploy, fleet, target, version] = process.argv.slice(2);
if (target === 'ewr' && version === 'v2') await new Promise((r) => setTimeout(r, 60_000));
execFileSync(process.execPath, [deploy, fleet, target, version, '--delay', '50'], { stdio: 'inherit' });
`);
    editPlan(w, [
      [/^deploy: .*$/m, `budget: 4s\ndeploy:   { run: [${JSON.stringify(process.execPath)}, ${JSON.stringify(script)}, ${JSON.stringify(FLEET_DEPLOY_SCRIPT)}, ${JSON.stringify(w.fleet.url)}, "{target}", "{version}"], timeout: 5m }`],
    ]);
    const started = Date.now();
    const r = await runPipelineAction(w, 6201, 'v2');
    expect(r.outputs.result, r.stdout).toBe('rolled-back');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(fleetVersions(w)).toEqual(ALL_V1);
    const primary = (JSON.parse(r.outputs.stages ?? '[]') as Array<{ stage: string; reason?: string; deploy: string; targets: Array<{ target: string; state: string; reason: string }> }>)[1];
    expect(primary?.deploy).toBe('failed');
    expect(primary?.reason).toMatch(/^over budget: the rollout took \d+(\.\d)?s by stage primary, plan budget 4s \(stage primary\)$/);
    expect(primary?.targets).toEqual([expect.objectContaining({ target: 'ewr', state: 'failed', reason: expect.stringMatching(/^over budget: .*: its command was stopped$/) })]);
    expect(JSON.parse(r.outputs['rolled-back-targets'] ?? '[]')).toEqual(expect.arrayContaining(['lhr', 'nrt']));
    w.github.assertNoViolations();
  }, 60_000);
});
