/**
 * A loopback world for blue-green tests: the fake GitHub API, one JSON state
 * file per target written by the plan's deploy and switch commands
 * (tests/fixtures/blue-green/bg-command.mjs), and a health server that reads
 * those files: GET /{target}/{color}/health answers for what that colour
 * holds (the preview the gate probes), GET /{target}/health for what the
 * live colour serves (production traffic).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';

/** One target's state file. */
export interface ColorState {
  blue: string | null;
  green: string | null;
  live: 'blue' | 'green' | null;
  log: Array<{ action: 'deploy' | 'switch'; color: string; version?: string }>;
}

/** The world a blue-green test runs in; everything listens on 127.0.0.1. */
export interface BlueGreenWorld {
  github: FakeGitHub;
  /** The health server's base URL. */
  url: string;
  workspace: string;
  runnerTemp: string;
  stateDir: string;
  /** Versions unhealthy on a target (`lhr` → [v2]), whatever the colour. */
  breaks: Map<string, Set<string>>;
  state(target: string): ColorState;
  close(): Promise<void>;
}

const SCRIPT = join(REPO_ROOT, 'tests', 'fixtures', 'blue-green', 'bg-command.mjs');

/** A plan of two blue-green stages: canary (lhr) rolls back itself, primary (ewr) rolls back everything. */
export function blueGreenPlan(url: string, stateDir: string): string {
  const command = (action: string, ...rest: string[]): string => JSON.stringify([process.execPath, SCRIPT, stateDir, action, '{target}', '{color}', ...rest]);
  const gate = '{ profile: preview, soak: 200ms, interval: 100ms, timeout: 20s }';
  return `version: 1
service: web
stages:
  - { name: canary, targets: [lhr], strategy: blue-green, switch: { run: ${command('switch')}, timeout: 20s }, gate: ${gate}, on-failure: rollback-stage }
  - { name: primary, targets: [ewr], strategy: blue-green, switch: { run: ${command('switch')}, timeout: 20s }, gate: ${gate}, on-failure: rollback-all }
deploy: { run: ${command('deploy', '{version}')}, timeout: 20s }
checks:
  preview:
    - { name: health, type: http, url: "${url}/{target}/{color}/health", expect: { status: 200, json: { status: healthy } }, severity: critical, timeout: 2s }
`;
}

/** Starts the world with v1 on blue, live, on every target, recorded as a successful deployment. */
export async function startBlueGreenWorld(targets: Record<string, string> = { lhr: 'canary', ewr: 'primary' }): Promise<BlueGreenWorld> {
  const root = mkdtempSync(join(tmpdir(), 'stagegate-bg-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  const stateDir = join(root, 'state');
  for (const d of [join(workspace, '.github'), runnerTemp, stateDir]) mkdirSync(d, { recursive: true });
  const breaks = new Map<string, Set<string>>();
  const state = (target: string): ColorState => JSON.parse(readFileSync(join(stateDir, `${target}.json`), 'utf8')) as ColorState;
  const server: Server = createServer((req, res) => {
    const [target, colorOrHealth, health] = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean);
    let s: ColorState;
    try {
      s = state(target ?? '');
    } catch {
      res.writeHead(404).end();
      return;
    }
    const color = health ? colorOrHealth : s.live;
    const version = color === 'blue' || color === 'green' ? s[color] : null;
    const healthy = version !== null && !breaks.get(target ?? '')?.has(version);
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: healthy ? 'healthy' : 'unhealthy', version, color }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const github = await startFakeGitHub();
  writeFileSync(join(workspace, '.github', 'rollout.yml'), blueGreenPlan(url, stateDir));
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const [target, stage] of Object.entries(targets)) {
    writeFileSync(join(stateDir, `${target}.json`), JSON.stringify({ blue: 'v1', green: null, live: 'blue', log: [] } satisfies ColorState));
    github.state.seedDeployment('acme', 'web', {
      environment: `production/${target}`, ref: 'c'.repeat(40), createdAt: hourAgo,
      payload: { tool: 'stagegate', service: 'web', version: 'v1', stage, target, plan: 'seed', run: { id: '1000', attempt: 1 }, color: 'blue' },
      statuses: [{ state: 'in_progress', createdAt: hourAgo }, { state: 'success', createdAt: hourAgo, description: 'v1 on blue' }],
    });
  }
  return {
    github, url, workspace, runnerTemp, stateDir, breaks, state,
    async close() {
      server.closeAllConnections();
      await Promise.all([github.close(), new Promise<void>((ok) => server.close(() => ok()))]);
    },
  };
}

/** The environment a pipeline run gets, as the runner would give it. */
export function blueGreenRunEnv(w: BlueGreenWorld, runId: number): Record<string, string> {
  return {
    GITHUB_API_URL: w.github.url, GITHUB_REPOSITORY: 'acme/web', GITHUB_RUN_ID: String(runId), GITHUB_SHA: `${runId}`.padStart(40, 'd'), RUNNER_TEMP: w.runnerTemp,
  };
}
