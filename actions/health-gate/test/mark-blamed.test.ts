import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '@stagegate/core';
import { createGitHubClient, DeploymentStore, findLastKnownGood } from '@stagegate/github';
import { runActionBundle, startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { describeBlame, findBlamedTargets, parseDeploymentIds } from '../src/mark-blamed.js';

// lhr is healthy, nrt answers 503: the gate fails and blames nrt only.
let server: Server;
let port = 0;
let fake: FakeGitHub;
beforeAll(async () => {
  server = createServer((req, res) => {
    const status = req.url?.startsWith('/nrt/') ? 503 : 200;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status: status === 200 ? 'healthy' : 'degraded' }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
  fake = await startFakeGitHub();
});
afterEach(() => fake.assertNoViolations());
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await fake.close();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-blame-ws-'));
  writeFileSync(join(dir, 'rollout.yml'), `version: 1
service: trading-api
stages:
  - { name: canary, targets: [lhr, nrt], gate: { profile: standard, soak: 0s } }
deploy: { run: ["./deploy.sh", "{target}", "{version}"] }
checks:
  standard:
    - { name: http, type: http, url: "http://127.0.0.1:${port}/{target}/health", expect: { status: 200 }, severity: critical, timeout: 1s }
`);
  return dir;
}

let minute = 0;
/** A deployment of `version` on a target, already successful, as run-stage leaves it. */
function deployed(target: string, version: string, service = 'trading-api'): number {
  return fake.state.seedDeployment(fake.owner, fake.repo, {
    environment: `production/${target}`, task: 'deploy', sha: 'a'.repeat(40), createdAt: new Date(Date.UTC(2026, 4, 1, 0, minute++)),
    payload: { tool: 'stagegate', service, version, stage: 'canary', target, plan: 'p', run: { id: '1', attempt: 1 } },
    statuses: [{ state: 'in_progress' }, { state: 'success' }],
  }).id;
}
const statesOf = (id: number) => fake.state.repo(fake.owner, fake.repo).statuses.get(id)?.map((s) => s.state);
const gate = (inputs: Record<string, string>) => runActionBundle('health-gate', { workspace: workspace(), inputs: { plan: 'rollout.yml', stage: 'canary', ...inputs }, env: { GITHUB_API_URL: fake.url } });

describe('health-gate marks the deployments it blames', () => {
  it('marks failure on the deployment run-stage named, with the check and what it saw, and leaves the healthy target alone', async () => {
    const ids = { lhr: deployed('lhr', 'v2.0.0'), nrt: deployed('nrt', 'v2.0.0') };
    const run = await gate({ version: 'v2.0.0', token: 'test-token', 'deployment-ids': JSON.stringify(ids) });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('Failed');
    expect(statesOf(ids.nrt)).toEqual(['in_progress', 'success', 'failure']);
    expect(statesOf(ids.lhr)).toEqual(['in_progress', 'success']);
    const status = fake.state.repo(fake.owner, fake.repo).statuses.get(ids.nrt)?.at(-1);
    expect(status?.description).toMatch(/^health gate canary failed on nrt: http: .*503/);
    expect(status?.description?.length).toBeLessThanOrEqual(140);
    expect(status?.log_url).toBe('https://github.com/acme/trading-api/actions/runs/1001/attempts/1');
    expect(JSON.parse(run.outputs['marked-deployments']!)).toEqual([{ target: 'nrt', deploymentId: ids.nrt, description: status?.description }]);
    expect(run.stdout.replace('::add-mask::test-token', '')).not.toContain('test-token'); // masked before anything could print it
  });

  it('without deployment-ids, finds the newest deployment of this service and version by its payload; last-known-good then skips it', async () => {
    const good = deployed('nrt', 'v3.0.0');
    const ours = deployed('nrt', 'v3.1.0');
    const other = deployed('nrt', 'v3.1.0', 'billing'); // same version, another service, newer: never ours to mark
    const run = await gate({ version: 'v3.1.0', token: 'test-token' });
    expect(run.code).toBe(1);
    expect(statesOf(ours)).toEqual(['in_progress', 'success', 'failure']);
    expect(statesOf(other)).toEqual(['in_progress', 'success']);
    const store = new DeploymentStore(createGitHubClient({ token: 't', baseUrl: fake.url, retries: 0 }), { owner: fake.owner, repo: fake.repo });
    expect((await findLastKnownGood(store, 'production/nrt', { service: 'trading-api' })).found?.deployment.id).toBe(good);
  });

  it('warns and marks nothing without a token', async () => {
    const nrt = deployed('nrt', 'v4.0.0');
    const run = await gate({ version: 'v4.0.0', 'deployment-ids': JSON.stringify({ nrt }) });
    expect(run.outputs.verdict).toBe('Failed');
    expect(run.stdout).toMatch(/::warning::health gate blamed nrt, but no token was given: their deployments were not marked failure/);
    expect(statesOf(nrt)).toEqual(['in_progress', 'success']);
    expect(run.outputs['marked-deployments']).toBe('[]');
  });

  it('warns, naming the target, when GitHub refuses the mark, and still reports the verdict', async () => {
    const nrt = deployed('nrt', 'v5.0.0');
    fake.faults.add({ kind: 'status', method: 'POST', route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', status: 403, body: { message: 'Resource not accessible by integration' } });
    try {
      const run = await gate({ version: 'v5.0.0', token: 'test-token', 'deployment-ids': JSON.stringify({ nrt }) });
      expect(run.outputs.verdict).toBe('Failed');
      expect(run.stdout).toMatch(/::warning::could not mark nrt's deployment failure: .*403/);
      expect(statesOf(nrt)).toEqual(['in_progress', 'success']);
    } finally {
      fake.faults.clear();
    }
  });

  it('names a malformed deployment-ids input before probing anything', async () => {
    const run = await gate({ version: 'v6', token: 'test-token', 'deployment-ids': '["lhr"]' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::input deployment-ids: expected run-stage's deployment-ids output/);
    expect(run.outputs.verdict).toBeUndefined();
  });
});

describe('who a gate blames', () => {
  const check = (target: string, verdict: CheckResult['verdict'], extra: Partial<CheckResult> = {}): CheckResult => ({
    target, check: 'http', severity: 'critical', samples: 3, failures: 1, errors: 0, lastValue: 503, verdict, reason: 'critical check failed: status 503', ...extra,
  });

  it('blames every target with a Failed check, not a check in Error, and no one when Inconclusive', () => {
    const checks = [check('lhr', 'Failed'), check('nrt', 'Error'), check('ewr', 'Successful'), check('lhr', 'Failed', { check: 'latency' }), check('ord', 'Failed')];
    expect(findBlamedTargets('Failed', checks).map((b) => [b.target, b.checks.length])).toEqual([['lhr', 2], ['ord', 1]]);
    expect(findBlamedTargets('Inconclusive', checks)).toEqual([]);
    expect(findBlamedTargets('Successful', checks)).toEqual([]);
  });

  it('cuts the description to 140 characters and parses deployment-ids', () => {
    const long = describeBlame({ target: 'lhr', checks: [check('lhr', 'Failed', { reason: 'x'.repeat(300) })] }, 'canary');
    expect(long).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
    expect(describeBlame({ target: 'lhr', checks: [check('lhr', 'Failed', { lastValue: null })] }, undefined)).toBe('health gate failed on lhr: http: critical check failed: status 503');
    expect([...parseDeploymentIds('{"lhr": 12, "nrt": 13}')]).toEqual([['lhr', 12], ['nrt', 13]]);
    expect(parseDeploymentIds('  ').size).toBe(0);
    expect(() => parseDeploymentIds('{"lhr": "12"}')).toThrow(/input deployment-ids/);
  });
});
