import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '@stagegate/testkit';

/** An action of this repository: where its action.yml is and what it declares. */
export interface LocalAction {
  /** `uses:` path relative to the repo root: '' for the root action, 'actions/run-stage' … */
  path: string;
  file: string;
  meta: { name?: string; description?: string; inputs?: Record<string, { description?: string; required?: boolean; default?: string }>; outputs?: Record<string, { description?: string }>; runs?: { using?: string; main?: string } };
  /** Why the file is not YAML at all, when it is not (its meta is then empty). */
  yamlError?: string;
}

/** Every action.yml of the repository: the root one and actions/*. */
export function listActions(): LocalAction[] {
  const dirs = ['', ...readdirSync(join(REPO_ROOT, 'actions')).filter((d) => existsSync(join(REPO_ROOT, 'actions', d, 'action.yml'))).map((d) => `actions/${d}`)];
  return dirs
    .filter((d) => existsSync(join(REPO_ROOT, d, 'action.yml')))
    .map((d) => {
      const file = join(REPO_ROOT, d, 'action.yml');
      // One unreadable action.yml must not hide every other action's checks: keep the error to report.
      try {
        return { path: d, file, meta: parseYaml(readFileSync(file, 'utf8')) };
      } catch (e) {
        return { path: d, file, meta: {}, yamlError: (e as Error).message.split('\n')[0] };
      }
    });
}

/** Errors GitHub's own parser finds in an action.yml. */
export function actionFileErrors(file: string): string[] {
  const r = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  return r.context.errors.getErrors().map((e) => e.message);
}

/** Errors GitHub's own parser finds in a workflow file. */
export function workflowFileErrors(file: string): string[] {
  const r = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  return r.context.errors.getErrors().map((e) => e.message);
}

/**
 * Errors of GitHub's parser plus those only its converter finds (a `needs:` naming
 * no job, a cycle, a bad matrix): parseWorkflow alone accepts those.
 */
export async function workflowConvertErrors(file: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  if (!parsed.value) return parsed.context.errors.getErrors().map((e) => e.message);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...new Set([...parsed.context.errors.getErrors().map((e) => e.message), ...(template.errors ?? []).map((e) => e.Message)])];
}

/** A step of a workflow file, as YAML gives it. */
interface WorkflowStep { id?: string; uses?: string; run?: string; if?: unknown; with?: Record<string, unknown>; env?: Record<string, unknown> }
/** The parts of a workflow file the checks below read. */
interface WorkflowDoc { permissions?: unknown; jobs?: Record<string, { permissions?: unknown; uses?: string; with?: Record<string, unknown>; outputs?: Record<string, unknown>; steps?: WorkflowStep[] }> }

/** Reads a workflow file as plain YAML (after GitHub's parser has accepted it). */
function readWorkflowDoc(file: string): WorkflowDoc {
  return (parseYaml(readFileSync(file, 'utf8')) ?? {}) as WorkflowDoc;
}

/**
 * The repo-relative folder a `uses:` of ours names, or undefined when it is someone
 * else's action. Users write `stagegate/stagegate[/actions/<name>]@ref`; this
 * repository's own workflows may write `./` or `./actions/<name>`.
 */
export function resolveOwnAction(uses: string): string | undefined {
  if (uses.startsWith('./')) {
    // Only the root and actions/* are ours; another local action (./.github/…) is not checked here.
    const path = uses.slice(2).replace(/\/$/, '');
    return path === '' || path.startsWith('actions/') ? path : undefined;
  }
  const m = /^stagegate\/stagegate(?:\/(.+?))?@[^@]+$/.exec(uses);
  if (!m) return undefined;
  return (m[1] ?? '').replace(/\/$/, '');
}

/**
 * Problems in the `uses:` steps of ours in a workflow file: an action that does not
 * exist, a `with:` key it does not declare, a required input (required, no default)
 * left out, a secret written inline into `with:` instead of through env.
 */
