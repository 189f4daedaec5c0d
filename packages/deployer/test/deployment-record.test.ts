import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '@stagegate/core';
import { readHistory } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { deployStage, rollbackTargets } from '../src/index.js';
import { makeWorkspace, memoryLog, planText, runOn, storeOn } from './fixtures.js';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ repo: 'deployment-record' });
});
afterEach(() => fake.assertNoViolations());
afterAll(() => fake.close());

/** The fixture plan with a plan-level url and a canary override. */
function planWithUrls() {
  const text = planText()
    .replace('stages:\n', 'url: "https://{target}.example.com/?v={version}"\nstages:\n')
    .replace('- { name: canary, targets: [lhr, nrt], parallel: 2 }', '- { name: canary, targets: [lhr, nrt], parallel: 2, url: "https://canary-{target}.example.com/{stage}" }');
  return loadPlan(text);
}

describe('what a deployment records for a person', () => {
  it('sets environment_url from the plan (stage first) on every status, and actor, sha and ref in the payload', async () => {
    const { dir, logFile } = await makeWorkspace();
    const store = storeOn(fake);
    const env = { ...process.env, DEPLOY_LOG: logFile, GITHUB_ACTOR: 'octocat', GITHUB_SHA: 'b'.repeat(40), GITHUB_REF: 'refs/heads/main' };
    const plan = planWithUrls();
    await deployStage({ plan, stage: 'canary', version: 'v1', store, run: runOn(dir), log: memoryLog(), env });
    await deployStage({ plan, stage: 'full', version: 'v1', store, run: { ...runOn(dir), ref: 'main' }, log: memoryLog(), env });
    const repo = fake.state.repo(fake.owner, fake.repo);
    const byEnv = (e: string) => repo.deployments.find((d) => d.environment === e)!;
    const lhr = byEnv('production/lhr');
    expect(lhr.payload).toMatchObject({ actor: 'octocat', sha: 'a'.repeat(40), ref: 'refs/heads/main' }); // the ref deployed is a sha: that one
    expect(repo.statuses.get(lhr.id)?.map((s) => [s.state, s.environment_url])).toEqual([['success', 'https://canary-lhr.example.com/canary']]);
    const ord = byEnv('production/ord');
    expect(ord.payload).toMatchObject({ actor: 'octocat', sha: 'b'.repeat(40) }); // a branch name: the run's commit
    expect(repo.statuses.get(ord.id)?.at(-1)?.environment_url).toBe('https://ord.example.com/?v=v1');
    // The history view reads them back for status and history output.
    const page = await readHistory(store, { target: 'ord' });
    expect(page.rows[0]).toMatchObject({ actor: 'octocat', ref: 'refs/heads/main', environmentUrl: 'https://ord.example.com/?v=v1' });
  });

  it('a rollback records the same: environment_url with the version it puts back, and who rolled back', async () => {
    const { dir, logFile } = await makeWorkspace();
    const store = storeOn(fake);
    const env = { ...process.env, DEPLOY_LOG: logFile, GITHUB_ACTOR: 'hubot', GITHUB_SHA: 'c'.repeat(40), GITHUB_REF: 'refs/heads/release' };
    const plan = planWithUrls();
    const deps = { plan, store, run: runOn(dir), log: memoryLog(), env };
    await deployStage({ ...deps, stage: 'full', version: 'r1' });
    await deployStage({ ...deps, stage: 'full', version: 'r2' });
    const r = await rollbackTargets({ ...deps, targets: ['sin'], reason: 'manual', exclude: ['r2'] });
    expect(r.targets[0]).toMatchObject({ state: 'succeeded', toVersion: 'r1' });
    const repo = fake.state.repo(fake.owner, fake.repo);
    const rb = repo.deployments.find((d) => d.environment === 'production/sin' && d.task === 'deploy:rollback')!;
    expect(rb.payload).toMatchObject({ version: 'r1', actor: 'hubot', ref: 'refs/heads/release' });
    expect(repo.statuses.get(rb.id)?.map((s) => s.environment_url)).toEqual(['https://sin.example.com/?v=r1']);
  });

  it('rejects an unknown placeholder or a non-http url in the plan, naming the path', () => {
    expect(() => loadPlan(planText().replace('stages:\n', 'url: "https://{region}.example.com"\nstages:\n'))).toThrow(/url: unknown placeholder \{region\}/);
    expect(() => loadPlan(planText().replace('parallel: 2 }', 'parallel: 2, url: "javascript:alert(1)" }'))).toThrow(/stages\[0\]\.url: expected an http\(s\) URL template/);
  });
});
