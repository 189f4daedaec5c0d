// A gate's deadline is absolute: for probes that never answer (a silent HTTP endpoint, a TCP
// listener that never completes the handshake, a command that sleeps, a silent Prometheus),
// the time from gate start to verdict against the gate timeout, with garbage collected every
// 5 ms (the Node 20 AbortSignal.timeout bug shows only then). Goal: ≤ timeout + 1 s.
// Then the health-gate bundle (dist/health-gate, as built) against a silent endpoint.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { runGate } from '@stagegate/probes';
import { runActionBundle } from '@stagegate/testkit';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) {
  // Re-run with --expose-gc: the figures mean nothing without collection.
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const silent = createServer(() => undefined);
await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
const silentPort = (silent.address() as AddressInfo).port;
const stopped = spawn(process.execPath, ['-e', "const s=require('net').createServer(()=>{});s.listen({port:0,host:'127.0.0.1',backlog:1},()=>console.log(s.address().port))"], { stdio: ['ignore', 'pipe', 'inherit'] });
const stoppedPort = await new Promise<number>((ok) => stopped.stdout.once('data', (d) => ok(Number(String(d).trim()))));
stopped.kill('SIGSTOP');
const fillers: Socket[] = [];
for (let i = 0; i < 10; i++) {
  const s = connect({ port: stoppedPort, host: '127.0.0.1' }).on('error', () => undefined);
  fillers.push(s);
  if (!(await new Promise<boolean>((ok) => { s.once('connect', () => ok(true)); setTimeout(() => ok(false), 300); }))) break;
}

const probes: Record<string, Record<string, unknown>> = {
  http: { type: 'http', url: `http://127.0.0.1:${silentPort}/health` },
  tcp: { type: 'tcp', host: '127.0.0.1', port: stoppedPort },
  command: { type: 'command', run: ['sleep', '600'] },
  prometheus: { type: 'prometheus', server: `http://127.0.0.1:${silentPort}`, query: 'up', max: 1 },
};
const pressure = setInterval(collect, 5);
console.log(`Node ${process.version}, gc() every 5 ms; probe timeouts 60s (only the gate's deadline can end them)`);
console.log('probe | gate timeout | verdict after | over the timeout | verdict | goal ≤ timeout + 1 s');
for (const timeoutMs of [1000, 2000, 5000]) {
  const rows = await Promise.all(Object.entries(probes).map(async ([name, p]) => {
    const started = performance.now();
    const r = await runGate({ checks: [{ name, severity: 'critical', timeout: '60s', ...p }] as never, targets: ['lhr'], soak: '0s', interval: '250ms', timeout: `${timeoutMs}ms` });
    const took = Math.round(performance.now() - started);
    return `${name} | ${timeoutMs} ms | ${took} ms | +${took - timeoutMs} ms | ${r.verdict} | ${took <= timeoutMs + 1000 ? 'met' : 'MISSED'}`;
  }));
  rows.forEach((row) => console.log(row));
}
clearInterval(pressure);

console.log('\nhealth-gate bundle, silent endpoint, 2 targets | gate timeout | gate durationMs | step wall time (node start to exit) | verdict');
for (const timeout of ['2s', '5s']) {
  const checks = JSON.stringify([{ name: 'up', type: 'http', url: `http://127.0.0.1:${silentPort}/{target}/health`, severity: 'critical', timeout: '60s' }]);
  const run = await runActionBundle('health-gate', { inputs: { checks, targets: 'lhr,nrt', soak: '0s', interval: '500ms', timeout }, timeoutMs: 60_000 });
  const result = JSON.parse(run.outputs.result ?? '{}') as { durationMs?: number };
  console.log(`silent http | ${timeout} | ${result.durationMs} ms | ${run.ms} ms | ${run.outputs.verdict}`);
}
fillers.forEach((s) => s.destroy());
stopped.kill('SIGKILL');
silent.closeAllConnections();
silent.close();
