import { createGitHubClient, DeploymentStore, type DeploymentPayload } from '@stagegate/github';
import type { FakeGitHub } from '@stagegate/testkit';

export const REPO = { owner: 'acme', repo: 'trading-api' };
export const SHA = 'a'.repeat(40);

/** A store on the fake, with fast backoff so retry tests do not sleep for long. */
export function storeOn(fake: FakeGitHub, token = 'test-token'): DeploymentStore {
  return new DeploymentStore(createGitHubClient({ token, baseUrl: fake.url, backoffBaseMs: 5, retries: 3 }), REPO);
}

/** A payload as run-stage writes it. */
export function payload(version: string, target = 'lhr', extra: Partial<DeploymentPayload> = {}): DeploymentPayload {
  return { tool: 'stagegate', service: 'trading-api', version, stage: 'canary', target, plan: 'abc123', run: { id: '1', attempt: 1 }, ...extra };
}

/** Deploys a version to an environment through the API and leaves it in `state`. */
export async function deployThrough(store: DeploymentStore, environment: string, version: string, state: 'success' | 'failure' | 'error' | 'in_progress', task: 'deploy' | 'deploy:rollback' = 'deploy') {
  const d = await store.createDeployment({ ref: SHA, environment, task, payload: payload(version, environment.split('/').pop()) });
  await store.setStatus(d.id, 'in_progress');
  if (state !== 'in_progress') await store.setStatus(d.id, state, { description: `${version} ${state}` });
  return d;
}
