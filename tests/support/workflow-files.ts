import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '@stagegate/testkit';

/** An action of this repository: where its action.yml is and what it declares. */
export interface LocalAction {
  /** `uses:` path relative to the repo root: '' for the root action, 'actions/run-stage' … */
  path: string;
  file: string;
  meta: { name?: string; description?: string; inputs?: Record<string, { description?: string; required?: boolean; default?: string }>; outputs?: Record<string, { description?: string }>; runs?: { using?: string; main?: string } };
}

/** Every action.yml of the repository: the root one and actions/*. */
export function listActions(): LocalAction[] {
  const dirs = ['', ...readdirSync(join(REPO_ROOT, 'actions')).filter((d) => existsSync(join(REPO_ROOT, 'actions', d, 'action.yml'))).map((d) => `actions/${d}`)];
  return dirs
    .filter((d) => existsSync(join(REPO_ROOT, d, 'action.yml')))
    .map((d) => {
      const file = join(REPO_ROOT, d, 'action.yml');
      return { path: d, file, meta: parseYaml(readFileSync(file, 'utf8')) };
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
