/**
 * A loopback world for rollouts over many targets: the fake GitHub API, a
 * fleet of N regions on v1 (recorded as the good version everywhere), and a
 * workspace whose deploy and rollback commands go through a small "traffic
 * shift" script that logs its arguments before calling the fleet, so a test
 * reads exactly what each command was given ({version}, {previous}, {weight}).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLEET_DEPLOY_SCRIPT, startFakeGitHub, startFleet, type FakeGitHub, type Fleet } from '@stagegate/testkit';

/** What a test of the world reads. */
export interface WavesWorld {
  github: FakeGitHub;
  fleet: Fleet;
  workspace: string;
  runnerTemp: string;
  /** Writes .github/rollout.yml: `body` is the plan after `service`, the commands and the health check are added. */
  writePlan(body: string): void;
  /** Every command run so far, in order: its kind (deploy or rollback), target, version and weight. */
  commands(): Array<{ kind: string; target: string; version: string; weight: string }>;
  /** One target's deployments in the Deployments API, oldest first. */
  deploymentsOf(target: string): Array<{ version: string; task: string; state: string; weight?: unknown }>;
  /** The environment a pipeline run gets from the runner. */
  env(runId: number): Record<string, string>;
  close(): Promise<void>;
}

/** The shift script: `shift.mjs <log> <kind> <fleet-deploy args…>`; logs, then runs the fleet's deploy command. */
const SHIFT_SCRIPT = `import { appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const [log, kind, ...rest] = process.argv.slice(2);
appendFileSync(log, JSON.stringify({ kind, target: rest[2], version: rest[3], weight: rest[rest.indexOf('--weight') + 1] }) + '\\n');
const r = spawnSync(process.execPath, rest, { stdio: 'inherit' });
process.exit(r.status ?? 1);
`;

/** Names r01…rNN. */
export const regionsOf = (n: number): string[] => Array.from({ length: n }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);

/** Starts the world; `breaks` as the fleet takes them (version → regions where it is unhealthy). */
export async function startWavesWorld(regions: string[], breaks: Record<string, string[]> = {}): Promise<WavesWorld> {
  const github = await startFakeGitHub();
  const fleet = await startFleet({ regions, initialVersion: 'v1', breaks });
  const root = mkdtempSync(join(tmpdir(), 'stagegate-waves-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(join(workspace, '.github'), { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const shift = join(root, 'shift.mjs');
  const log = join(root, 'commands.jsonl');
  writeFileSync(shift, SHIFT_SCRIPT);
  writeFileSync(log, '');
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const target of regions) {
    github.state.seedDeployment('acme', 'trading-api', {
      environment: `production/${target}`, ref: 'c'.repeat(40), createdAt: hourAgo,
      payload: { tool: 'stagegate', service: 'trading-api', version: 'v1', stage: 'seed', target, plan: 'seed', run: { id: '1000', attempt: 1 } },
      statuses: [{ state: 'in_progress', createdAt: hourAgo }, { state: 'success', createdAt: hourAgo, description: 'v1 deployed' }],
    });
  }
  const command = (kind: string, version: string): string =>
    JSON.stringify([process.execPath, shift, log, kind, FLEET_DEPLOY_SCRIPT, fleet.url, '{target}', version, '--weight', '{weight}', '--delay', '20']);
  return {
    github, fleet, workspace, runnerTemp,
    writePlan(body) {
      writeFileSync(join(workspace, '.github', 'rollout.yml'), `version: 1
service: trading-api
deploy:   { run: ${command('deploy', '{version}')}, timeout: 30s }
rollback: { run: ${command('rollback', '{previous}')}, timeout: 30s }
checks:
  standard:
    - { name: health, type: http, url: "${fleet.url}/{target}/health", expect: { status: 200 }, severity: critical, timeout: 2s }
${body}`);
    },
    commands: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: string; target: string; version: string; weight: string }),
    deploymentsOf(target) {
      const repo = github.state.repo('acme', 'trading-api');
      return (repo.deploymentsByEnvironment.get(`production/${target}`) ?? []).map((d) => {
        const payload = d.payload as { version?: unknown; weight?: unknown };
        return { version: String(payload.version), task: d.task, state: github.state.latestStatus(repo, d.id)?.state ?? 'none', ...(payload.weight !== undefined ? { weight: payload.weight } : {}) };
      });
    },
    env: (runId) => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/trading-api', GITHUB_RUN_ID: String(runId), GITHUB_SHA: `${runId}`.padStart(40, 'd'), RUNNER_TEMP: runnerTemp }),
    async close() {
      await Promise.all([github.close(), fleet.close()]);
    },
  };
}
