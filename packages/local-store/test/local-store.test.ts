import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLastKnownGood, type DeploymentPayload } from '@stagegate/github';
import { startFakeGitHub } from '@stagegate/testkit';
import { LEGACY_FILE, LOCK_FILE, LocalDeploymentStore, STATE_FILE, StateLockedError } from '../src/index.js';

const repo = { owner: 'local', repo: 'api' };
const freshDir = () => join(mkdtempSync(join(tmpdir(), 'stagegate-local-')), '.stagegate');
const payload = (version: string, target = 'eu'): DeploymentPayload => ({ tool: 'stagegate', service: 'api', version, stage: 'canary', target, plan: 'p', run: { id: '1', attempt: 1 } });

async function deploy(store: LocalDeploymentStore, version: string, final: 'success' | 'failure', environment = 'production/eu') {
  const d = await store.createDeployment({ ref: 'main', environment, task: 'deploy', payload: payload(version) });
  await store.setStatus(d.id, 'in_progress');
  await store.setStatus(d.id, final, { description: `${version} ${final}` });
  return d;
}

describe('LocalDeploymentStore: the Deployments API over a JSON file', () => {
  it('keeps deployments and statuses across opens, newest first, with GitHub\'s auto_inactive', async () => {
    const dir = freshDir();
    const store = LocalDeploymentStore.open({ dir, repo });
    const v1 = await deploy(store, 'v1', 'success');
    const v2 = await deploy(store, 'v2', 'success');
    const other = await deploy(store, 'v9', 'success', 'production/us');
    await deploy(store, 'v3', 'failure');
    store.close();

    const again = LocalDeploymentStore.open({ dir, repo, readOnly: true });
    expect((await again.latestStatus(v1.id))?.state).toBe('inactive'); // superseded by v2's success
    expect((await again.latestStatus(v2.id))?.state).toBe('success');
    expect((await again.latestStatus(other.id))?.state).toBe('success'); // another environment is untouched
    expect((await again.listStatuses(v2.id)).map((s) => s.state)).toEqual(['success', 'in_progress']);
    const eu = await again.listPage({ environment: 'production/eu' }, 1, 2);
    expect(eu.map((d) => d.payload?.version)).toEqual(['v3', 'v2']);
    expect((await again.listPage({ environment: 'production/eu' }, 2, 2)).map((d) => d.payload?.version)).toEqual(['v1']);
    expect(eu[0]?.sha).toMatch(/^[0-9a-f]{40}$/);
    // last known good reads it exactly as it reads GitHub: v3 failed, v2 is the one to return to.
    expect((await findLastKnownGood(again, 'production/eu', { service: 'api' })).found?.version).toBe('v2');
    // Writes go through a temporary file and a rename: none is left behind.
    expect(readdirSync(dir).sort()).toEqual([STATE_FILE]);
  });

  it('refuses writes when opened read-only, and creates nothing to read an absent state', async () => {
    const dir = freshDir();
    const store = LocalDeploymentStore.open({ dir, repo, readOnly: true });
    expect(await store.listPage({}, 1)).toEqual([]);
    await expect(store.createDeployment({ ref: 'main', environment: 'production/eu', task: 'deploy', payload: payload('v1') })).rejects.toThrow(/read-only/);
    expect(existsSync(dir)).toBe(false);
  });

  it('lets one local run at a time hold the state, naming the other pid, and takes over a dead run\'s lock', async () => {
    const dir = freshDir();
    const first = LocalDeploymentStore.open({ dir, repo });
    // The lock names this process; pretend it is another live one (our parent, alive for sure).
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: '2026-12-01T10:00:00Z' }));
    let error: unknown;
    try {
      LocalDeploymentStore.open({ dir, repo });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StateLockedError);
    expect((error as Error).message).toContain(`pid ${process.ppid}`);
    expect((error as Error).message).toMatch(/wait for it to end, or stop it/);

    // A pid that has exited: its lock is stale and taken over, and the store says whose it was.
    const unfinished = await first.createDeployment({ ref: 'main', environment: 'production/eu', task: 'deploy', payload: payload('v5') });
    await first.setStatus(unfinished.id, 'in_progress');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), startedAt: '2026-12-01T10:00:00Z' }));
    const second = LocalDeploymentStore.open({ dir, repo });
    expect(second.tookOverLockOf?.pid).toBe(dead);
    // What the dead run left in progress is closed as error, naming it, so no one waits on it.
    expect(second.abandoned).toEqual([unfinished.id]);
    expect(await second.latestStatus(unfinished.id)).toMatchObject({ state: 'error', description: expect.stringContaining(`pid ${dead}`) });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    second.close();
    first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('reads the v0.1 state (a snapshot of the fake GitHub) and writes it in the new format on the first open for writing', async () => {
    const fake = await startFakeGitHub();
    try {
      const at = new Date('2026-11-01T00:00:00Z');
      for (const [version, state] of [['v1', 'success'], ['v2', 'failure']] as const) {
        fake.state.seedDeployment('local', 'api', { environment: 'production/eu', createdAt: at, payload: payload(version), statuses: [{ state, createdAt: at }] });
      }
      const dir = freshDir();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, LEGACY_FILE), JSON.stringify(fake.state.snapshot()));
      const read = LocalDeploymentStore.open({ dir, repo, readOnly: true });
      expect(read.migratedFrom).toBe(join(dir, LEGACY_FILE));
      expect((await findLastKnownGood(read, 'production/eu', { service: 'api' })).found?.version).toBe('v1');
      expect(existsSync(join(dir, STATE_FILE))).toBe(false);

      const store = LocalDeploymentStore.open({ dir, repo });
      const next = await deploy(store, 'v3', 'success');
      store.close();
      const ids = (await LocalDeploymentStore.open({ dir, repo, readOnly: true }).listPage({}, 1)).map((d) => d.id);
      expect(ids[0]).toBe(next.id);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3); // new ids continue after the old ones
    } finally {
      await fake.close();
    }
  });

  it('names the file and the fix when the state is damaged', () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, STATE_FILE), '{"format":');
    expect(() => LocalDeploymentStore.open({ dir, repo })).toThrow(new RegExp(`${STATE_FILE}: not valid JSON .*move it away`));
    // The failed open released its lock: the next run is not blocked by it.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
