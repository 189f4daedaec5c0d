/**
 * End-to-end, driven by workflows-examples/deploy.yml itself: its jobs run in
 * `needs` order, each stagegate step as its dist bundle in its own process,
 * each job with its own RUNNER_TEMP, against the demo's loopback world (fake
 * GitHub, a fleet of seven regions, Slack and Discord sinks) plus the local
 * results service and Azurite for artifacts. If the example and the actions
 * drift apart (an input the action does not declare, an output it does not
 * set), the runner throws and these tests fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistoryLines, type HistoryEvent } from '@stagegate/core';
import { REPO_ROOT, startArtifactService, startDemoWorld, type ArtifactService, type DemoWorld } from '@stagegate/testkit';
import { runWorkflow, type RunWorkflowOptions, type WorkflowRun } from './support/workflow-runner.js';

const DEPLOY = join(REPO_ROOT, 'workflows-examples', 'deploy.yml');
const ROLLBACK = join(REPO_ROOT, 'workflows-examples', 'rollback.yml');
const STATUS = join(REPO_ROOT, 'workflows-examples', 'status.yml');

let world: DemoWorld;
let artifacts: ArtifactService;
let tempRoot: string;
const runs: Record<string, WorkflowRun> = {};

beforeAll(async () => {
  // v3 is broken on lhr: the canary gate fails there.
  world = await startDemoWorld({ breaks: { v3: ['lhr'] }, soak: '300ms', interval: '100ms' });
  artifacts = await startArtifactService(world.github);
  tempRoot = mkdtempSync(join(tmpdir(), 'stagegate-wf-e2e-'));
}, 60_000);
afterAll(async () => {
  await artifacts?.close();
  await world?.close();
  if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
});

/** Runs a workflow file as run `runId` of the demo repository. */
function run(file: string, runId: number, event: RunWorkflowOptions['event']): Promise<WorkflowRun> {
  return runWorkflow({
    file, runId, event, tempRoot, workspace: world.workspace,
    env: { GITHUB_API_URL: world.github.url, GITHUB_REPOSITORY: 'acme/trading-api', GITHUB_SERVER_URL: 'https://github.com', ...artifacts.runEnv({ runId }) },
    secrets: { SLACK_WEBHOOK_URL: world.slack.url, DISCORD_WEBHOOK_URL: world.discord.url },
    github: { token: 'demo-token', sha: String(runId).padStart(40, 'd'), actor: 'octocat', repository: 'acme/trading-api' },
  });
}

/** Every step's log of a run, to read when an assertion fails. */
function logOf(r: WorkflowRun): string {
  return r.jobs.flatMap((j) => j.steps.map((s) => `--- ${j.id}${j.matrix ? JSON.stringify(j.matrix) : ''} ${s.label}: ${s.outcome}\n${s.action ? s.action.run.stdout.slice(-3000) : ''}`)).join('\n');
}

/** The version each region of the fleet runs right now. */
function versionsOf(): Record<string, string> {
  return Object.fromEntries([...world.fleet.regions].map(([r, s]) => [r, s.version]));
}

/** The history artifact record-history uploaded in a run, downloaded as a user would: REST zip → blob → unzip. */
async function downloadHistory(r: WorkflowRun): Promise<HistoryEvent[]> {
  const step = r.job('report').steps.find((s) => s.action?.name === 'record-history');
  const id = step?.outputs['artifact-id'];
  expect(id, logOf(r)).toMatch(/^\d+$/);
  const zip = await fetch(`${world.github.url}/repos/acme/trading-api/actions/artifacts/${id}/zip`, { headers: { authorization: 'token demo-token' }, redirect: 'manual' });
  expect(zip.status).toBe(302);
  const file = join(tempRoot, `history-${id}.zip`);
  writeFileSync(file, Buffer.from(await (await fetch(zip.headers.get('location') as string)).arrayBuffer()));
  const text = spawnSync('unzip', ['-p', file, 'history.jsonl'], { encoding: 'utf8' });
  expect(text.status, text.stderr).toBe(0);
  return parseHistoryLines(text.stdout, `artifact ${id}`);
}

/** Names of the journal artifacts uploaded in a run. */
function journalsOf(runId: number): string[] {
  return artifacts.store.artifacts.filter((a) => a.run.runId === runId && a.name.startsWith('stagegate-journal-')).map((a) => a.name).sort();
}

