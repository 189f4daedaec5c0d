import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/run-tests.mjs prints the closing line CI counts: run it on fixture suites that break in
// every way a suite can break outside its tests, and read the line it prints.
const dir = mkdtempSync(join(tmpdir(), 'stagegate-run-tests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runTests(files: string[], env: Record<string, string> = {}): { status: number | null; closing: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/run-tests.mjs', '--root', 'tests/fixtures/suites', '--config', join(process.cwd(), 'tests/fixtures/suites/vitest.config.ts'), ...files], {
    encoding: 'utf8',
    env: { ...process.env, STAGEGATE_TEST_REPORT: join(dir, `${files.join('-') || 'all'}.json`), PROMETHEUS_BIN: process.execPath, ...env },
    timeout: 60_000,
  });
  const lines = r.stdout.trim().split('\n');
  return { status: r.status, closing: lines[lines.length - 1] ?? '', stderr: r.stderr };
}

describe('the closing line of npm test', () => {
  it('counts passing tests and exits 0', () => {
    const r = runTests(['passing.suite.ts']);
    expect(r.closing).toBe('2 passed, 0 failed');
    expect(r.status).toBe(0);
  });

  it('counts a file that fails in setup, teardown or import as failed, and exits non-zero', () => {
    const r = runTests([]);
    // passing (2) + the test before the broken teardown (1); setup, teardown and import failures are one each.
    expect(r.closing).toMatch(/^3 passed, 3 failed/);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('broken-setup.suite.ts: the file failed outside its tests');
    expect(r.stderr).toContain('broken-teardown.suite.ts');
    expect(r.stderr).toContain('broken-import.suite.ts');
  });

  it('fails with one line naming what to install when Prometheus is missing', () => {
    const r = runTests(['passing.suite.ts'], { PROMETHEUS_BIN: join(dir, 'no-prometheus-here') });
    expect(r.closing).toBe('0 passed, 1 failed');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/needs Prometheus at .*no-prometheus-here.*apt-get install -y prometheus/);
  });
});
