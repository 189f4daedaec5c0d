import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/gate-under-gc.ts', import.meta.url));

// An HTTP server that accepts every connection and never answers.
let silent: Server;
let silentPort = 0;
// A TCP listener that never completes a handshake: a stopped process with a full accept queue.
let stopped: ChildProcess;
let stoppedPort = 0;
const fillers: Socket[] = [];

beforeAll(async () => {
  silent = createServer(() => undefined);
  await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
  silentPort = (silent.address() as AddressInfo).port;
  stopped = spawn(process.execPath, ['-e', "const s=require('net').createServer(()=>{});s.listen({port:0,host:'127.0.0.1',backlog:1},()=>console.log(s.address().port))"], { stdio: ['ignore', 'pipe', 'inherit'] });
  stoppedPort = await new Promise<number>((ok) => stopped.stdout!.once('data', (d) => ok(Number(String(d).trim()))));
  stopped.kill('SIGSTOP');
  // Fill the accept queue until a connect no longer completes: from then on every SYN is dropped.
  for (let i = 0; i < 10; i++) {
    const s = connect({ port: stoppedPort, host: '127.0.0.1' });
    fillers.push(s);
    s.on('error', () => undefined);
    const done = await new Promise<boolean>((ok) => { s.once('connect', () => ok(true)); setTimeout(() => ok(false), 300); });
    if (!done) break;
  }
});

afterAll(() => {
  fillers.forEach((s) => s.destroy());
  stopped.kill('SIGKILL');
  silent.closeAllConnections();
  silent.close();
});

type Outcome = { elapsedMs: number; verdict: string; reason: string; samples: Array<{ status: string; message: string; round: number }> };

/** Runs the gates in a `node --expose-gc` child that collects garbage every 20 ms; kills it if it outlives `limitMs`. */
function runUnderGc(gates: Record<string, unknown>, limitMs: number): Promise<Record<string, Outcome>> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', FIXTURE, JSON.stringify(gates)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) ok(JSON.parse(out) as Record<string, Outcome>);
      else fail(new Error(`the gate process ${signal ? `was killed (${signal}) after ${limitMs}ms: a gate hung past its timeout` : `exited ${code}`}\n${err}`));
    });
  });
}

const gateOf = (check: Record<string, unknown>, timeout: string) => ({ checks: [{ name: 'probe', severity: 'critical', ...check }], targets: ['lhr'], soak: '0s', interval: '200ms', timeout });

describe('a gate deadline is absolute, under forced garbage collection', () => {
  it('ends every gate by its timeout + 1 s: a silent HTTP endpoint, a TCP listener that never completes the handshake, a command that sleeps, a silent Prometheus', async () => {
    const pidDir = mkdtempSync(join(tmpdir(), 'stagegate-gc-gate-'));
    const pidFile = join(pidDir, 'pid');
    // Probe timeouts (10 s) far beyond the gate's: only the gate's own deadline can end these.
    const gates = {
      http: gateOf({ type: 'http', url: `http://127.0.0.1:${silentPort}/health`, timeout: '10s' }, '1500ms'),
      tcp: gateOf({ type: 'tcp', host: '127.0.0.1', port: stoppedPort, timeout: '10s' }, '1500ms'),
      command: gateOf({ type: 'command', run: [process.execPath, '-e', `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setTimeout(() => {}, 60000)`], timeout: '10s' }, '1500ms'),
      prometheus: gateOf({ type: 'prometheus', server: `http://127.0.0.1:${silentPort}`, query: 'up', max: 1, timeout: '10s' }, '1500ms'),
      // Here the probe's own 300 ms timer ends each probe: errors in a row end the gate in Error.
      httpShort: { ...gateOf({ type: 'http', url: `http://127.0.0.1:${silentPort}/health`, timeout: '300ms', 'consecutive-error-limit': 3 }, '5s'), interval: '50ms' },
    };
    const r = await runUnderGc(gates, 30_000);
    for (const name of ['http', 'tcp', 'command', 'prometheus']) {
      const g = r[name]!;
      expect(g.elapsedMs, `${name} took ${g.elapsedMs}ms`).toBeLessThanOrEqual(1500 + 1000);
      expect(g.elapsedMs, name).toBeGreaterThanOrEqual(1400);
      expect(g.verdict, name).toBe('Inconclusive');
      expect(g.reason, name).toMatch(/^timeout reached/);
      expect(g.samples.at(-1), name).toMatchObject({ status: 'error', message: "no answer before the gate's timeout of 1.5s" });
    }
    expect(r.httpShort).toMatchObject({ verdict: 'Error' });
    expect(r.httpShort!.samples.map((s) => s.message)).toEqual(Array(3).fill('http: no answer within 300ms'));
    expect(r.httpShort!.elapsedMs).toBeLessThan(3 * 300 + 2 * 50 + 1000);
    // The command's process group was killed when the deadline aborted it.
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ')).toBe(false);
  }, 40_000);
});
