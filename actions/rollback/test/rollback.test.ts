import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodesUnderTest, runActionBundle, startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { historyOf, makeWorkspace, planText, readDeployLog } from '../../../packages/deployer/test/fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

/** Records history on a target, oldest first: [version, final state, task?]; returns the deployments. */
function seed(target: string, history: Array<[string, string, ('deploy' | 'deploy:rollback')?]>) {
  return history.map(([version, state, task], i) => fake.state.seedDeployment('acme', 'trading-api', {
    environment: `production/${target}`, task: task ?? 'deploy', sha: String(i + 1).repeat(40),
    payload: { tool: 'stagegate', service: 'trading-api', version, stage: 'canary', target, plan: 'seed', run: { id: '1', attempt: 1 } },
    statuses: [{ state: 'in_progress' }, { state }],
  }));
}

async function workspace() {
  const ws = await makeWorkspace();
  await mkdir(join(ws.dir, '.github'));
  await writeFile(join(ws.dir, '.github', 'rollout.yml'), planText());
  return ws;
}

function rollback(ws: { dir: string; logFile: string }, inputs: Record<string, string>, node?: string) {
  return runActionBundle('rollback', { workspace: ws.dir, inputs: { token: 'test-token', ...inputs }, env: { GITHUB_API_URL: fake.url, DEPLOY_LOG: ws.logFile }, ...(node ? { node } : {}) });
}

/** Deployments and statuses in target environments: what a rollback records, the rollout lock's claims left out. */
function targetDeployments(): number {
  const repo = fake.state.repo('acme', 'trading-api');
  const made = repo.deployments.filter((d) => d.task !== 'stagegate:lock');
  return made.length + made.reduce((n, d) => n + (repo.statuses.get(d.id)?.length ?? 0), 0);
}

