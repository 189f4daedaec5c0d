import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { allTargets, buildDeployStatus, describeOrigin, environmentFor, freezeEnvironmentsOf, parseHistoryLines, type HistoryEvent, type Plan } from '@stagegate/core';
import { discoverTargets, readFreezeInForce, readStatus, type DeploymentStore, type TargetRef } from '@stagegate/github';
import { parseArgs, type CliCommand, type CliIo } from '../io.js';
import { readPlanFile } from './plan-file.js';
import { openRepository, stateDirOf } from './repository.js';

/** A plain-text table for people: columns padded to their widest cell. */
export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}

/** The plan when --plan is given or .github/rollout.yml exists, else undefined. */
function readPlanOption(planOption: string | boolean | undefined, io: CliIo): Plan | undefined {
  const file = typeof planOption === 'string' ? planOption : '.github/rollout.yml';
  if (typeof planOption !== 'string' && !existsSync(resolve(io.cwd, file))) return undefined;
  return readPlanFile(io.cwd, file);
}

/** The plan's targets when --plan is given or .github/rollout.yml exists; else those seen in the newest deployments. */
export async function resolveTargets(planOption: string | boolean | undefined, io: CliIo, store: DeploymentStore, plan = readPlanOption(planOption, io)): Promise<TargetRef[]> {
  if (!plan) return discoverTargets(store);
  return allTargets(plan).map((target) => ({ target, environment: environmentFor(plan, target) }));
}

/** The history `stagegate run` keeps (`<state-dir>/history.jsonl`, or --history); none: the rollout's phase is unknown. */
function readLocalHistory(file: string, io: CliIo): HistoryEvent[] {
  if (!existsSync(file)) return [];
  try {
    return parseHistoryLines(readFileSync(file, 'utf8'), file);
  } catch (e) {
    io.stderr.write(`warning: ${(e as Error).message.split('\n')[0]}; the status shows no rollout phase\n`);
    return [];
  }
}

/** `stagegate status`: what version runs on each target, since when, what was before, and whether a rollout runs. */
export const statusCommand: CliCommand = {
  summary: 'show the version live on each target, the previous good one, and rollouts in progress',
  usage: 'stagegate status [--repo owner/name] [--plan .github/rollout.yml] [--state-dir .stagegate] [--history FILE] [--json] [--out deploy-status.json]   (GitHub with GITHUB_TOKEN, GITHUB_API_URL; else the local state)',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['repo', 'plan', 'state-dir', 'history', 'out'], flags: ['json'] });
    const repo = openRepository(options['repo'], io, options['state-dir']);
    const plan = readPlanOption(options['plan'], io);
    const targets = await resolveTargets(options['plan'], io, repo.store, plan);
    const { statuses } = await readStatus(repo.store, targets);
    const historyFile = typeof options['history'] === 'string' ? resolve(io.cwd, options['history']) : join(stateDirOf(options['state-dir'], io), 'history.jsonl');
    const frozen = await readFreezeInForce(repo.store, plan ? freezeEnvironmentsOf(plan) : ['production/freeze']);
    const file = buildDeployStatus({ now: new Date(), service: plan?.service, repository: repo.name, stages: plan?.stages, statuses, events: readLocalHistory(historyFile, io), frozen });
    const json = `${JSON.stringify(file, null, 2)}\n`;
    if (typeof options['out'] === 'string') {
      const out = resolve(io.cwd, options['out']);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, json);
    }
    if (options['json']) {
      io.stdout.write(json);
      return 0;
    }
    // The COLOR column only when some target is blue-green: a rolling plan's table stays as it was.
    const colored = statuses.some((s) => s.color);
    io.stdout.write(textTable(['TARGET', 'VERSION', ...(colored ? ['COLOR'] : []), 'SINCE', 'PREVIOUS', 'STATE', 'ROLLOUT', 'DEPLOYED BY'], statuses.map((s, i) => [
      s.target, s.version ?? '-', ...(colored ? [s.color ? `${s.color} (live)` : '-'] : []), s.since ?? '-', s.previous ?? '-', file.targets[i]?.state ?? 'idle', s.inProgress ? `in progress: ${s.rollingOut ?? ''}` : s.failing ? 'newest failed' : '-', describeOrigin(s) || '-',
    ])));
    if (file.frozen) io.stdout.write(`frozen since ${file.frozen.at} by ${file.frozen.actor}: ${file.frozen.reason} (stagegate thaw to lift)\n`);
    if (file.rollout) io.stdout.write(`rollout: ${file.rollout.version} ${file.rollout.state}${file.rollout.stage ? ` in ${file.rollout.stage}` : ''}${file.rollout.nextStage ? `; next stage ${file.rollout.nextStage}` : ''} (run ${file.rollout.run.id})\n`);
    return 0;
  },
};
