import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@stagegate/cli';

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

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, env: { PATH: process.env.PATH }, cwd: dir });
  return { code, out, err };
}

describe('stagegate run without a token: the embedded Deployments API in .stagegate/', () => {
  it('rolls out, keeps the state between runs, and rolls back to what an earlier run deployed', async () => {
    const dir = workspace();
    const first = await cli(dir, 'run', '--plan', 'rollout.yml', '--version', 'v1');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('result: succeeded');
    expect(existsSync(join(dir, '.stagegate', 'github-state.json'))).toBe(true);

    const second = await cli(dir, 'run', '--plan', 'rollout.yml', '--version', 'bad');
    expect(second.code).toBe(1);
    expect(second.out).toContain('result: rolled-back');
    // eu got "bad", its gate failed, and the rollback put back v1, known only from the first run's state.
    const lines = readFileSync(join(dir, 'deployed.txt'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('eu v1');
    expect(lines.slice(1, 3).sort()).toEqual(['ap v1', 'us v1']);
    expect(lines.slice(3)).toEqual(['eu bad', 'eu v1']);
    const history = readFileSync(join(dir, '.stagegate', 'history.jsonl'), 'utf8');
    expect(history).toContain('"kind":"rollback-finished"');
  });

  it('prints the plan in a dry run and deploys nothing', async () => {
    const dir = workspace();
    const r = await cli(dir, 'run', '--plan', 'rollout.yml', '--version', 'v9', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\[dry-run\] eu: would POST \/repos\/\{owner\}\/\{repo\}\/deployments/);
    expect(r.out).toMatch(/\[dry-run\] gate canary: would probe eu/);
    expect(existsSync(join(dir, 'deployed.txt'))).toBe(false);
  });

  it('rejects an unsafe version before anything happens', async () => {
    const dir = workspace();
    const r = await cli(dir, 'run', '--plan', 'rollout.yml', '--version', 'v1; rm -rf /');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/input version: expected a version matching/);
    expect(existsSync(join(dir, '.stagegate'))).toBe(false);
  });
});
