import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@stagegate/testkit';

/**
 * The CLI as a user meets it: `npm pack ./packages/cli`, `npm i <tarball>` in
 * an empty project, then the installed `stagegate` bin, with no token (the
 * local state) and no access to the clone.
 */
const work = mkdtempSync(join(tmpdir(), 'stagegate-cli-package-'));
const project = join(work, 'project');
const bin = join(project, 'node_modules', '.bin', 'stagegate');
// The user's environment, not the test runner's: no token, no GitHub variables.
const userEnv = { PATH: process.env.PATH ?? '', HOME: work };
const started: ChildProcess[] = [];

function exec(file: string, args: string[], cwd: string, env: Record<string, string> = userEnv): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((ok) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code, signal) => ok({ code, signal, out, err }));
  });
}
const stagegate = (cwd: string, ...args: string[]) => exec(process.execPath, [bin, ...args], cwd);

function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

/** Gone, or a zombie waiting for a reaper: either way it runs no more. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (test()) return true;
  return test();
}

let tarball = '';
beforeAll(async () => {
  const pack = await exec('npm', ['pack', join(REPO_ROOT, 'packages', 'cli'), '--pack-destination', work, '--json'], REPO_ROOT, { ...userEnv, HOME: process.env.HOME ?? work });
  expect(pack.code, pack.err).toBe(0);
  tarball = join(work, (JSON.parse(pack.out) as Array<{ filename: string }>)[0]?.filename ?? '');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'try-stagegate', private: true }));
  // The package has no dependencies: the install needs no registry.
  const install = await exec('npm', ['i', tarball, '--offline', '--no-audit', '--no-fund'], project, { ...userEnv, HOME: process.env.HOME ?? work });
  expect(install.code, install.err).toBe(0);
}, 120_000);

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('the packed CLI, installed in an empty project', () => {
  it('is one bundle with its README and LICENSE, and installs small', async () => {
    const list = await exec('tar', ['tzf', tarball], work);
    expect(list.out.trim().split('\n').sort()).toEqual(['package/LICENSE', 'package/README.md', 'package/dist/stagegate.js', 'package/package.json']);
    const bundle = readFileSync(join(project, 'node_modules', 'stagegate', 'dist', 'stagegate.js'), 'utf8');
    expect(bundle).not.toMatch(/openapi-backend|ajv-formats|startFakeGitHub|tsx\/esm/);
    expect(sizeOf(join(project, 'node_modules'))).toBeLessThan(60 * 1024 * 1024);
  });

  it('answers --version, -V, help, schema, validate and demo as a user expects', async () => {
    for (const flag of ['--version', '-V']) expect((await stagegate(project, flag)).out).toBe('0.2.0\n');
    const bare = await stagegate(project);
    expect(bare.code).toBe(0);
    expect(bare.out).toMatch(/usage: stagegate <command>/);
    const schema = await stagegate(project, 'schema');
    expect((JSON.parse(schema.out) as { type?: string }).type).toBe('object');
    const demo = await stagegate(project, 'demo');
    expect(demo.code).toBe(1);
    expect(demo.err).toContain('the demo runs from a clone of stagegate');
    writeFileSync(join(project, 'broken.yml'), 'version: 1\nservice: [\n');
    const invalid = await stagegate(project, 'validate', 'broken.yml');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^broken\.yml: .*\n\s+line \d+, column \d+: not valid YAML/);
  });

  it('runs a local rollout that fails its gate and is rolled back; status, history and dora read the local state', async () => {
    const dir = join(project, 'rollout');
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, 'deploy.mjs'), "import { writeFileSync } from 'node:fs';\nconst [target, version] = process.argv.slice(2);\nwriteFileSync(`live-${target}.txt`, version);\n");
    writeFileSync(join(dir, 'check.mjs'), "import { readFileSync } from 'node:fs';\nconst live = readFileSync(`live-${process.argv[2]}.txt`, 'utf8');\nif (live.includes('bad')) { console.error(`${live} answers 503`); process.exit(1); }\n");
    const node = JSON.stringify(process.execPath);
    writeFileSync(join(dir, '.github', 'rollout.yml'), `version: 1
service: shop
stages:
  - { name: canary, targets: [eu], gate: { checks: [{ name: health, type: command, severity: critical, run: [${node}, check.mjs, "{target}"] }] }, on-failure: rollback-stage }
  - { name: rest, targets: [us, ap], parallel: 2, on-failure: rollback-all }
deploy: { run: [${node}, deploy.mjs, "{target}", "{version}"], timeout: 30s }
`);
    const good = await stagegate(dir, 'run', '--version', 'v1');
    expect(good.err).toBe('');
    expect(good.out).toContain('result: succeeded');
    const bad = await stagegate(dir, 'run', '--version', 'v2-bad');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('result: rolled-back');
    expect(readFileSync(join(dir, 'live-eu.txt'), 'utf8')).toBe('v1');
    expect(readFileSync(join(dir, 'live-us.txt'), 'utf8')).toBe('v1'); // never reached

    const status = await stagegate(dir, 'status');
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/^eu\s+v1\s/m);
    const history = await stagegate(dir, 'history');
    expect(history.out).toMatch(/eu\s+canary\s+v1\s+rollback of v2-bad/);
    expect(history.out).toMatch(/eu\s+canary\s+v2-bad\s+deploy\s+failure/);
    const dora = await stagegate(dir, 'dora', '--json');
    expect((JSON.parse(dora.out) as { failedDeployments: number }).failedDeployments).toBe(1);
  }, 60_000);

  it('goes on to the end when its reader goes away (stagegate run … | head): no EPIPE crash mid-deploy, every target deployed and recorded', async () => {
    const dir = join(project, 'closed-pipe');
    mkdirSync(join(dir, '.github'), { recursive: true });
    // Each deploy takes a moment and prints, so the run writes long after its reader left.
    writeFileSync(join(dir, 'deploy.mjs'), "import { writeFileSync } from 'node:fs';\nsetTimeout(() => { console.log('deployed', process.argv[2]); writeFileSync(`done-${process.argv[2]}.txt`, process.argv[3]); }, 300);\n");
    writeFileSync(join(dir, '.github', 'rollout.yml'), `version: 1
service: shop
stages:
  - { name: canary, targets: [eu] }
  - { name: rest, targets: [us, ap] }
deploy: { run: [${JSON.stringify(process.execPath)}, deploy.mjs, "{target}", "{version}"] }
`);
    const child = spawn(process.execPath, [bin, 'run', '--version', 'v3'], { cwd: dir, env: userEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // As `head -1` does: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((ok) => child.on('close', (c) => ok(c)));
    expect(err).not.toContain('EPIPE');
    expect(code, err).toBe(0);
    for (const t of ['eu', 'us', 'ap']) expect(readFileSync(join(dir, `done-${t}.txt`), 'utf8')).toBe('v3');
    const state = JSON.parse(readFileSync(join(dir, '.stagegate', 'deployments.json'), 'utf8')) as { deployments: Array<{ statuses: Array<{ state: string }> }> };
    expect(state.deployments.map((d) => d.statuses.at(-1)?.state)).toEqual(['success', 'success', 'success']);
  }, 60_000);

  it('stops on SIGTERM mid-deploy: the deploy and its children are gone, the deployment is marked error, the state saved, exit 143', async () => {
    const dir = join(project, 'cancel');
    mkdirSync(join(dir, '.github'), { recursive: true });
    // The deploy starts a child that would outlive it, writes the child's pid, then hangs.
    writeFileSync(join(dir, 'slow-deploy.mjs'), "import { spawn } from 'node:child_process';\nimport { writeFileSync } from 'node:fs';\nconst child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });\nwriteFileSync('child.pid', String(child.pid));\nsetInterval(() => {}, 1000);\n");
    writeFileSync(join(dir, '.github', 'rollout.yml'), `version: 1
service: shop
stages:
  - { name: canary, targets: [eu] }
deploy: { run: [${JSON.stringify(process.execPath)}, slow-deploy.mjs, "{target}", "{version}"], timeout: 10m }
`);
    const run = exec(process.execPath, [bin, 'run', '--version', 'v7'], dir);
    const runner = started.at(-1) as ChildProcess;
    expect(await waitFor(() => existsSync(join(dir, 'child.pid')), 20_000)).toBe(true);
    const childPid = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    expect(isRunning(childPid)).toBe(true);
    runner.kill('SIGTERM');
    const r = await run;
    expect(r.code).toBe(143);
    expect(r.out).toMatch(/result: cancelled \(SIGTERM\): commands stopped; 1 deployment of this run marked error; state saved in \.stagegate\/deployments\.json/);
    expect(await waitFor(() => !isRunning(childPid), 5000)).toBe(true);
    const state = JSON.parse(readFileSync(join(dir, '.stagegate', 'deployments.json'), 'utf8')) as { deployments: Array<{ statuses: Array<{ state: string; description: string }> }> };
    expect(state.deployments).toHaveLength(1);
    expect(state.deployments[0]?.statuses.at(-1)).toMatchObject({ state: 'error', description: expect.stringMatching(/cancelled/) });
    expect(existsSync(join(dir, '.stagegate', 'lock'))).toBe(false);
    // The next run is not blocked, and the cancelled version is never taken for a good one.
    const status = await stagegate(dir, 'status', '--json');
    expect((JSON.parse(status.out) as { targets: Array<{ version?: string }> }).targets[0]?.version).toBeUndefined();
  }, 60_000);

  it('ships the bundle that scripts/build-cli.mjs makes from the sources (run npm run build and commit packages/cli/dist)', async () => {
    const fresh = join(work, 'fresh-stagegate.js');
    const build = await exec(process.execPath, [join(REPO_ROOT, 'scripts', 'build-cli.mjs'), '--out', fresh], REPO_ROOT, { PATH: userEnv.PATH });
    expect(build.code, build.err).toBe(0);
    const same = readFileSync(fresh).equals(readFileSync(join(REPO_ROOT, 'packages', 'cli', 'dist', 'stagegate.js')));
    expect(same, 'packages/cli/dist/stagegate.js is stale: run npm run build and commit it').toBe(true);
  }, 60_000);
});