export function checkActionUses(file: string, actions: LocalAction[] = listActions()): string[] {
  const problems: string[] = [];
  const byPath = new Map(actions.map((a) => [a.path, a]));
  for (const [jobId, job] of Object.entries(readWorkflowDoc(file).jobs ?? {})) {
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `jobs.${jobId}.steps[${i}]`;
      for (const [key, value] of Object.entries(step.with ?? {})) {
        // A secret in `with:` of a third-party action is that action's business; ours take them through env.
        if (typeof value === 'string' && /\$\{\{[^}]*\bsecrets\./.test(value) && step.uses && resolveOwnAction(step.uses) !== undefined) {
          problems.push(`${where}: with.${key} passes a secret inline; pass it through env`);
        }
      }
      if (!step.uses) continue;
      const path = resolveOwnAction(step.uses);
      if (path === undefined) continue;
      const action = byPath.get(path);
      if (!action) {
        problems.push(`${where}: uses ${step.uses}, but there is no action.yml at '${path || '.'}'`);
        continue;
      }
      if (action.yamlError) {
        problems.push(`${where}: ${step.uses}: its action.yml is not valid YAML (${action.yamlError})`);
        continue;
      }
      const inputs = action.meta.inputs ?? {};
      const given = Object.keys(step.with ?? {});
      for (const key of given) if (!(key in inputs)) problems.push(`${where}: ${step.uses} declares no input '${key}'`);
      for (const [name, def] of Object.entries(inputs)) {
        if (def.required === true && def.default === undefined && !given.includes(name)) problems.push(`${where}: ${step.uses} needs input '${name}'`);
      }
    }
  }
  return problems;
}

/** Whether a `permissions:` value grants write on everything. */
function isWriteAll(p: unknown): boolean {
  return p === 'write-all' || (typeof p === 'object' && p !== null && Object.values(p).includes('write-all'));
}

/**
 * Problems with a workflow's token permissions: a job whose permissions are left to
 * the repository default (neither top-level nor its own), or any `write-all`.
 */
export function checkPermissions(file: string): string[] {
  const doc = readWorkflowDoc(file);
  const problems: string[] = [];
  if (isWriteAll(doc.permissions)) problems.push('permissions: write-all at the top level');
  for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
    if (isWriteAll(job.permissions)) problems.push(`jobs.${jobId}: permissions write-all`);
    if (doc.permissions === undefined && job.permissions === undefined) problems.push(`jobs.${jobId}: no permissions declared (top-level or per job)`);
  }
  return problems;
}

/**
 * Outputs a workflow reads from our steps (`steps.<id>.outputs.<name>`, in `with:`,
 * `env:`, `if:` and job `outputs:`) that the step's action does not declare.
 * Outputs of `run:` steps and of other people's actions are theirs to define.
 */
export function checkOutputsRead(file: string, actions: LocalAction[] = listActions()): string[] {
  const problems: string[] = [];
  const byPath = new Map(actions.map((a) => [a.path, a]));
  for (const [jobId, job] of Object.entries(readWorkflowDoc(file).jobs ?? {})) {
    const steps = job.steps ?? [];
    const texts = [...steps.flatMap((st, i) => [st.with, st.env, { if: st.if }].flatMap((o) => Object.values(o ?? {})).map((v) => ({ where: `jobs.${jobId}.steps[${i}]`, v }))),
      ...Object.values(job.outputs ?? {}).map((v) => ({ where: `jobs.${jobId}.outputs`, v }))];
    for (const { where, v } of texts) {
      for (const m of String(v ?? '').matchAll(/\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
        const [, id, name] = m as unknown as [string, string, string];
        const step = steps.find((st) => st.id === id);
        if (!step) { problems.push(`${where}: reads steps.${id}.outputs.${name}, but job ${jobId} has no step with id ${id}`); continue; }
        const path = step.uses ? resolveOwnAction(step.uses) : undefined;
        const action = path === undefined ? undefined : byPath.get(path);
        if (action && !(name in (action.meta.outputs ?? {}))) problems.push(`${where}: reads steps.${id}.outputs.${name}, which ${step.uses} does not declare`);
      }
    }
  }
  return problems;
}
