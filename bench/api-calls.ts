// Counts GitHub API requests (from the fake's request log) for the store's two
// hot paths: deploying one target, and finding the last known good version
// when it is 1, 5 and 50 deployments back. Target: deploy ≤ 3 requests.
import { createGitHubClient, DeploymentStore, findLastKnownGood, type DeploymentPayload } from '@stagegate/github';
import { startFakeGitHub } from '@stagegate/testkit';

const fake = await startFakeGitHub();
const store = new DeploymentStore(createGitHubClient({ token: 'bench', baseUrl: fake.url }), { owner: 'acme', repo: 'trading-api' });
const sha = 'b'.repeat(40);
const payload = (version: string, target: string): DeploymentPayload => ({ tool: 'stagegate', service: 'trading-api', version, stage: 'canary', target, plan: 'bench', run: { id: '1', attempt: 1 } });

try {
  fake.resetLog();
  let t = performance.now();
  const d = await store.createDeployment({ ref: sha, environment: 'production/lhr', task: 'deploy', payload: payload('v1', 'lhr') });
  await store.setStatus(d.id, 'in_progress');
  await store.setStatus(d.id, 'success');
  const deployRequests = fake.log.length;
  console.log(`deploy one target: ${deployRequests} requests (target ≤ 3) in ${(performance.now() - t).toFixed(0)} ms ${deployRequests <= 3 ? 'OK' : 'OVER'}`);

  console.log('last known good, k deployments back (k-1 newer failed deployments above it):');
  console.log('  k | requests | list pages | status reads | ms');
  for (const k of [1, 5, 50]) {
    const env = `production/back-${k}`;
    fake.state.seedDeployment('acme', 'trading-api', { environment: env, ref: sha, task: 'deploy', payload: payload('good', `back-${k}`), statuses: [{ state: 'success' }] });
    for (let i = 1; i < k; i++) fake.state.seedDeployment('acme', 'trading-api', { environment: env, ref: sha, task: 'deploy', payload: payload(`bad-${i}`, `back-${k}`), statuses: [{ state: 'failure' }] });
    fake.resetLog();
    t = performance.now();
    const r = await findLastKnownGood(store, env);
    if (r.found?.version !== 'good') throw new Error(`expected good, got ${r.found?.version}`);
    const pages = fake.countRequests({ route: '/repos/{owner}/{repo}/deployments' });
    const statuses = fake.countRequests({ route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses' });
    console.log(`  ${String(k).padStart(2)} | ${String(fake.log.length).padStart(8)} | ${String(pages).padStart(10)} | ${String(statuses).padStart(12)} | ${(performance.now() - t).toFixed(0)}`);
  }
  fake.assertNoViolations();
} finally {
  await fake.close();
}
