import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodesUnderTest, runActionBundle, startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { DEFAULT_VERSION_PATTERN } from '@stagegate/core';
import { historyOf, makeWorkspace, planText, readDeployLog } from '../../../packages/deployer/test/fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

/** A workspace with deploy.sh and .github/rollout.yml. */
async function workspace(plan = planText()) {
  const ws = await makeWorkspace();
  await mkdir(join(ws.dir, '.github'));
  await writeFile(join(ws.dir, '.github', 'rollout.yml'), plan);
  return ws;
}

function runStage(ws: { dir: string; logFile: string }, inputs: Record<string, string>, env: Record<string, string> = {}, extra: Parameters<typeof runActionBundle>[1] = {}) {
  return runActionBundle('run-stage', { workspace: ws.dir, inputs: { token: 'test-token', ...inputs }, env: { GITHUB_API_URL: fake.url, DEPLOY_LOG: ws.logFile, ...env }, ...extra });
}

describe('run-stage bundle', () => {
  it('deploys two stages, one after the other, and shows from and to versions', async () => {
    const ws = await workspace();
    const canary = await runStage(ws, { stage: 'canary', version: 'v1.0.0' });
    expect(canary.code).toBe(0);
    expect(canary.outputs).toMatchObject({ result: 'succeeded', 'deployed-targets': '["lhr","nrt"]', 'failed-targets': '[]' });
    const full = await runStage(ws, { stage: 'full', version: 'v1.0.0' });
    expect(full.code).toBe(0);
    expect(JSON.parse(full.outputs['deployment-ids'] ?? '{}')).toEqual({ ord: expect.any(Number), fra: expect.any(Number), sin: expect.any(Number) });
    // One target at a time: each target's output is a log group.
    expect(full.stdout).toContain('::group::deploy ord (production/ord) → v1.0.0');
    const next = await runStage(ws, { stage: 'canary', version: 'v1.1.0' });
    // State first: what production runs now, then one row per target (live now, previous good, this run's action).
    expect(next.summary.split('\n')[0]).toBe('### ✅ trading-api v1.1.0 on stage canary succeeded. Production runs v1.1.0 on lhr, nrt.');
    expect(next.summary).toContain('\n\n| target | environment | live now | previous good | this run | why | duration | deployment |');
    expect(next.summary).toMatch(/\| lhr \| production\/lhr \| v1\.1\.0 \| v1\.0\.0 \| deployed \|  \| [^|]+ \| \[deployment \d+\]\(https:\/\/github\.com\/acme\/trading-api\/deployments\/production%2Flhr\) \|/);
    // Canary's two targets run in parallel, so their order in the log may vary.
    expect((await readDeployLog(ws.logFile)).sort()).toEqual(['deploy fra v1.0.0', 'deploy lhr v1.0.0', 'deploy lhr v1.1.0', 'deploy nrt v1.0.0', 'deploy nrt v1.1.0', 'deploy ord v1.0.0', 'deploy sin v1.0.0']);
    expect(historyOf(fake, 'production/lhr').map((h) => `${h.version} ${h.state}`)).toEqual(['v1.1.0 success', 'v1.0.0 inactive']);
  });

  it.each(nodesUnderTest())('on $label records a failing target as failure, a hanging one as error after its timeout, and fails the step', async ({ path: node }) => {
    const ws = await workspace(planText({ timeout: '500ms' }));
    const r = await runStage(ws, { stage: 'full', version: 'v2' }, { FAIL_REGIONS: 'ord', HANG_REGIONS: 'fra' }, { node });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'partially-failed', 'deployed-targets': '["sin"]', 'failed-targets': '["ord","fra"]' });
    expect(r.stdout).toContain('::error::trading-api v2 on stage full partially-failed: ord: deploy exited 3 — cannot reach ord; fra: deploy timed out after 500ms');
    expect(r.stdout).toMatch(/Production runs v2 on sin; unknown on ord, fra \(its command failed\)\./);
    expect(r.summary.split('\n')[0]).toMatch(/^### ⚠️ trading-api v2 on stage full partially-failed: ord: deploy exited 3 — cannot reach ord; fra: deploy timed out/);
    expect(r.stdout).toContain('cannot reach ord');
    expect(historyOf(fake, 'production/ord')[0]).toMatchObject({ version: 'v2', state: 'failure' });
    expect(historyOf(fake, 'production/fra')[0]).toMatchObject({ version: 'v2', state: 'error' });
    expect(r.summary).toContain('| fra | production/fra |');
  });

  it.each([['SIGTERM', 'v3'], ['SIGINT', 'v4']] as const)('on %s kills the running deploy, marks it error "cancelled", starts nothing more, and still writes outputs', async (signal, version) => {
    const ws = await workspace();
    const r = await runStage(ws, { stage: 'full', version }, { HANG_REGIONS: 'ord' }, { signalAfter: { whenStdout: /ord hanging/, signal } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'cancelled', 'failed-targets': '["ord","fra","sin"]' });
    const ord = fake.state.repo('acme', 'trading-api');
    const latest = historyOf(fake, 'production/ord')[0];
    expect(latest).toMatchObject({ version, state: 'error' });
    const id = JSON.parse(r.outputs['deployment-ids'] ?? '{}').ord as number;
    expect(ord.statuses.get(id)?.at(-1)?.description).toBe('cancelled');
    expect(historyOf(fake, 'production/sin').some((h) => h.version === version)).toBe(false);
    expect(r.summary).toContain('cancelled');
  });

  it.each([
    { label: 'v1; rm -rf /', version: 'v1; rm -rf /' },
    { label: '$(id)', version: '$(id)' },
    { label: 'a 300-character string', version: 'x'.repeat(300) },
  ])('rejects the version $label before any deployment is created', async ({ version }) => {
    const ws = await workspace();
    fake.resetLog();
    const r = await runStage(ws, { stage: 'canary', version });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::input version: expected a version matching ${DEFAULT_VERSION_PATTERN} (1 to 128 letters`);
    expect(fake.log).toHaveLength(0);
    expect(await readDeployLog(ws.logFile)).toEqual([]);
  });

  it('in dry-run prints the commands and changes nothing', async () => {
    const ws = await workspace();
    fake.resetLog();
    const r = await runStage(ws, { stage: 'canary', version: 'v9', 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[dry-run] lhr: would POST /repos/{owner}/{repo}/deployments (environment production/lhr, task deploy');
    expect(r.stdout).toContain('run ["./deploy.sh","--region","lhr","--version","v9"]');
    expect(fake.countRequests({ method: 'POST' })).toBe(0);
    expect(await readDeployLog(ws.logFile)).toEqual([]);
  });
});
