import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from '@stagegate/testkit';

describe('fake state snapshot', () => {
  it('carries deployments, statuses and auto_inactive candidates to a new fake on another port', async () => {
    const a = await startFakeGitHub();
    const d1 = a.state.seedDeployment('acme', 'trading-api', { environment: 'production/lhr', payload: { v: 1 }, statuses: [{ state: 'success' }] });
    a.state.seedDeployment('acme', 'trading-api', { environment: 'production/lhr', payload: { v: 2 }, statuses: [{ state: 'failure' }] });
    const snap = JSON.parse(JSON.stringify(a.state.snapshot()));
    await a.close();

    const b = await startFakeGitHub();
    try {
      b.state.restore(snap);
      const list = (await (await fetch(`${b.url}/repos/acme/trading-api/deployments?environment=production/lhr`, { headers: { authorization: 'token t' } })).json()) as Array<{ id: number; payload: unknown; url: string }>;
      expect(list.map((d) => d.payload)).toEqual([{ v: 2 }, { v: 1 }]);
      expect(list[0]?.url.startsWith(b.url)).toBe(true);
      // A new success deactivates the restored successful deployment, as if it had never moved.
      const d3 = b.state.seedDeployment('acme', 'trading-api', { environment: 'production/lhr', payload: { v: 3 } });
      expect(d3.id).toBeGreaterThan(d1.id + 1);
      await fetch(`${b.url}/repos/acme/trading-api/deployments/${d3.id}/statuses`, { method: 'POST', headers: { authorization: 'token t', 'content-type': 'application/json' }, body: JSON.stringify({ state: 'success' }) });
      const statuses = (await (await fetch(`${b.url}/repos/acme/trading-api/deployments/${d1.id}/statuses`, { headers: { authorization: 'token t' } })).json()) as Array<{ state: string }>;
      expect(statuses.map((s) => s.state)).toEqual(['inactive', 'success']);
      b.assertNoViolations();
    } finally {
      await b.close();
    }
  });
});
