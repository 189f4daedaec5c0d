import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadPlan, type Sample } from '@stagegate/core';
import { runGate } from '@stagegate/probes';
import { startService, type LoopbackService } from './loopback-service.js';

let lhr: LoopbackService;
let nrt: LoopbackService;
beforeAll(async () => { [lhr, nrt] = await Promise.all([startService(), startService()]); });
afterAll(() => Promise.all([lhr.close(), nrt.close()]));

/** A plan whose targets are the loopback services' ports (the URL is built from {target}). */
function plan(gate: string, checks: string): ReturnType<typeof loadPlan> {
  return loadPlan(`version: 1
service: trading-api
stages:
  - { name: canary, targets: ["${lhr.port}", "${nrt.port}"], gate: ${gate} }
deploy: { run: ["./deploy.sh", "{target}", "{version}"] }
checks:
  standard:
${checks}
`);
}

const HTTP_CRITICAL = '    - { name: http, type: http, url: "http://127.0.0.1:{target}/health?v={version}", expect: { status: 200, json: { status: healthy } }, severity: critical, timeout: 500ms }';

describe('runGate with real probes and the real clock', () => {
  it('passes healthy services after the soak, probing every target every interval', async () => {
    lhr.mode = 'healthy';
    nrt.mode = 'healthy';
    const samples: Sample[] = [];
    const r = await runGate({ plan: plan('{ profile: standard, soak: 200ms, interval: 50ms }', HTTP_CRITICAL), stage: 'canary', version: '1.4.2', onSample: (s) => samples.push(s) });
    expect(r.verdict).toBe('Successful');
    // Rounds run at a fixed rate: at most soak/interval + 1 (fewer when a round runs late).
    expect(r.rounds).toBeGreaterThanOrEqual(1);
    expect(r.rounds).toBeLessThanOrEqual(5);
    expect(r.endedAt - r.startedAt).toBeGreaterThanOrEqual(200);
    expect(r.checks.map((c) => c.samples)).toEqual([r.rounds, r.rounds]);
    expect(samples).toHaveLength(2 * r.rounds);
    expect(new Set(samples.map((s) => s.round)).size).toBe(r.rounds);
    expect(r.settings).toMatchObject({ soakMs: 200, intervalMs: 50, timeoutMs: 300_200, concurrency: 20 });
  });

  it('fails as soon as a critical target turns unhealthy mid-soak', async () => {
    lhr.mode = 'healthy';
    nrt.mode = 'healthy';
    setTimeout(() => (nrt.mode = 'unhealthy'), 120);
    const r = await runGate({ plan: plan('{ profile: standard, soak: 5s, interval: 50ms }', HTTP_CRITICAL), stage: 'canary', version: '1.4.2' });
    expect(r.verdict).toBe('Failed');
    expect(r.failedChecks).toMatchObject([{ target: String(nrt.port), check: 'http', failures: 1 }]);
    // Far before the 5s soak: the next round after the change decides.
    expect(r.endedAt - r.startedAt).toBeLessThan(1500);
  });

  it('a service that resets connections ends in Error at the consecutive-error-limit, with no failures', async () => {
    lhr.mode = 'reset';
    nrt.mode = 'healthy';
    const r = await runGate({ plan: plan('{ profile: standard, soak: 5s, interval: 20ms }', HTTP_CRITICAL.replace('timeout: 500ms', 'timeout: 500ms, consecutive-error-limit: 3')), stage: 'canary', version: '1' });
    expect(r.verdict).toBe('Error');
    expect(r.failedChecks).toMatchObject([{ target: String(lhr.port), errors: 3, failures: 0, verdict: 'Error' }]);
  });

  it('a warning check on a slow service fails at its failure-limit', async () => {
    lhr.mode = 'slow';
    // Far apart (300 ms against a 150 ms limit), so a loaded machine does not make the healthy target slow too.
    lhr.slowMs = 300;
    nrt.mode = 'healthy';
    const check = '    - { name: latency, type: http, url: "http://127.0.0.1:{target}/health", expect: { max-latency: 150ms }, failure-limit: 2 }';
    const r = await runGate({ plan: plan('{ profile: standard, soak: 5s, interval: 20ms }', check), stage: 'canary', version: '1' });
    expect(r.verdict).toBe('Failed');
    expect(r.failedChecks[0]).toMatchObject({ target: String(lhr.port), check: 'latency', failures: 2 });
    expect(r.checks.find((c) => c.target === String(nrt.port))?.failures).toBe(0);
  });

  it('probes only the targets asked for, and names the input when one is not in the stage', async () => {
    lhr.mode = 'healthy';
    const p = plan('{ profile: standard }', HTTP_CRITICAL);
    const r = await runGate({ plan: p, stage: 'canary', version: '1', targets: [String(lhr.port)] });
    expect(r.checks.map((c) => c.target)).toEqual([String(lhr.port)]);
    await expect(runGate({ plan: p, stage: 'canary', version: '1', targets: ['ams'] })).rejects.toThrow(/input targets: expected targets of stage "canary"/);
    await expect(runGate({ plan: p, stage: 'prod', version: '1' })).rejects.toBeInstanceOf(ConfigError);
  });
});
