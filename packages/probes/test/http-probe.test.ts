import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Check, type HttpCheck } from '@stagegate/core';
import { runProbe } from '@stagegate/probes';
import { startService, type LoopbackService } from './loopback-service.js';

let svc: LoopbackService;
beforeAll(async () => { svc = await startService(); });
afterAll(() => svc.close());

const httpCheck = (extra: Record<string, unknown> = {}): HttpCheck => Check.parse({ name: 'h', type: 'http', url: svc.url, timeout: '2s', ...extra }) as HttpCheck;
const probe = (check: HttpCheck) => runProbe(check, { target: 'lhr', signal: new AbortController().signal });

describe('http probe against a loopback service', () => {
  it('passes a healthy answer, checking status, partial JSON and JSON paths; the value is the latency', async () => {
    svc.mode = 'healthy';
    const r = await probe(httpCheck({ expect: { status: 200, json: { status: 'healthy', checks: { db: { ok: true } } }, 'json-path': [{ path: '$.checks.db.lagMs', min: 0, max: 50 }, { path: 'version', matches: '^1\\.4\\.' }], 'body-contains': 'healthy' } }));
    expect(r.status).toBe('pass');
    expect(r.value).toBeGreaterThan(0);
    expect(r.message).toMatch(/^status 200 in \d+ms$/);
  });

  it('fails on a status outside the expectation, a JSON mismatch, or a numeric bound', async () => {
    svc.mode = 'unhealthy';
    expect(await probe(httpCheck())).toMatchObject({ status: 'fail', message: expect.stringMatching(/^503 \(expected 2xx\) — body /) });
    expect((await probe(httpCheck({ expect: { status: '500-503' } }))).status).toBe('pass');
    svc.mode = 'healthy';
    expect((await probe(httpCheck({ expect: { json: { checks: { db: { ok: false } } } } }))).message).toMatch(/checks\.db\.ok: expected false, got true/);
    expect((await probe(httpCheck({ expect: { 'json-path': [{ path: 'checks.db.lagMs', max: 10 }] } }))).message).toMatch(/checks\.db\.lagMs: 12 > max 10/);
    expect((await probe(httpCheck({ expect: { 'json-path': [{ path: 'items[0].state', equals: 'up' }] } }))).message).toMatch(/items\[0\]\.state: missing/);
  });

  it('fails on a body that is not JSON when JSON is expected', async () => {
    svc.mode = 'bad-json';
    const r = await probe(httpCheck({ expect: { json: { status: 'healthy' } } }));
    expect(r).toMatchObject({ status: 'fail' });
    expect(r.message).toMatch(/body is not JSON/);
    // Without a JSON expectation the same answer is healthy.
    expect((await probe(httpCheck())).status).toBe('pass');
  });

  it('fails an answer slower than max-latency, and errors when slower than the probe timeout', async () => {
    svc.mode = 'slow';
    svc.slowMs = 150;
    const slow = await probe(httpCheck({ expect: { 'max-latency': '50ms' } }));
    expect(slow.status).toBe('fail');
    expect(slow.message).toMatch(/slower than 50ms/);
    svc.slowMs = 400;
    const timedOut = await probe(httpCheck({ timeout: '100ms' }));
    expect(timedOut).toMatchObject({ status: 'error', message: 'http: no answer within 100ms' });
    expect(timedOut.latencyMs).toBeLessThan(350);
  });

  it('a reset connection and a refused connection are errors (could not measure), not failures', async () => {
    svc.mode = 'reset';
    const reset = await probe(httpCheck());
    expect(reset.status).toBe('error');
    expect(reset.message).toMatch(/ECONNRESET|socket|other side closed/i);
    const closed = await startService();
    const url = closed.url;
    await closed.close();
    const refused = await probe(httpCheck({ url }));
    expect(refused.status).toBe('error');
    expect(refused.message).toMatch(/ECONNREFUSED/);
  });

  it('follows redirects by default; with follow-redirects off a 302 is judged as it is', async () => {
    svc.mode = 'redirect';
    expect((await probe(httpCheck({ expect: { json: { moved: true } } }))).status).toBe('pass');
    expect((await probe(httpCheck({ 'follow-redirects': false }))).message).toMatch(/^302 \(expected 2xx\) — body /);
    expect((await probe(httpCheck({ 'follow-redirects': false, expect: { status: 302 } }))).status).toBe('pass');
  });

  it('sends method, headers and body', async () => {
    let seen = '';
    const echo = (await import('node:http')).createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => { seen = `${req.method} ${req.headers['x-probe']} ${body}`; res.end('ok'); });
    });
    await new Promise<void>((ok) => echo.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/`;
    const r = await probe(httpCheck({ url, method: 'POST', headers: { 'x-probe': 'stagegate' }, body: '{"ping":1}', expect: { 'body-contains': 'ok' } }));
    echo.close();
    expect(r.status).toBe('pass');
    expect(seen).toBe('POST stagegate {"ping":1}');
  });
});

describe('http probe over TLS', () => {
  let tls: Server;
  let url = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagegate-tls-'));
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
    tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('ok'));
    await new Promise<void>((ok) => tls.listen(0, '127.0.0.1', ok));
    url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`;
  });
  afterAll(() => { tls.closeAllConnections(); tls.close(); });

  it('a certificate the client does not trust is a failure, not an error', async () => {
    const r = await probe(httpCheck({ url }));
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/^TLS: .*(SELF_SIGNED|self-signed)/i);
  });
});
