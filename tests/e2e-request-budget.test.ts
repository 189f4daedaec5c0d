/**
 * End-to-end: the request budget of the pipeline bundle (dist/pipeline) run as the
 * runner runs it, against the demo world, with the fake GitHub told how many
 * requests the token has left. A rollout that cannot fit is refused before its
 * lock or its first deployment, with the numbers in the step's error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { demoRunEnv, runActionBundle, startDemoWorld, DEMO_REGIONS, type DemoWorld } from '@stagegate/testkit';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** The demo's deployments of every region and lock claims, as `task version` lines. */
function recorded(w: DemoWorld): string[] {
  return w.github.state.repo('acme', 'trading-api').deployments.map((d) => `${d.environment} ${d.task} ${String((d.payload as { version?: unknown }).version ?? '')}`);
}

function runPipeline(w: DemoWorld, runId: number, inputs: Record<string, string> = {}) {
  return runActionBundle('pipeline', { workspace: w.workspace, env: demoRunEnv(w, runId), inputs: { version: 'v2', token: 'demo-token', 'fail-on': 'failed', ...inputs } });
}

describe('pipeline: the request budget', () => {
  it('refuses a rollout that cannot fit in the remaining requests, naming the numbers; nothing is deployed, locked or recorded', async () => {
    const w = (world = await startDemoWorld({ soak: '200ms', interval: '100ms' }));
    const before = recorded(w);
    // The demo plan: 7 targets, the full stage under continue is its costliest failure (31 requests, 21 writes,
    // the freeze record's read included), and the status file reads 21 at the end (a list and two status reads per target).
    w.github.rateLimit.set({ limit: 1000, remaining: 25, resetInSeconds: 1800 });
    const resetAt = new Date(w.github.rateLimit.snapshot().reset * 1000).toISOString().slice(11, 16);
    const run = await runPipeline(w, 5001);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(`::error::request budget: this rollout of 7 targets needs about 52 GitHub API requests (21 writes) at worst (stage full failing under its on-failure policy), 48 if every stage passes; 25 of 1000 remain until ${resetAt} UTC; nothing was deployed. Next: re-run after ${resetAt} UTC`);
    expect(recorded(w)).toEqual(before);
    expect(w.github.log.filter((e) => e.method !== 'GET')).toEqual([]);
    expect([...w.fleet.regions.values()].every((r) => r.version === 'v1')).toBe(true);
    w.github.assertNoViolations();
  });

  it('goes ahead when the rollout fits, and with request-budget: off whatever remains', async () => {
    const w = (world = await startDemoWorld({ soak: '200ms', interval: '100ms' }));
    w.github.rateLimit.set({ limit: 1000, remaining: 52, resetInSeconds: 1800 });
    const fits = await runPipeline(w, 5002);
    expect(fits.code, fits.stdout).toBe(0);
    expect(fits.stdout).toMatch(/request budget: this rollout of 7 targets needs about 52 GitHub API requests .*; 52 of 1000 remain/);
    expect(fits.outputs.result).toBe('succeeded');
    // What it predicted for success is what it spent (the remaining figure counts down).
    expect(w.github.rateLimit.snapshot().remaining).toBe(52 - 48);
    w.github.rateLimit.set({ remaining: 3 });
    const off = await runPipeline(w, 5003, { version: 'v3', 'request-budget': 'off' });
    expect(off.stdout).not.toMatch(/request budget/);
    expect(off.outputs.result).toBe('rolled-back');
    expect(DEMO_REGIONS.every((r) => w.fleet.regions.get(r)?.version === 'v2')).toBe(true);
  });

  it('a wrong request-budget input is named before anything happens', async () => {
    const w = (world = await startDemoWorld());
    const run = await runPipeline(w, 5004, { 'request-budget': 'later' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input request-budget: expected one of refuse, wait, off; got "later"');
    expect(w.github.log.filter((e) => e.method !== 'GET')).toEqual([]);
  });
});
