/**
 * The status file and the incident report (issue 16, items 5 and 6), through
 * the real dist bundles on the demo world: the root action writes
 * deploy-status.json (and, after a rollback, incident-<version>.md) beside the
 * history at the end of its run; record-history builds the status file again
 * from the Deployments API and the merged history and stages both for upload.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeployStatusFile } from '@stagegate/core';
import { demoRunEnv, runActionBundle, startDemoWorld, type DemoWorld } from '@stagegate/testkit';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function rollout(version: string, runId: number, o: { breaks?: Record<string, string[]>; edit?: (plan: string) => string } = {}) {
  world = await startDemoWorld({ breaks: o.breaks ?? { v3: ['ewr'] }, soak: '300ms', interval: '100ms' });
  const planFile = join(world.workspace, '.github', 'rollout.yml');
  if (o.edit) writeFileSync(planFile, o.edit(readFileSync(planFile, 'utf8')));
  const run = await runActionBundle('pipeline', {
    workspace: world.workspace, env: demoRunEnv(world, runId), timeoutMs: 60_000,
    inputs: { version, token: 'status-token', 'notify-timeout': '2s', 'fail-on': 'failed' },
  });
  const statusFile = run.outputs['status-file'] ?? '';
  return { run, world, statusFile, status: JSON.parse(readFileSync(statusFile, 'utf8')) as DeployStatusFile };
}

const rows = (s: DeployStatusFile): string[] => s.targets.map((t) => `${t.target} ${t.version ?? '-'} ${t.previous ?? '-'} ${t.state}`);

describe('deploy-status.json from the root action', () => {
  it('after a successful run: idle, every target on the new version with its previous good, the run as the last rollout', async () => {
    const { run, world: w, statusFile, status } = await rollout('v2', 8101);
    expect(run.outputs.result, run.stdout).toBe('succeeded');
    expect(statusFile).toBe(join(w.runnerTemp, 'stagegate', 'deploy-status.json'));
    expect(run.outputs['incident-file']).toBe('');
    expect(status).toMatchObject({ format: 1, service: 'trading-api', repository: 'acme/trading-api', state: 'idle', lastRollout: { version: 'v2', result: 'succeeded', run: { id: '8101', attempt: 1 } } });
    expect(status).not.toHaveProperty('rollout');
    expect(rows(status)).toEqual(['lhr', 'nrt', 'ewr', 'ord', 'fra', 'sin', 'bom'].map((t) => `${t} v2 v1 idle`));
    expect(status.targets.every((t) => t.since !== undefined && !t.failing)).toBe(true);
  });

  it('after a paused run: paused, the stage it stopped after and the next stage to resume at', async () => {
    const { run, status } = await rollout('v3', 8102, { edit: (p) => p.replace('on-failure: rollback-all', 'on-failure: pause') });
    expect(run.outputs.result, run.stdout).toBe('paused');
    expect(status.state).toBe('paused');
    expect(status.rollout).toEqual({ version: 'v3', stage: 'primary', nextStage: 'full', state: 'paused', run: { id: '8102', attempt: 1 }, startedAt: expect.any(String) });
    // The canary runs v3 and waits for a person; ewr's v3 failed its gate (marked failure), the rest never got it.
    expect(rows(status)).toEqual(['lhr v3 v1 paused', 'nrt v3 v1 paused', 'ewr v1 - idle', 'ord v1 - idle', 'fra v1 - idle', 'sin v1 - idle', 'bom v1 - idle']);
    expect(status.targets.find((t) => t.target === 'ewr')?.failing).toBe(true);
  });

  it('after a rolled-back run: idle, every target back on v1, the incident report beside the history; record-history stages both', async () => {
    const { run, world: w, status } = await rollout('v3', 8103);
    expect(run.outputs.result, run.stdout).toBe('rolled-back');
    expect(status).toMatchObject({ state: 'idle', lastRollout: { version: 'v3', result: 'rolled-back' } });
    // v3 is bad where it went, so nothing but v1 is a good version anywhere.
    expect(rows(status)).toEqual(['lhr', 'nrt', 'ewr', 'ord', 'fra', 'sin', 'bom'].map((t) => `${t} v1 - idle`));

    const incidentFile = run.outputs['incident-file'] ?? '';
    expect(incidentFile).toBe(join(w.runnerTemp, 'stagegate', 'incident-v3.md'));
    const report = readFileSync(incidentFile, 'utf8');
    expect(report.split('\n')[0]).toBe('# Incident: trading-api v3 — rolled-back');
    expect(report.split('\n')[2]).toMatch(/^\*\*Cause:\*\* ewr: health 503 \(expected 200\)/);
    expect(report).toContain('**Production now:** ');
    expect(report).toMatch(/\| ewr \| production\/ewr \| v3 \| v1 \| rolled back \|/);
    expect(report).toMatch(/\| [0-9T:.Z-]+ \| rollback-started \| primary \|/);
    expect(report).toContain('(https://github.com/acme/trading-api/actions/runs/8103#artifacts)');
    // The P0 message links the run's artifacts, where the report is uploaded.
    expect(w.slack.received.map((r) => r.body).find((b) => b.includes('stage-failed'))).toContain('/actions/runs/8103#artifacts|Incident report (run artifacts)>');

    // record-history, in the same job: the status file (from the Deployments API and the history) and the report go with the history.
    const recorded = await runActionBundle('record-history', { workspace: w.workspace, inputs: { token: 'status-token' }, env: demoRunEnv(w, 8103) });
    expect(recorded.code, recorded.stdout + recorded.stderr).toBe(0);
    const staged = recorded.outputs['status-file'] ?? '';
    expect(staged).toMatch(/stagegate\/upload-8103-1\/deploy-status\.json$/);
    const fromHistory = JSON.parse(readFileSync(staged, 'utf8')) as DeployStatusFile;
    expect(fromHistory).toMatchObject({ service: 'trading-api', state: 'idle', lastRollout: { version: 'v3', result: 'rolled-back' } });
    expect(rows(fromHistory)).toEqual(rows(status));
    const incidents = JSON.parse(recorded.outputs['incident-files'] ?? '[]') as string[];
    expect(incidents.map((f) => f.split('/').at(-1))).toEqual(['incident-v3.md']);
    expect(readFileSync(incidents[0]!, 'utf8')).toBe(report);
  });
});