describe('workflows-examples/deploy.yml, job by job, as the runner runs it', () => {
  it('deploys v2 (workflow_dispatch) through canary, primary and full, and records every job', async () => {
    const r = (runs.good = await run(DEPLOY, 2001, { name: 'workflow_dispatch', inputs: { version: 'v2' } }));
    expect(r.results, logOf(r)).toEqual({ test: 'success', canary: 'success', primary: 'success', full: 'success', 'gate-full': 'success', rollback: 'skipped', report: 'success' });
    expect(r.jobs.filter((j) => j.id === 'gate-full').map((j) => j.matrix?.['region'])).toEqual(['ord', 'fra', 'sin', 'bom']);
    expect(Object.values(versionsOf())).toEqual(Array(7).fill('v2'));
    // One journal per job that ran a stagegate step: the second step of a job and each matrix sibling take the next name.
    expect(journalsOf(2001)).toEqual([
      'stagegate-journal-2001-1-canary', 'stagegate-journal-2001-1-canary-2', 'stagegate-journal-2001-1-full',
      'stagegate-journal-2001-1-gate-full', 'stagegate-journal-2001-1-gate-full-2', 'stagegate-journal-2001-1-gate-full-3', 'stagegate-journal-2001-1-gate-full-4',
      'stagegate-journal-2001-1-primary', 'stagegate-journal-2001-1-primary-2', 'stagegate-journal-2001-1-report',
    ]);
    const history = await downloadHistory(r);
    const jobs = new Set(history.filter((e) => e.run.id === '2001').map((e) => e.job));
    expect([...jobs].sort()).toEqual(['canary', 'full', 'gate-full', 'primary', 'report']);
    const gates = history.filter((e) => e.kind === 'gate-verdict');
    expect(gates.map((e) => e.target).sort()).toEqual(['bom', 'ewr', 'fra', 'lhr', 'nrt', 'ord', 'sin']);
    expect(gates.every((e) => e.verdict === 'Successful' && e.version === 'v2' && e.actor === 'octocat' && e.sha === '2001'.padStart(40, 'd'))).toBe(true);
    expect(history.filter((e) => e.kind === 'deploy-finished').every((e) => typeof e.deploymentId === 'number')).toBe(true);
  }, 90_000);

  it('a release of v3 fails canary: rollback puts back v2, and the merged history holds events from every job', async () => {
    const r = (runs.bad = await run(DEPLOY, 2002, { name: 'release', payload: { action: 'published', release: { tag_name: 'v3' } } }));
    expect(r.job('test').outputs['version']).toBe('v3');
    expect(r.results, logOf(r)).toEqual({ test: 'success', canary: 'failure', primary: 'skipped', full: 'skipped', 'gate-full': 'skipped', rollback: 'success', report: 'success' });
    const rollback = r.job('rollback').steps.find((s) => s.action?.name === 'rollback');
    expect(JSON.parse(rollback?.outputs['versions'] ?? '{}')).toMatchObject({ lhr: 'v2', nrt: 'v2' });
    expect(JSON.parse(rollback?.outputs['rolled-back-targets'] ?? '[]'), rollback?.action?.run.stdout + JSON.stringify(rollback?.outputs)).toEqual(['lhr', 'nrt']);
    expect(versionsOf()).toMatchObject({ lhr: 'v2', nrt: 'v2', ewr: 'v2' });
    // The rollback job's notify read the rollback step's outputs: kind and targets reached Slack.
    expect(r.job('rollback').steps.find((s) => s.action?.name === 'notify')?.action?.inputs).toMatchObject({ kind: 'rollback-succeeded', targets: '["lhr","nrt"]' });

    const history = await downloadHistory(r);
    const own = history.filter((e) => e.run.id === '2002');
    expect([...new Set(own.map((e) => e.job))].sort()).toEqual(['canary', 'report', 'rollback']);
    expect(own.find((e) => e.kind === 'gate-verdict' && e.target === 'lhr')).toMatchObject({ verdict: 'Failed', version: 'v3', stage: 'canary' });
    expect(own.filter((e) => e.kind === 'rollback-finished').map((e) => `${e.target}:${e.version}:${e.verdict}`).sort()).toContain('lhr:v2:succeeded');
    expect(own.filter((e) => e.kind === 'notification').map((e) => e.job)).toEqual(['rollback', 'report']);
    // Run 2001's history was carried forward: nothing recorded is lost.
    expect(history.some((e) => e.run.id === '2001' && e.job === 'gate-full')).toBe(true);
    // The gate's samples and the notification audit trail went up beside the journals.
    expect(journalsOf(2002)).toEqual(['stagegate-journal-2002-1-canary', 'stagegate-journal-2002-1-canary-2', 'stagegate-journal-2002-1-report', 'stagegate-journal-2002-1-rollback', 'stagegate-journal-2002-1-rollback-2']);
    world.github.assertNoViolations();
  }, 90_000);

  // needs bad-rule: green once health-gate marks what it blames `failure` and DORA counts a change once (issue 12 items 2, 3).
  it("needs bad-rule: v3's canary deployment on lhr says failure, and DORA counts exactly one failed change", () => {
    expect(runs.bad, 'the v3 scenario ran first').toBeDefined();
    const repo = world.github.state.repo('acme', 'trading-api');
    const lhr = (repo.deploymentsByEnvironment.get('production/lhr') ?? []).filter((d) => (d.payload as { version?: string }).version === 'v3' && d.task === 'deploy');
    expect(lhr).toHaveLength(1);
    expect((repo.statuses.get(lhr[0]?.id ?? -1) ?? []).map((st) => st.state)).toContain('failure');
    const dora = JSON.parse(runs.bad?.job('report').steps.find((s) => s.action?.name === 'record-history')?.outputs['dora'] ?? '{}') as { failedDeployments?: number; failedChanges?: number };
    expect(dora.failedChanges ?? dora.failedDeployments).toBe(1);
  });

  it('a manual rollback (rollback.yml, no version) afterwards never picks v3', async () => {
    expect(runs.bad, 'the v3 scenario ran first').toBeDefined();
    const manual = await run(ROLLBACK, 2003, { name: 'workflow_dispatch', inputs: { targets: 'lhr, nrt', reason: 'manual check after v3' } });
    expect(manual.results, logOf(manual)).toEqual({ rollback: 'success' });
    const versions = JSON.parse(manual.job('rollback').steps.find((s) => s.action?.name === 'rollback')?.outputs['versions'] ?? '{}') as Record<string, string>;
    expect(Object.keys(versions).sort()).toEqual(['lhr', 'nrt']);
    expect(Object.values(versions)).not.toContain('v3');
    expect(Object.values(versionsOf())).not.toContain('v3');
  }, 60_000);

  it('status.yml reports after a final deployment status and ignores in_progress ones', async () => {
    const busy = await run(STATUS, 2004, { name: 'deployment_status', payload: { deployment_status: { state: 'in_progress' } } });
    expect(busy.results).toEqual({ status: 'skipped' });
    const r = await run(STATUS, 2005, { name: 'deployment_status', payload: { deployment_status: { state: 'success' } } });
    expect(r.results, logOf(r)).toEqual({ status: 'success' });
    const step = r.job('status').steps.find((s) => s.action?.name === 'record-history');
    const status = JSON.parse(step?.outputs['status'] ?? '[]') as Array<{ target: string; version?: string }>;
    expect(Object.fromEntries(status.map((t) => [t.target, t.version]))).toMatchObject({ lhr: 'v2', nrt: 'v2', ewr: 'v2' });
    expect(step?.action?.run.summary).toContain('### DORA');
  }, 60_000);
});

