import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAuditTrail } from '@stagegate/notify';
import { REPO_ROOT, startWebhookSink } from '@stagegate/testkit';

const dir = mkdtempSync(join(tmpdir(), 'stagegate-local-action-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `local-action run <action> src/main.ts <dotenv>` as a user would, bounded. */
async function runLocalAction(action: string, dotenv: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const envFile = join(dir, `${action}.env`);
  writeFileSync(envFile, Object.entries(dotenv).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  const bin = join(REPO_ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
  const child = spawn(process.execPath, [bin, 'run', join(REPO_ROOT, 'actions', action), 'src/main.ts', envFile], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const limit = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  clearTimeout(limit);
  return { code, stdout, stderr };
}

/** The outputs local-action's @actions/core stand-in prints as `::set-output name=…::…`. */
function outputsOf(stdout: string): Record<string, string> {
  return Object.fromEntries([...stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map((m) => [m[1], m[2]]));
}

describe('@github/local-action', () => {
  it('runs the notify action from its source through the exported run(), delivering to a webhook and setting its outputs', async () => {
    const sink = await startWebhookSink('generic');
    try {
      const audit = join(dir, 'audit.jsonl');
      const run = await runLocalAction('notify', {
        INPUT_KIND: 'stage-succeeded',
        INPUT_SERVICE: 'trading-api',
        INPUT_VERSION: 'v2',
        INPUT_STAGE: 'canary',
        'INPUT_WEBHOOK-URL': sink.url,
        'INPUT_AUDIT-FILE': audit,
        GITHUB_REPOSITORY: 'acme/trading-api',
        GITHUB_RUN_ID: '1001',
        GITHUB_WORKSPACE: dir,
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(outputsOf(run.stdout)).toMatchObject({ delivered: 'webhook', failed: '', kind: 'stage-succeeded', priority: 'P2', 'audit-file': audit });
      expect(sink.received).toHaveLength(1);
      expect(JSON.stringify(sink.received[0]?.json)).toContain('v2');
      expect(parseAuditTrail(readFileSync(audit, 'utf8')).at(-1)).toMatchObject({ type: 'result', delivered: ['webhook'] });
      // The webhook URL is a secret: local-action prints what the action logs, and it must not be there.
      expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(sink.url);
    } finally {
      await sink.close();
    }
  }, 90_000);
});
