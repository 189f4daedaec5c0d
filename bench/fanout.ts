/**
 * bench/fanout: one stage of 1,000 targets (FANOUT_TARGETS to change it), rolled out
 * two ways against the same fake GitHub (127.0.0.1) and the same loopback fleet:
 * - one process: the run-stage bundle over all targets, then the health-gate bundle;
 * - fanned out: the plan bundle, then 20 shard jobs side by side (each its own run-stage
 *   then health-gate processes with its 50 targets, as deploy-fleet.yml's matrix runs
 *   them), then the join bundle reading every shard's deployments back.
 * Per target: one `curl` POST to the fleet, which answers after 500 ms (FANOUT_DEPLOY_MS;
 * a real deploy waits on its platform far longer, off the runner's CPU), and one HTTP
 * probe. Each way is a first rollout in its own repository of the fake. The plan's
 * `parallel` (16) and the gate's concurrency (10) apply per process.
 * What it measures: wall time of the whole stage each way (plan and join included),
 * side by side, the ratio, the CPU spent and the GitHub requests made. On GitHub each
 * shard has its own runner and the API is elsewhere; here the 20 shards, the fake GitHub
 * and the fleet (one event loop) share this machine's cores: this process (the fake and
 * the fleet) raises its priority where it may, so the fake stands in for a server that the
 * runners' work does not starve, and still a loaded machine understates the gain. Run: node scripts/run-bench.mjs fanout
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionBundle, startFakeGitHub, startFleet, type ActionRun } from '@stagegate/testkit';

const N = Number(process.env.FANOUT_TARGETS ?? 1000);
const SHARDS = 20;
const SHARD_SIZE = String(Math.ceil(N / SHARDS));
const targets = Array.from({ length: N }, (_, i) => `s${String(i + 1).padStart(4, '0')}`);

const github = await startFakeGitHub({ validateResponses: false });
// A deploy is mostly waiting on the platform: the fleet takes DEPLOY_MS to answer, off this machine's CPU.
const DEPLOY_MS = Number(process.env.FANOUT_DEPLOY_MS ?? 500);
const fleet = await startFleet({ regions: targets, initialVersion: 'v1', deployDelayMs: DEPLOY_MS });
const workspace = mkdtempSync(join(tmpdir(), 'stagegate-bench-fanout-'));
mkdirSync(join(workspace, '.github'));
const deploy = (v: string): string => JSON.stringify(['curl', '-sf', '--max-time', '60', '-X', 'POST', '-H', 'content-type: application/json', '-d', `{"version":"${v}"}`, `${fleet.url}/{target}/deploy`]);
writeFileSync(join(workspace, '.github', 'rollout.yml'), [
  'version: 1', 'service: fleet-bench', 'stages:',
  `  - { name: fleet, targets: [${targets.join(', ')}], parallel: 16, on-failure: rollback-all, gate: { profile: up, soak: 0s, interval: 1s, timeout: 5m, concurrency: 10 } }`,
  `deploy: { run: ${deploy('{version}')}, timeout: 2m }`,
  `rollback: { run: ${deploy('{previous}')}, timeout: 2m }`,
  'checks:', '  up:', `    - { name: health, type: http, url: "${fleet.url}/{target}/health", expect: { status: 200 }, severity: critical, timeout: 30s, consecutive-error-limit: 10 }`, '',
].join('\n'));

// The runner's side (bundles, curl) runs at a lower priority than this process, which plays GitHub and
// the platform: on GitHub those are other machines, never starved by the runners' own work.
// Not through a `nice` shell wrapper: /bin/sh (dash) drops variables whose names are not identifiers,
// INPUT_REQUEST-BUDGET and INPUT_WRITES-PER-MINUTE among them. This process raises its own priority
// instead, where it may (root); elsewhere both sides share the cores alike, and the table says so.
let raised = true;
try {
  setPriority(-10);
} catch {
  raised = false;
}
const runnerNode = process.execPath;

/** One step of run `runId` as the runner runs it; throws with its log when it fails. */
async function step(name: string, runId: number, inputs: Record<string, string>): Promise<ActionRun> {
  // Each way in its own repository of the same fake: both are a first rollout, neither reads the other's records.
  const env = { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: `acme/bench-${runId}`, GITHUB_RUN_ID: String(runId), GITHUB_SHA: String(runId).padStart(40, 'e') };
  const run = await runActionBundle(name, { workspace, env, inputs: { token: 'bench', ...inputs }, timeoutMs: 600_000, node: runnerNode });
  if (run.code !== 0) throw new Error(`${name} of run ${runId} exited ${run.code}:\n${run.stdout.slice(-2000)}${run.stderr.slice(-1000)}`);
  return run;
}

