/**
 * Deployments and deployment statuses, with GitHub's defaults and rules:
 * newest first by id, auto_inactive on success, delete only when inactive.
 */
import { errorResponse, notFound } from './github-errors.js';
import type { Deployment } from './fake-objects.js';
import { paginate, type RouteContext, type RouteDefinition } from './route-table.js';

const DEPLOYMENTS = '/repos/{owner}/{repo}/deployments';
const DEPLOYMENT = `${DEPLOYMENTS}/{deployment_id}`;
const read = { scope: 'deployments', level: 'read' } as const;
const write = { scope: 'deployments', level: 'write' } as const;

function repoOf(ctx: RouteContext) {
  return ctx.state.repo(ctx.params['owner'] as string, ctx.params['repo'] as string);
}

function deploymentOf(ctx: RouteContext): Deployment | undefined {
  return repoOf(ctx).deploymentsById.get(Number(ctx.params['deployment_id']));
}

function linkBase(ctx: RouteContext): string {
  // GitHub's Link headers address the repository by id, not by owner/name.
  return `${ctx.apiUrl}/repositories/${repoOf(ctx).id}${ctx.pathname.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`;
}

function listDeployments(ctx: RouteContext) {
  const r = repoOf(ctx);
  const { sha, ref, task, environment } = ctx.query as Record<string, string | undefined>;
  // The environment index keeps the common query ("latest deployments of production/lhr") O(page).
  const source = environment !== undefined ? (r.deploymentsByEnvironment.get(environment) ?? []) : r.deployments;
  const filtered = sha !== undefined || ref !== undefined || task !== undefined
    ? source.filter((d) => (sha === undefined || d.sha === sha) && (ref === undefined || d.ref === ref) && (task === undefined || d.task === task))
    : source;
  const { items, headers } = paginate(ctx, filtered.length, (i) => filtered[filtered.length - 1 - i], linkBase(ctx));
  return { status: 200, body: items, headers };
}

function createDeployment(ctx: RouteContext) {
  const body = ctx.body as Record<string, unknown>;
  const { owner, repo } = ctx.params as { owner: string; repo: string };
  const ref = body['ref'] as string;
  if (ref.trim() === '') return errorResponse(422, `No ref found for: ${ref}`, ctx.spec.documentationUrl);
  const contexts = body['required_contexts'] as string[] | undefined;
  // The fake records no commit statuses, so named required contexts can never pass, as on GitHub.
  if (contexts && contexts.length > 0) {
    return errorResponse(409, `Conflict: Commit status checks failed for ${ref}.`, ctx.spec.documentationUrl, {
      errors: [{ contexts: contexts.map((c) => ({ context: c, state: 'missing' })), resource: 'Deployment', field: 'required_contexts', code: 'invalid' }],
    });
  }
  const environment = (body['environment'] as string | undefined) ?? 'production';
  let payload = body['payload'] as Record<string, unknown> | string | undefined;
  if (typeof payload === 'string') {
    // GitHub stores a JSON string payload as the object it encodes.
    try {
      const parsed: unknown = JSON.parse(payload);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
    } catch { /* a non-JSON string stays a string */ }
  }
  const deployment = ctx.state.seedDeployment(owner, repo, {
    environment, ref, task: (body['task'] as string | undefined) ?? 'deploy', payload: payload === '' ? {} : payload ?? {},
    description: (body['description'] as string | undefined) ?? null,
    transient: (body['transient_environment'] as boolean | undefined) ?? false,
    production: (body['production_environment'] as boolean | undefined) ?? environment === 'production',
  });
  return { status: 201, body: deployment };
}

function deleteDeployment(ctx: RouteContext) {
  const r = repoOf(ctx);
  const deployment = deploymentOf(ctx);
  if (!deployment) return notFound(ctx.spec.documentationUrl);
  const siblings = r.deploymentsByEnvironment.get(deployment.environment)?.length ?? 0;
  const active = r.statuses.get(deployment.id)?.at(-1)?.state === 'success';
  if (active && siblings > 1) {
    return errorResponse(422, 'We cannot delete an active deployment unless it is the only deployment in a given environment.', ctx.spec.documentationUrl);
  }
  ctx.state.deleteDeployment(r.owner, r.repo, deployment.id);
  return { status: 204 };
}

/** GitHub's uri rule for status links: empty, or a scheme and no whitespace (as the response schema checks). */
const URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

/** The 422 GitHub answers to status links that are not URLs; undefined when all are fine. */
function rejectLinks(body: Record<string, unknown>, docs: string) {
  const bad = ['log_url', 'target_url', 'environment_url'].filter((f) => typeof body[f] === 'string' && body[f] !== '' && !URI.test(body[f] as string));
  if (bad.length === 0) return undefined;
  return errorResponse(422, 'Validation Failed', docs, {
    errors: bad.map((field) => ({ resource: 'DeploymentStatus', code: 'custom', field, message: `${field} must be a valid URL, got ${JSON.stringify(body[field])}` })),
  });
}

function createStatus(ctx: RouteContext) {
  const r = repoOf(ctx);
  const deployment = deploymentOf(ctx);
  if (!deployment) return notFound(ctx.spec.documentationUrl);
  const body = ctx.body as Record<string, string | boolean | undefined>;
  const rejected = rejectLinks(body, ctx.spec.documentationUrl);
  if (rejected) return rejected;
  const status = ctx.state.addStatus(r.owner, r.repo, deployment, {
    state: body['state'] as string,
    description: body['description'] as string | undefined,
    // log_url supersedes the older target_url; GitHub mirrors one into the other.
    log_url: (body['log_url'] ?? body['target_url']) as string | undefined,
    environment_url: body['environment_url'] as string | undefined,
    environment: body['environment'] as string | undefined,
  }, body['auto_inactive'] !== false);
  return { status: 201, body: status, headers: { location: status.url } };
}

function listStatuses(ctx: RouteContext) {
  const deployment = deploymentOf(ctx);
  if (!deployment) return notFound(ctx.spec.documentationUrl);
  const list = repoOf(ctx).statuses.get(deployment.id) ?? [];
  const { items, headers } = paginate(ctx, list.length, (i) => list[list.length - 1 - i], linkBase(ctx));
  return { status: 200, body: items, headers };
}

function getStatus(ctx: RouteContext) {
  const deployment = deploymentOf(ctx);
  const id = Number(ctx.params['status_id']);
  const status = deployment ? repoOf(ctx).statuses.get(deployment.id)?.find((s) => s.id === id) : undefined;
  return status ? { status: 200, body: status } : notFound(ctx.spec.documentationUrl);
}

/** The deployment endpoints of the fake. */
export const deploymentRoutes: RouteDefinition[] = [
  { method: 'GET', route: DEPLOYMENTS, permission: read, handle: listDeployments },
  { method: 'POST', route: DEPLOYMENTS, permission: write, handle: createDeployment },
  {
    method: 'GET', route: DEPLOYMENT, permission: read,
    handle: (ctx) => { const d = deploymentOf(ctx); return d ? { status: 200, body: d } : notFound(ctx.spec.documentationUrl); },
  },
  { method: 'DELETE', route: DEPLOYMENT, permission: write, handle: deleteDeployment },
  { method: 'GET', route: `${DEPLOYMENT}/statuses`, permission: read, handle: listStatuses },
  { method: 'POST', route: `${DEPLOYMENT}/statuses`, permission: write, handle: createStatus },
  { method: 'GET', route: `${DEPLOYMENT}/statuses/{status_id}`, permission: read, handle: getStatus },
];
