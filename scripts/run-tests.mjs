// Runs vitest and prints the closing line CI reads: "N passed, N failed".
// The counts come from vitest's JSON report, not from its console summary, and they are honest:
// a test file that fails outside its tests (import, setup or teardown hook, unhandled error)
// counts as one failure even when every test it ran passed, so a broken suite never reads green.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTestServers } from './test-servers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const missing = checkTestServers();
if (missing) {
  // One clear line, and a failed count: missing coverage must never look like a pass.
  console.error(missing);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// STAGEGATE_TEST_REPORT lets this script's own test run it on fixture suites without touching the real report.
const report = process.env.STAGEGATE_TEST_REPORT ?? join(root, 'reports', 'vitest.json');
mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const code = await new Promise((ok) => child.on('exit', (c, sig) => ok(c ?? (sig ? 1 : 0))));
let passed = 0, failed = 0, skipped = 0;
const notes = [];
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  for (const s of r.testResults ?? []) {
    const failedTests = (s.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (s.status === 'failed' && failedTests === 0) {
      failed++;
      notes.push(`${relative(root, s.name)}: the file failed outside its tests: ${String(s.message ?? '').split('\n')[0]}`);
    }
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`vitest exited ${code} with no failed test in its report (an unhandled error?): see its output above`);
  }
} else {
  failed = 1;
  notes.push(`vitest wrote no report (exit ${code}): see its output above`);
}
for (const n of notes) console.error(`counted as failed: ${n}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code !== 0 ? code : failed > 0 ? 1 : 0);
