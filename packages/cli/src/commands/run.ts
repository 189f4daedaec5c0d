import { join, relative } from 'node:path';
import { assertSafeVersion, parseRequestBudgetMode, selectStages, type Plan, type RequestBudgetMode } from '@stagegate/core';
import { checkRequestBudget, type DeployLog, type RunInfo } from '@stagegate/deployer';
import { defaultAuditFile } from '@stagegate/notify';
import { renderTimeline, resolvePipelineRoutes, runPipeline, wireDryRun, wirePipeline, writeRunReports, type PipelineDeps, type PipelineEvent, type PipelineOptions } from '@stagegate/pipeline';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../io.js';
import { SIGNAL_EXIT_CODES } from '../process-io.js';
import { DEFAULT_PLAN, readPlanFile } from './plan-file.js';
import { stateDirOf } from './repository.js';
import { RunDeploymentsTracker, settleUnlessCancelled } from './run-cancel.js';
import { openRunTarget, runInfoFrom, type RunTarget } from './run-target.js';

/** How long a cancelled run may take to stop its commands and record their end before the CLI exits anyway. */
const CANCEL_GRACE_MS = 15_000;

/**
 * `stagegate run`: the pipeline outside GitHub Actions. With GITHUB_TOKEN the
 * state goes to the repository's Deployments API; without, to the local store
 * in .stagegate/ (a JSON file, locked against a second local run).
 */
export const runCommand: CliCommand = {
  summary: 'run a whole rollout from a laptop or another CI (state in GitHub with a token, else in .stagegate/)',
  usage: 'stagegate run --version V [--plan .github/rollout.yml] [--repo owner/name] [--ref SHA] [--start-at STAGE] [--only a,b] [--dry-run] [--state-dir .stagegate] [--request-budget refuse|wait|off]',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['version', 'plan', 'repo', 'start-at', 'only', 'state-dir', 'ref', 'request-budget'], flags: ['dry-run'] });
    const str = (name: string): string | undefined => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const version = str('version') ?? '';
    if (!version) throw new UsageError('--version is required (the version to roll out, e.g. --version v1.2.3)');
    const plan = readPlanFile(io.cwd, str('plan') ?? DEFAULT_PLAN);
    assertSafeVersion(version, plan['version-pattern'], 'version');
    const dryRun = options['dry-run'] === true;
    const budget = parseRequestBudgetMode(str('request-budget') ?? '', '--request-budget');
    const stateDir = stateDirOf(options['state-dir'], io);
    const target = openRunTarget({ io, plan, repoOption: str('repo'), stateDir, readOnly: dryRun });
    try {
      const run = runInfoFrom(io, str('ref'), target.local);
      const only = str('only')?.split(',').map((s) => s.trim()).filter(Boolean);
      const pipelineOptions: PipelineOptions = { version, startAt: str('start-at'), only };
      io.stdout.write(`stagegate run: ${plan.service} ${version}, state in ${target.where}${dryRun ? ' — dry run: nothing is deployed, probed, recorded or sent' : ''}\n`);
      if (dryRun) return await runDry(plan, pipelineOptions, target, run, io);
      return await runLive(plan, pipelineOptions, target, run, io, stateDir, budget);
    } finally {
      target.close();
    }
  },
};

/** The plan with every placeholder filled, through the dry-run wiring: writes nothing. */
async function runDry(plan: Plan, options: PipelineOptions, target: RunTarget, run: RunInfo, io: CliIo): Promise<number> {
  const routes = resolvePipelineRoutes(plan.notify, io.env, true, (m) => io.stderr.write(`warning: ${m}\n`));
  const deps = wireDryRun({ plan, store: target.store, run, routes, recordsTo: target.recordsTo, print: (l) => io.stdout.write(`${l}\n`) });
  const report = await runPipeline(plan, options, deps);
  io.stdout.write(`\ndry run: ${report.stages.length} stage${report.stages.length === 1 ? '' : 's'} planned (${report.stages.map((s) => s.stage).join(' → ')}); nothing was deployed, probed, recorded or sent\n`);
  return 0;
}

