/**
 * bench/cli-package: the published CLI as a user gets it. Packs packages/cli,
 * installs the tarball in an empty project, and prints the tarball size, the
 * installed size of node_modules, and `stagegate --help` wall time (median of
 * 5) beside node running an empty file and the clone's tsx entry, measured
 * side by side in this run.
 * Run: npx tsx bench/cli-package.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@stagegate/testkit';

const RUNS = 5;
const work = mkdtempSync(join(tmpdir(), 'stagegate-bench-cli-'));
const packed = JSON.parse(execFileSync('npm', ['pack', join(REPO_ROOT, 'packages', 'cli'), '--pack-destination', work, '--json'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string; size: number; unpackedSize: number }>;
const tarball = packed[0];
if (!tarball) throw new Error('npm pack printed no tarball');
const project = join(work, 'project');
mkdirSync(project);
writeFileSync(join(project, 'package.json'), '{"name":"bench-cli","private":true}');
execFileSync('npm', ['i', join(work, tarball.filename), '--offline', '--no-audit', '--no-fund'], { cwd: project, stdio: 'ignore' });
writeFileSync(join(work, 'empty.js'), '');

const sizeOf = (p: string): number => (lstatSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + sizeOf(join(p, f)), 0) : lstatSync(p).size);
function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: project, env: { PATH: process.env.PATH }, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

const empty = medianMs([join(work, 'empty.js')]);
const installed = medianMs([join(project, 'node_modules', '.bin', 'stagegate'), '--help']);
const dev = medianMs([join(REPO_ROOT, 'packages', 'cli', 'bin', 'stagegate-dev.js'), '--help']);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
console.log(`tarball ${tarball.filename}: ${mb(tarball.size)} (unpacked ${mb(tarball.unpackedSize)})`);
console.log(`installed node_modules: ${mb(sizeOf(join(project, 'node_modules')))}`);
console.log(`--help, median of ${RUNS}: installed bundle ${installed.toFixed(0)} ms (${(installed / empty).toFixed(1)}× node on an empty file, ${empty.toFixed(0)} ms); clone's tsx entry ${dev.toFixed(0)} ms`);
