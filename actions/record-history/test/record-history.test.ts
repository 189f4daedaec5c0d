import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistoryLines, type HistoryEvent } from '@stagegate/core';
import { nodesUnderTest, REPO_ROOT, runActionBundle, startArtifactService, startFakeGitHub, type ArtifactService, type FakeGitHub } from '@stagegate/testkit';

let fake: FakeGitHub;
let service: ArtifactService;
const plan = readFileSync(join(REPO_ROOT, 'examples', 'rollout.yml'), 'utf8');

beforeAll(async () => {
  fake = await startFakeGitHub();
  service = await startArtifactService(fake);
});
afterAll(async () => {
  await service?.close();
  await fake?.close();
});

function event(runId: string, attempt: number, kind: HistoryEvent['kind'], target: string, second: number): HistoryEvent {
  return { time: `2026-05-01T10:00:${String(second).padStart(2, '0')}Z`, run: { id: runId, attempt }, kind, stage: 'canary', target, version: `v-${runId}` };
}

function seedDeployment(runId: string, target: string, state: string, version: string) {
  fake.state.seedDeployment('acme', 'trading-api', {
    environment: `production/${target}`, createdAt: new Date(Date.now() - 3_600_000),
    payload: { tool: 'stagegate', service: 'trading-api', version, stage: 'canary', target, plan: 'p', run: { id: runId, attempt: 1 } },
    statuses: [{ state }],
  });
}

async function record(runId: string, attempt: number, events: HistoryEvent[], inputs: Record<string, string> = {}, node?: string) {
  return runActionBundle('record-history', {
    ...(node ? { node } : {}),
    inputs: { token: 'test-token', plan, events: events.map((e) => JSON.stringify(e)).join('\n'), 'retention-days': '7', ...inputs },
    env: { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: String(attempt), ...service.runEnv({ runId: Number(runId) }) },
  });
}

