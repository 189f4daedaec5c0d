import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { allTargets, describeOrigin, environmentFor } from '@stagegate/core';
import { discoverTargets, readStatus, type DeploymentStore, type TargetRef } from '@stagegate/github';
import { parseArgs, type CliCommand, type CliIo } from '../io.js';
import { readPlanFile } from './plan-file.js';
import { openRepository } from './repository.js';

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
  const plan = readPlanFile(io.cwd, file);
  return allTargets(plan).map((target) => ({ target, environment: environmentFor(plan, target) }));
}

/** `stagegate status`: what version runs on each target, since when, what was before, and whether a rollout runs. */
export const statusCommand: CliCommand = {
  summary: 'show the version live on each target, the previous good one, and rollouts in progress',
  usage: 'stagegate status [--repo owner/name] [--plan .github/rollout.yml] [--state-dir .stagegate] [--json]   (GitHub with GITHUB_TOKEN, GITHUB_API_URL; else the local state)',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['repo', 'plan', 'state-dir'], flags: ['json'] });
    const repo = openRepository(options['repo'], io, options['state-dir']);
    const targets = await resolveTargets(options['plan'], io, repo.store);
    const { statuses, requests } = await readStatus(repo.store, targets);
    if (options['json']) {
      io.stdout.write(`${JSON.stringify({ repository: repo.name, targets: statuses, requests }, null, 2)}\n`);
      return 0;
    }
    // The COLOR column only when some target is blue-green: a rolling plan's table stays as it was.
    const colored = statuses.some((s) => s.color);
    io.stdout.write(textTable(['TARGET', 'VERSION', ...(colored ? ['COLOR'] : []), 'SINCE', 'PREVIOUS', 'ROLLOUT', 'DEPLOYED BY'], statuses.map((s) => [
      s.target, s.version ?? '-', ...(colored ? [s.color ? `${s.color} (live)` : '-'] : []), s.since ?? '-', s.previous ?? '-', s.inProgress ? `in progress: ${s.rollingOut ?? ''}` : s.failing ? 'newest failed' : 'idle', describeOrigin(s) || '-',
    ])));
    return 0;
  },
};
