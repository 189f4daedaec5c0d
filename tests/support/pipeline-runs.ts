/**
 * Running the root action's and the CLI's bundles against the demo world, as
 * the runner (or a person at a terminal) would, for the freeze, window and
 * budget acceptance tests.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DeployStatusFile } from '@stagegate/core';
import { demoRunEnv, REPO_ROOT, runActionBundle, type ActionRun, type DemoWorld } from '@stagegate/testkit';

/** The published CLI bundle (built by `npm run build`). */
export const CLI_BUNDLE = join(REPO_ROOT, 'packages', 'cli', 'dist', 'stagegate.js');

/** The root action's input defaults, as the runner fills them. */
function actionDefaults(file = join(REPO_ROOT, 'action.yml')): Record<string, string> {
  const metadata = parse(readFileSync(file, 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(metadata.inputs).filter(([, i]) => i.default !== undefined && !i.default.includes('${{')).map(([k, i]) => [k, String(i.default)]));
}

/** Runs the root action's bundle for a version (fail-on as the default). */
export function runPipelineAction(w: DemoWorld, runId: number, version: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runActionBundle('pipeline', { workspace: w.workspace, env: demoRunEnv(w, runId), timeoutMs: 110_000, inputs: { ...actionDefaults(), version, token: 'demo-token', ...inputs } });
}

/** Runs another action's bundle (freeze, rollback) with its defaults in the demo's workspace. */
export function runOtherAction(w: DemoWorld, name: string, runId: number, inputs: Record<string, string>): Promise<ActionRun> {
  const defaults = actionDefaults(join(REPO_ROOT, 'actions', name, 'action.yml'));
  return runActionBundle(name, { workspace: w.workspace, env: { ...demoRunEnv(w, runId), GITHUB_ACTOR: 'octo-oncall' }, timeoutMs: 60_000, inputs: { ...defaults, token: 'demo-token', ...inputs } });
}

/** Runs the CLI bundle in the demo's workspace against the fake GitHub. */
export function runCliBundle(w: DemoWorld, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, GITHUB_TOKEN: 'demo-token', GITHUB_API_URL: w.github.url, GITHUB_REPOSITORY: 'acme/trading-api', GITHUB_SHA: 'e'.repeat(40) };
  return new Promise((done) => {
    execFile(process.execPath, [CLI_BUNDLE, ...args], { cwd: w.workspace, env, timeout: 30_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Edits the demo plan in place: each [pattern, replacement] must match. */
export function editPlan(w: DemoWorld, edits: Array<[RegExp | string, string]>): string {
  const file = join(w.workspace, '.github', 'rollout.yml');
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`plan edit ${String(from)} matched nothing`);
    text = next;
  }
  writeFileSync(file, text);
  return text;
}

/** What each region of the fleet runs now. */
export function fleetVersions(w: DemoWorld): Record<string, string> {
  return Object.fromEntries([...w.fleet.regions].map(([r, s]) => [r, s.version]));
}

/** Deployments of a task in the fake GitHub's repository, e.g. deploy:rollback. */
export function deploymentsOfTask(w: DemoWorld, task: string): Array<{ environment: string; payload: unknown }> {
  const repo = w.github.state.repo('acme', 'trading-api');
  return [...repo.deploymentsByEnvironment.entries()].flatMap(([environment, list]) => list.filter((d) => d.task === task).map((d) => ({ environment, payload: d.payload })));
}

/** Every message the Slack sink got, as one string per message. */
export function slackTexts(w: DemoWorld): string[] {
  return w.slack.received.map((r) => JSON.stringify(r.json));
}

/** The deploy-status.json a pipeline run wrote (its `status-file` output), parsed. */
export function readStatusFile(run: ActionRun): DeployStatusFile {
  const file = run.outputs['status-file'];
  if (!file) throw new Error(`the run wrote no status file (outputs: ${Object.keys(run.outputs).join(', ')})`);
  return JSON.parse(readFileSync(file, 'utf8')) as DeployStatusFile;
}

/** Per target of a status file: "version state" (and the colour when a target has one), for one readable assertion. */
export function describeStatusTargets(status: DeployStatusFile): Record<string, string> {
  return Object.fromEntries(status.targets.map((t) => [t.target, [t.version ?? '-', t.state, ...(t.color ? [t.color] : [])].join(' ')]));
}