describe('record-history across runs, through @actions/artifact, Azurite and the fake', () => {
  it('uploads run 1001, then run 1002 carries it forward, and a re-run attempt adds its own artifact', async () => {
    seedDeployment('1001', 'lhr', 'success', 'v-1001');
    const first = await record('1001', 1, [event('1001', 1, 'stage-started', 'lhr', 1), event('1001', 1, 'deploy-finished', 'lhr', 2), event('1001', 1, 'gate-verdict', 'lhr', 3)]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ 'artifact-name': 'stagegate-history-1001-1', 'event-count': '3', 'run-event-count': '3' });
    expect(first.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('test-token');

    // Run 1002 finds run 1001 through the Deployments API and downloads its history over the REST API.
    seedDeployment('1002', 'nrt', 'in_progress', 'v-1002');
    const second = await record('1002', 1, [event('1002', 1, 'rollback-started', 'nrt', 10), event('1002', 1, 'rollback-finished', 'nrt', 11)]);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.outputs).toMatchObject({ 'artifact-name': 'stagegate-history-1002-1', 'event-count': '5', 'run-event-count': '2' });
    expect(second.stdout).toContain('the rest from run 1001');

    const rerun = await record('1002', 2, [event('1002', 2, 'notification', 'nrt', 12)]);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.outputs).toMatchObject({ 'artifact-name': 'stagegate-history-1002-2', 'event-count': '6', 'run-event-count': '1' });

    // Nothing was overwritten: each attempt has its artifact, and run 1001's still downloads unchanged.
    const listed = await (await fetch(`${fake.url}/repos/acme/trading-api/actions/artifacts`, { headers: { authorization: 'token t' } })).json() as { artifacts: Array<{ id: number; name: string }> };
    expect(listed.artifacts.map((a) => a.name).sort()).toEqual(['stagegate-history-1001-1', 'stagegate-history-1002-1', 'stagegate-history-1002-2']);
    const zip = await fetch(`${fake.url}/repos/acme/trading-api/actions/artifacts/${first.outputs['artifact-id']}/zip`, { headers: { authorization: 'token t' }, redirect: 'manual' });
    expect(zip.status).toBe(302);
    expect(zip.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\//);
    const blob = await fetch(zip.headers.get('location') as string);
    expect(blob.status).toBe(200);
    expect((await blob.arrayBuffer()).byteLength).toBeGreaterThan(100);

    // The uploaded history of the re-run holds every event once, oldest first.
    const staged = join(rerun.dir, 'stagegate', 'upload-1002-2', 'history.jsonl');
    const events = parseHistoryLines(await readFile(staged, 'utf8'));
    expect(events.map((e) => `${e.run.id}.${e.run.attempt}:${e.kind}`)).toEqual([
      '1001.1:stage-started', '1001.1:deploy-finished', '1001.1:gate-verdict', '1002.1:rollback-started', '1002.1:rollback-finished', '1002.2:notification',
    ]);
    fake.assertNoViolations();
  });

  it('reports status, the last rollouts, a chart and DORA in outputs and the summary', async () => {
    const run = await record('1003', 1, [], { 'previous-run': 'none' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const status = JSON.parse(run.outputs['status'] ?? '[]') as Array<{ target: string; version?: string; inProgress: boolean; rollingOut?: string }>;
    expect(status.map((s) => s.target)).toEqual(['lhr', 'nrt', 'ewr', 'ord', 'fra', 'sin', 'bom']);
    expect(status[0]).toMatchObject({ target: 'lhr', version: 'v-1001', inProgress: false });
    expect(status[1], JSON.stringify(status[1])).toMatchObject({ target: 'nrt', inProgress: true, rollingOut: 'v-1002' });
    expect(run.outputs['event-count']).toBe('0');
    expect(JSON.parse(run.outputs['dora'] ?? '{}')).toMatchObject({ deployments: 2 });
    expect(run.summary).toContain('| lhr | v-1001 |');
    expect(run.summary).toContain('### Last rollouts');
    expect(run.summary).toMatch(/```mermaid\nxychart-beta/);
  });

  it('fails on a bad input, naming it, before anything is uploaded', async () => {
    const before = service.store.artifacts.length;
    const run = await record('1004', 1, [], { 'previous-run': 'yesterday' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input previous-run: expected auto, none or a run id');
    const bad = await record('1004', 1, [], { events: '{"time":"2026-01-01T00:00:00Z","kind":"stage-started"}' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input events[0]: expected "run"');
    expect(service.store.artifacts.length).toBe(before);
  });

  // The artifact client is loaded only on the upload/download path: each Node must find and run that code.
  it.each(nodesUnderTest().map((n, i) => ({ ...n, runId: 2001 + 2 * i })))('on $label uploads a run and downloads it from the next run', async ({ path: node, runId }) => {
    const first = await record(String(runId), 1, [event(String(runId), 1, 'stage-started', 'lhr', 1)], { 'previous-run': 'none' }, node);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ 'artifact-name': `stagegate-history-${runId}-1`, 'event-count': '1' });
    const next = await record(String(runId + 1), 1, [event(String(runId + 1), 1, 'stage-started', 'nrt', 2)], { 'previous-run': String(runId) }, node);
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(next.outputs).toMatchObject({ 'artifact-name': `stagegate-history-${runId + 1}-1`, 'event-count': '2', 'run-event-count': '1' });
  });

  it('merges the journal artifacts that the other jobs of the run uploaded, the notify audit trail beside it', async () => {
    const runEnv = { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '1005', ...service.runEnv({ runId: 1005 }) };
    const notified = await runActionBundle('notify', { inputs: { kind: 'deploy-started', version: 'v-1005', channels: '', 'retry-backoff': '10ms' }, env: { ...runEnv, GITHUB_JOB: 'canary' } });
    expect(notified.code, notified.stdout + notified.stderr).toBe(0);
    expect(notified.stdout).toContain('journal: uploaded stagegate-journal-1005-1-canary (1 event(s), journal.jsonl, notify-audit.jsonl)');
    // A second step of the same job gets the next free name instead of failing on the taken one.
    const again = await runActionBundle('notify', { inputs: { kind: 'pipeline-succeeded', version: 'v-1005', channels: '', 'retry-backoff': '10ms' }, env: { ...runEnv, GITHUB_JOB: 'canary' } });
    expect(again.stdout).toContain('journal: uploaded stagegate-journal-1005-1-canary-2 ');
    const run = await record('1005', 1, [], { 'previous-run': 'none' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['run-event-count']).toBe('2');
    const events = parseHistoryLines(await readFile(join(run.dir, 'stagegate', 'upload-1005-1', 'history.jsonl'), 'utf8'));
    expect(events.map((e) => [e.kind, e.job, e.actor, e.version])).toEqual([['notification', 'canary', 'octocat', 'v-1005'], ['notification', 'canary', 'octocat', 'v-1005']]);
  });

  it('without the artifact service still reports status and DORA, and warns naming what it skipped', async () => {
    const run = await runActionBundle('record-history', { inputs: { token: 'test-token', plan, 'previous-run': 'auto' }, env: { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '1006' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/::warning::record-history: artifacts are unavailable \(no ACTIONS_RUNTIME_TOKEN in the environment\): the run's journals were not merged, no earlier history was carried forward and stagegate-history-1006-1 was not uploaded/);
    expect(run.outputs['artifact-id']).toBe('');
    expect(JSON.parse(run.outputs['status'] ?? '[]')).toHaveLength(7);
    expect(JSON.parse(run.outputs['dora'] ?? '{}')).toHaveProperty('deployments');
    expect(run.summary).toContain('### DORA');
    expect(run.summary).toContain('**Warning:** artifacts are unavailable');

    // GHES: the token is there but artifacts v4 is not; on-artifact-error: fail fails the step, after the report.
    const ghes = await runActionBundle('record-history', {
      inputs: { token: 'test-token', plan, 'previous-run': 'none', 'on-artifact-error': 'fail' },
      env: { GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '1007', GITHUB_SERVER_URL: 'https://ghe.example.com', ...service.runEnv({ runId: 1007 }) },
    });
    expect(ghes.code).toBe(1);
    expect(ghes.stdout).toMatch(/::warning::record-history: the run's journal artifacts \(stagegate-journal-1007-\*\) were not merged: .*GHES/);
    expect(ghes.stdout).toMatch(/::error::record-history: .*on-artifact-error: fail; status and DORA were still reported/);
    expect(ghes.outputs['status']).toBeTruthy();
    expect(ghes.summary).toContain('### DORA');
    const bad = await record('1008', 1, [], { 'on-artifact-error': 'sometimes' });
    expect(bad.stdout).toContain('input on-artifact-error: expected one of warn, fail; got "sometimes"');
  });
});
