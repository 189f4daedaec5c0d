// Pipeline benchmark, all on 127.0.0.1, bounded in count (RUNS) and time (each run gives up after 60 s):
// the time from a primary target turning unhealthy mid-soak to every target the run
// touched (lhr, nrt, ewr) running the previous version again, measured on the real
// dist/pipeline bundle against the demo world, set side by side with what it cannot
// beat: one probe interval (the gate only sees the flip at its next round) plus the
// rollback commands' own time (the same deploy script, run bare, one after the other
// as the pipeline runs them: canary and primary have parallel 1). Target: overhead under 1 s.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { demoPlan, demoRunEnv, startDemoWorld, type DemoWorld } from '@stagegate/testkit';
import { parseHistoryLines } from '@stagegate/core';
import { FLEET_DEPLOY_SCRIPT, runActionBundle } from '@stagegate/testkit';

const RUNS = 3;
const INTERVAL_MS = 200;
const TOUCHED = ['ewr', 'lhr', 'nrt'];
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A world whose canary soaks briefly and whose primary soaks 5 s, every region healthy on v3 at first. */
async function startBenchWorld(): Promise<DemoWorld> {
  const world = await startDemoWorld({ breaks: {}, soak: '5s', interval: `${INTERVAL_MS}ms` });
  // The first soak in the plan is the canary's: keep it short, the primary's is where the flip happens.
  writeFileSync(join(world.workspace, '.github', 'rollout.yml'), demoPlan(world.fleet.url, '5s', `${INTERVAL_MS}ms`).replace('soak: 5s', 'soak: 300ms'));
  return world;
}

/** Polls the fleet every 10 ms until every touched region runs `version`; the time it saw that. */
async function waitForVersion(world: DemoWorld, version: string, deadline: number): Promise<number> {
  while (Date.now() < deadline) {
    if (TOUCHED.every((r) => world.fleet.regions.get(r)?.version === version)) return Date.now();
    await new Promise((ok) => setTimeout(ok, 10));
  }
  throw new Error(`the touched regions were not back on ${version} in time`);
}

/** One bare run of the rollback command per touched region, in series: the floor for the rollback itself. */
async function timeBareRollbacks(world: DemoWorld): Promise<number> {
  const started = performance.now();
  for (const region of TOUCHED) {
    const child = spawn(process.execPath, [FLEET_DEPLOY_SCRIPT, world.fleet.url, region, 'v1', '--delay', '50'], { stdio: 'ignore' });
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    if (code !== 0) throw new Error(`bare rollback command failed on ${region}`);
  }
  return performance.now() - started;
}

interface Figures { total: number; detect: number; rollback: number; bare: number; fleetLast: number }

/** One pipeline run of v3 where ewr turns unhealthy 1–2.5 s into the primary's soak. */
async function measureOnce(): Promise<Figures> {
  const world = await startBenchWorld();
  try {
    let flip: NodeJS.Timeout | undefined;
    let markFlip: (at: number) => void = () => undefined;
    const flipped = new Promise<number>((ok) => (markFlip = ok));
    const done = runActionBundle('pipeline', {
      workspace: world.workspace, env: demoRunEnv(world, 4000), timeoutMs: 60_000,
      inputs: { version: 'v3', token: 'bench-token', 'fail-on': 'failed' },
      onStdout: (chunk) => {
        if (flip || !chunk.includes('stage primary: health gate')) return;
        flip = setTimeout(() => { world.fleet.setHealthy('ewr', false); markFlip(Date.now()); }, 1000 + Math.random() * 1500);
      },
    });
    const flippedAt = await Promise.race([flipped, done.then(() => undefined)]);
    if (flippedAt === undefined) throw new Error(`the run ended before the flip:\n${(await done).stdout}`);
    const backAt = await waitForVersion(world, 'v1', flippedAt + 30_000);
    const run = await done;
    if (run.outputs.result !== 'rolled-back') throw new Error(`expected rolled-back, got ${run.outputs.result}:\n${run.stdout}`);
    const history = parseHistoryLines(readFileSync(join(world.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8'));
    const verdictAt = Date.parse(history.find((e) => e.kind === 'gate-verdict' && e.stage === 'primary')?.time ?? '');
    // The fleet's own clock of the last rollback deploy: no polling granularity in it.
    const fleetLast = Math.max(...TOUCHED.map((r) => Date.parse(world.fleet.regions.get(r)!.deployments.at(-1)!.at)));
    const bare = await timeBareRollbacks(world);
    return { total: backAt - flippedAt, detect: verdictAt - flippedAt, rollback: fleetLast - verdictAt, bare, fleetLast: fleetLast - flippedAt };
  } finally {
    await world.close();
  }
}

console.log(`pipeline: ewr turns unhealthy mid-soak (primary soak 5 s, interval ${INTERVAL_MS} ms) → lhr, nrt, ewr back on v1`);
console.log(`${RUNS} runs of dist/pipeline; machine load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
console.log('run | flip → all back (10 ms poll) | flip → last deploy (fleet clock) | flip → Failed | Failed → last deploy | bare rollbacks (3 in series) | budget (interval + bare) | overhead | of which rollback (Failed → last deploy − bare) | < 1 s');
const overheads: number[] = [];
for (let i = 1; i <= RUNS; i++) {
  const f = await measureOnce();
  const budget = INTERVAL_MS + f.bare;
  const overhead = f.total - budget;
  overheads.push(overhead);
  const ms = (n: number): string => `${Math.round(n)} ms`;
  console.log(`${i} | ${ms(f.total)} | ${ms(f.fleetLast)} | ${ms(f.detect)} | ${ms(f.rollback)} | ${ms(f.bare)} | ${ms(budget)} | ${ms(overhead)} | ${ms(f.rollback - f.bare)} | ${overhead < 1000 ? 'yes' : 'NO'}`);
}
// A flip lands anywhere in a round, so detection takes half an interval on average: the overhead can be negative.
console.log(`median overhead ${Math.round(median(overheads))} ms, max ${Math.round(Math.max(...overheads))} ms (target under 1000 ms)`);
