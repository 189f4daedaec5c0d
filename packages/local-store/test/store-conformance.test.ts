import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLastKnownGood, readHistory, readStatus, type DeploymentStore } from '@stagegate/github';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { deployThrough, payload, SHA, storeOn } from '../../github/test/store-helpers.js';
import { LocalDeploymentStore } from '../src/index.js';

/**
 * The local store must answer as the Deployments API does: the same history,
 * written through each store, read by last known good and the status and
 * history views, gives the same answers (ids and times aside).
 */
let fake: FakeGitHub;
let local: LocalDeploymentStore;
const targets = [{ target: 'lhr', environment: 'production/lhr' }, { target: 'nrt', environment: 'production/nrt' }];

async function writeHistory(store: DeploymentStore): Promise<void> {
  await deployThrough(store, 'production/lhr', 'v1', 'success');
  await deployThrough(store, 'production/nrt', 'v1', 'success');
  await deployThrough(store, 'production/lhr', 'v2', 'success');
  const bad = await deployThrough(store, 'production/lhr', 'v3', 'failure');
  const back = await store.createDeployment({ ref: SHA, environment: 'production/lhr', task: 'deploy:rollback', payload: payload('v2', 'lhr', { rollback: { reason: 'gate failed', replaces: { version: 'v3', deployment_id: bad.id } } }) });
  await store.setStatus(back.id, 'success');
  await deployThrough(store, 'production/nrt', 'v4', 'in_progress');
}

beforeAll(async () => {
  fake = await startFakeGitHub();
  local = LocalDeploymentStore.open({ dir: join(mkdtempSync(join(tmpdir(), 'stagegate-conformance-')), '.stagegate'), repo: { owner: 'local', repo: 'trading-api' } });
  await writeHistory(storeOn(fake));
  await writeHistory(local);
});
afterAll(async () => {
  local.close();
  fake.assertNoViolations();
  await fake.close();
});

describe('the local store answers as the GitHub Deployments API does', () => {
  it('last known good, per environment', async () => {
    for (const env of ['production/lhr', 'production/nrt']) {
      const [gh, lo] = await Promise.all([findLastKnownGood(storeOn(fake), env, { service: 'trading-api' }), findLastKnownGood(local, env, { service: 'trading-api' })]);
      expect(lo.found?.version).toBe(gh.found?.version);
      expect(lo.failedVersions).toEqual(gh.failedVersions);
      expect(lo.found?.status.state).toBe(gh.found?.status.state);
    }
  });

  it('status and history views', async () => {
    // Ids, times and shas differ between the two by nature; everything else must not.
    const strip = (rows: object[]): unknown => JSON.parse(JSON.stringify(rows, (k, v: unknown) => (/id$|^since$|At$|^sha$/i.test(k) ? undefined : v)));
    const [gh, lo] = await Promise.all([readStatus(storeOn(fake), targets), readStatus(local, targets)]);
    expect(strip(lo.statuses)).toEqual(strip(gh.statuses));
    expect(lo.statuses.map((s) => s.version)).toEqual(['v2', 'v1']);
    const [ghH, loH] = await Promise.all([readHistory(storeOn(fake), {}, 1, 20), readHistory(local, {}, 1, 20)]);
    expect(strip(loH.rows)).toEqual(strip(ghH.rows));
    expect(loH.rows).toHaveLength(6);
  });

  it('statuses, newest first, with GitHub\'s auto_inactive on success', async () => {
    const list = async (store: DeploymentStore) => {
      const rows = await store.listPage({ environment: 'production/lhr' }, 1, 100);
      return Promise.all(rows.map(async (d) => `${d.payload?.version} ${d.task} ${(await store.listStatuses(d.id)).map((s) => s.state).join('<')}`));
    };
    expect(await list(local)).toEqual(await list(storeOn(fake)));
  });
});
