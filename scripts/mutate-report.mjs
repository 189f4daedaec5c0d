// Prints the per-file table of a Stryker run from its JSON report
// (reports/mutation/mutation.json, written by `npm run mutate`).
// Usage: node scripts/mutate-report.mjs [--survivors] [--fail-under N] [report.json ...]
//   Several reports (scoped runs, `--mutate <file>`) are merged per file, the later one winning.
//   --survivors     also list each surviving / uncovered mutant (file:line mutator → replacement)
//   --fail-under N  exit 1 when a file's score excluding message text is below N %
//                   (MUTATE_FAIL_UNDER=N does the same; the weekly workflow sets it)
// "score" counts the message-text mutants (Ignored with reason "message text", see
// CONTRIBUTING.md) as not killed; "excl. msg" leaves them out, as Stryker's own score does.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showSurvivors = args.includes('--survivors');
const failAt = args.indexOf('--fail-under');
const failUnder = failAt >= 0 ? Number(args[failAt + 1]) : process.env.MUTATE_FAIL_UNDER ? Number(process.env.MUTATE_FAIL_UNDER) : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && (failAt < 0 || i !== failAt + 1));
const files = positional.length ? positional : [join(root, 'reports', 'mutation', 'mutation.json')];
const report = { files: {} };
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`mutate-report: no Stryker JSON report at ${file}; run npm run mutate first`);
    process.exit(1);
  }
  const one = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, f] of Object.entries(one.files)) report.files[relative(root, resolve(root, path))] = f;
}

const isMessageText = (m) => m.status === 'Ignored' && /message text/i.test(m.statusReason ?? '');
const pct = (num, den) => (den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(1)} %`);

/** Counts of one file (or the total). */
function tally(mutants) {
  const n = (s) => mutants.filter((m) => m.status === s).length;
  const c = { killed: n('Killed'), survived: n('Survived'), timeout: n('Timeout'), noCoverage: n('NoCoverage'), message: mutants.filter(isMessageText).length, errors: n('CompileError') + n('RuntimeError') };
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return { ...c, detected, score: pct(detected, valid + c.message), excl: pct(detected, valid), exclValue: valid === 0 ? 100 : (100 * detected) / valid };
}

const rows = Object.entries(report.files)
  .map(([path, f]) => ({ path, mutants: f.mutants, ...tally(f.mutants) }))
  .sort((a, b) => a.path.localeCompare(b.path));
const total = { path: 'total', ...tally(rows.flatMap((r) => r.mutants)) };

const header = ['file', 'killed', 'survived', 'timeout', 'no cov', 'msg text', 'score', 'excl. msg'];
const cells = [...rows, total].map((r) => [r.path, r.killed, r.survived, r.timeout, r.noCoverage, r.message, r.score, r.excl].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const c of cells) console.log(line(c));
console.log('score: (killed + timeout) / all mutants tested or marked message text; excl. msg: without the message-text mutants (Stryker\'s score).');
if (total.errors) console.log(`${total.errors} mutants did not compile or crashed the runner (left out of both scores).`);

if (showSurvivors) {
  for (const r of rows) {
    const left = r.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').sort((a, b) => a.location.start.line - b.location.start.line);
    if (!left.length) continue;
    console.log(`\n${r.path}`);
    for (const m of left) console.log(`  ${m.location.start.line}:${m.location.start.column} ${m.status === 'NoCoverage' ? 'no coverage' : 'survived'} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '').slice(0, 100)}`);
  }
}

if (failUnder !== undefined && Number.isFinite(failUnder)) {
  const low = rows.filter((r) => r.exclValue < failUnder);
  if (low.length) {
    console.error(`mutate-report: below ${failUnder} % (excluding message text): ${low.map((r) => `${r.path} ${r.excl}`).join(', ')}`);
    process.exit(1);
  }
}
