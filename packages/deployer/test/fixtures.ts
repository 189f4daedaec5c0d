import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan, type Plan } from '@stagegate/core';
import { createGitHubClient, DeploymentStore } from '@stagegate/github';
import type { FakeGitHub } from '@stagegate/testkit';
import type { DeployLog, RunInfo } from '../src/index.js';

/**
 * A real deploy script: appends "kind region version" to $DEPLOY_LOG (and a
 * line if the action's token input reached it), fails for
 * regions in $FAIL_REGIONS, hangs (with a child sleep) for regions in $HANG_REGIONS.
 */
export const DEPLOY_SCRIPT = `#!/bin/sh
region="$2"; version="$4"
printf '%s %s %s\\n' "$STAGEGATE_KIND" "$region" "$version" >> "$DEPLOY_LOG"
if [ -n "$INPUT_TOKEN" ]; then echo "token leaked to $region" >> "$DEPLOY_LOG"; fi
case " $FAIL_REGIONS " in *" $region "*) echo "cannot reach $region" >&2; exit 3;; esac
case " $HANG_REGIONS " in *" $region "*) sleep 30 & echo $! > "$DEPLOY_LOG.$region.pid"; echo "$region hanging"; wait;; esac
sleep "\${DEPLOY_SLEEP:-0}"
echo "deployed $version to $region"
`;

/** A workspace with deploy.sh and a plan using it; returns the folder and the log path. */
export async function makeWorkspace(): Promise<{ dir: string; logFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'stagegate-ws-'));
  await writeFile(join(dir, 'deploy.sh'), DEPLOY_SCRIPT);
  await chmod(join(dir, 'deploy.sh'), 0o755);
  return { dir, logFile: join(dir, 'deploy.log') };
}

/** The plan text: two stages (canary lhr,nrt parallel 2; full ord,fra,sin). */
export function planText(opts: { timeout?: string; environment?: string } = {}): string {
  return `version: 1
service: trading-api
${opts.environment ? `environment: ${opts.environment}\n` : ''}stages:
  - { name: canary, targets: [lhr, nrt], parallel: 2 }
  - { name: full, targets: [ord, fra, sin] }
deploy:   { run: ["./deploy.sh", "--region", "{target}", "--version", "{version}"], timeout: ${opts.timeout ?? '20s'}, env: { STAGEGATE_KIND: deploy } }
rollback: { run: ["./deploy.sh", "--region", "{target}", "--version", "{previous}"], timeout: ${opts.timeout ?? '20s'}, env: { STAGEGATE_KIND: rollback } }
`;
}

/** The parsed plan. */
export function makePlan(opts: { timeout?: string; environment?: string } = {}): Plan {
  return loadPlan(planText(opts));
}

/** Lines the deploy script wrote. */
export async function readDeployLog(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
}

/** A store on the fake. */
export function storeOn(fake: FakeGitHub): DeploymentStore {
  return new DeploymentStore(createGitHubClient({ token: 'test-token', baseUrl: fake.url, backoffBaseMs: 5, retries: 2 }), { owner: fake.owner, repo: fake.repo });
}

/** A run on the workspace. */
export function runOn(dir: string): RunInfo {
  return { id: '1001', attempt: 1, url: 'https://github.com/acme/trading-api/actions/runs/1001/attempts/1', ref: 'a'.repeat(40), workspace: dir };
}

/** A log that keeps every line. */
export function memoryLog(): DeployLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), warning: (l) => lines.push(`warning: ${l}`), startGroup: (n) => lines.push(`::group::${n}`), endGroup: () => lines.push('::endgroup::') };
}

/** Latest status state of every deployment of an environment, newest first, with versions. */
export function historyOf(fake: FakeGitHub, environment: string): Array<{ version: string; task: string; state: string | undefined }> {
  const r = fake.state.repo(fake.owner, fake.repo);
  return [...(r.deploymentsByEnvironment.get(environment) ?? [])].reverse().map((d) => ({
    version: String((d.payload as Record<string, unknown>)['version']),
    task: d.task,
    state: r.statuses.get(d.id)?.at(-1)?.state,
  }));
}
