/**
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}: enough of workflow runs for
 * a client to ask whether another run is still going (the rollout lock does,
 * to take over a lock whose run ended without releasing it). Tests say which
 * runs exist and their status with {@link setWorkflowRun}; others are 404.
 */
import { notFound } from './github-errors.js';
import type { FakeState } from './fake-state.js';
import type { RouteDefinition } from './route-table.js';

/** What a test says about a run. */
export interface WorkflowRunSeed {
  status: 'queued' | 'in_progress' | 'completed';
  /** For a completed run; default success. */
  conclusion?: 'success' | 'failure' | 'cancelled' | 'timed_out';
  headSha?: string;
}

const runsByState = new WeakMap<FakeState, Map<string, WorkflowRunSeed>>();

function runsOf(state: FakeState): Map<string, WorkflowRunSeed> {
  let runs = runsByState.get(state);
  if (!runs) runsByState.set(state, (runs = new Map()));
  return runs;
}

/** Declares (or updates) a workflow run the fake will answer for. */
export function setWorkflowRun(state: FakeState, owner: string, repo: string, runId: number, seed: WorkflowRunSeed): void {
  runsOf(state).set(`${owner}/${repo}#${runId}`.toLowerCase(), seed);
}

function toJson(state: FakeState, owner: string, repo: string, id: number, seed: WorkflowRunSeed): Record<string, unknown> {
  const r = state.repo(owner, repo);
  const api = `${state.apiUrl}/repos/${owner}/${repo}`;
  const url = `${api}/actions/runs/${id}`;
  const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { owner: _o, ...minimal } = r.repository;
  const repository = { ...minimal, owner: r.repository['owner'] };
  return {
    id, node_id: `WFR_${id}`, name: 'deploy', head_branch: 'main', run_number: id, display_title: 'deploy', event: 'push',
    status: seed.status, conclusion: seed.status === 'completed' ? (seed.conclusion ?? 'success') : null,
    head_sha: seed.headSha ?? 'a'.repeat(40), path: '.github/workflows/deploy.yml', workflow_id: 1, url,
    html_url: `https://github.com/${owner}/${repo}/actions/runs/${id}`, created_at: at, updated_at: at, run_attempt: 1,
    head_commit: null, head_repository: repository, repository, jobs_url: `${url}/jobs`, logs_url: `${url}/logs`,
    check_suite_url: `${api}/check-suites/${id}`, cancel_url: `${url}/cancel`, rerun_url: `${url}/rerun`,
    artifacts_url: `${url}/artifacts`, workflow_url: `${api}/actions/workflows/1`, pull_requests: [],
  };
}

/** The workflow-run endpoint of the fake. */
export const workflowRunRoutes: RouteDefinition[] = [
  {
    method: 'GET', route: '/repos/{owner}/{repo}/actions/runs/{run_id}', permission: { scope: 'actions', level: 'read' },
    handle: (ctx) => {
      const { owner, repo } = ctx.params as { owner: string; repo: string };
      const id = Number(ctx.params['run_id']);
      const seed = runsOf(ctx.state).get(`${owner}/${repo}#${id}`.toLowerCase());
      return seed ? { status: 200, body: toJson(ctx.state, owner, repo, id, seed) } : notFound(ctx.spec.documentationUrl);
    },
  },
];
