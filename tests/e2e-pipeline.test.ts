/**
 * End-to-end: the pipeline bundle (dist/pipeline) run as the runner runs it,
 * against the demo's loopback world: fake GitHub API, a fleet of seven regions,
 * Slack and Discord sinks. Each scenario checks what a person would look at
 * afterwards: the step's result, what every region runs, the Deployments API,
 * the notifications and the history.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoRunEnv, startDemoWorld, DEMO_REGIONS, type DemoWorld } from '@stagegate/testkit';
import { parseHistoryLines, type HistoryEvent } from '@stagegate/core';
import { REPO_ROOT, runActionBundle, type ActionRun, type WebhookSink } from '@stagegate/testkit';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** A world where v3 breaks on the given regions, with soaks short enough for a test. */
async function startWorld(breaks: Record<string, string[]>): Promise<DemoWorld> {
  world = await startDemoWorld({ breaks, soak: '300ms', interval: '100ms' });
  return world;
}

/**
 * Runs an action bundle as the runner does, which also means with the
 * action.yml defaults of the inputs not given (runActionBundle leaves them out).
 */
function runAction(name: 'pipeline' | 'rollback', w: DemoWorld, runId: number, inputs: Record<string, string>): Promise<ActionRun> {
  const metadata = parse(readFileSync(join(REPO_ROOT, name === 'pipeline' ? 'action.yml' : `actions/${name}/action.yml`), 'utf8')) as { inputs: Record<string, { default?: string }> };
  // Expression defaults (${{ github.token }}) are the runner's to fill: every test passes its token.
  const defaults = Object.entries(metadata.inputs).filter(([, i]) => i.default !== undefined && !i.default.includes('${{')).map(([k, i]) => [k, String(i.default)]);
  return runActionBundle(name, { workspace: w.workspace, env: demoRunEnv(w, runId), inputs: { ...Object.fromEntries(defaults), ...inputs } });
}

/** Runs the pipeline bundle for one version, as run `runId` of the workflow. */
function runPipeline(w: DemoWorld, runId: number, version: string, failOn?: string): Promise<ActionRun> {
  return runAction('pipeline', w, runId, { version, token: 'demo-token', ...(failOn ? { 'fail-on': failOn } : {}) });
}

/** The version each region of the fleet runs right now. */
function versionsOf(w: DemoWorld): Record<string, string> {
  return Object.fromEntries([...w.fleet.regions].map(([r, s]) => [r, s.version]));
}

/** One region's deployments in the fake's Deployments API, oldest first: version, task and latest status. */
function deploymentsOf(w: DemoWorld, region: string): Array<{ version: string; task: string; state: string }> {
  const repo = w.github.state.repo('acme', 'trading-api');
  return (repo.deploymentsByEnvironment.get(`production/${region}`) ?? []).map((d) => ({
    version: String((d.payload as { version?: unknown }).version),
    task: d.task,
    state: w.github.state.latestStatus(repo, d.id)?.state ?? 'none',
  }));
}

/** The event kinds a sink received, in order, read from the message's Event field as a person would read it. */
function kindsIn(sink: WebhookSink): string[] {
  const field = sink.kind === 'slack' ? /\*Event\*\\n([a-z-]+)/ : /"name":"Event","value":"([a-z-]+)"/;
  return sink.received.map((r) => field.exec(r.body)?.[1] ?? `unreadable: ${r.body.slice(0, 80)}`);
}
const slackKinds = (w: DemoWorld): string[] => kindsIn(w.slack);

