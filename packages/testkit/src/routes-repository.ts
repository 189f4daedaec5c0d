/**
 * Repository-level endpoints: environments, commits, the repository itself and
 * /rate_limit, enough for the deployments store and `stagegate status`.
 */
import { errorResponse, notFound } from './github-errors.js';
import { paginate, type RouteContext, type RouteDefinition } from './route-table.js';
import type { RateLimiter } from './rate-limit.js';

const ENVIRONMENT = '/repos/{owner}/{repo}/environments/{environment_name}';

function names(ctx: RouteContext): { owner: string; repo: string } {
  return { owner: ctx.params['owner'] as string, repo: ctx.params['repo'] as string };
}

function listEnvironments(ctx: RouteContext) {
  const { owner, repo } = names(ctx);
  const r = ctx.state.repo(owner, repo);
  const all = [...r.environments.values()];
  const { items, headers } = paginate(ctx, all.length, (i) => all[i], `${ctx.apiUrl}/repositories/${r.id}/environments`);
  return { status: 200, body: { total_count: all.length, environments: items }, headers };
}

function putEnvironment(ctx: RouteContext) {
  const { owner, repo } = names(ctx);
  const name = ctx.params['environment_name'] as string;
  const env = ctx.state.ensureEnvironment(owner, repo, name);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  env.updated_at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (body['deployment_branch_policy'] !== undefined) env['deployment_branch_policy'] = body['deployment_branch_policy'];
  if (typeof body['wait_timer'] === 'number') {
    env['protection_rules'] = [{ id: ctx.state.newId(), node_id: `GA_${env.id}`, type: 'wait_timer', wait_timer: body['wait_timer'] }];
  }
  return { status: 200, body: env };
}

function getCommit(ctx: RouteContext) {
  const { owner, repo } = names(ctx);
  const ref = (ctx.params['ref'] as string).replace(/^refs\//, '').replace(/^(heads|tags)\//, '');
  const commits = ctx.state.repo(owner, repo).commits;
  let commit = commits.get(ref);
  // GitHub accepts an abbreviated sha (7+ hex digits).
  if (!commit && /^[0-9a-f]{7,39}$/i.test(ref)) commit = [...commits.values()].find((c) => c.sha.startsWith(ref.toLowerCase()));
  return commit ? { status: 200, body: commit } : errorResponse(422, `No commit found for SHA: ${ctx.params['ref']}`, ctx.spec.documentationUrl);
}

/** Builds the repository endpoints; /rate_limit reports the fake's own counters. */
export function repositoryRoutes(limiter: RateLimiter): RouteDefinition[] {
  return [
    { method: 'GET', route: '/repos/{owner}/{repo}/environments', permission: { scope: 'actions', level: 'read' }, handle: listEnvironments },
    {
      method: 'GET', route: ENVIRONMENT, permission: { scope: 'actions', level: 'read' },
      handle: (ctx) => {
        const { owner, repo } = names(ctx);
        const env = ctx.state.repo(owner, repo).environments.get(ctx.params['environment_name'] as string);
        return env ? { status: 200, body: env } : notFound(ctx.spec.documentationUrl);
      },
    },
    { method: 'PUT', route: ENVIRONMENT, permission: { scope: 'administration', level: 'write' }, handle: putEnvironment },
    { method: 'GET', route: '/repos/{owner}/{repo}/commits/{ref}', permission: { scope: 'contents', level: 'read' }, multiSegment: ['ref'], handle: getCommit },
    {
      method: 'GET', route: '/repos/{owner}/{repo}',
      handle: (ctx) => ({ status: 200, body: ctx.state.repo(names(ctx).owner, names(ctx).repo).repository }),
    },
    {
      method: 'GET', route: '/rate_limit',
      handle: () => {
        const core = limiter.snapshot();
        const fresh = { limit: 5000, remaining: 5000, reset: core.reset, used: 0 };
        return { status: 200, body: { resources: { core, search: { ...fresh, limit: 30, remaining: 30 }, graphql: fresh }, rate: core } };
      },
    },
  ];
}
