// Recovery benchmark, all on 127.0.0.1: the real dist/pipeline bundle on the demo world,
// v3 breaking the primary (ewr), one neighbour failing per row. Printed per row: the delay
// from the failed verdict (ewr's first unhealthy answer, on the fleet's clock) to the first
// rollback command (when the deploy script started, on its own clock), and the run's wall
// time. The Slack and GitHub rows share one scenario and differ only in their fault, so
// they compare side by side in one run. Goal: ≤ 1 s for each Slack and GitHub row.
// The hung-health row has no unhealthy answer to start from: its delay runs from ewr's v3
// deploy (the gate starts right after) and is set against the gate's timeout (+ 1 s).
// notify-timeout is 2 s so the rows stay short; one run per row, each bounded at 90 s.
import os from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoWorld } from '@stagegate/testkit';
import { firstCommandAt, runRecoveryRow, type RecoveryRow } from '../tests/support/recovery-scenario.js';

const GATE_TIMEOUT = '5s';
const everyRequest = { times: 100_000 };

interface Row extends RecoveryRow {
  name: string;
  before11: string;
  /** Where the delay starts when there is no unhealthy answer. */
  anchor?: (world: DemoWorld) => number | undefined;
}

// BENCH_ONLY=<text> runs only the rows whose name contains it.
const ONLY = process.env.BENCH_ONLY;
const rows: Row[] = [
  { name: 'Slack healthy', before11: '0.96 s' },
  { name: 'Slack answers 500', before11: '23.6 s', before: (w) => w.slack.setDefault({ status: 500, body: 'internal_error' }) },
  { name: 'Slack 429 retry-after 10', before11: '90.2 s', before: (w) => w.slack.setDefault({ status: 429, body: 'rate_limited', headers: { 'retry-after': '10' } }) },
  { name: 'Slack never answers', before11: '145.6 s', before: (w) => w.slack.setDefault({ status: 200, hang: true }) },
  { name: 'GitHub 502 during recovery', before11: '54 s / crash', atVerdict: (w) => w.github.faults.add({ kind: 'status', status: 502, ...everyRequest }) },
  { name: 'GitHub hangs during recovery', before11: 'hang, no rollback', atVerdict: (w) => w.github.faults.add({ kind: 'hang', ...everyRequest }) },
  {
    name: `ewr health never answers (gate timeout ${GATE_TIMEOUT})`, before11: 'no verdict on Node 20', breaks: {}, inputs: { 'verify-rollback': 'false' },
    before: (w) => {
      const plan = join(w.workspace, '.github', 'rollout.yml');
      writeFileSync(plan, readFileSync(plan, 'utf8').replaceAll('timeout: 30s }', `timeout: ${GATE_TIMEOUT} }`));
      w.fleet.setHanging('ewr', true);
    },
    anchor: (w) => {
      const v3 = w.fleet.regions.get('ewr')?.deployments.find((d) => d.version === 'v3');
      return v3 ? Date.parse(v3.at) : undefined;
    },
  },
];

console.log(`recovery: v3 breaks ewr (primary, rollback-all); delay from the failed verdict to the first rollback command`);
console.log(`dist/pipeline on Node ${process.version}; machine load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; notify-timeout 2s`);
console.log('fault | before (issue 11) | verdict → first rollback command | run wall time | result | exit | ≤ 1 s');
let runId = 6000;
for (const row of rows.filter((r) => !ONLY || r.name.includes(ONLY))) {
  const r = await runRecoveryRow({ ...row, run: { timeoutMs: 90_000 } }, runId++);
  try {
    const from = row.anchor ? row.anchor(r.world) : r.verdictAt;
    const first = firstCommandAt(r.world, 'v1');
    const delay = from !== undefined && first !== undefined ? first - from : undefined;
    let shown = delay === undefined ? 'no rollback' : `${delay} ms${row.anchor ? ' (from the v3 deploy)' : ''}`;
    let goal = delay !== undefined && delay <= 1000 ? 'yes' : 'NO';
    if (row.anchor) {
      // The goal here is a verdict by the gate's timeout (+ 1 s): an endpoint that never answers gives
      // error samples, so the verdict may be Inconclusive, which pauses for a person instead of rolling back.
      const verdict = gateVerdictAt(r.world, 'primary');
      const toVerdict = from !== undefined && verdict ? Date.parse(verdict.time) - from : undefined;
      if (delay === undefined) shown = `no rollback: verdict ${verdict?.verdict ?? 'none'}${toVerdict !== undefined ? ` ${toVerdict} ms after the v3 deploy` : ''}`;
      const measured = delay ?? toVerdict;
      goal = `verdict by gate timeout ${GATE_TIMEOUT} + 1 s: ${measured !== undefined && measured <= 6000 ? 'yes' : 'NO'}`;
    }
    console.log(`${row.name} | ${row.before11} | ${shown} | ${(r.run.ms / 1000).toFixed(1)} s | ${r.run.outputs.result ?? '(none)'} | ${r.run.code ?? r.run.signal} | ${goal}`);
  } finally {
    await r.world.close();
  }
}

/** The primary gate's verdict event in the run's history file: when, and which verdict. */
function gateVerdictAt(world: DemoWorld, stage: string): { time: string; verdict: string } | undefined {
  const lines = readFileSync(join(world.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const e = JSON.parse(line) as { time: string; kind: string; stage?: string; verdict?: string };
    if (e.kind === 'gate-verdict' && e.stage === stage) return { time: e.time, verdict: e.verdict ?? '?' };
  }
  return undefined;
}
