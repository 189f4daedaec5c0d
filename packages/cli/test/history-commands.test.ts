import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { runCli, type CliIo } from '../src/index.js';
import { seedHistory, type SeededHistory } from '../../github/test/seed-history.js';

let fake: FakeGitHub;
let seeded: SeededHistory;

beforeAll(async () => {
  fake = await startFakeGitHub();
  seeded = seedHistory(fake, 300, { failEvery: 5 });
});
afterAll(async () => {
  fake.assertNoViolations();
  await fake.close();
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) },
    env: { GITHUB_TOKEN: 'secret-token', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/trading-api' }, cwd: '/nonexistent',
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('stagegate status, history and dora', () => {
  it('status prints a table for people and JSON for machines', async () => {
    const table = await cli('status');
    expect(table.code, table.err).toBe(0);
    const lhr = seeded.live.get('lhr');
    expect(table.out).toMatch(new RegExp(`^lhr +${lhr?.version.replace(/\./g, '\\.')} `, 'm'));
    const json = JSON.parse((await cli('status', '--json', '--repo', 'acme/trading-api')).out) as { targets: Array<{ target: string; version: string }> };
    expect(json.targets.map((t) => t.target).sort()).toEqual(['bom', 'ewr', 'fra', 'lhr', 'nrt', 'ord', 'sin']);
    expect(table.out + table.err).not.toContain('secret-token');
  });

  it('history filters by target and limits rows', async () => {
    const json = JSON.parse((await cli('history', '--json', '--limit', '5', '--target', 'fra', '--since', '30d')).out) as { deployments: Array<{ target: string }>; hasMore: boolean };
    expect(json.deployments).toHaveLength(5);
    expect(json.deployments.every((d) => d.target === 'fra')).toBe(true);
    expect(json.hasMore).toBe(true);
    const table = await cli('history', '--limit', '3');
    expect(table.out.split('\n').filter((l) => /^\d{4}-/.test(l))).toHaveLength(3);
    expect(table.out).toContain('more: --page 2');
  });

  it('dora reports the window, its request count and, with --by-environment, each environment (a change counted once overall)', async () => {
    const json = JSON.parse((await cli('dora', '--window', '31d', '--json', '--by-environment')).out) as {
      deployments: number; failedDeployments: number; requests: { pages: number }; environments: Record<string, { failedDeployments: number }>;
    };
    expect(json.deployments).toBe(seeded.deployments - seeded.rollbacks);
    expect(json.failedDeployments).toBe(seeded.failures);
    expect(json.requests.pages).toBe(4);
    expect(Object.keys(json.environments).sort()).toEqual(['bom', 'ewr', 'fra', 'lhr', 'nrt', 'ord', 'sin'].map((t) => `production/${t}`));
    // Each failed rollout failed on one target: the per-environment failures add up to the changes.
    expect(Object.values(json.environments).reduce((n, e) => n + e.failedDeployments, 0)).toBe(json.failedDeployments);
    const table = await cli('dora', '--by-environment');
    expect(table.out).toMatch(/change failure rate +\d+\.\d% \(\d+ failed\)/);
    expect(table.out).toMatch(/^production\/lhr +\d+ +\d+ +\d+\.\d%/m);
  });

  it('status and history show who deployed which commit from which ref', async () => {
    const sha = 'd'.repeat(40);
    fake.state.seedDeployment(fake.owner, fake.repo, {
      environment: 'production/lhr', sha, ref: sha, task: 'deploy', createdAt: new Date(),
      payload: { tool: 'stagegate', service: 'trading-api', version: 'v9.9.9', stage: 'canary', target: 'lhr', plan: 'p', run: { id: '9', attempt: 1 }, actor: 'octocat', sha, ref: 'refs/tags/v9.9.9' },
      statuses: [{ state: 'success', environmentUrl: 'https://lhr.example.com' }],
    });
    const status = await cli('status');
    expect(status.out).toMatch(/DEPLOYED BY/);
    expect(status.out).toMatch(/^lhr +v9\.9\.9 .* octocat @ ddddddd \(v9\.9\.9\)$/m);
    const history = await cli('history', '--target', 'lhr', '--limit', '1');
    expect(history.out).toMatch(/ v9\.9\.9 +deploy +success +octocat @ ddddddd \(v9\.9\.9\) +\d+$/m);
  });

  it('names the bad option', async () => {
    const bad = await cli('dora', '--window', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--window: expected a window such as 30d');
    expect((await cli('history', '--limit', '500')).err).toContain('--limit: expected a whole number from 1 to 100');
  });
});
