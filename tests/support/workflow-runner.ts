/**
 * Runs a workflow file of this repository the way the runner would, as far as
 * our actions are concerned: jobs in `needs` order (matrix instances side by
 * side), each job with its own RUNNER_TEMP, each stagegate step as its dist
 * bundle in its own process, `with:` and `if:` evaluated from the earlier
 * jobs' and steps' outputs. Other actions (checkout, setup) are skipped; a
 * `run:` step runs only when it has an id (its outputs are read), else it is
 * skipped. The drift between a workflow and our actions is an error: an input
 * the action does not declare, an output read that the action does not declare
 * or did not set.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseOutputFile, runActionBundle, type ActionRun } from '@stagegate/testkit';
import { evaluateCondition, evaluateTemplate, type ExprScope } from './workflow-expressions.js';
import { listActions, resolveOwnAction, type LocalAction } from './workflow-files.js';

interface StepDoc { id?: string; name?: string; uses?: string; run?: string; if?: unknown; with?: Record<string, unknown>; env?: Record<string, unknown> }
interface JobDoc { needs?: string | string[]; if?: unknown; env?: Record<string, unknown>; outputs?: Record<string, string>; strategy?: { matrix?: Record<string, unknown[]> }; steps?: StepDoc[] }
interface WorkflowDoc { env?: Record<string, unknown>; on?: Record<string, { inputs?: Record<string, { default?: unknown }> } | null>; jobs: Record<string, JobDoc> }

/** One step as it ran (or did not). */
export interface StepRun {
  label: string;
  outcome: 'success' | 'failure' | 'skipped';
  /** The bundle's run, for our actions. */
  action?: { name: string; inputs: Record<string, string>; run: ActionRun };
  outputs: Record<string, string>;
}

/** One job (one matrix instance) as it ran. */
export interface JobRun {
  id: string;
  matrix?: Record<string, unknown>;
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRun[];
  runnerTemp: string;
}

/** How to run a workflow. */
export interface RunWorkflowOptions {
  file: string;
  runId: number;
  /** The triggering event: its name, workflow_dispatch inputs, the event payload. */
  event: { name: string; inputs?: Record<string, string>; payload?: Record<string, unknown> };
  /** The checkout every job works in. */
  workspace: string;
  /** Where the jobs' RUNNER_TEMPs are made. */
  tempRoot: string;
  /** Runner environment every step gets (GITHUB_API_URL, GITHUB_REPOSITORY…), plus the artifact service's for this run. */
  env: Record<string, string>;
  secrets: Record<string, string>;
  /** The github context beyond what the run gives (token, sha, actor). */
  github: { token: string; sha: string; actor: string; repository: string };
}

/** What a workflow run did: every job instance, in the order they ran. */
export interface WorkflowRun {
  jobs: JobRun[];
  /** Each job's result (a matrix job fails when one instance fails). */
  results: Record<string, string>;
  job(id: string): JobRun;
}

const actionsByPath = (): Map<string, LocalAction> => new Map(listActions().map((a) => [a.path, a]));

/** Jobs in an order where every job comes after its needs. */
function orderJobs(jobs: Record<string, JobDoc>): string[] {
  const done: string[] = [];
  const visit = (id: string, path: string[]): void => {
    if (done.includes(id)) return;
    if (path.includes(id)) throw new Error(`needs cycle: ${[...path, id].join(' → ')}`);
    for (const n of needsOf(jobs[id])) visit(n, [...path, id]);
    done.push(id);
  };
  Object.keys(jobs).forEach((id) => visit(id, []));
  return done;
}

const needsOf = (job: JobDoc | undefined): string[] => (job?.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** Every matrix combination (one empty one without a matrix). */
function expandMatrix(job: JobDoc): Array<Record<string, unknown> | undefined> {
  const m = job.strategy?.matrix;
  if (!m) return [undefined];
  return Object.entries(m).reduce<Array<Record<string, unknown>>>((acc, [k, values]) => acc.flatMap((a) => values.map((v) => ({ ...a, [k]: v }))), [{}]);
}

/** Outputs of one of our steps as the expressions see them: reading one the action does not declare or did not set throws. */
function guardOutputs(where: string, action: LocalAction, outputs: Record<string, string>): Record<string, string> {
  return new Proxy(outputs, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (key in target) return target[key];
      if (!(key in (action.meta.outputs ?? {}))) throw new Error(`drift: ${where} reads output '${key}', which ${action.path}/action.yml does not declare`);
      throw new Error(`drift: ${where} reads output '${key}', which ${action.path} declares but did not set`);
    },
  });
}