/** The history lines one run wrote. */
function historyOf(w: DemoWorld, runId: number): HistoryEvent[] {
  return parseHistoryLines(readFileSync(join(w.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8')).filter((e) => e.run.id === String(runId));
}

const everywhere = (version: string, regions: readonly string[] = DEMO_REGIONS): Record<string, string> => Object.fromEntries(regions.map((r) => [r, version]));

describe('pipeline: every stage passes', () => {
  it('deploys v2 everywhere, records one successful deployment per region and says so once per stage', async () => {
    const w = await startWorld({ v3: ['ewr'] });
    const run = await runPipeline(w, 3001, 'v2');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('succeeded');
    expect(JSON.parse(run.outputs['rolled-back-targets'] ?? '')).toEqual([]);
    expect(versionsOf(w)).toEqual(everywhere('v2'));
    for (const region of DEMO_REGIONS) {
      expect(deploymentsOf(w, region)).toEqual([{ version: 'v1', task: 'deploy', state: 'inactive' }, { version: 'v2', task: 'deploy', state: 'success' }]);
    }
    // The start and the all-clear; each stage's success goes to the daily digest (P3).
    expect(slackKinds(w)).toEqual(['deploy-started', 'pipeline-succeeded']);
    const history = historyOf(w, 3001);
    expect(history.filter((e) => e.kind === 'gate-verdict').map((e) => [e.stage, e.verdict])).toEqual([['canary', 'Successful'], ['primary', 'Successful'], ['full', 'Successful']]);
    expect(history.filter((e) => e.kind === 'deploy-finished' && e.target).map((e) => e.target).sort()).toEqual([...DEMO_REGIONS].sort());
    expect(history.at(-1)).toMatchObject({ kind: 'deploy-finished', verdict: 'succeeded' });
    w.github.assertNoViolations();
  });
});

describe('pipeline: the canary fails', () => {
  it('rolls back the canary stage only; primary and full are never touched', async () => {
    const w = await startWorld({ v3: ['lhr'] });
    const run = await runPipeline(w, 3002, 'v3', 'failed');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('rolled-back');
    expect(JSON.parse(run.outputs['rolled-back-targets'] ?? '').sort()).toEqual(['lhr', 'nrt']);
    expect(versionsOf(w)).toEqual(everywhere('v1'));
    // lhr, which the gate blamed, says failure with the cause; nrt's v3 was only rolled back with its
    // stage: its rollback deployment names it as replaced (bad there by the one rule) and GitHub retired it.
    for (const [region, state] of [['lhr', 'failure'], ['nrt', 'inactive']]) {
      expect(deploymentsOf(w, region as string).slice(1)).toEqual([{ version: 'v3', task: 'deploy', state }, { version: 'v1', task: 'deploy:rollback', state: 'success' }]);
    }
    for (const region of ['ewr', 'ord', 'fra', 'sin', 'bom']) {
      expect(deploymentsOf(w, region)).toEqual([{ version: 'v1', task: 'deploy', state: 'success' }]);
      expect(w.fleet.regions.get(region)?.deployments.map((d) => d.version)).toEqual(['v1']);
    }
    expect(slackKinds(w)).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    const history = historyOf(w, 3002);
    expect(history.find((e) => e.kind === 'gate-verdict')).toMatchObject({ stage: 'canary', verdict: 'Failed' });
    expect(history.filter((e) => e.kind === 'rollback-finished' && e.target).map((e) => [e.target, e.version, e.verdict]).sort()).toEqual([['lhr', 'v1', 'succeeded'], ['nrt', 'v1', 'succeeded']]);
    expect(history.some((e) => e.stage === 'primary' || e.stage === 'full')).toBe(false);
    w.github.assertNoViolations();
  });
});

describe('pipeline: the primary fails', () => {
  it('rolls back primary and canary (rollback-all); the full stage is never deployed; the step fails', async () => {
    const w = await startWorld({ v3: ['ewr'] });
    const run = await runPipeline(w, 3003, 'v3');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::trading-api v3 rolled back: ewr: health 503 \(expected 200\)/);
    expect(run.outputs.result).toBe('rolled-back');
    expect(JSON.parse(run.outputs['rolled-back-targets'] ?? '').sort()).toEqual(['ewr', 'lhr', 'nrt']);
    expect(versionsOf(w)).toEqual(everywhere('v1'));
    for (const [region, state] of [['lhr', 'inactive'], ['nrt', 'inactive'], ['ewr', 'failure']]) {
      expect(deploymentsOf(w, region as string).slice(1)).toEqual([{ version: 'v3', task: 'deploy', state }, { version: 'v1', task: 'deploy:rollback', state: 'success' }]);
    }
    for (const region of ['ord', 'fra', 'sin', 'bom']) expect(deploymentsOf(w, region)).toHaveLength(1);
    expect(slackKinds(w)).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    // Slack answered every time, so Discord (its fallback) got the P0 at once, and then the all-clear.
    expect(kindsIn(w.discord)).toEqual(['stage-failed', 'pipeline-failed']);
    const history = historyOf(w, 3003);
    expect(history.find((e) => e.kind === 'rollback-started')?.detail).toMatch(/targets ewr, lhr, nrt/);
    expect(history.filter((e) => e.kind === 'rollback-finished' && e.target).map((e) => e.target).sort()).toEqual(['ewr', 'lhr', 'nrt']);
    w.github.assertNoViolations();
  });
});

describe('pipeline: a secondary region fails under continue', () => {
  it('records and notifies the failure on sin, rolls nothing back and leaves the primary on v3', async () => {
    const w = await startWorld({ v3: ['sin'] });
    const run = await runPipeline(w, 3004, 'v3', 'failed');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('partially-failed');
    expect(JSON.parse(run.outputs['rolled-back-targets'] ?? '')).toEqual([]);
    expect(versionsOf(w)).toEqual(everywhere('v3'));
    for (const region of ['lhr', 'nrt', 'ewr']) expect(deploymentsOf(w, region).at(-1)).toEqual({ version: 'v3', task: 'deploy', state: 'success' });
    expect(deploymentsOf(w, 'sin').at(-1)).toEqual({ version: 'v3', task: 'deploy', state: 'failure' });
    expect(w.github.state.repo('acme', 'trading-api').deployments.some((d) => d.task === 'deploy:rollback')).toBe(false);
    const stages = JSON.parse(run.outputs.stages ?? '[]') as Array<{ stage: string; gate: string; decision: string }>;
    expect(stages.map((s) => [s.stage, s.gate, s.decision])).toEqual([['canary', 'Successful', 'next'], ['primary', 'Successful', 'next'], ['full', 'Failed', 'continue']]);
    expect(slackKinds(w)).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    // A partial failure under continue is P1, once; Discord (P0 at once only) hears nothing.
    const failedGate = (w.slack.received[1]?.json as { text: string }).text;
    expect(failedGate).toMatch(/^P1 trading-api v3: stage failed in full — .*sin.* — now: sin runs v3 \(unhealthy: /);
    expect(w.discord.received).toHaveLength(0);
    const history = historyOf(w, 3004);
    expect(history.find((e) => e.kind === 'gate-verdict' && e.stage === 'full')).toMatchObject({ verdict: 'Failed' });
    expect(history.at(-1)).toMatchObject({ kind: 'deploy-finished', verdict: 'partially-failed' });
    w.github.assertNoViolations();
  });
});

describe('pipeline: an Inconclusive gate', () => {
  it('pauses after the canary whatever its policy; the step fails by default and nothing is rolled back', async () => {
    const w = await startWorld({});
    const plan = join(w.workspace, '.github', 'rollout.yml');
    // Ten passes in a row cannot happen in a 300 ms soak probed every 100 ms before a 500 ms timeout.
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('soak: 300ms, interval: 100ms, timeout: 30s', 'soak: 300ms, interval: 100ms, timeout: 500ms, consecutive-success: 10'));
    const run = await runPipeline(w, 3005, 'v3');
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('paused');
    expect(versionsOf(w)).toEqual({ ...everywhere('v1'), lhr: 'v3', nrt: 'v3' });
    expect(w.github.state.repo('acme', 'trading-api').deployments.some((d) => d.task === 'deploy:rollback')).toBe(false);
    expect(slackKinds(w)).toEqual(['deploy-started', 'manual-approval-waiting']);
    const history = historyOf(w, 3005);
    expect(history.find((e) => e.kind === 'gate-verdict')).toMatchObject({ stage: 'canary', verdict: 'Inconclusive' });
    expect(history.at(-1)).toMatchObject({ kind: 'deploy-finished', verdict: 'paused' });
    w.github.assertNoViolations();
  });
});

describe('pipeline: on-failure pause', () => {
  it('stops at the failed canary without rolling back, and fails the step when fail-on names paused', async () => {
    const w = await startWorld({ v3: ['nrt'] });
    const plan = join(w.workspace, '.github', 'rollout.yml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('on-failure: rollback-stage', 'on-failure: pause'));
    const run = await runPipeline(w, 3010, 'v3', 'paused,failed');
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('paused');
    expect(versionsOf(w)).toEqual({ ...everywhere('v1'), lhr: 'v3', nrt: 'v3' });
    expect(deploymentsOf(w, 'nrt').at(-1)).toEqual({ version: 'v3', task: 'deploy', state: 'failure' });
    expect(slackKinds(w)).toEqual(['deploy-started', 'manual-approval-waiting']);
    expect(historyOf(w, 3010).find((e) => e.kind === 'gate-verdict')).toMatchObject({ stage: 'canary', verdict: 'Failed' });
    w.github.assertNoViolations();
  });
});

describe('manual rollback through the rollback bundle', () => {
  it('puts v1 back on the canary by hand after v2 went all the way', async () => {
    const w = await startWorld({});
    expect((await runPipeline(w, 3006, 'v2')).outputs.result).toBe('succeeded');
    const run = await runAction('rollback', w, 3007, { targets: 'lhr,nrt', 'to-version': 'v1', reason: 'customer reports from London', token: 'demo-token' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('succeeded');
    expect(JSON.parse(run.outputs['rolled-back-targets'] ?? '').sort()).toEqual(['lhr', 'nrt']);
    expect(JSON.parse(run.outputs.versions ?? '')).toEqual({ lhr: 'v1', nrt: 'v1' });
    expect(versionsOf(w)).toEqual({ ...everywhere('v2'), lhr: 'v1', nrt: 'v1' });
    const rollback = w.github.state.repo('acme', 'trading-api').deploymentsByEnvironment.get('production/lhr')?.at(-1);
    expect(rollback?.task).toBe('deploy:rollback');
    expect(JSON.stringify(rollback?.payload)).toMatch(/customer reports from London/);
    expect(deploymentsOf(w, 'lhr').at(-1)).toEqual({ version: 'v1', task: 'deploy:rollback', state: 'success' });
    expect(deploymentsOf(w, 'ewr').at(-1)).toEqual({ version: 'v2', task: 'deploy', state: 'success' });
    w.github.assertNoViolations();
  });
});

describe('re-running a failed pipeline after a fix', () => {
  it('v3 rolls back while broken on ewr, then the same v3 goes all the way once ewr is fixed', async () => {
    const w = await startWorld({ v3: ['ewr'] });
    expect((await runPipeline(w, 3008, 'v3', 'failed')).outputs.result).toBe('rolled-back');
    expect(versionsOf(w)).toEqual(everywhere('v1'));
    w.fleet.breaks.delete('v3');
    const rerun = await runPipeline(w, 3009, 'v3');
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.outputs.result).toBe('succeeded');
    expect(versionsOf(w)).toEqual(everywhere('v3'));
    for (const region of DEMO_REGIONS) expect(deploymentsOf(w, region).at(-1)).toEqual({ version: 'v3', task: 'deploy', state: 'success' });
    expect(deploymentsOf(w, 'ewr').map((d) => `${d.version}/${d.state}`)).toEqual(['v1/inactive', 'v3/failure', 'v1/inactive', 'v3/success']);
    // Both runs are in the one history file, each under its own run id.
    const all = parseHistoryLines(readFileSync(join(w.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8'));
    expect([...new Set(all.map((e) => e.run.id))]).toEqual(['3008', '3009']);
    expect(historyOf(w, 3009).at(-1)).toMatchObject({ kind: 'deploy-finished', verdict: 'succeeded' });
    expect(slackKinds(w).filter((k) => k.startsWith('pipeline-'))).toEqual(['pipeline-failed', 'pipeline-succeeded']);
    w.github.assertNoViolations();
  });
});