/** run-stage then health-gate for some targets (all when `shard` is empty), as one job does. */
async function job(runId: number, version: string, shard: string): Promise<void> {
  // Writes unpaced and no request budget: this bench times the deploys; pacing under GitHub's 80 a minute would set
  // both ways' pace alike, and one process over 1,000 targets needs more than a token's hour (the budget refuses it).
  const deployed = await step('run-stage', runId, { stage: 'fleet', version, 'writes-per-minute': '0', 'request-budget': 'off', ...(shard ? { targets: shard } : {}) });
  await step('health-gate', runId, { stage: 'fleet', version, ...(shard ? { targets: shard } : {}), 'deployment-ids': deployed.outputs['deployment-ids'] ?? '' });
}

/**
 * CPU seconds spent so far by this process (the fake GitHub and the fleet live here) and by its
 * finished children (the bundles, curl): /proc/self/stat's cutime + cstime, in clock ticks of 1/100 s.
 */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + (Number(fields[13]) + Number(fields[14])) / 100;
}

const rows: string[][] = [];
try {
  github.resetLog();
  let cpu = cpuSeconds();
  let started = performance.now();
  await job(2, 'v2', '');
  const one = performance.now() - started;
  console.log(`one process: ${(one / 1000).toFixed(1)} s`);
  rows.push(['one process', '2', `${(one / 1000).toFixed(1)} s`, `${(cpuSeconds() - cpu).toFixed(0)} s`, String(github.countRequests())]);

  github.resetLog();
  cpu = cpuSeconds();
  started = performance.now();
  const plan = await step('plan', 3, { stage: 'fleet', 'shard-size': SHARD_SIZE });
  const matrix = JSON.parse(plan.outputs.matrix ?? '') as { include: Array<{ targets: string }> };
  const shardsStarted = performance.now();
  await Promise.all(matrix.include.map((m) => job(3, 'v3', m.targets)));
  const shardsMs = performance.now() - shardsStarted;
  const joined = await step('join', 3, { stage: 'fleet', version: 'v3', 'shard-size': SHARD_SIZE, 'shards-result': 'success' });
  const fan = performance.now() - started;
  if (joined.outputs.result !== 'next') throw new Error(`join said ${joined.outputs.result}:\n${joined.stdout.slice(-2000)}`);
  rows.push([`${matrix.include.length} shards`, String(matrix.include.length * 2 + 2), `${(fan / 1000).toFixed(1)} s (shards ${(shardsMs / 1000).toFixed(1)} s)`, `${(cpuSeconds() - cpu).toFixed(0)} s`, String(github.countRequests())]);
  const wrong = targets.filter((t) => fleet.regions.get(t)?.version !== 'v3');
  if (wrong.length) throw new Error(`${wrong.length} targets do not run v3 after the fan-out (first: ${wrong[0]})`);

  const head = ['stage run as', 'processes', 'wall', 'CPU', 'GitHub requests'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`one stage of ${N} targets (parallel 16 per process; per target a curl deploy answered after ${DEPLOY_MS} ms and one http probe), fake GitHub and fleet on 127.0.0.1`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(`fan-out speed-up (one process / fanned out, plan and join included): ${(one / fan).toFixed(2)}×`);
  console.log(`machine: ${raised ? "the fake GitHub and the fleet at priority -10; " : ""}${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (at the end). CPU is this process (the fake GitHub and the fleet) plus its children (bundles, curl); when it nears wall × cores the run is CPU-bound and waiting in parallel cannot show: on GitHub each shard has its own runner and the API is not on it.`);
} finally {
  await Promise.all([github.close(), fleet.close()]);
  rmSync(workspace, { recursive: true, force: true });
}
