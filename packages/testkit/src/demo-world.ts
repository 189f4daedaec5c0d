import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { FLEET_DEPLOY_SCRIPT, startFleet, type Fleet } from './fleet.js';
import { startWebhookSink, type WebhookSink } from './webhook-sinks.js';

/** The seven regions of the seeds' plan, by stage. */
export const DEMO_STAGES = { canary: ['lhr', 'nrt'], primary: ['ewr'], full: ['ord', 'fra', 'sin', 'bom'] } as const;
export const DEMO_REGIONS = Object.values(DEMO_STAGES).flat();

/** Everything the demo runs on 127.0.0.1, and where its files are. */
export interface DemoWorld {
  github: FakeGitHub;
  fleet: Fleet;
  slack: WebhookSink;
  discord: WebhookSink;
  /** Workspace with .github/rollout.yml. */
  workspace: string;
  /** RUNNER_TEMP shared by the runs: history and audit trail accumulate here. */
  runnerTemp: string;
  close(): Promise<void>;
}

/** The seeds' plan, pointed at the loopback fleet, with short soaks so the demo takes seconds. */
export function demoPlan(fleetUrl: string, soak = '1s', interval = '200ms'): string {
  return `version: 1
service: trading-api
stages:
  - name: canary
    targets: [lhr, nrt]
    gate: { profile: standard, soak: ${soak}, interval: ${interval}, timeout: 30s }
    on-failure: rollback-stage
  - name: primary
    targets: [ewr]
    gate: { profile: standard, soak: ${soak}, interval: ${interval}, timeout: 30s }
    on-failure: rollback-all
  - name: full
    targets: [ord, fra, sin, bom]
    parallel: 4
    gate: { profile: standard, soak: ${soak}, interval: ${interval}, timeout: 30s }
    on-failure: continue
deploy:   { run: ["${process.execPath}", "${FLEET_DEPLOY_SCRIPT}", "${fleetUrl}", "{target}", "{version}", "--delay", "50"], timeout: 30s }
rollback: { run: ["${process.execPath}", "${FLEET_DEPLOY_SCRIPT}", "${fleetUrl}", "{target}", "{previous}", "--delay", "50"], timeout: 30s }
checks:
  standard:
    - { name: health, type: http, url: "${fleetUrl}/{target}/health", expect: { status: 200, json: { status: healthy } }, severity: critical, timeout: 2s }
notify:
  slack:   { webhook: env:SLACK_WEBHOOK_URL, min-priority: P2 }
  discord: { webhook: env:DISCORD_WEBHOOK_URL, fallback-for: slack }
`;
}

/**
 * Starts the fake GitHub API, the fleet (every region on v1; v3 is broken on
 * ewr), Slack and Discord sinks, and records v1 as the good version everywhere.
 */
export async function startDemoWorld(options: { breaks?: Record<string, string[]>; soak?: string; interval?: string } = {}): Promise<DemoWorld> {
  const github = await startFakeGitHub();
  const fleet = await startFleet({ regions: [...DEMO_REGIONS], initialVersion: 'v1', breaks: options.breaks ?? { v3: ['ewr'] } });
  const slack = await startWebhookSink('slack');
  const discord = await startWebhookSink('discord');
  const root = mkdtempSync(join(tmpdir(), 'stagegate-demo-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(join(workspace, '.github'), { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  writeFileSync(join(workspace, '.github', 'rollout.yml'), demoPlan(fleet.url, options.soak, options.interval));
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const [stage, targets] of Object.entries(DEMO_STAGES)) {
    for (const target of targets) {
      github.state.seedDeployment('acme', 'trading-api', {
        environment: `production/${target}`, ref: 'c'.repeat(40), createdAt: hourAgo,
        payload: { tool: 'stagegate', service: 'trading-api', version: 'v1', stage, target, plan: 'seed', run: { id: '1000', attempt: 1 } },
        statuses: [{ state: 'in_progress', createdAt: hourAgo }, { state: 'success', createdAt: hourAgo, description: 'v1 deployed' }],
      });
    }
  }
  return {
    github, fleet, slack, discord, workspace, runnerTemp,
    async close() {
      await Promise.all([github.close(), fleet.close(), slack.close(), discord.close()]);
    },
  };
}

/** The environment a pipeline run of the demo gets (as the runner would give it). */
export function demoRunEnv(world: DemoWorld, runId: number): Record<string, string> {
  return {
    GITHUB_API_URL: world.github.url,
    GITHUB_REPOSITORY: 'acme/trading-api',
    GITHUB_RUN_ID: String(runId),
    GITHUB_SHA: `${runId}`.padStart(40, 'd'),
    RUNNER_TEMP: world.runnerTemp,
    SLACK_WEBHOOK_URL: world.slack.url,
    DISCORD_WEBHOOK_URL: world.discord.url,
  };
}

