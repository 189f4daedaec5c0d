/**
 * The recovery fault matrix (issue 11): the real dist/pipeline bundle on the
 * demo world, v3 breaking the primary (ewr), one neighbour failing per row.
 * Every row checks what production runs afterwards, what the Deployments API
 * says, the step's exit code, and the delay from the failed verdict (ewr's
 * first unhealthy answer) to the first rollback command (as the fleet saw it
 * start). Notifications get a 2 s budget (notify-timeout) so rows stay short.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRunEnv, type DemoWorld } from '@stagegate/testkit';
import { runActionBundle } from '@stagegate/testkit';
import { deploymentsOf, kindsIn, runRecoveryRow, versionsOf, type RecoveryRow, type RecoveryRun } from './support/recovery-scenario.js';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Generous against a loaded 2-core machine; before this work the same rows took 23–145 s. */
const MAX_DELAY_MS = 3000;
/** ewr, which the gate blamed, says failure; lhr and nrt went back with it, their rollback deployments naming v3 as replaced. */
const ROLLED_BACK: Record<string, string[]> = {
  ewr: ['deploy v3 failure', 'deploy:rollback v1 success'],
  lhr: ['deploy v3 inactive', 'deploy:rollback v1 success'],
  nrt: ['deploy v3 inactive', 'deploy:rollback v1 success'],
};
const STATUSES = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses';

async function row(r: RecoveryRow, runId: number): Promise<RecoveryRun> {
  const result = await runRecoveryRow(r, runId);
  world = result.world;
  return result;
}