describe('rollback bundle', () => {
  it('goes back to the last known good per target, skipping failed versions, and reports a target with none', async () => {
    const lhr = seed('lhr', [['v1', 'success'], ['v2', 'success'], ['v3', 'failure'], ['v2', 'failure'], ['v4', 'success']]);
    seed('nrt', [['v1', 'success'], ['v2', 'error']]);
    seed('ord', [['v2', 'failure']]);
    const ws = await workspace();
    const r = await rollback(ws, { targets: 'lhr, nrt, ord', reason: 'canary gate failed' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'partially-failed', 'rolled-back-targets': '["lhr","nrt"]' });
    expect(JSON.parse(r.outputs['versions'] ?? '{}')).toEqual({ lhr: 'v1', nrt: 'v1' });
    expect(JSON.parse(r.outputs['failures'] ?? '{}').ord).toMatch(/no known good version of ord other than v2/);
    expect((await readDeployLog(ws.logFile)).sort()).toEqual(['rollback lhr v1', 'rollback nrt v1']);
    const repo = fake.state.repo('acme', 'trading-api');
    const made = repo.deploymentsByEnvironment.get('production/lhr')?.at(-1);
    expect(made).toMatchObject({ task: 'deploy:rollback', sha: lhr[0]?.sha, payload: { version: 'v1', rollback: { reason: 'canary gate failed', replaces: { version: 'v4', deployment_id: lhr[4]?.id } } } });
    expect(historyOf(fake, 'production/lhr').slice(0, 2).map((h) => `${h.version} ${h.state}`)).toEqual(['v1 success', 'v4 inactive']);
    expect(r.summary.split('\n')[0]).toMatch(/^### ⚠️ trading-api rollback partially-failed: production runs v1 on lhr, nrt; unknown on ord \(its command failed\)\. ord: no known good version/);
    expect(r.summary).toContain('**Why:** canary gate failed');
    expect(r.summary).toMatch(/\| lhr \| production\/lhr \| v4 \| v1 \| rolled back \| rolled back to v1 \| \[deployment \d+\]\(https:\/\/github\.com\/acme\/trading-api\/deployments\/production%2Flhr\) \|/);
    expect(r.summary).toContain('| ord | production/ord | v2 | unknown | rollback failed | no known good version');
    expect(r.stdout).toMatch(/::error::trading-api rollback partially-failed: production runs v1 on lhr, nrt/);

    // The same rollback again changes nothing: both targets already run v1.
    fake.resetLog();
    const recorded = targetDeployments();
    const again = await rollback(ws, { targets: 'lhr,nrt', reason: 'canary gate failed' });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ result: 'succeeded', 'rolled-back-targets': '[]', 'skipped-targets': '["lhr","nrt"]' });
    expect(again.summary).toContain('| already there | already on v1 |');
    // Only the rollout lock's claim is written (a rollback holds the lock like a deploy).
    expect(targetDeployments()).toBe(recorded);
    expect(await readDeployLog(ws.logFile)).toHaveLength(2);
  });

  it.each(nodesUnderTest())('on $label rolls back by hand to a version that succeeded there before, and refuses one that never did', async ({ path: node }) => {
    seed('fra', [['v1', 'success'], ['v2', 'success'], ['v3', 'success']]);
    const ws = await workspace();
    fake.resetLog();
    const recorded = targetDeployments();
    const unknown = await rollback(ws, { targets: 'fra', 'to-version': 'v9' }, node);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('::error::input to-version: v9 was never deployed successfully to fra');
    expect(targetDeployments()).toBe(recorded);
    const manual = await rollback(ws, { targets: 'fra', 'to-version': 'v1', reason: 'bad pricing in v2 and v3' }, node);
    expect(manual.code).toBe(0);
    expect(JSON.parse(manual.outputs['versions'] ?? '{}')).toEqual({ fra: 'v1' });
    expect(historyOf(fake, 'production/fra')[0]).toMatchObject({ version: 'v1', task: 'deploy:rollback', state: 'success' });
    const forced = await rollback(ws, { targets: 'fra', 'to-version': 'v0-hotfix', 'allow-unknown-version': 'true' }, node);
    expect(forced.code).toBe(0);
    expect(await readDeployLog(ws.logFile)).toEqual(['rollback fra v1', 'rollback fra v0-hotfix']);
  });

  it('rolls back a whole stage, and rejects unsafe versions and unknown targets before any deployment', async () => {
    seed('sin', [['v1', 'success'], ['v2', 'failure']]);
    const ws = await workspace();
    fake.resetLog();
    for (const version of ['v1; rm -rf /', '$(id)', 'y'.repeat(300)]) {
      const r = await rollback(ws, { stage: 'full', 'to-version': version });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('::error::input to-version: expected a version matching');
    }
    const bad = await rollback(ws, { targets: 'sin,mars' });
    expect(bad.stdout).toContain('::error::input targets: expected targets of the plan');
    expect(fake.log).toHaveLength(0);
    const dry = await rollback(ws, { targets: 'sin', 'dry-run': 'true' });
    expect(dry.stdout).toContain('[dry-run] sin: would POST /repos/{owner}/{repo}/deployments (environment production/sin, task deploy:rollback');
    expect(fake.countRequests({ method: 'POST' })).toBe(0);
    expect(await readDeployLog(ws.logFile)).toEqual([]);
  });

  it('with failed-version, undoes that rollout only: a target it never reached keeps its version', async () => {
    // A repository of its own, so the targets' histories are only these.
    const seedIn = (target: string, history: Array<[string, string]>) => history.forEach(([version, state]) => fake.state.seedDeployment('acme', 'scoped-api', {
      environment: `production/${target}`, payload: { tool: 'stagegate', service: 'trading-api', version, stage: 'canary', target, plan: 'seed', run: { id: '1', attempt: 1 } },
      statuses: [{ state: 'in_progress' }, { state }],
    }));
    seedIn('lhr', [['v1', 'success'], ['v2', 'success'], ['v3', 'failure']]);
    seedIn('nrt', [['v1', 'success'], ['v2', 'success']]);
    const ws = await workspace();
    const r = await rollback(ws, { targets: 'lhr, nrt', 'failed-version': 'v3', reason: 'canary gate failed', repository: 'acme/scoped-api' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'succeeded', 'rolled-back-targets': '["lhr"]', 'skipped-targets': '["nrt"]' });
    expect(JSON.parse(r.outputs['versions'] ?? '{}')).toEqual({ lhr: 'v2', nrt: 'v2' });
    expect(r.summary).toContain('| nrt | production/nrt | v2 | v2 | already there | runs v2, not v3: nothing to undo |');
    expect(await readDeployLog(ws.logFile)).toEqual(['rollback lhr v2']);
  });
});
