/**
 * The REST side of workflow-run artifacts: listings and the zip download
 * (302 to a signed blob URL), which is how @actions/artifact downloads an
 * artifact of another run.
 */
import { errorResponse, notFound } from '../github-errors.js';
import { paginate, type RouteContext, type RouteDefinition } from '../route-table.js';
import { artifactStoreOf, type FakeArtifact } from './artifact-store.js';

const read = { scope: 'actions', level: 'read' } as const;
const ARTIFACTS = '/repos/{owner}/{repo}/actions/artifacts';

function toJson(ctx: RouteContext, a: FakeArtifact) {
  const repo = ctx.state.repo(a.run.owner, a.run.repo);
  const url = `${ctx.apiUrl}/repos/${a.run.owner}/${a.run.repo}/actions/artifacts/${a.id}`;
  return {
    id: a.id, node_id: `MDg6QXJ0aWZhY3Q${a.id}`, name: a.name, size_in_bytes: a.size, url, archive_download_url: `${url}/zip`,
    expired: Date.parse(a.expiresAt) < Date.now(), created_at: a.createdAt, expires_at: a.expiresAt, updated_at: a.createdAt,
    ...(a.digest ? { digest: a.digest } : {}),
    workflow_run: { id: a.run.runId, repository_id: repo.id, head_repository_id: repo.id, head_branch: 'main', head_sha: a.run.headSha },
  };
}

function list(ctx: RouteContext, runId?: number) {
  const { owner, repo } = ctx.params as { owner: string; repo: string };
  const name = ctx.query['name'] as string | undefined;
  const all = artifactStoreOf(ctx.state).listFor(owner, repo, { runId, name });
  // Newest first, as GitHub lists them.
  const { items, headers } = paginate(ctx, all.length, (i) => toJson(ctx, all[all.length - 1 - i] as FakeArtifact), `${ctx.apiUrl}${ctx.pathname}`);
  return { status: 200, body: { total_count: all.length, artifacts: items }, headers };
}

function find(ctx: RouteContext): FakeArtifact | undefined {
  const { owner, repo } = ctx.params as { owner: string; repo: string };
  return artifactStoreOf(ctx.state).listFor(owner, repo).find((a) => a.id === Number(ctx.params['artifact_id']));
}

/** The artifact endpoints of the fake. */
export const artifactRoutes: RouteDefinition[] = [
  { method: 'GET', route: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', permission: read, handle: (ctx) => list(ctx, Number(ctx.params['run_id'])) },
  { method: 'GET', route: ARTIFACTS, permission: read, handle: (ctx) => list(ctx) },
  {
    method: 'GET', route: `${ARTIFACTS}/{artifact_id}`, permission: read,
    handle: (ctx) => { const a = find(ctx); return a ? { status: 200, body: toJson(ctx, a) } : notFound(ctx.spec.documentationUrl); },
  },
  {
    method: 'GET', route: `${ARTIFACTS}/{artifact_id}/{archive_format}`, permission: read,
    handle: (ctx) => {
      const a = find(ctx);
      if (!a || ctx.params['archive_format'] !== 'zip') return notFound(ctx.spec.documentationUrl);
      if (Date.parse(a.expiresAt) < Date.now()) return errorResponse(410, 'Artifact has expired', ctx.spec.documentationUrl);
      return { status: 302, headers: { location: artifactStoreOf(ctx.state).signedUrl(a.blobName, 'r') } };
    },
  },
];