/** When a run's last history line (its pipeline-succeeded/failed) was written. */
function endOfRun(world: DemoWorld, runId: string): number {
  const lines = readFileSync(join(world.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { time: string; run: { id: string }; detail?: string });
  const end = lines.find((l) => l.run.id === runId && /^pipeline-(succeeded|failed)/.test(l.detail ?? ''));
  if (!end) throw new Error(`run ${runId} left no last line in the history`);
  return Date.parse(end.time);
}

/** The promise of every row where the rollback itself can work: ewr, lhr, nrt back on v1, fast; the full stage untouched. */
function expectRolledBack(r: RecoveryRun): void {
  expect(r.run.outputs.result, r.run.stdout).toBe('rolled-back');
  expect(r.run.code).toBe(1);
  expect(versionsOf(r.world)).toEqual({ lhr: 'v1', nrt: 'v1', ewr: 'v1', ord: 'v1', fra: 'v1', sin: 'v1', bom: 'v1' });
  expect(r.delayMs, 'delay from the verdict to the first rollback command').toBeDefined();
  expect(r.delayMs).toBeLessThan(MAX_DELAY_MS);
  for (const region of ['ord', 'fra', 'sin', 'bom']) expect(r.world.fleet.regions.get(region)?.commands).toEqual([]);
}

describe('recovery: Slack', () => {
  it('healthy: rolls back at once, records everything, tells in order', async () => {
    const r = await row({}, 5001);
    expectRolledBack(r);
    for (const region of ['ewr', 'lhr', 'nrt']) expect(deploymentsOf(r.world, region).slice(1)).toEqual(ROLLED_BACK[region]);
    expect(JSON.parse(r.run.outputs.unrecorded ?? '')).toEqual([]);
    // Start, one alert, the end (issue 14): the intermediate events are in the audit trail only.
    expect(kindsIn(r.world, 'slack')).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    r.world.github.assertNoViolations();
  });

  it.each([
    ['answers 500', { status: 500, body: 'internal_error' }],
    ['answers 429 retry-after 10', { status: 429, body: 'rate_limited', headers: { 'retry-after': '10' } }],
    ['never answers', { status: 200, hang: true }],
  ])('%s: the rollback and the canary deploy do not wait; the run ends within its budget; Discord gets the P0s', async (_name, answer) => {
    const r = await row({ before: (w) => w.slack.setDefault(answer) }, 5002);
    expectRolledBack(r);
    for (const region of ['ewr', 'lhr', 'nrt']) expect(deploymentsOf(r.world, region).slice(1)).toEqual(ROLLED_BACK[region]);
    // The canary's first deploy command follows the deploy-started message at once, not once Slack gives up
    // (≥ 7 s of retries for a 500, 10 s for a 429 or a hang; 47 s with 429 before this work).
    const canaryStart = Math.min(...['lhr', 'nrt'].flatMap((t) => r.world.fleet.regions.get(t)?.commands.filter((c) => c.version === 'v3').map((c) => c.startedAt) ?? []));
    expect(canaryStart - (r.world.slack.received[0]?.at ?? Infinity)).toBeLessThan(4000);
    // The whole run: its own few seconds, plus 2 s of notify-timeout, plus the exit grace; never Slack's retries.
    expect(r.run.ms).toBeLessThan(20_000);
    expect(kindsIn(r.world, 'discord')).toEqual(['stage-failed', 'pipeline-failed']);
    expect(r.run.stdout).toMatch(/notifications still unsent after 2000 ms/);
  });
});

describe('recovery: GitHub', () => {
  it('answers 500 to every status write during recovery: rollback first, and what was not recorded is said', async () => {
    const r = await row({ atVerdict: (w) => w.github.faults.add({ kind: 'status', status: 500, method: 'POST', route: STATUSES, times: 10_000 }) }, 5003);
    expectRolledBack(r);
    // GitHub could not be told: v3 still reads success and the rollback deployments have no status, and the run says so.
    expect(deploymentsOf(r.world, 'ewr').slice(1)).toEqual(['deploy v3 success', 'deploy:rollback v1 none']);
    const unrecorded = JSON.parse(r.run.outputs.unrecorded ?? '[]') as Array<{ target: string; what: string; cause: string }>;
    for (const target of ['ewr', 'lhr', 'nrt']) {
      const whats = unrecorded.filter((u) => u.target === target).map((u) => u.what);
      // The gate's blame on ewr; lhr and nrt need none (their rollback deployments name v3 as replaced).
      expect(whats.some((w) => /^status failure on deployment \d+ \(v3\)/.test(w)), whats.join('\n')).toBe(target === 'ewr');
      expect(whats.some((w) => /^status success of the rollback deployment of/.test(w)), whats.join('\n')).toBe(true);
    }
    // Each cause is the 500 itself, or, for a write still inside the client's own retries, that the run stopped waiting.
    for (const u of unrecorded) expect(u.cause).toMatch(/500|still unanswered when the run stopped waiting \(2000 ms\)/);
    expect(r.run.summary).toMatch(/Not recorded in GitHub Deployments/);
    const history = readFileSync(join(r.world.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8');
    expect(history).toMatch(/"kind":"run-recorded".*records-missing/);
  });

  it.each([
    ['answers 502', { kind: 'status' as const, status: 502 }],
    ['hangs', { kind: 'hang' as const }],
  ])('the last-known-good lookup %s: the run rolls back from what it knows and never reads GitHub to do it', async (_name, fault) => {
    let armedAt = 0;
    const r = await row({ atVerdict: (w) => { armedAt = w.github.log.length; w.github.faults.add({ ...fault, method: 'GET', route: /\/deployments/, times: 10_000 }); } }, 5004);
    expectRolledBack(r);
    for (const region of ['ewr', 'lhr', 'nrt']) expect(deploymentsOf(r.world, region).slice(1)).toEqual(ROLLED_BACK[region]);
    // Until the run is over: only then does it read the Deployments API, for the status file (bounded; what the run saw when that fails).
    const ended = endOfRun(r.world, '5004');
    expect(r.world.github.log.slice(armedAt).filter((e) => e.method === 'GET' && e.time.getTime() < ended)).toEqual([]);
    expect(JSON.parse(r.run.outputs.unrecorded ?? '')).toEqual([]);
    expect(r.run.stdout).toMatch(/::warning::status file: could not read the Deployments API/);
    expect(JSON.parse(readFileSync(r.run.outputs['status-file'] ?? '', 'utf8'))).toMatchObject({ state: 'idle', lastRollout: { version: 'v3', result: 'rolled-back' } });
  });

  it('answers 403 to the POST of the rollback deployment: the commands run, the missing records are reported', async () => {
    const r = await row({ atVerdict: (w) => w.github.faults.add({ kind: 'status', status: 403, method: 'POST', route: '/repos/{owner}/{repo}/deployments', times: 10_000, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } }) }, 5005);
    expectRolledBack(r);
    // No rollback deployment names v3 as replaced, so each v3 deployment is marked failure instead.
    for (const region of ['ewr', 'lhr', 'nrt']) expect(deploymentsOf(r.world, region).slice(1)).toEqual(['deploy v3 failure']);
    const unrecorded = JSON.parse(r.run.outputs.unrecorded ?? '[]') as Array<{ target: string; what: string; cause: string }>;
    expect(unrecorded.filter((u) => /^the rollback deployment of/.test(u.what)).map((u) => u.target).sort()).toEqual(['ewr', 'lhr', 'nrt']);
    expect(unrecorded.find((u) => u.target === 'ewr')?.cause).toMatch(/403|Resource not accessible/);
    expect(r.run.stdout).toMatch(/::warning::.*could not be written/);
  });
});

describe('recovery: the rollback command fails on ewr', () => {
  it('reports rollback-failed, never blames v1, and a later manual rollback still returns ewr to v1', async () => {
    const r = await row({ atVerdict: (w) => w.fleet.setRefusing('ewr', true) }, 5006);
    expect(r.run.outputs.result).toBe('failed');
    expect(r.run.code).toBe(1);
    expect(r.delayMs).toBeLessThan(MAX_DELAY_MS);
    expect(versionsOf(r.world)).toMatchObject({ ewr: 'v3', lhr: 'v1', nrt: 'v1' });
    // The rollback deployment names v1; marking it failure would make v1 look bad.
    expect(deploymentsOf(r.world, 'ewr').slice(1)).toEqual(['deploy v3 failure', 'deploy:rollback v1 inactive']);
    // The end message is the P0 that says the rollback failed and what ewr runs.
    const end = r.world.slack.received.at(-1)?.json as { text: string };
    expect(kindsIn(r.world, 'slack')).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    expect(end.text).toMatch(/^P0 trading-api v3: failed — .*ewr: .* — now: .*ewr runs v3 \(rollback failed: /);
    r.world.fleet.setRefusing('ewr', false);
    const manual = await runActionBundle('rollback', { workspace: r.world.workspace, env: demoRunEnv(r.world, 5007), inputs: { targets: 'ewr', reason: 'finish the failed rollback', token: 'recovery-token' } });
    expect(manual.code, manual.stdout).toBe(0);
    expect(JSON.parse(manual.outputs.versions ?? '{}')).toEqual({ ewr: 'v1' });
    expect(versionsOf(r.world).ewr).toBe('v1');
    expect(deploymentsOf(r.world, 'ewr').at(-1)).toBe('deploy:rollback v1 success');
  });
});

describe('recovery: ewr stays unhealthy after its rollback', () => {
  it('checks the rolled-back targets once more and sends a P0 with the cause; the result is failed', async () => {
    const r = await row({ atVerdict: (w) => w.fleet.setHealthy('ewr', false) }, 5009);
    expect(r.run.outputs.result).toBe('failed');
    expect(r.run.code).toBe(1);
    expect(r.delayMs).toBeLessThan(MAX_DELAY_MS);
    expect(versionsOf(r.world)).toMatchObject({ ewr: 'v1', lhr: 'v1', nrt: 'v1' });
    for (const region of ['ewr', 'lhr', 'nrt']) expect(deploymentsOf(r.world, region).slice(1)).toEqual(ROLLED_BACK[region]);
    expect(kindsIn(r.world, 'slack')).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    const p0 = (r.world.slack.received.at(-1)?.json as { text: string }).text;
    expect(p0).toMatch(/^P0 trading-api v3: failed — .*still unhealthy after the rollback: ewr: v1: health/);
    expect(p0).toMatch(/ewr runs v1 \(still unhealthy after the rollback: /);
    expect(p0).not.toMatch(/lhr: v1|nrt: v1/);
    expect(r.run.summary).toMatch(/Still unhealthy after the rollback:\*\* ewr/);
  });
});

describe('recovery: SIGTERM mid-deploy', () => {
  it('stops the deploy, marks its deployment error, exits non-zero with result cancelled and sends no approval alert', async () => {
    const r = await row({
      before: (w) => {
        // A slow deploy on ewr, so the signal lands while its command (and its sleep) runs.
        const plan = join(w.workspace, '.github', 'rollout.yml');
        writeFileSync(plan, readFileSync(plan, 'utf8').replace('"{version}", "--delay", "50"', '"{version}", "--delay", "2500"'));
      },
      run: { signalAfter: { whenStdout: /\ndeploying v3 to ewr\n/, signal: 'SIGTERM' } },
    }, 5008);
    expect(r.run.code).not.toBe(0);
    expect(r.run.outputs.result).toBe('cancelled');
    // The command (its --delay wait) was stopped before it reached the fleet: ewr still runs v1.
    expect(r.world.fleet.regions.get('ewr')?.commands.map((c) => c.version)).toEqual(['v3']);
    expect(versionsOf(r.world).ewr).toBe('v1');
    expect(r.world.fleet.regions.get('ewr')?.deployments.map((d) => d.version)).toEqual(['v1']);
    expect(deploymentsOf(r.world, 'ewr').at(-1)).toBe('deploy v3 error');
    expect(kindsIn(r.world, 'slack')).not.toContain('manual-approval-waiting');
    expect(kindsIn(r.world, 'discord')).not.toContain('manual-approval-waiting');
    expect(r.firstRollbackAt).toBeUndefined();
    // Without the 2.5 s deploy and a pause: bounded by the deploy's start and the cancellation's own writes.
    expect(r.run.ms).toBeLessThan(30_000);
  });
});