/** A real rollout; a SIGTERM/SIGINT stops it, marks what it left unfinished and exits 143/130. */
async function runLive(plan: Plan, options: PipelineOptions, target: RunTarget, run: RunInfo, io: CliIo, stateDir: string, budget: RequestBudgetMode): Promise<number> {
  // Token mode only: the local store has no rate limit.
  if (target.client) await checkRequestBudget({ client: target.client, plan, stages: selectStages(plan, options), mode: budget, lock: false, log: { info: (l) => io.stdout.write(`${l}\n`) }, signal: io.signal });
  const store = new RunDeploymentsTracker(target.store);
  const historyFile = join(target.local ? stateDir : join(io.cwd, '.stagegate'), 'history.jsonl');
  const env = { ...io.env, RUNNER_TEMP: target.local ? stateDir : io.env.RUNNER_TEMP };
  const routes = resolvePipelineRoutes(plan.notify, io.env, false, (m) => io.stderr.write(`warning: ${m}\n`));
  const log: DeployLog = { info: (l) => io.stdout.write(`  ${l}\n`), warning: (l) => io.stderr.write(`warning: ${l}\n`), startGroup: (n) => io.stdout.write(`  ▸ ${n}\n`), endGroup: () => {} };
  const wired = wirePipeline({ plan, store, routes, dryRun: false, historyFile, auditFile: defaultAuditFile(env), run, log, signal: io.signal });
  // A cancelled run is not waiting for a person, and did not pause: the orchestrator ends its stage
  // "paused", so no approval alert goes out and the final event says cancelled.
  const cancelled = (): string | undefined => (io.signal?.aborted ? String(io.signal.reason ?? 'cancelled') : undefined);
  const honest = (e: PipelineEvent): PipelineEvent | undefined => {
    const why = cancelled();
    if (!why) return e;
    if (e.kind === 'manual-approval-waiting') return undefined;
    return e.kind === 'pipeline-failed' ? { ...e, result: undefined, verdict: 'cancelled', reason: `result: cancelled (${why})` } : e;
  };
  const deps: PipelineDeps = {
    ...wired,
    notify: async (e) => {
      const told = honest(e);
      if (told) await wired.notify(told);
    },
    record: async (e) => {
      const kept = honest(e);
      if (kept) await wired.record(kept);
    },
  };
  const report = await settleUnlessCancelled(runPipeline(plan, options, deps), io.signal, CANCEL_GRACE_MS);
  if (io.signal?.aborted) {
    const why = String(io.signal.reason ?? 'cancelled');
    const { failed } = await store.markUnfinished(`cancelled: stagegate run got ${why}`, run.url);
    const marked = store.inError();
    const saved = target.local ? `state saved ${target.recordsTo.replace(/ \(local\)$/, '')}` : `records in ${target.where}`;
    io.stdout.write(`\nresult: cancelled (${why}): commands stopped; ${marked.length ? `${marked.length} deployment${marked.length === 1 ? '' : 's'} of this run marked error` : 'no deployment had started'}; ${saved}\n`);
    if (failed.length) io.stderr.write(`stagegate run: could not mark deployment${failed.length === 1 ? '' : 's'} ${failed.join(', ')} error; the next run's last-known-good lookup skips them (no final success)\n`);
    io.stdout.write(`next: check what each target runs with \`stagegate status\`, then run again, or roll back\n`);
    return SIGNAL_EXIT_CODES[why] ?? 1;
  }
  if (!report) throw new Error('the rollout ended without a report');
  // Beside the history, as the root action writes them: what runs where now, and after a rollback the incident report.
  const files = await writeRunReports({ plan, store: target.store, report, historyFile, runUrl: run.url, warn: (m) => io.stderr.write(`warning: ${m}\n`) });
  const shown = (f: string): string => relative(io.cwd, f) || f;
  io.stdout.write(`\nstatus file: ${shown(files.statusFile)}${files.incidentFile ? `\nincident report: ${shown(files.incidentFile)}` : ''}\n`);
  io.stdout.write(`\ntimeline:\n${renderTimeline(report).map((l) => `  ${l}`).join('\n')}\n\nresult: ${report.result}\n${report.headline}\n${report.nextStep.map((s) => `next: ${s}`).join('\n')}\n`);
  return report.result === 'succeeded' ? 0 : report.result === 'paused' ? 3 : report.result === 'frozen' || report.result === 'held' ? 4 : 1;
}
