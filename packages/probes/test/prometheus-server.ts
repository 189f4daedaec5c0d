import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Prometheus binary from Debian's package (scripts/test-servers.mjs checks it before the suite runs). */
export const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';

/** A real Prometheus scraping a loopback exporter whose gauges the test sets. */
export interface PrometheusFixture {
  url: string;
  /** Gauge values by full series name, e.g. 'errors_ratio{region="lhr"}'. */
  gauges: Map<string, number>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as AddressInfo).port;
  await new Promise((ok) => s.close(ok));
  return port;
}

/**
 * Starts an exporter and Prometheus (scrape every 1s) on 127.0.0.1 and waits
 * until Prometheus is ready and has scraped every gauge once. Fails loudly
 * when the binary is missing: a skipped Prometheus test would prove nothing.
 */
export async function startPrometheus(gauges: Record<string, number>): Promise<PrometheusFixture> {
  if (!existsSync(PROMETHEUS_BIN)) throw new Error(`Prometheus is not installed (${PROMETHEUS_BIN} missing): run \`apt-get install prometheus\` (.ci/run does it in CI)`);
  const values = new Map(Object.entries(gauges));
  const exporter: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end([...values].map(([k, v]) => `${k} ${v}`).join('\n') + '\n');
  });
  await new Promise<void>((ok) => exporter.listen(0, '127.0.0.1', ok));
  const exporterPort = (exporter.address() as AddressInfo).port;
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-prom-'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(config, `global: { scrape_interval: 1s, evaluation_interval: 1s }\nscrape_configs:\n  - job_name: exporter\n    static_configs: [{ targets: ['127.0.0.1:${exporterPort}'] }]\n`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(PROMETHEUS_BIN, [`--web.listen-address=127.0.0.1:${port}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--config.file=${config}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const gone = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((ok) => setTimeout(ok, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await new Promise((ok) => exporter.close(ok));
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  const names = Object.keys(gauges).map((k) => k.replace(/\{.*$/, ''));
  const query = `count({__name__=~"${[...new Set(names)].join('|')}"})`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}: ${log}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus did not become ready and scrape within 30s: ${log}`);
    }
    try {
      const ready = await fetch(`${url}/-/ready`);
      if (ready.ok) {
        const body = (await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`)).json()) as { data?: { result?: Array<{ value: [number, string] }> } };
        if (Number(body.data?.result?.[0]?.value[1]) >= Object.keys(gauges).length) break;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return { url, gauges: values, stop };
}
