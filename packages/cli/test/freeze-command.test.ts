import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFreeze, findLastKnownGood, readFreeze, readHistory, type DeploymentStore } from '@stagegate/github';
import { LocalDeploymentStore } from '@stagegate/local-store';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { deployThrough, storeOn } from '../../github/test/store-helpers.js';
import { runCli } from '../src/index.js';

/** A two-stage plan whose deploy appends "target version" to deployed.txt. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-freeze-'));
  const node = JSON.stringify(process.execPath);
  writeFileSync(join(dir, 'rollout.yml'), `version: 1
service: api
stages:
  - { name: canary, targets: [eu] }
  - { name: rest, targets: [us] }
deploy: { run: [${node}, -e, "require('fs').appendFileSync('deployed.txt', process.argv[1] + ' ' + process.argv[2] + '\\\\n')", "{target}", "{version}"] }
`);
  return dir;
}

async function cli(dir: string, env: Record<string, string | undefined>, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, env: { PATH: process.env.PATH, ...env }, cwd: dir });
  return { code, out, err };
}

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(async () => {
  fake.assertNoViolations();
  await fake.close();
});

describe('stagegate freeze / thaw', () => {
  it('locally: a freeze stops the next run before its first stage (exit 4, result frozen, nothing deployed); thaw lets it run', async () => {
    const dir = workspace();
    const frozen = await cli(dir, { USER: 'carol' }, 'freeze', '--plan', 'rollout.yml', '--reason', 'incident 7');
    expect(frozen.code, frozen.err).toBe(0);
    expect(frozen.out).toMatch(/^frozen production\/freeze by carol: incident 7 \(deployment \d+\) in the local state$/m);
    const stopped = await cli(dir, {}, 'run', '--plan', 'rollout.yml', '--version', 'v1');
    expect(stopped.code).toBe(4);
    expect(stopped.out).toContain('result: frozen');
    expect(stopped.out).toMatch(/hard stop: production\/freeze frozen by carol at .*: incident 7; stopped before stage canary/);
    expect(existsSync(join(dir, 'deployed.txt'))).toBe(false);
    // The status file says it too: every target frozen, who froze and why.
    const frozenStatus = JSON.parse((await cli(dir, {}, 'status', '--plan', 'rollout.yml', '--json')).out) as { state: string; frozen?: { actor: string; reason: string }; targets: Array<{ state: string }> };
    expect(frozenStatus.state).toBe('frozen');
    expect(frozenStatus.frozen).toMatchObject({ actor: 'carol', reason: 'incident 7' });
    expect(frozenStatus.targets.map((t) => t.state)).toEqual(['frozen', 'frozen']);
    expect((await cli(dir, {}, 'status', '--plan', 'rollout.yml')).out).toMatch(/^frozen since \S+ by carol: incident 7 \(stagegate thaw to lift\)$/m);
    const thawed = await cli(dir, { USER: 'carol' }, 'thaw', '--plan', 'rollout.yml');
    expect(thawed.out).toMatch(/^thawed production\/freeze by carol \(deployment \d+\)/m);
    const again = await cli(dir, { USER: 'carol' }, 'thaw', '--plan', 'rollout.yml');
    expect(again.out).toMatch(/^production\/freeze is not frozen \(thawed by carol at .*\): nothing to thaw/m);
    const ran = await cli(dir, {}, 'run', '--plan', 'rollout.yml', '--version', 'v1');
    expect(ran.code, ran.out).toBe(0);
    const thawedStatus = JSON.parse((await cli(dir, {}, 'status', '--plan', 'rollout.yml', '--json')).out) as { state: string; frozen?: unknown };
    expect(thawedStatus.state).toBe('idle');
    expect(thawedStatus.frozen).toBeUndefined();
    // The freeze records are not deploys: history and status never show them.
    const history = await cli(dir, {}, 'history', '--json');
    expect(history.out).toContain('"environment": "production/eu"');
    expect(history.out).not.toContain('freeze');
  });

  it('refuses a freeze without a reason and a freeze environment that is not one, as command-line mistakes', async () => {
    const dir = workspace();
    expect((await cli(dir, {}, 'freeze', '--plan', 'rollout.yml')).err).toMatch(/^stagegate freeze: --reason is required/);
    const bad = await cli(dir, {}, 'freeze', '--reason', 'x', '--environment', 'production/{target}');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--environment: expected a freeze environment ending in "freeze"');
  });

  it('with a token: the record goes to the Deployments API, on GITHUB_SHA, and readFreeze reads it', async () => {
    const dir = workspace();
    const env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/trading-api', GITHUB_SHA: 'b'.repeat(40), GITHUB_ACTOR: 'dave' };
    const r = await cli(dir, env, 'freeze', '--environment', 'staging/freeze', '--reason', 'load test');
    expect(r.code, r.err).toBe(0);
    expect(await readFreeze(storeOn(fake), 'staging/freeze')).toEqual({ frozen: true, reason: 'load test', actor: 'dave', at: expect.stringMatching(/^\d{4}-/) });
    expect(await readFreeze(storeOn(fake), 'production/freeze')).toBeUndefined();
  });
});

describe('the freeze record on both stores', () => {
  it('is read alike from GitHub and the local store, newest first, and never taken for a deploy', async () => {
    const local = LocalDeploymentStore.open({ dir: join(mkdtempSync(join(tmpdir(), 'stagegate-freeze-store-')), '.stagegate'), repo: { owner: 'local', repo: 'api' } });
    try {
      for (const store of [storeOn(fake), local] as DeploymentStore[]) {
        await deployThrough(store, 'qa/eu', 'v1', 'success');
        await applyFreeze(store, { environments: ['qa/freeze'], frozen: true, reason: 'r1', actor: 'a', ref: 'c'.repeat(40) });
        await applyFreeze(store, { environments: ['qa/freeze'], frozen: false, reason: 'r2', actor: 'b', ref: 'c'.repeat(40) });
        expect(await readFreeze(store, 'qa/freeze')).toMatchObject({ frozen: false, reason: 'r2', actor: 'b' });
        expect((await findLastKnownGood(store, 'qa/eu', { service: 'trading-api' })).found?.version).toBe('v1');
        const environments = (await readHistory(store, {}, 1, 50)).rows.map((row) => row.environment);
        expect(environments).toContain('qa/eu');
        expect(environments).not.toContain('qa/freeze');
      }
    } finally {
      local.close();
    }
  });
});
