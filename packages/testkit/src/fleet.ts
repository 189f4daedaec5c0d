import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One regional service of the fleet. */
export interface RegionState {
  region: string;
  version: string;
  /** Versions deployed, oldest first. */
  deployments: Array<{ version: string; at: string }>;
  healthy: boolean;
  /** Deploy commands started against this region (their own clock, ms), oldest first: what recovery timing is measured on. */
  commands: Array<{ version: string; startedAt: number }>;
  requests: number;
  errors: number;
}

/** A fleet of regional services on one loopback server, for the demo and end-to-end tests. */
export interface Fleet {
  /** e.g. http://127.0.0.1:PORT; a region's health is `${url}/{region}/health`. */
  url: string;
  regions: Map<string, RegionState>;
  /** Makes a region unhealthy (or healthy) right now, whatever its version. */
  setHealthy(region: string, healthy: boolean): void;
  /** Versions that are broken on some regions (or everywhere with '*'). */
  breaks: Map<string, Set<string>>;
  /** Calls `listener` on every health answer, before it is sent (a test can arm faults at the verdict). */
  onHealth(listener: (region: string, healthy: boolean, version: string) => void): void;
  /**
   * Makes a region refuse deploys (503), as a broken deploy target would: the
   * deploy script then prints `how.message` (default "<region> refuses deploys")
   * on stderr as `ERROR: …` and exits `how.exitCode` (default 1); with
   * `how.version`, only deploys of that version are refused (a rollback still works).
   */
  setRefusing(region: string, refusing: boolean, how?: { exitCode?: number; message?: string; version?: string }): void;
  /** Makes a region's health endpoint never answer (or answer again). */
  setHanging(region: string, hanging: boolean): void;
  close(): Promise<void>;
}

/** How the fleet starts. */
export interface FleetOptions {
  regions: string[];
  /** The version every region runs at start. */
  initialVersion?: string;
  /** version → regions where it is unhealthy ('*' for all). */
  breaks?: Record<string, string[]>;
  port?: number;
  /** How long a deploy request waits before it answers (a remote deploy's time, spent off the caller's CPU). Default 0. */
  deployDelayMs?: number;
}

/**
 * Starts a fleet: GET /{region}/health answers 200 {status: healthy, version}
 * or 503 {status: unhealthy}; GET /metrics serves Prometheus text with
 * per-region request and error counters; POST /{region}/deploy {version}
 * switches the version (what the deploy command calls, see bin/fleet-deploy.js).
 */
export async function startFleet(options: FleetOptions): Promise<Fleet> {
  const regions = new Map<string, RegionState>();
  const now = new Date().toISOString();
  for (const r of options.regions) regions.set(r, { region: r, version: options.initialVersion ?? 'v1', deployments: [{ version: options.initialVersion ?? 'v1', at: now }], healthy: true, commands: [], requests: 0, errors: 0 });
  const breaks = new Map(Object.entries(options.breaks ?? {}).map(([v, rs]) => [v, new Set(rs)]));
  const forced = new Map<string, boolean>();
  const hanging = new Set<string>();
  const refusing = new Map<string, { exitCode?: number; message?: string; version?: string }>();
  const listeners: Array<(region: string, healthy: boolean, version: string) => void> = [];
  const isHealthy = (s: RegionState): boolean => forced.get(s.region) ?? !(breaks.get(s.version)?.has(s.region) || breaks.get(s.version)?.has('*'));

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => send(res, 500, { error: String(e) }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fleet');
    const [region, action] = url.pathname.split('/').filter(Boolean);
    if (req.method === 'GET' && region === 'metrics') return sendMetrics(res);
    const state = region ? regions.get(region) : undefined;
    if (!state) return send(res, 404, { error: `no region ${region}` });
    if (req.method === 'GET' && action === 'health') {
      state.requests++;
      if (hanging.has(state.region)) return;
      const healthy = isHealthy(state);
      state.healthy = healthy;
      if (!healthy) state.errors++;
      for (const l of listeners) l(state.region, healthy, state.version);
      return send(res, healthy ? 200 : 503, { status: healthy ? 'healthy' : 'unhealthy', region: state.region, version: state.version });
    }
    if (req.method === 'POST' && action === 'started') {
      const body = JSON.parse(await readBody(req)) as { version?: unknown; at?: unknown };
      state.commands.push({ version: String(body.version), startedAt: typeof body.at === 'number' ? body.at : Date.now() });
      return send(res, 200, {});
    }
    if (req.method === 'POST' && action === 'deploy') {
      const body = JSON.parse(await readBody(req)) as { version?: unknown };
      if (options.deployDelayMs) await new Promise((ok) => setTimeout(ok, options.deployDelayMs));
      const refusal = refusing.get(state.region);
      if (refusal && (refusal.version === undefined || refusal.version === body.version)) return send(res, 503, { error: refusal.message ?? `${state.region} refuses deploys`, exitCode: refusal.exitCode ?? 1 });
      if (typeof body.version !== 'string' || !body.version) return send(res, 400, { error: 'expected {"version": "..."}' });
      state.version = body.version;
      state.deployments.push({ version: body.version, at: new Date().toISOString() });
      return send(res, 200, { region: state.region, version: state.version });
    }
    send(res, 404, { error: 'unknown route' });
  }
  function sendMetrics(res: ServerResponse): void {
    const lines = ['# TYPE fleet_requests_total counter', '# TYPE fleet_errors_total counter', '# TYPE fleet_version_info gauge'];
    for (const s of regions.values()) {
      lines.push(`fleet_requests_total{region="${s.region}"} ${s.requests}`, `fleet_errors_total{region="${s.region}"} ${s.errors}`, `fleet_version_info{region="${s.region}",version="${s.version}"} 1`);
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(`${lines.join('\n')}\n`);
  }

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    regions,
    breaks,
    setHealthy(region, healthy) {
      forced.set(region, healthy);
    },
    onHealth: (listener) => void listeners.push(listener),
    setRefusing: (region, refuse, how) => void (refuse ? refusing.set(region, how ?? {}) : refusing.delete(region)),
    setHanging: (region, hang) => void (hang ? hanging.add(region) : hanging.delete(region)),
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => ok(data));
    req.on('error', fail);
  });
}

/** Path of the deploy script a plan runs: `node <FLEET_DEPLOY_SCRIPT> <fleet-url> <region> <version>`. */
export const FLEET_DEPLOY_SCRIPT = new URL('../bin/fleet-deploy.js', import.meta.url).pathname;