/** Runs the workflow; throws on drift between the workflow and our actions. */
export async function runWorkflow(o: RunWorkflowOptions): Promise<WorkflowRun> {
  const doc = parseYaml(readFileSync(o.file, 'utf8')) as WorkflowDoc;
  const actions = actionsByPath();
  const dispatch = doc.on?.['workflow_dispatch']?.inputs ?? {};
  const inputs = o.event.name === 'workflow_dispatch'
    ? { ...Object.fromEntries(Object.entries(dispatch).map(([k, d]) => [k, d.default ?? ''])), ...o.event.inputs }
    : {};
  const github = { ...o.github, event_name: o.event.name, event: o.event.payload ?? {}, run_id: String(o.runId), run_attempt: '1', server_url: 'https://github.com', workflow: basename(o.file) };
  const runs: JobRun[] = [];
  const results: Record<string, string> = {};
  const jobOutputs: Record<string, Record<string, string>> = {};

  const ancestors = (id: string): string[] => [...new Set(needsOf(doc.jobs[id]).flatMap((n) => [n, ...ancestors(n)]))];
  for (const jobId of orderJobs(doc.jobs)) {
    const job = doc.jobs[jobId] as JobDoc;
    const needs = Object.fromEntries(needsOf(job).map((n) => [n, { result: results[n], outputs: guardJobOutputs(jobId, n, doc.jobs[n] as JobDoc, jobOutputs[n] ?? {}) }]));
    const up = ancestors(jobId).map((a) => results[a]);
    const jobStatus = { success: () => up.every((r) => r === 'success'), failure: () => up.includes('failure'), cancelled: () => false };
    const base = { github, inputs, needs, vars: {}, secrets: o.secrets, env: {}, runner: { os: 'Linux', temp: '' } };
    if (!evaluateCondition(job.if, { contexts: { ...base, matrix: {} }, status: jobStatus })) {
      results[jobId] = 'skipped';
      runs.push({ id: jobId, result: 'skipped', outputs: {}, steps: [], runnerTemp: '' });
      continue;
    }
    const instances = await Promise.all(expandMatrix(job).map((matrix, i) => runJob(o, actions, jobId, job, doc, { ...base, matrix: matrix ?? {} }, matrix, i)));
    runs.push(...instances);
    results[jobId] = instances.some((r) => r.result === 'failure') ? 'failure' : 'success';
    jobOutputs[jobId] = instances.at(-1)?.outputs ?? {};
  }
  return {
    jobs: runs, results,
    job(id) {
      const found = runs.find((r) => r.id === id);
      if (!found) throw new Error(`no job ${id} in the workflow`);
      return found;
    },
  };
}

/** A need's outputs as `needs.x.outputs.y` sees them: an output the job does not declare is drift. */
function guardJobOutputs(reader: string, id: string, job: JobDoc, outputs: Record<string, string>): Record<string, string> {
  return new Proxy(outputs, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (!(key in (job.outputs ?? {}))) throw new Error(`drift: jobs.${reader} reads needs.${id}.outputs.${key}, which job ${id} does not declare`);
      return target[key] ?? '';
    },
  });
}

