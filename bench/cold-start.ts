/**
 * bench/cold-start: how long each dist bundle takes to start and fail fast with no
 * inputs (`env -i`: an empty environment), against node running an empty file, on
 * the runner's Node 24 and on the Node running the bench, side by side in one run.
 * Each figure is the median of RUNS; runs of the bundle and of the empty file are
 * interleaved so a busy moment on the machine weighs on both. Goal: every ratio on
 * Node 24 ≤ 3.0× (2.0× aimed for). Run: npx tsx bench/cold-start.ts [--dist DIR] [bundle ...]
 * (--dist measures another build, e.g. an older commit's dist/ from `git archive`).
 * On a shared, busy machine wall times swing with the load; the CPU ratio (the child's own
 * user + system time, reported by a preloaded exit hook, in separate runs) holds steadier.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodesUnderTest, REPO_ROOT } from '@stagegate/testkit';

const RUNS = Number(process.env.COLD_START_RUNS ?? 9);
const LIMIT = 3.0;
const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? resolve(args.splice(distAt, 2)[1] ?? '') : join(REPO_ROOT, 'dist');
const wanted = args;
const bundles = readdirSync(dist).filter((n) => existsSync(join(dist, n, 'index.js')) && (!wanted.length || wanted.includes(n))).sort();
const scratch = mkdtempSync(join(tmpdir(), 'stagegate-cold-'));
const empty = join(scratch, 'empty.mjs');
writeFileSync(empty, '');
const cpuHook = join(scratch, 'cpu-hook.mjs');
writeFileSync(cpuHook, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\ncpu-us ${u.user + u.system}\\n`); });\n");

/** Wall time of one start, in ms, with nothing in the environment (as `env -i`). */
function timeStart(node: string, file: string): number {
  const started = performance.now();
  const r = spawnSync(node, [file], { cwd: scratch, env: {}, stdio: 'ignore', timeout: 30_000 });
  const ms = performance.now() - started;
  if (r.error || r.signal) throw new Error(`${node} ${file} did not finish: ${r.error?.message ?? r.signal}`);
  return ms;
}

/** CPU time (user + system, ms) of one start, as the child reports it on exit. */
function cpuOfStart(node: string, file: string): number {
  const r = spawnSync(node, ['--import', cpuHook, file], { cwd: scratch, env: {}, encoding: 'utf8', timeout: 30_000 });
  const m = /cpu-us (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`${node} ${file} reported no CPU time: ${r.error?.message ?? r.stderr}`);
  return Number(m[1]) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const nodes = nodesUnderTest();
console.log(`cold start of ${dist}: bundle with no inputs vs node running an empty file, env -i, medians of ${RUNS}`);
console.log(`bundle | ${nodes.map((n) => `${n.label} ms (empty ms) | ${n.label} ratio | ${n.label} cpu ratio`).join(' | ')}`);
let over = 0;
try {
  for (const name of bundles) {
    const file = join(dist, name, 'index.js');
    const cells: string[] = [];
    for (const node of nodes) {
      timeStart(node.path, empty); // warm the file cache for both before timing
      timeStart(node.path, file);
      const base: number[] = [];
      const bundle: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        base.push(timeStart(node.path, empty));
        bundle.push(timeStart(node.path, file));
      }
      const cpuBase: number[] = [];
      const cpuBundle: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        cpuBase.push(cpuOfStart(node.path, empty));
        cpuBundle.push(cpuOfStart(node.path, file));
      }
      const ratio = median(bundle) / median(base);
      if (node.label === 'node24' && ratio > LIMIT) over++;
      cells.push(`${median(bundle).toFixed(0)} (${median(base).toFixed(0)}) | ${ratio.toFixed(1)}× | ${(median(cpuBundle) / median(cpuBase)).toFixed(1)}×`);
    }
    console.log(`${name} | ${cells.join(' | ')}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(over ? `${over} bundle(s) above ${LIMIT}× on node24` : `every bundle ≤ ${LIMIT}× on node24`);
