import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertSafeVersion, loadPlan } from '@stagegate/core';
import { renderTimeline, resolvePipelineRoutes, runPipeline, wirePipeline } from '@stagegate/pipeline';
import { createGitHubClient, DeploymentStore } from '@stagegate/github';
import { defaultAuditFile } from '@stagegate/notify';
import { startFakeGitHub, type FakeGitHub, type FakeSnapshot } from '@stagegate/testkit';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../io.js';

/**
 * `stagegate run`: the pipeline outside GitHub Actions. With GITHUB_TOKEN the
 * state goes to the repository's Deployments API; without, to an embedded
 * Deployments API whose state is kept in .stagegate/ between runs.
 */
export const runCommand: CliCommand = {
  summary: 'run a whole rollout from a laptop or another CI (state in GitHub with a token, else in .stagegate/)',
  usage: 'stagegate run --version V [--plan .github/rollout.yml] [--repo owner/name] [--start-at STAGE] [--only a,b] [--dry-run] [--state-dir .stagegate]',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['version', 'plan', 'repo', 'start-at', 'only', 'state-dir', 'ref'], flags: ['dry-run'] });
    const version = typeof options['version'] === 'string' ? options['version'] : '';
    if (!version) throw new UsageError('--version is required');
    const planFile = typeof options['plan'] === 'string' ? options['plan'] : '.github/rollout.yml';
    const plan = loadPlan(readFileSync(resolve(io.cwd, planFile), 'utf8'), planFile);
    assertSafeVersion(version, plan['version-pattern'], 'version');
    const dryRun = options['dry-run'] === true;
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    const stateDir = resolve(io.cwd, typeof options['state-dir'] === 'string' ? options['state-dir'] : '.stagegate');
    const local = token ? undefined : await openLocalState(stateDir);
    const repoName = typeof options['repo'] === 'string' ? options['repo'] : io.env.GITHUB_REPOSITORY ?? (local ? 'local/' + plan.service : '');
    const [owner, repo] = repoName.split('/');
    if (!owner || !repo) throw new UsageError(`--repo: expected owner/name (or GITHUB_REPOSITORY); got ${JSON.stringify(repoName)}`);
    const baseUrl = local ? local.fake.url : (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
    const store = new DeploymentStore(createGitHubClient({ token: token || 'local', baseUrl, onWait: (m) => io.stderr.write(`${m}\n`) }), { owner, repo });
    const runId = `local-${Date.now()}`;
    const historyFile = local ? join(stateDir, 'history.jsonl') : join(io.cwd, '.stagegate', 'history.jsonl');
    const env = { ...io.env, RUNNER_TEMP: local ? stateDir : io.env.RUNNER_TEMP };
    io.stdout.write(`stagegate run: ${plan.service} ${version}, state in ${local ? `${stateDir} (embedded Deployments API)` : `${owner}/${repo} at ${baseUrl}`}${dryRun ? ' — dry run' : ''}\n`);
    try {
      const routes = resolvePipelineRoutes(plan.notify, io.env, dryRun, (m) => io.stderr.write(`warning: ${m}\n`));
      const deps = wirePipeline({
        plan, store, routes, dryRun, historyFile, auditFile: defaultAuditFile(env),
        run: { id: runId, attempt: 1, url: local ? `file://${stateDir}` : `${owner}/${repo}`, ref: typeof options['ref'] === 'string' ? options['ref'] : 'local', workspace: io.cwd },
        log: { info: (l) => io.stdout.write(`  ${l}\n`), warning: (l) => io.stderr.write(`warning: ${l}\n`), startGroup: (n) => io.stdout.write(`  ▸ ${n}\n`), endGroup: () => {} },
      });
      const only = typeof options['only'] === 'string' ? options['only'].split(',').map((s) => s.trim()).filter(Boolean) : undefined;
      const report = await runPipeline(plan, { version, startAt: typeof options['start-at'] === 'string' ? options['start-at'] : undefined, only }, deps);
      io.stdout.write(`\ntimeline:\n${renderTimeline(report).map((l) => `  ${l}`).join('\n')}\n\nresult: ${report.result}\n`);
      return report.result === 'succeeded' ? 0 : report.result === 'paused' ? 3 : 1;
    } finally {
      if (local) await local.save();
    }
  },
};

/** The embedded Deployments API: a loopback server whose state lives in `dir/github-state.json`. */
async function openLocalState(dir: string): Promise<{ fake: FakeGitHub; save(): Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'github-state.json');
  const fake = await startFakeGitHub();
  if (existsSync(file)) fake.state.restore(JSON.parse(readFileSync(file, 'utf8')) as FakeSnapshot);
  return {
    fake,
    async save() {
      writeFileSync(file, JSON.stringify(fake.state.snapshot()));
      await fake.close();
    },
  };
}
