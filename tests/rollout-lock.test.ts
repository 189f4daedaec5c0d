/**
 * Two rollouts of the same plan at once (v2 good, v3 bad on the primary), each
 * the root action's bundle run as the runner runs it, against the fake GitHub
 * and the demo fleet. Before the lock, A's gate probed B's v3, both rolled
 * back, and the good v2 was recorded `failure`. With it, one waits for the
 * other (or, with lock: fail, refuses naming the other run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoRunEnv, startDemoWorld, DEMO_REGIONS, REPO_ROOT, runActionBundle, type ActionRun, type DemoWorld } from '@stagegate/testkit';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const LOCK_ENV = 'production/lock/trading-api';

function runPipeline(w: DemoWorld, runId: number, version: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const metadata = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults = Object.entries(metadata.inputs).filter(([, i]) => i.default !== undefined && !i.default.includes('${{')).map(([k, i]) => [k, String(i.default)]);
  return runActionBundle('pipeline', { workspace: w.workspace, env: demoRunEnv(w, runId), timeoutMs: 110_000, inputs: { ...Object.fromEntries(defaults), version, token: 'demo-token', 'fail-on': 'failed', ...inputs } });
}

/** Every deployment of a version in the target environments, with its latest status. */
function statesOf(w: DemoWorld, version: string): string[] {
  const repo = w.github.state.repo('acme', 'trading-api');
  return DEMO_REGIONS.flatMap((region) => (repo.deploymentsByEnvironment.get(`production/${region}`) ?? [])
    .filter((d) => (d.payload as { version?: string }).version === version && d.task === 'deploy')
    .map((d) => `${region}:${w.github.state.latestStatus(repo, d.id)?.state ?? 'none'}`));
}

/** The lock claims: run id → latest state. */
function claims(w: DemoWorld): Record<string, string | undefined> {
  const repo = w.github.state.repo('acme', 'trading-api');
  return Object.fromEntries((repo.deploymentsByEnvironment.get(LOCK_ENV) ?? []).map((d) => [(d.payload as { run: { id: string } }).run.id, w.github.state.latestStatus(repo, d.id)?.state]));
}

/** The versions the fleet was given, in time order, with repeats merged: interleaved rollouts would alternate. */
function deploySequence(w: DemoWorld): string[] {
  const all = [...w.fleet.regions.values()].flatMap((r) => r.deployments.slice(1)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return all.map((d) => d.version).filter((v, i, list) => v !== list[i - 1]);
}

describe('one rollout at a time per environment', () => {
  it('two runs of the same plan started at once: the second waits; the good v2 is never recorded failure', async () => {
    world = await startDemoWorld({ breaks: { v3: ['ewr'] }, soak: '300ms', interval: '100ms' });
    const w = world;
    const [good, bad] = await Promise.all([runPipeline(w, 4001, 'v2'), runPipeline(w, 4002, 'v3')]);
    expect(good.outputs.result, good.stdout).toBe('succeeded');
    expect(bad.outputs.result, bad.stdout).toBe('rolled-back');
    const waited = [good, bad].filter((r) => /rollout lock production\/lock\/trading-api is held by run 400[12]/.test(r.stdout));
    expect(waited).toHaveLength(1);
    // One after the other: v2 everywhere then v3 rolled back to v2, or v3 rolled back to v1 then v2 everywhere.
    expect([['v2', 'v3', 'v2'], ['v3', 'v1', 'v2']]).toContainEqual(deploySequence(w));
    expect(statesOf(w, 'v2').filter((s) => s.endsWith(':failure') || s.endsWith(':error'))).toEqual([]);
    expect(statesOf(w, 'v3').filter((s) => s.endsWith(':failure')).length).toBeGreaterThan(0);
    expect(Object.values(Object.fromEntries([...w.fleet.regions].map(([r, s]) => [r, s.version])))).toEqual(DEMO_REGIONS.map(() => 'v2'));
    expect(claims(w)).toEqual({ 4001: 'inactive', 4002: 'inactive' });
    w.github.assertNoViolations();
  }, 120_000);

  it('lock: fail refuses a second rollout at once, naming the run that holds the lock; nothing of it is deployed', async () => {
    world = await startDemoWorld({ breaks: { v3: ['ewr'] }, soak: '1s', interval: '100ms' });
    const w = world;
    const good = runPipeline(w, 4101, 'v2');
    for (let i = 0; i < 200 && claims(w)['4101'] !== 'in_progress'; i++) await new Promise((r) => setTimeout(r, 50));
    const refused = await runPipeline(w, 4102, 'v3', { lock: 'fail' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::rollout lock production\/lock\/trading-api is held by run 4101 \(https:\/\/github.com\/acme\/trading-api\/actions\/runs\/4101\/attempts\/1\), which took it .* ago: lock: fail refuses/);
    expect(statesOf(w, 'v3')).toEqual([]);
    const done = await good;
    expect(done.outputs.result, done.stdout).toBe('succeeded');
    expect(statesOf(w, 'v2').every((s) => s.endsWith(':success'))).toBe(true);
    expect(claims(w)).toEqual({ 4101: 'inactive', 4102: 'inactive' });
    w.github.assertNoViolations();
  }, 120_000);
});
