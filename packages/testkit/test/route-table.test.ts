import { getOctokit } from '@actions/github';
import { describe, expect, it } from 'vitest';
import { startFakeGitHub, type RouteDefinition } from '../src/index.js';

const artifacts: RouteDefinition = {
  method: 'GET',
  route: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  permission: { scope: 'actions', level: 'read' },
  handle: (ctx) => ({ status: 200, body: { total_count: 0, artifacts: [], run: ctx.params['run_id'] } }),
};

describe('route table extension point', () => {
  it('serves extra routes with the same auth, validation and logging', async () => {
    const fake = await startFakeGitHub({ routes: [artifacts], tokens: { t: {}, ro: { permissions: { deployments: 'read' } } } });
    try {
      const gh = getOctokit('t', { baseUrl: fake.url });
      const res = await gh.rest.actions.listWorkflowRunArtifacts({ owner: 'acme', repo: 'trading-api', run_id: 42 });
      expect(res.data.total_count).toBe(0);
      expect(fake.log.at(-1)?.operationId).toBe('actions/list-workflow-run-artifacts');
      const denied = await fetch(`${fake.url}/repos/acme/trading-api/actions/runs/42/artifacts`, { headers: { authorization: 'token ro' } });
      expect(denied.status).toBe(403);
      const badId = await fetch(`${fake.url}/repos/acme/trading-api/actions/runs/x/artifacts`, { headers: { authorization: 'token t' } });
      expect(badId.status).toBe(404);
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });

  it('refuses a route GitHub does not have', async () => {
    const bogus: RouteDefinition = { method: 'GET', route: '/repos/{owner}/{repo}/teleport', handle: () => ({ status: 200 }) };
    await expect(startFakeGitHub({ routes: [bogus] })).rejects.toThrow(/has no operation GET \/repos\/\{owner\}\/\{repo\}\/teleport/);
  });
});
