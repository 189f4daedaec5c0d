import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodesUnderTest, runActionBundle } from '@stagegate/testkit';

// Two regional services on loopback; /health answers by the region's state.
const state: Record<string, number> = { lhr: 200, nrt: 200 };
let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    const region = /^\/(\w+)\/health/.exec(req.url ?? '')?.[1] ?? '';
    const status = state[region] ?? 404;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status: status === 200 ? 'healthy' : 'degraded' }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

function workspaceWithPlan(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-gate-ws-'));
  writeFileSync(join(dir, 'rollout.yml'), `version: 1
service: trading-api
stages:
  - { name: canary, targets: [lhr, nrt], gate: { profile: standard, soak: 300ms, interval: 50ms } }
deploy: { run: ["./deploy.sh", "{target}", "{version}"] }
checks:
  standard:
    - { name: http, type: http, url: "http://127.0.0.1:${port}/{target}/health?version={version}", expect: { status: 200, json: { status: healthy } }, severity: critical, timeout: 1s }
`);
  return dir;
}

describe('health-gate bundle, run as the runner runs it', () => {
  it.each(nodesUnderTest())('passes healthy targets on $label: verdict output, samples file, summary table and chart', async ({ path: node }) => {
    state.lhr = 200;
    state.nrt = 200;
    const ws = workspaceWithPlan();
    const run = await runActionBundle('health-gate', { workspace: ws, inputs: { plan: 'rollout.yml', stage: 'canary', version: '1.4.2', 'samples-file': 'out/samples.json' }, node });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('Successful');
    expect(JSON.parse(run.outputs['failed-checks']!)).toEqual([]);
    expect(run.outputs['samples-file']).toBe(join(ws, 'out/samples.json'));
    const file = JSON.parse(readFileSync(run.outputs['samples-file']!, 'utf8'));
    expect(file.verdict).toBe('Successful');
    expect(file.samples.length).toBeGreaterThanOrEqual(2);
    expect(file.samples[0]).toMatchObject({ check: 'http', status: 'pass' });
    expect(run.summary).toMatch(/### ✅ Health gate for stage canary: Successful/);
    expect(run.summary).toMatch(/\| target \| check \| severity \| samples \| failures \| errors \| last value \| verdict \| reason \|/);
    expect(run.summary).toMatch(/\| lhr \| http \| critical \| \d+ \| 0 \| 0 \|/);
    expect(run.summary).toContain('**http: pass/fail per round** (one column per round; column headings: seconds since the gate started)');
    expect(run.summary).toContain('Legend: ✅ pass · ❌ fail · ⚠️ error (no answer) · – no sample');
    expect(run.summary).toMatch(/\| target \| 0\.0s \|/);
    expect(run.summary).toMatch(/\| lhr \| ✅ \|/);
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ verdict: 'Successful' });
  });

  it('fails the step on a Failed verdict, still setting the outputs; fail-on none only reports', async () => {
    state.lhr = 200;
    state.nrt = 503;
    const ws = workspaceWithPlan();
    const failed = await runActionBundle('health-gate', { workspace: ws, inputs: { plan: 'rollout.yml', stage: 'canary', version: '1.4.2' } });
    expect(failed.code).toBe(1);
    expect(failed.outputs.verdict).toBe('Failed');
    expect(JSON.parse(failed.outputs['failed-checks']!)).toMatchObject([{ target: 'nrt', check: 'http', verdict: 'Failed', failures: 1 }]);
    expect(failed.stdout).toMatch(/::error::nrt: http 503 \(expected 200\) — body .+ — health gate Failed on stage canary/);
    expect(failed.summary.split('\n')[0]).toMatch(/^### ❌ Health gate for stage canary: Failed — nrt: http 503 \(expected 200\) — body /);
    // The failing round shows even when it is the first.
    expect(failed.summary).toMatch(/\| nrt \| ❌ \|/);
    expect(failed.summary).toMatch(/❌ Failed/);
    const reported = await runActionBundle('health-gate', { workspace: ws, inputs: { plan: 'rollout.yml', stage: 'canary', version: '1.4.2', 'fail-on': 'none' } });
    expect(reported.code).toBe(0);
    expect(reported.outputs.verdict).toBe('Failed');
  });

  it('blames every failing target, not only the first: failed-checks lists both', async () => {
    state.lhr = 503;
    state.nrt = 503;
    const run = await runActionBundle('health-gate', { workspace: workspaceWithPlan(), inputs: { plan: 'rollout.yml', stage: 'canary', version: '1.4.2', concurrency: '1' } });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('Failed');
    expect(JSON.parse(run.outputs['failed-checks']!).map((c: { target: string; verdict: string }) => [c.target, c.verdict])).toEqual([['lhr', 'Failed'], ['nrt', 'Failed']]);
    expect(run.stdout).toMatch(/::error::lhr: http 503 \(expected 200\) — body .*; nrt: http 503 \(expected 200\) — body .* — health gate Failed/);
  });

  it('runs inline checks without a plan', async () => {
    state.lhr = 200;
    const checks = JSON.stringify([{ name: 'up', type: 'http', url: `http://127.0.0.1:${port}/{target}/health`, severity: 'critical' }]);
    const run = await runActionBundle('health-gate', { inputs: { checks, targets: 'lhr', interval: '20ms' } });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('Successful');
    expect(JSON.parse(run.outputs.result!).checks).toMatchObject([{ target: 'lhr', check: 'up', verdict: 'Successful', samples: 1 }]);
  });

  it('a user mistake names the input and exits non-zero', async () => {
    const bad = await runActionBundle('health-gate', { inputs: { checks: '[{ name: up, type: http }]', targets: 'lhr' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::input checks is not a valid list of checks:.*input checks\[0\]\.url/s);
    const ws = workspaceWithPlan();
    const stage = await runActionBundle('health-gate', { workspace: ws, inputs: { plan: 'rollout.yml', stage: 'prod', 'fail-on': 'sometimes' } });
    expect(stage.code).toBe(1);
    expect(stage.stdout).toMatch(/input fail-on: expected a list of failed, error, inconclusive/);
  });

  it('ends with a verdict by the gate timeout when an endpoint accepts and never answers', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/{target}/health`;
      // The probe's own timeout (30 s) is far past the gate's (2 s): only the gate's deadline can end it.
      const checks = JSON.stringify([{ name: 'up', type: 'http', url, severity: 'critical', timeout: '30s' }]);
      const run = await runActionBundle('health-gate', { inputs: { checks, targets: 'lhr,nrt', soak: '0s', interval: '500ms', timeout: '2s' }, timeoutMs: 20_000 });
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBe('Inconclusive');
      const result = JSON.parse(run.outputs.result!) as { durationMs: number; reason: string };
      expect(result.durationMs).toBeGreaterThanOrEqual(2000);
      expect(result.durationMs).toBeLessThanOrEqual(3000);
      expect(result.reason).toMatch(/^timeout reached/);
      // The progress line: the first sample that is not a pass is printed at once, with what it saw.
      expect(run.stdout).toContain("lhr: up round 1, 0 passed, 0 failed, 1 errors; verdict so far Running (last: up no answer before the gate's timeout of 2s)");
      expect(run.stdout).toMatch(/::error::timeout reached .* — health gate Inconclusive/);
      // Bundle start and the summary included, the step ends within seconds of the gate timeout.
      expect(run.ms).toBeLessThan(15_000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  }, 30_000);

  it('refuses a version that is shell syntax before any check runs: sh -c "echo {version}" never sees it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'stagegate-gate-ws-'));
    const checks = JSON.stringify([{ name: 'echo', type: 'command', run: ['sh', '-c', 'echo {version}'], severity: 'critical' }]);
    const run = await runActionBundle('health-gate', { workspace: ws, inputs: { checks, targets: 'lhr', version: '$(touch pwned)', interval: '20ms' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*input version: expected a version matching .*; got "\$\(touch pwned\)"/);
    expect(existsSync(join(ws, 'pwned'))).toBe(false);
    expect(run.outputs.verdict).toBeUndefined();
    // The same check with a good version does run (the refusal above is the version's, not the check's).
    const good = await runActionBundle('health-gate', { workspace: ws, inputs: { checks, targets: 'lhr', version: 'v1.2.3', interval: '20ms' } });
    expect(good.code).toBe(0);
    expect(good.outputs.verdict).toBe('Successful');
  });

  it('refuses a version with a .. path segment under the plan\'s default pattern', async () => {
    const run = await runActionBundle('health-gate', { workspace: workspaceWithPlan(), inputs: { plan: 'rollout.yml', stage: 'canary', version: '../../admin' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*input version: .*no \.\. path segment.*; got "\.\.\/\.\.\/admin"/);
  });
});
