// Health-gate benchmarks, all on 127.0.0.1, bounded in count and time:
// 1. time from a target turning unhealthy to a Failed verdict, against the interval
//    (target: within one interval + 100 ms);
// 2. wall time to probe 200 targets, concurrency 50, 100 ms per answer, against 4 × 100 ms.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { Check } from '@stagegate/core';
import { runGate } from '@stagegate/probes';

let unhealthy = false;
const server = createServer((req, res) => {
  res.writeHead(unhealthy ? 503 : 200).end(unhealthy ? '{"status":"degraded"}' : '{"status":"healthy"}');
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as AddressInfo).port;
const check = (path: string) => Check.parse({ name: 'http', type: 'http', url: `http://127.0.0.1:${port}${path}`, severity: 'critical', timeout: '2s' });
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

console.log('detection: time from unhealthy to Failed (5 runs per interval, flip at a random point in the round)');
console.log('interval | median | max | target (interval + 100ms) | met');
for (const interval of [100, 250, 500]) {
  const delays: number[] = [];
  for (let i = 0; i < 5; i++) {
    unhealthy = false;
    let flippedAt = 0;
    const flipAfter = 2 * interval + Math.random() * interval;
    const timer = setTimeout(() => { unhealthy = true; flippedAt = Date.now(); }, flipAfter);
    const r = await runGate({ checks: [check('/health')], targets: ['lhr', 'nrt'], soak: '60s', interval: `${interval}ms`, timeout: '70s' });
    clearTimeout(timer);
    if (r.verdict !== 'Failed') throw new Error(`expected Failed, got ${r.verdict}`);
    delays.push(r.endedAt - flippedAt);
  }
  const max = Math.max(...delays);
  console.log(`${interval}ms | ${pct(delays, 0.5)}ms | ${max}ms | ${interval + 100}ms | ${max <= interval + 100 ? 'yes' : 'NO'}`);
}

// The slow fleet runs in its own process, so its CPU is not charged to the gate.
const FLEET = `const s = require('http').createServer((q, r) => setTimeout(() => r.end('{"status":"healthy"}'), 100));
s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
const fleet = spawn(process.execPath, ['-e', FLEET], { stdio: ['ignore', 'pipe', 'inherit'] });
const fleetPort = await new Promise<number>((ok) => fleet.stdout!.once('data', (d) => ok(Number(String(d).trim()))));
const slow = Check.parse({ name: 'http', type: 'http', url: `http://127.0.0.1:${fleetPort}/{target}/health`, severity: 'critical', timeout: '5s' });
const targets = Array.from({ length: 200 }, (_, i) => `t${i}`);
/** The floor on this machine: 200 bare fetches, 50 at a time, no gate around them. */
async function bareFetches(): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: 50 }, async () => { while (next < 200) { await (await fetch(`http://127.0.0.1:${fleetPort}/t${next++}/health`)).text(); } }));
  return Math.round(performance.now() - started);
}
console.log(`\nfan-out: one round over 200 targets answering in 100ms, concurrency 50 (3 runs; machine load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
console.log('run | gate wall | bare fetch floor | ideal (200/50 × 100ms) | gate − ideal');
for (let run = 1; run <= 3; run++) {
  const floor = await bareFetches();
  const started = performance.now();
  const r = await runGate({ checks: [slow], targets, soak: '0s', interval: '1s', concurrency: 50 });
  const wall = Math.round(performance.now() - started);
  if (r.verdict !== 'Successful' || r.samples.length !== 200) throw new Error(`expected 200 passing samples, got ${r.verdict} with ${r.samples.length}`);
  console.log(`${run} | ${wall}ms | ${floor}ms | 400ms | ${wall - 400}ms`);
}
fleet.kill();
server.closeAllConnections();
server.close();
