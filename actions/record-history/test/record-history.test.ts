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
});
