import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoRunEnv, nodesUnderTest, runActionBundle, startDemoWorld, type DemoWorld } from '@stagegate/testkit';

let world: DemoWorld;
beforeEach(async () => {
  world = await startDemoWorld({ soak: '200ms', interval: '100ms' });
});
afterEach(async () => {
  world.github.assertNoViolations();
  await world.close();
});

const deploymentCount = (): number => world.github.state.repo('acme', 'trading-api').deployments.length;

describe('the root action (dist/pipeline) at its edges', () => {
  it.each(nodesUnderTest())('dry-run on $label prints every stage with placeholders filled and the API calls, and touches nothing', async ({ path: node }) => {
    const before = deploymentCount();
    const run = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, 3001), inputs: { version: 'v7', token: 't', 'dry-run': 'true' }, node });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('succeeded');
    for (const target of ['lhr', 'nrt', 'ewr', 'ord', 'fra', 'sin', 'bom']) expect(run.stdout).toMatch(new RegExp(`\\[dry-run\\] ${target}: would POST /repos/\\{owner\\}/\\{repo\\}/deployments \\(environment production/${target}.*"${target}","v7"`));
    expect(run.stdout).toMatch(/\[dry-run\] gate primary: would probe ewr with .*\/ewr\/health/);
    expect(run.stdout).toMatch(/\[dry-run\] would notify deploy-started to slack/);
    expect(deploymentCount()).toBe(before);
    expect(world.slack.received).toHaveLength(0);
    expect([...world.fleet.regions.values()].every((r) => r.version === 'v1')).toBe(true);
    expect(run.summary).toContain('Dry run:');
  });

  it.each(['v1; rm -rf /', '$(id)', 'x'.repeat(300)])('rejects the version %j before any deployment, naming the input', async (version) => {
    const before = deploymentCount();
    const run = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, 3002), inputs: { version, token: 't' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::input version: expected a version matching/);
    expect(deploymentCount()).toBe(before);
    // Nor does it reach a notification or the history.
    expect(world.slack.received).toHaveLength(0);
    expect(existsSync(join(world.runnerTemp, 'stagegate', 'history.jsonl'))).toBe(false);
  });

  it('names the input when start-at, only or fail-on are wrong', async () => {
    const run = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, 3003), inputs: { version: 'v2', token: 't', 'start-at': 'canry', 'fail-on': 'rolled-back' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/input start-at: expected one of the plan's stages \(canary, primary, full\); got "canry"/);
    const bad = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, 3004), inputs: { version: 'v2', token: 't', 'fail-on': 'sometimes' } });
    expect(bad.stdout).toMatch(/input fail-on: expected results among rolled-back, partially-failed, paused, failed, cancelled, frozen, held; got sometimes/);
  });

  it('names notify-timeout and verify-rollback when they are not a duration and a boolean, before any deployment', async () => {
    const before = deploymentCount();
    const run = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, 3006), inputs: { version: 'v2', token: 't', 'notify-timeout': 'soon' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::input notify-timeout: .*soon/);
    const flag = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, 3007), inputs: { version: 'v2', token: 't', 'verify-rollback': 'maybe' } });
    expect(flag.code).toBe(1);
    expect(flag.stdout).toMatch(/::error::input verify-rollback/);
    expect(deploymentCount()).toBe(before);
    expect(world.slack.received).toHaveLength(0);
  });

  it('never prints the webhook URLs or the token', async () => {
    const run = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, 3005), inputs: { version: 'v2', token: 'ghs_secret_token_value', only: 'canary' } });
    expect(run.outputs.result).toBe('succeeded');
    const shown = (run.stdout + run.stderr + run.summary).replace(/^::add-mask::.*$/gm, '');
    for (const secret of [world.slack.url, world.discord.url, 'ghs_secret_token_value']) expect(shown).not.toContain(secret);
    expect(world.slack.received.length).toBeGreaterThan(0);
  });
});
