import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';

/**
 * `stagegate rollback` and `stagegate status --json/--out` as a user runs
 * them: the CLI bundle (what the npm package installs as its bin) in a
 * folder of its own, with the user's environment only: the local store
 * without a token, the Deployments API (the fake GitHub) with one.
 */
const bundle = join(REPO_ROOT, 'packages', 'cli', 'dist', 'stagegate.js');
const node = JSON.stringify(process.execPath);
let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(async () => {
  await fake?.close();
});

function stagegate(cwd: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => ok({ code, out, err }));
  });
}

/** A project whose deploy (and so rollback) command appends "target version" to deployed.txt. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-rollback-'));
  writeFileSync(join(dir, 'rollout.yml'), `version: 1
service: api
stages:
  - { name: canary, targets: [eu] }
  - { name: rest, targets: [us, ap], parallel: 2 }
deploy: { run: [${node}, -e, "require('fs').appendFileSync('deployed.txt', process.argv[1] + ' ' + process.argv[2] + '\\\\n')", "{target}", "{version}"] }
`);
  return dir;
}

describe('stagegate rollback without a token (the local store)', () => {
  it('puts the targets back on their last known good version, records it, writes the incident report; status shows it', async () => {
    const dir = project();
    const local = (...args: string[]) => stagegate(dir, { USER: 'ana' }, ...args);
    expect((await local('run', '--plan', 'rollout.yml', '--version', 'v1')).code).toBe(0);
    const v2 = await local('run', '--plan', 'rollout.yml', '--version', 'v2');
    expect(v2.code).toBe(0);
    // `stagegate run` writes the status file beside its history, as the root action does.
    expect(v2.out).toContain('status file: .stagegate/deploy-status.json\n');
    expect(JSON.parse(readFileSync(join(dir, '.stagegate', 'deploy-status.json'), 'utf8'))).toMatchObject({ state: 'idle', lastRollout: { version: 'v2', result: 'succeeded' } });

    const r = await local('rollback', '--plan', 'rollout.yml', '--target', 'eu,us', '--reason', 'v2 leaks memory');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('result: succeeded\nrollback (v2 leaks memory): succeeded; now eu runs v1, us runs v1\nincident report: .stagegate/incident-v2.md');
    expect(readFileSync(join(dir, 'deployed.txt'), 'utf8').trim().split('\n').slice(-2).sort()).toEqual(['eu v1', 'us v1']);
    const report = readFileSync(join(dir, '.stagegate', 'incident-v2.md'), 'utf8');
    expect(report.split('\n').slice(0, 3)).toEqual(['# Incident: api v2 — rolled-back', '', '**Cause:** v2 leaks memory']);
    expect(report).toContain('started by stagegate rollback by ana');
    expect(report).toContain('| eu | production/eu | v2 | v1 | rolled back | rolled back to v1 |');

    // The status file: eu and us on v1 again (v2 is bad there now), ap still on v2; written with --out too.
    const status = await local('status', '--plan', 'rollout.yml', '--json', '--out', 'out/deploy-status.json');
    expect(status.code, status.err).toBe(0);
    const file = JSON.parse(status.out) as { format: number; service: string; state: string; targets: Array<{ target: string; version: string; previous?: string; state: string }>; lastRollout: { version: string; result: string } };
    expect(file).toMatchObject({ format: 1, service: 'api', state: 'idle', lastRollout: { version: 'v2', result: 'succeeded' } });
    expect(file.targets.map((t) => `${t.target} ${t.version} ${t.previous ?? '-'} ${t.state}`)).toEqual(['eu v1 - idle', 'us v1 - idle', 'ap v2 v1 idle']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'deploy-status.json'), 'utf8'))).toEqual(file);

    // --to: a version never deployed there is refused before anything runs, naming the option.
    const unknown = await local('rollback', '--plan', 'rollout.yml', '--target', 'ap', '--to', 'v9', '--reason', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--to: v9 was never deployed successfully to ap; choose a version that was, or pass --allow-unknown-version');
    const to = await local('rollback', '--plan', 'rollout.yml', '--target', 'ap', '--to', 'v1', '--reason', 'match eu', '--report', 'ap-incident.md');
    expect(to.code, to.out + to.err).toBe(0);
    expect(readFileSync(join(dir, 'ap-incident.md'), 'utf8')).toContain('**Production now:** ap runs v1.');
  }, 60_000);

  it('refuses a missing reason or a target outside the plan, with exit 2 or 1 and the cause, touching nothing', async () => {
    const dir = project();
    const noReason = await stagegate(dir, {}, 'rollback', '--plan', 'rollout.yml', '--target', 'eu');
    expect(noReason.code).toBe(2);
    expect(noReason.err).toMatch(/^stagegate rollback: --reason is required/);
    const stranger = await stagegate(dir, {}, 'rollback', '--plan', 'rollout.yml', '--target', 'zz', '--reason', 'x');
    expect(stranger.code).toBe(1);
    expect(stranger.err).toContain('--target: expected targets of the plan (eu, us, ap); got "zz"');
    expect(existsSync(join(dir, 'deployed.txt'))).toBe(false);
  }, 30_000);
});

describe('stagegate rollback with a token (the Deployments API)', () => {
  it('rolls back from the recorded last good version and records a deploy:rollback deployment', async () => {
    const dir = project();
    const seed = (version: string, minutesAgo: number): void => {
      const at = new Date(Date.now() - minutesAgo * 60_000);
      fake.state.seedDeployment('acme', 'api', {
        environment: 'production/eu', ref: 'c'.repeat(40), createdAt: at,
        payload: { tool: 'stagegate', service: 'api', version, stage: 'canary', target: 'eu', plan: 'seed', run: { id: String(minutesAgo), attempt: 1 } },
        statuses: [{ state: 'success', createdAt: at }],
      });
    };
    seed('v1', 60);
    seed('v2', 30);
    const env = { GITHUB_TOKEN: 'rb-token', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/api', GITHUB_SHA: 'e'.repeat(40) };
    const r = await stagegate(dir, env, 'rollback', '--plan', 'rollout.yml', '--target', 'eu', '--reason', 'v2 breaks checkout');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out + r.err).not.toContain('rb-token');
    expect(readFileSync(join(dir, 'deployed.txt'), 'utf8')).toBe('eu v1\n');
    const repo = fake.state.repo('acme', 'api');
    const newest = repo.deploymentsByEnvironment.get('production/eu')?.at(-1);
    expect(newest?.task).toBe('deploy:rollback');
    expect(newest?.payload).toMatchObject({ version: 'v1', rollback: { reason: 'v2 breaks checkout', replaces: { version: 'v2' } } });
    expect(fake.state.latestStatus(repo, newest!.id)?.state).toBe('success');
    expect(readFileSync(join(dir, '.stagegate', 'incident-v2.md'), 'utf8')).toContain('- [Deployments: production/eu](https://github.com/acme/api/deployments/production%2Feu)');
    const status = JSON.parse((await stagegate(dir, env, 'status', '--plan', 'rollout.yml', '--json')).out) as { repository: string; targets: Array<{ target: string; version?: string }> };
    expect(status.repository).toBe('acme/api');
    expect(status.targets.find((t) => t.target === 'eu')?.version).toBe('v1');
  }, 30_000);
});
