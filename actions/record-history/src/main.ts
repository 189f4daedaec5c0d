import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseChoiceInput, parseIntegerInput, readRunContext, runMain } from '@stagegate/action-kit';
import { allTargets, ConfigError, defaultHistoryFile, describeEventProblem, environmentFor, freezeEnvironmentsOf, parseWindow, type HistoryEvent, type Plan } from '@stagegate/core';
import type { TargetRef } from '@stagegate/github';

/** The I/O shell of record-history: inputs → recordHistory and the views → outputs and summary. */
export async function main(): Promise<void> {
  await runMain(run, core);
}

async function run(): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  if (!token) throw new ConfigError([{ path: 'input token', message: 'expected a token with deployments: read and actions: read (default ${{ github.token }})' }]);
  const ctx = readRunContext(process.env, core.getInput('repository') || undefined);
  const retention = parseIntegerInput('retention-days', core.getInput('retention-days'), 0, { min: 0, max: 90 });
  const previousRun = core.getInput('previous-run').trim() || 'auto';
  if (!/^(auto|none|\d+)$/.test(previousRun)) throw new ConfigError([{ path: 'input previous-run', message: `expected auto, none or a run id; got ${JSON.stringify(previousRun)}` }]);
  const windowMs = parseWindow(core.getInput('dora-window') || '30d', 'input dora-window');
  const prefix = core.getInput('artifact-name').trim() || 'stagegate-history';
  if (!/^[A-Za-z0-9._-]+$/.test(prefix)) throw new ConfigError([{ path: 'input artifact-name', message: `expected letters, digits, . _ -; got ${JSON.stringify(prefix)}` }]);
  const journalPrefix = core.getInput('journal-prefix').trim() || 'stagegate-journal';
  if (!/^[A-Za-z0-9._-]+$/.test(journalPrefix)) throw new ConfigError([{ path: 'input journal-prefix', message: `expected letters, digits, . _ -; got ${JSON.stringify(journalPrefix)}` }]);
  const onArtifactError = parseChoiceInput('on-artifact-error', core.getInput('on-artifact-error'), ['warn', 'fail'] as const, 'warn');
  const extraEvents = parseEventsInput(core.getInput('events'));
  const historyFile = core.getInput('history-file').trim() || defaultHistoryFile(process.env);
  // Loaded once the inputs are known to be usable: the GitHub client and the plan parser are most of the start-up.
  const [{ createGitHubClient, DeploymentStore, discoverTargets, listDeploymentFacts, readDora, readFreezeInForce, readHistory, readStatus }, { createArtifactHistory }, { recordHistory }, { createStatusAttacher, STATUS_FILE_NAME }, { renderSummary }, { loadPlanInput }] = await Promise.all([
    import('@stagegate/github'), import('./artifact-history.js'), import('./record.js'), import('./status-attachments.js'), import('./summary.js'), import('@stagegate/action-kit'),
  ]);
  const plan = readPlan(core.getInput('plan'), ctx.workspace, loadPlanInput);
  const targets = plan && allTargets(plan).map((target): TargetRef => ({ target, environment: environmentFor(plan, target) }));

  const client = createGitHubClient({ token, baseUrl: ctx.apiUrl, onWait: core.info });
  const store = new DeploymentStore(client, { owner: ctx.owner, repo: ctx.repo });
  const temp = process.env.RUNNER_TEMP || ctx.workspace;
  const attacher = createStatusAttacher({
    readStatuses: async () => (await readStatus(store, targets ?? (await discoverTargets(store)))).statuses,
    readFrozen: () => readFreezeInForce(store, plan ? freezeEnvironmentsOf(plan) : ['production/freeze']),
    plan, repository: `${ctx.owner}/${ctx.repo}`, historyDir: dirname(historyFile), warn: core.warning,
  });
  const recorded = await recordHistory({
    run: { id: ctx.runId, attempt: ctx.runAttempt }, historyFile, extraEvents, artifactPrefix: prefix, journalPrefix, retentionDays: retention || undefined, previousRun,
    stagingDir: join(temp, 'stagegate', `upload-${ctx.runId}-${ctx.runAttempt}`),
  }, {
    // Without the runtime token (act, a container without the runner's env) there is no artifact service at all.
    artifacts: process.env.ACTIONS_RUNTIME_TOKEN
      ? createArtifactHistory({ owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, token, workDir: temp })
      : { unavailable: 'no ACTIONS_RUNTIME_TOKEN in the environment' },
    findPreviousRun: async () => (await listDeploymentFacts(store, { maxPages: 1, limit: 1, keep: (f) => f.runId !== ctx.runId })).facts[0]?.runId,
    log: core.info,
    // A Deployments read that fails here is retried below (and fails the step there, as before).
    attach: attacher.attach,
  });
  core.setOutput('status-file', recorded.attached.find((f) => f.endsWith(STATUS_FILE_NAME)) ?? '');
  core.setOutput('incident-files', JSON.stringify(recorded.attached.filter((f) => !f.endsWith(STATUS_FILE_NAME))));
  for (const s of recorded.skipped) core.warning(`record-history: ${s}`);
  core.setOutput('artifact-id', recorded.artifactId === undefined ? '' : String(recorded.artifactId));
  core.setOutput('artifact-name', recorded.artifactName);
  core.setOutput('event-count', String(recorded.eventCount));
  core.setOutput('run-event-count', String(recorded.runEventCount));

  const now = new Date();
  const statuses = attacher.statuses() ?? (await readStatus(store, targets ?? (await discoverTargets(store)))).statuses;
  core.setOutput('status', JSON.stringify(statuses));
  const recent = await readHistory(store, {}, 1, 10);
  const dora = await readDora(store, client, { windowMs, now, maxCommitLookups: 30 });
  core.setOutput('dora', JSON.stringify(dora.report));
  const skippedNote = recorded.skipped.map((s) => `> **Warning:** ${s}\n`).join('\n');
  await core.summary.addRaw(skippedNote + renderSummary({ statuses, recent: recent.rows, windowFacts: dora.facts, dora: dora.report, now }), true).write();
  if (onArtifactError === 'fail' && recorded.skipped.length > 0) core.setFailed(`record-history: ${recorded.skipped[0]} (on-artifact-error: fail; status and DORA were still reported)`);
}

/** The plan input, or .github/rollout.yml when present; undefined: the targets are read from the deployments. */
function readPlan(planInput: string, workspace: string, loadPlanInput: (value: string, workspace: string) => Plan): Plan | undefined {
  if (!planInput.trim() && !existsSync(resolve(workspace, '.github/rollout.yml'))) return undefined;
  return loadPlanInput(planInput, workspace);
}

/** The `events` input: JSONL or a JSON array; every bad event is named. */
function parseEventsInput(text: string): HistoryEvent[] {
  const t = text.trim();
  if (!t) return [];
  let values: unknown[];
  try {
    values = t.startsWith('[') ? (JSON.parse(t) as unknown[]) : t.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  } catch (e) {
    throw new ConfigError([{ path: 'input events', message: `expected JSONL or a JSON array of events; ${(e as Error).message}` }]);
  }
  const problems = values.flatMap((v, i) => {
    const p = describeEventProblem(v);
    return p ? [{ path: `input events[${i}]`, message: p }] : [];
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return values as HistoryEvent[];
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };
