import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allTargets, environmentFor, loadPlan } from '@stagegate/core';
import { createGitHubClient, DeploymentStore, discoverTargets, readStatus, type GitHubClient, type TargetRef } from '@stagegate/github';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../io.js';

/** A repository opened for reading its deployments. */
export interface OpenRepository {
  store: DeploymentStore;
  client: GitHubClient;
  name: string;
}

/** Opens --repo (else GITHUB_REPOSITORY) with GITHUB_TOKEN at GITHUB_API_URL. The token is never printed. */
export function openRepository(repoOption: string | boolean | undefined, io: CliIo): OpenRepository {
  const name = (typeof repoOption === 'string' ? repoOption : io.env.GITHUB_REPOSITORY ?? '').trim();
  const [owner, repo, extra] = name.split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError(`--repo: expected owner/name (or GITHUB_REPOSITORY); got ${JSON.stringify(name)}`);
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
  if (!token) throw new UsageError('GITHUB_TOKEN: expected a token with deployments: read in the environment');
  const client = createGitHubClient({ token, baseUrl: (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''), retries: 2, onWait: (m) => io.stderr.write(`${m}\n`) });
  return { store: new DeploymentStore(client, { owner, repo }), client, name };
}

/** A plain-text table for people: columns padded to their widest cell. */
export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}

/** The plan's targets when --plan is given or .github/rollout.yml exists; else those seen in the newest deployments. */
export async function resolveTargets(planOption: string | boolean | undefined, io: CliIo, store: DeploymentStore): Promise<TargetRef[]> {
  const file = typeof planOption === 'string' ? planOption : '.github/rollout.yml';
  const path = resolve(io.cwd, file);
  if (typeof planOption !== 'string' && !existsSync(path)) return discoverTargets(store);
  const plan = loadPlan(readFileSync(path, 'utf8'), file);
  return allTargets(plan).map((target) => ({ target, environment: environmentFor(plan, target) }));
}

/** `stagegate status`: what version runs on each target, since when, what was before, and whether a rollout runs. */
export const statusCommand: CliCommand = {
  summary: 'show the version live on each target, the previous good one, and rollouts in progress',
  usage: 'stagegate status [--repo owner/name] [--plan .github/rollout.yml] [--json]   (GITHUB_TOKEN, GITHUB_API_URL)',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['repo', 'plan'], flags: ['json'] });
    const repo = openRepository(options['repo'], io);
    const targets = await resolveTargets(options['plan'], io, repo.store);
    const { statuses, requests } = await readStatus(repo.store, targets);
    if (options['json']) {
      io.stdout.write(`${JSON.stringify({ repository: repo.name, targets: statuses, requests }, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(textTable(['TARGET', 'VERSION', 'SINCE', 'PREVIOUS', 'ROLLOUT'], statuses.map((s) => [
      s.target, s.version ?? '-', s.since ?? '-', s.previous ?? '-', s.inProgress ? `in progress: ${s.rollingOut ?? ''}` : s.failing ? 'newest failed' : 'idle',
    ])));
    return 0;
  },
};