describe('the workflow runner catches drift and evaluates the expressions the examples use', () => {
  /** Writes a one-job workflow around the given steps (YAML lines, indented for steps:). */
  function workflow(steps: string, jobs = ''): string {
    const file = join(tempRoot, `wf-${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(file, `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}${jobs}`);
    return file;
  }

  it('an input the action does not declare fails the run', async () => {
    const file = workflow('      - uses: ./actions/notify\n        with: { kind: auto, colour: red }\n');
    await expect(run(file, 2101, { name: 'push' })).rejects.toThrow("drift: jobs.a.steps[0] gives input 'colour', which actions/notify/action.yml does not declare");
  });

  it('an output the workflow reads that the action does not declare fails the run', async () => {
    const file = workflow([
      '      - id: n',
      '        uses: stagegate/stagegate/actions/notify@v1',
      "        with: { kind: deploy-started, version: v9 }",
      '        env: { SLACK_WEBHOOK_URL: "${{ secrets.SLACK_WEBHOOK_URL }}", DISCORD_WEBHOOK_URL: "${{ secrets.DISCORD_WEBHOOK_URL }}" }',
      '      - uses: stagegate/stagegate/actions/notify@v1',
      '        with: { kind: deploy-started, version: "${{ steps.n.outputs.delivery-id }}" }',
      '',
    ].join('\n'));
    await expect(run(file, 2102, { name: 'push' })).rejects.toThrow("reads output 'delivery-id', which actions/notify/action.yml does not declare");
  }, 30_000);

  it('a job output read through needs that the job does not declare fails the run', async () => {
    const file = workflow('      - run: echo hi\n', '  b:\n    needs: a\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./actions/notify\n        with: { kind: auto, version: "${{ needs.a.outputs.version }}" }\n');
    await expect(run(file, 2103, { name: 'push' })).rejects.toThrow('drift: jobs.b reads needs.a.outputs.version, which job a does not declare');
  });
});