async function runJob(o: RunWorkflowOptions, actions: Map<string, LocalAction>, jobId: string, job: JobDoc, doc: WorkflowDoc, base: Record<string, unknown>, matrix: Record<string, unknown> | undefined, index: number): Promise<JobRun> {
  const runnerTemp = join(o.tempRoot, `${o.runId}-${jobId}-${index}`);
  mkdirSync(runnerTemp, { recursive: true });
  const steps: StepRun[] = [];
  const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  let failed = false;
  const stepStatus = { success: () => !failed, failure: () => failed, cancelled: () => false };
  const usesCount = new Map<string, number>();
  for (const [i, step] of (job.steps ?? []).entries()) {
    const where = `jobs.${jobId}.steps[${i}]${step.id ? ` (${step.id})` : ''}`;
    const scope: ExprScope = { contexts: { ...base, steps: stepsCtx, job: { status: failed ? 'failure' : 'success' }, runner: { os: 'Linux', temp: runnerTemp } }, status: stepStatus };
    const env = Object.fromEntries(Object.entries({ ...doc.env, ...job.env, ...step.env }).map(([k, v]) => [k, evaluateTemplate(v, scope)]));
    const record = (run: StepRun, outputs: Record<string, string>): void => {
      steps.push(run);
      if (run.outcome === 'failure') failed = true;
      if (step.id) stepsCtx[step.id] = { outputs, outcome: run.outcome, conclusion: run.outcome };
    };
    if (!evaluateCondition(step.if, scope)) {
      record({ label: where, outcome: 'skipped', outputs: {} }, {});
      continue;
    }
    const path = step.uses ? resolveOwnAction(step.uses) : undefined;
    if (step.uses && path === undefined) {
      record({ label: `${where} ${step.uses}: not ours, skipped`, outcome: 'skipped', outputs: {} }, {});
      continue;
    }
    const runnerEnv = { ...o.env, ...env, GITHUB_JOB: jobId, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: String(o.runId), GITHUB_EVENT_NAME: o.event.name, GITHUB_SHA: o.github.sha, GITHUB_ACTOR: o.github.actor };
    if (step.run !== undefined) {
      if (!step.id) {
        record({ label: `${where} run: skipped (no id, no outputs read)`, outcome: 'skipped', outputs: {} }, {});
        continue;
      }
      const outputFile = join(runnerTemp, `output-${i}`);
      writeFileSync(outputFile, '');
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluateTemplate(step.run, scope)], { cwd: o.workspace, env: { PATH: process.env.PATH ?? '', ...runnerEnv, GITHUB_OUTPUT: outputFile }, encoding: 'utf8', timeout: 10_000 });
      const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      record({ label: `${where} run`, outcome: r.status === 0 ? 'success' : 'failure', outputs }, outputs);
      continue;
    }
    const action = actions.get(path as string);
    if (!action) throw new Error(`drift: ${where} uses ${step.uses}, but there is no action.yml at ${path}`);
    const declared = action.meta.inputs ?? {};
    const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluateTemplate(v, scope)]));
    for (const k of Object.keys(given)) if (!(k in declared)) throw new Error(`drift: ${where} gives input '${k}', which ${action.path}/action.yml does not declare`);
    // The runner fills expression defaults (${{ github.token }}); runActionBundle fills the plain ones.
    const defaults = Object.fromEntries(Object.entries(declared).filter(([k, d]) => !(k in given) && typeof d.default === 'string' && d.default.includes('${{')).map(([k, d]) => [k, evaluateTemplate(d.default, scope)]));
    for (const [k, d] of Object.entries(declared)) if (d.required && d.default === undefined && !given[k]) throw new Error(`drift: ${where} leaves out required input '${k}' of ${action.path}`);
    const n = (usesCount.get(step.uses as string) ?? 0) + 1;
    usesCount.set(step.uses as string, n);
    const name = action.path === '' ? 'pipeline' : basename(action.path);
    const inputs = { ...defaults, ...given };
    const run = await runActionBundle(name, { inputs, workspace: o.workspace, timeoutMs: 60_000, env: { ...runnerEnv, GITHUB_ACTION: step.id ?? `__stagegate_stagegate${n > 1 ? `_${n}` : ''}` } });
    const outputs = guardOutputs(`${where} (${step.uses})`, action, run.outputs);
    record({ label: `${where} ${step.uses}`, outcome: run.code === 0 ? 'success' : 'failure', action: { name, inputs, run }, outputs: run.outputs }, outputs);
  }
  const result = failed ? 'failure' : 'success';
  const outScope: ExprScope = { contexts: { ...base, steps: stepsCtx }, status: stepStatus };
  const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, evaluateTemplate(v, outScope)]));
  return { id: jobId, ...(matrix ? { matrix } : {}), result, outputs, steps, runnerTemp };
}
