import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from '@stagegate/testkit';
import { CLI_VERSION, runCli } from '../src/index.js';

/** A plan whose deploy appends "target version" to deployed.txt and whose gate fails for version "bad". */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-run-'));
  const node = JSON.stringify(process.execPath);
  writeFileSync(join(dir, 'rollout.yml'), `version: 1
service: api
stages:
  - { name: canary, targets: [eu], gate: { checks: [{ name: ok, type: command, severity: critical, run: [${node}, -e, "process.exit(process.argv[1] === 'bad' ? 1 : 0)", "{version}"] }] } }
  - { name: rest, targets: [us, ap], parallel: 2, on-failure: rollback-all }
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
const local = (dir: string, ...args: string[]) => cli(dir, {}, ...args);

describe('stagegate run without a token: the local store in .stagegate/', () => {
  it('rolls out, keeps the state between runs, rolls back to what an earlier run deployed, and status/history read it', async () => {
    const dir = workspace();
    const first = await local(dir, 'run', '--plan', 'rollout.yml', '--version', 'v1');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('result: succeeded');
    expect(existsSync(join(dir, '.stagegate', 'deployments.json'))).toBe(true);
    expect(existsSync(join(dir, '.stagegate', 'lock'))).toBe(false); // released at the end

    const second = await local(dir, 'run', '--plan', 'rollout.yml', '--version', 'bad');
    expect(second.code).toBe(1);
    expect(second.out).toContain('result: rolled-back');
    // eu got "bad", its gate failed, and the rollback put back v1, known only from the first run's state.
    const lines = readFileSync(join(dir, 'deployed.txt'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('eu v1');
    expect(lines.slice(1, 3).sort()).toEqual(['ap v1', 'us v1']);
    expect(lines.slice(3)).toEqual(['eu bad', 'eu v1']);
    expect(readFileSync(join(dir, '.stagegate', 'history.jsonl'), 'utf8')).toContain('"kind":"rollback-finished"');

    const status = await local(dir, 'status', '--plan', 'rollout.yml', '--json');
    expect(status.code).toBe(0);
    const targets = JSON.parse(status.out).targets as Array<{ target: string; version: string }>;
    expect(targets.map((t) => `${t.target} ${t.version}`)).toEqual(['eu v1', 'us v1', 'ap v1']);
    const history = await local(dir, 'history');
    expect(history.out).toMatch(/eu\s+canary\s+v1\s+rollback of bad/);
    expect(history.out).toMatch(/eu\s+canary\s+bad\s+deploy\s+failure/);
    const dora = await local(dir, 'dora');
    expect(dora.out).toMatch(/change failure rate\s+50\.0% \(1 failed\)/); // two changes (v1, bad): one failed, counted once

    // A dry run reads the previous versions for its plan and changes nothing.
    const before = readFileSync(join(dir, '.stagegate', 'deployments.json'));
    const historyBefore = readFileSync(join(dir, '.stagegate', 'history.jsonl'));
    const dry = await local(dir, 'run', '--plan', 'rollout.yml', '--version', 'v3', '--dry-run');
    expect(dry.out).toContain('eu (production/eu): v1 → v3');
    expect(dry.out).toMatch(/if it fails: would roll back to v1 with \[".*","eu","v1"\]/);
    expect(readFileSync(join(dir, '.stagegate', 'deployments.json')).equals(before)).toBe(true);
    expect(readFileSync(join(dir, '.stagegate', 'history.jsonl')).equals(historyBefore)).toBe(true);
  });

  it('stops on SIGINT mid-deploy: the command is killed, its deployment marked error, exit 130, result cancelled', async () => {
    const dir = workspace();
    const node = JSON.stringify(process.execPath);
    writeFileSync(join(dir, 'slow.yml'), `version: 1
service: api
stages:
  - { name: canary, targets: [eu] }
deploy: { run: [${node}, -e, "require('fs').writeFileSync('started.txt', '1'); setInterval(() => {}, 1000)", "{version}"] }
`);
    const controller = new AbortController();
    let out = '';
    const running = runCli(['run', '--plan', 'slow.yml', '--version', 'v1'], { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, env: { PATH: process.env.PATH }, cwd: dir, signal: controller.signal });
    for (let i = 0; i < 200 && !existsSync(join(dir, 'started.txt')); i++) await new Promise((r) => setTimeout(r, 50));
    controller.abort('SIGINT');
    expect(await running).toBe(130);
    expect(out).toContain('result: cancelled (SIGINT): commands stopped; 1 deployment of this run marked error');
    const state = JSON.parse(readFileSync(join(dir, '.stagegate', 'deployments.json'), 'utf8')) as { deployments: Array<{ statuses: Array<{ state: string }> }> };
    expect(state.deployments[0]?.statuses.map((s) => s.state)).toEqual(['error']);
    expect(existsSync(join(dir, '.stagegate', 'lock'))).toBe(false);
    const history = readFileSync(join(dir, '.stagegate', 'history.jsonl'), 'utf8');
    expect(history).not.toMatch(/approval|paused/);
    expect(history.trim().split('\n').at(-1)).toContain('"verdict":"cancelled"');
  });

  it('refuses a second local run while one holds the state, naming its pid and the fix', async () => {
    const dir = workspace();
    await local(dir, 'run', '--plan', 'rollout.yml', '--version', 'v1');
    writeFileSync(join(dir, '.stagegate', 'lock'), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: '2026-12-01T10:00:00Z' }));
    const r = await local(dir, 'run', '--plan', 'rollout.yml', '--version', 'v2');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`another stagegate run (pid ${process.ppid}`);
    expect(r.err).toContain('.stagegate/lock');
    expect(readFileSync(join(dir, 'deployed.txt'), 'utf8')).not.toContain('v2');
  });

  it('prints the plan in a dry run, filled in, and writes nothing: no state, no history, no command, no "passed"', async () => {
    const dir = workspace();
    const r = await local(dir, 'run', '--plan', 'rollout.yml', '--version', 'v9', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain('eu (production/eu): no previous version (first deploy) → v9');
    expect(r.out).toContain('would record a deployment in .stagegate/deployments.json (local) (environment production/eu, ref local)');
    expect(r.out).toMatch(/would run \[".*","-e",".*","eu","v9"\]/);
    expect(r.out).toMatch(/gate canary: not run in a dry run/);
    expect(r.out).toContain('"run":["');
    expect(r.out).not.toMatch(/\{owner\}|\{repo\}|\{version\}|\{target\}/);
    expect(r.out).not.toMatch(/passed|result: succeeded/);
    expect(r.out).toContain('nothing was deployed, probed, recorded or sent');
    expect(existsSync(join(dir, 'deployed.txt'))).toBe(false);
    expect(existsSync(join(dir, '.stagegate'))).toBe(false);
  });

  it('rejects an unsafe version and a YAML syntax error before anything happens, naming the file, line and column', async () => {
    const dir = workspace();
    const unsafe = await local(dir, 'run', '--plan', 'rollout.yml', '--version', 'v1; rm -rf /');
    expect(unsafe.code).toBe(1);
    expect(unsafe.err).toMatch(/input version: expected a version matching/);
    writeFileSync(join(dir, 'broken.yml'), 'version: 1\nservice: api\nstages:\n  - name: canary\n     targets: [eu]\n');
    for (const args of [['run', '--plan', 'broken.yml', '--version', 'v1'], ['validate', 'broken.yml']]) {
      const r = await local(dir, ...args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/broken\.yml.*\n.*line 4, column 11: not valid YAML/);
    }
    const missing = await local(dir, 'run', '--version', 'v1');
    expect(missing.err).toContain('.github/rollout.yml: cannot read the plan (ENOENT); write one there');
    expect(existsSync(join(dir, '.stagegate'))).toBe(false);
    const status = await local(dir, 'status');
    expect(status.code).toBe(2);
    expect(status.err).toMatch(/no GITHUB_TOKEN and no local state in \.stagegate\/deployments\.json: set GITHUB_TOKEN .* or run `stagegate run` in this folder first/);
  });

  it('prints help and exits 0 when run bare, and its version with --version and -V', async () => {
    const dir = workspace();
    const bare = await local(dir);
    expect(bare.code).toBe(0);
    expect(bare.out).toMatch(/usage: stagegate <command>/);
    for (const flag of ['--version', '-V']) expect((await local(dir, flag)).out).toBe(`${CLI_VERSION}\n`);
    expect(CLI_VERSION).toBe('0.2.0');
  });
});

describe('stagegate run with a token', () => {
  it('records the workflow run as each status\'s log URL on a runner, and no link elsewhere; a dry run names the real URL and writes nothing', async () => {
    const fake = await startFakeGitHub();
    try {
      const dir = workspace();
      const env = { GITHUB_TOKEN: 'secret-token', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/api', GITHUB_SHA: 'a'.repeat(40) };
      const dry = await cli(dir, env, 'run', '--plan', 'rollout.yml', '--version', 'v1', '--dry-run');
      expect(dry.code).toBe(0);
      expect(dry.out).toContain(`would record a deployment with POST ${fake.url}/repos/acme/api/deployments (environment production/eu, ref ${'a'.repeat(40)})`);
      expect(fake.state.repo('acme', 'api').deployments).toHaveLength(0);

      const onRunner = await cli(dir, { ...env, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' }, 'run', '--plan', 'rollout.yml', '--version', 'v1');
      expect(onRunner.err).toBe('');
      expect(onRunner.code).toBe(0);
      const offRunner = await cli(dir, env, 'run', '--plan', 'rollout.yml', '--version', 'v2');
      expect(offRunner.code).toBe(0);
      const state = fake.state.repo('acme', 'api');
      const logUrls = (version: string) => state.deployments
        .filter((d) => (d.payload as { version?: string }).version === version)
        .flatMap((d) => (state.statuses.get(d.id) ?? []).filter((s) => s.state !== 'inactive').map((s) => s.log_url));
      expect(new Set(logUrls('v1'))).toEqual(new Set(['https://github.com/acme/api/actions/runs/77/attempts/2']));
      expect(new Set(logUrls('v2'))).toEqual(new Set(['']));
      expect(onRunner.out + offRunner.out).not.toContain('secret-token');
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });
});
