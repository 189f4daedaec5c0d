import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Check, loadPlan } from '@stagegate/core';
import { runGate, runProbe } from '@stagegate/probes';
import { startPrometheus, type PrometheusFixture } from './prometheus-server.js';

// One real Prometheus for the file: it needs a couple of scrapes to be useful.
let prom: PrometheusFixture;
beforeAll(async () => {
  prom = await startPrometheus({ 'errors_ratio{region="lhr"}': 0.002, 'errors_ratio{region="nrt"}': 0.05, 'errors_ratio{region="ewr"}': 0 });
}, 40_000);
afterAll(() => prom?.stop());

const probe = (def: Record<string, unknown>) => runProbe(Check.parse({ name: 'errors', type: 'prometheus', server: prom.url, timeout: '2s', ...def }), { target: 'lhr', signal: new AbortController().signal });

describe('prometheus probe against a real Prometheus', () => {
  it('passes a value within bounds and fails one beyond them', async () => {
    expect(await probe({ query: 'sum(errors_ratio{region="lhr"})', max: 0.01 })).toMatchObject({ status: 'pass', value: 0.002 });
    expect(await probe({ query: 'max(errors_ratio{region="nrt"})', max: 0.01 })).toMatchObject({ status: 'fail', value: 0.05, message: '0.05 > max 0.01' });
    expect(await probe({ query: 'errors_ratio{region="ewr"}', min: 0.5 })).toMatchObject({ status: 'fail', value: 0 });
    expect(await probe({ query: 'scalar(errors_ratio{region="lhr"}) * 1000', max: 5 })).toMatchObject({ status: 'pass', value: 2 });
  });

  it('an empty result is an Error, not a pass', async () => {
    const r = await probe({ query: 'errors_ratio{region="atlantis"}', max: 0.01 });
    expect(r).toMatchObject({ status: 'error', message: 'empty result: the query matched no series' });
  });

  it('a bad query and a query with several series are errors', async () => {
    expect((await probe({ query: 'sum(errors_ratio', max: 1 })).message).toMatch(/^query failed \(bad_data\)/);
    expect((await probe({ query: 'errors_ratio', max: 1 })).message).toMatch(/expected one series, got 3/);
  });

  it('the gate fails a canary far above a zero baseline, and passes one equal to its baseline', async () => {
    const plan = (canary: string) => loadPlan(`version: 1
service: trading-api
stages: [{ name: canary, targets: [${canary}], gate: { profile: p, soak: 300ms, interval: 15ms } }]
deploy: { run: [./d.sh] }
prometheus: { url: "${prom.url}" }
checks:
  p:
    - { name: errors, type: prometheus, query: 'sum(errors_ratio{region="{target}"})', baseline: { query: 'sum(errors_ratio{region="ewr"})' } }
`);
    const bad = await runGate({ plan: plan('nrt'), stage: 'canary', version: '1' });
    expect(bad.verdict).toBe('Failed');
    expect(bad.failedChecks[0]?.reason).toMatch(/^baseline comparison: canary is above 1.2× baseline/);
    expect(bad.failedChecks[0]?.baseline).toMatchObject({ outcome: 'worse', effect: { meanRatio: null, probabilityWorse: 1 } });
    expect(bad.failedChecks[0]?.baseline?.effect.shift).toBeCloseTo(0.05, 10);
    const same = await runGate({ plan: plan('ewr'), stage: 'canary', version: '1' });
    expect(same.verdict).toBe('Successful');
    expect(same.checks[0]?.baseline?.outcome).toBe('ok');
  });
});
