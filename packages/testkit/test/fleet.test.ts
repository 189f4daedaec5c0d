import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLEET_DEPLOY_SCRIPT, startFleet, type Fleet } from '@stagegate/testkit';

const run = promisify(execFile);
let fleet: Fleet;
beforeAll(async () => {
  fleet = await startFleet({ regions: ['lhr', 'ewr'], initialVersion: 'v1', breaks: { v3: ['ewr'] } });
});
afterAll(() => fleet.close());

describe('demo fleet', () => {
  it('serves health per region and switches version through the deploy script', async () => {
    expect(await (await fetch(`${fleet.url}/lhr/health`)).json()).toEqual({ status: 'healthy', region: 'lhr', version: 'v1' });
    const out = await run(process.execPath, [FLEET_DEPLOY_SCRIPT, fleet.url, 'ewr', 'v3', '--delay', '0']);
    expect(out.stdout).toContain('ewr now runs v3');
    const res = await fetch(`${fleet.url}/ewr/health`);
    expect(res.status).toBe(503);
    expect(fleet.regions.get('ewr')?.deployments.map((d) => d.version)).toEqual(['v1', 'v3']);
  });

  it('exposes Prometheus metrics per region', async () => {
    const text = await (await fetch(`${fleet.url}/metrics`)).text();
    expect(text).toMatch(/fleet_errors_total\{region="ewr"\} [1-9]/);
    expect(text).toContain('fleet_version_info{region="lhr",version="v1"} 1');
  });

  it('fails the deploy script when the region does not exist', async () => {
    await expect(run(process.execPath, [FLEET_DEPLOY_SCRIPT, fleet.url, 'nowhere', 'v2', '--delay', '0'])).rejects.toMatchObject({ code: 1 });
  });
});
