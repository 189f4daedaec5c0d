import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStderrTail, runCommand, runPool } from '../src/index.js';
import { makeWorkspace } from './fixtures.js';

/** True while a process exists and is not a zombie (a container's init may never reap it). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function waitGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
  return !alive(pid);
}

describe('runCommand', () => {
  it('passes argv untouched (no shell) and streams lines', async () => {
    const lines: string[] = [];
    const r = await runCommand({ argv: ['printf', '%s\\n', '$(id); rm -rf /', 'b'], cwd: process.cwd(), env: process.env, timeoutMs: 5000, onLine: (l) => lines.push(l) });
    expect(r).toEqual({ outcome: 'exited', exitCode: 0, stderrTail: [] });
    expect(lines).toEqual(['$(id); rm -rf /', 'b']);
  });

  it('keeps the last stderr lines (bounded) and the ending signal for the reason', async () => {
    const script = 'for i in 1 2 3 4 5 6 7; do echo "line $i" >&2; done; echo "ERROR: registry refused image" >&2; exit 7';
    const r = await runCommand({ argv: ['sh', '-c', script], cwd: process.cwd(), env: process.env, timeoutMs: 5000, onLine: () => {} });
    expect(r).toMatchObject({ outcome: 'exited', exitCode: 7, stderrTail: ['line 4', 'line 5', 'line 6', 'line 7', 'ERROR: registry refused image'] });
    const killed = await runCommand({ argv: ['sh', '-c', 'kill -9 $$'], cwd: process.cwd(), env: process.env, timeoutMs: 5000, onLine: () => {} });
    expect(killed).toMatchObject({ outcome: 'exited', exitCode: null, signal: 'SIGKILL' });
  });

  it('redacts secrets from the stderr tail and bounds it', () => {
    const env = { DEPLOY_TOKEN: 's3cr3t-value', HOME: '/home/x' };
    expect(describeStderrTail(['', 'auth with s3cr3t-value failed', 'push https://bob:hunter22@registry.example/x', 'token=abcdefgh ghp_0123456789abcdefghij0123'], env))
      .toBe('auth with *** failed / push https://***@registry.example/x / token=*** ***');
    expect(describeStderrTail(['x'.repeat(2000)]).length).toBe(500);
    expect(describeStderrTail([])).toBe('');
  });

  it('kills the command and its children on timeout', async () => {
    const { dir, logFile } = await makeWorkspace();
    const r = await runCommand({
      argv: ['./deploy.sh', '--region', 'lhr', '--version', 'v1'], cwd: dir, env: { ...process.env, DEPLOY_LOG: logFile, HANG_REGIONS: 'lhr' },
      timeoutMs: 300, onLine: () => {},
    });
    expect(r.outcome).toBe('timeout');
    const child = Number(await readFile(`${logFile}.lhr.pid`, 'utf8'));
    expect(await waitGone(child)).toBe(true);
  });

  it('kills the tree when the signal aborts, and reports a command that cannot start', async () => {
    const { dir, logFile } = await makeWorkspace();
    const ac = new AbortController();
    const lines: string[] = [];
    const running = runCommand({
      argv: ['./deploy.sh', '--region', 'nrt', '--version', 'v1'], cwd: dir, env: { ...process.env, DEPLOY_LOG: logFile, HANG_REGIONS: 'nrt' },
      timeoutMs: 20_000, signal: ac.signal, onLine: (l) => { lines.push(l); if (l.includes('hanging')) ac.abort(); },
    });
    expect((await running).outcome).toBe('cancelled');
    expect(await waitGone(Number(await readFile(`${logFile}.nrt.pid`, 'utf8')))).toBe(true);
    const missing = await runCommand({ argv: [join(dir, 'no-such-script')], cwd: dir, env: process.env, timeoutMs: 1000, onLine: () => {} });
    expect(missing.outcome).toBe('spawn-error');
    expect(missing.error).toMatch(/ENOENT/);
  });

  it('on cancel, also kills a grandchild that ignores SIGTERM (SIGKILL to the group after the grace)', async () => {
    const { dir } = await makeWorkspace();
    const pidFile = join(dir, 'stubborn.pid');
    const ac = new AbortController();
    const started = Date.now();
    const running = runCommand({
      argv: ['sh', '-c', `sh -c 'trap "" TERM; echo $$ > ${pidFile}; echo ready; while :; do sleep 0.1; done' ; wait`], cwd: dir, env: process.env,
      timeoutMs: 20_000, signal: ac.signal, killGraceMs: 300, onLine: (l) => { if (l === 'ready') ac.abort(); },
    });
    expect((await running).outcome).toBe('cancelled');
    expect(await waitGone(Number(await readFile(pidFile, 'utf8')))).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('runPool', () => {
  it('keeps at most `limit` running and skips the rest once aborted', async () => {
    let running = 0;
    let peak = 0;
    const ac = new AbortController();
    const out = await runPool([1, 2, 3, 4, 5, 6], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (n === 3) ac.abort();
      return `ran ${n}`;
    }, { signal: ac.signal, onSkipped: (n) => `skipped ${n}` });
    expect(peak).toBe(2);
    expect(out.slice(0, 3)).toEqual(['ran 1', 'ran 2', 'ran 3']);
    expect(out.filter((s) => s.startsWith('skipped')).length).toBeGreaterThanOrEqual(2);
  });
});
