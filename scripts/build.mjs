// Bundles every action (and the pipeline) with ncc into dist/<name>/index.js.
// Usage: node scripts/build.mjs [--out DIR] [name ...]
// --out lets the dist-freshness test build into a temp folder and compare.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLicenses } from './write-licenses.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let out = join(root, 'dist');
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = resolve(args[++i]);
  else names.push(args[i]);
}
const all = readdirSync(join(root, 'actions')).filter((n) => existsSync(join(root, 'actions', n, 'src', 'index.ts')));
const chosen = names.length ? names : all;
for (const n of chosen) if (!all.includes(n)) throw new Error(`no action named ${n}; have ${all.join(', ')}`);

const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// ncc applies the `paths` of the tsconfig.json in its working directory to every import,
// node_modules included: actions/<name>/tsconfig.json maps `undici` to a lazy stand-in
// (packages/action-kit/src/lazy-undici.ts), so each build runs in its action's folder.
// Code reached only through `import()` (the artifact client, undici, probes) becomes
// chunk files next to index.js.
function build(name) {
  return new Promise((ok, fail) => {
    const dest = join(out, name);
    rmSync(dest, { recursive: true, force: true });
    const context = join(root, 'actions', name);
    const statsDir = mkdtempSync(join(tmpdir(), `stagegate-build-${name}-`));
    const stats = join(statsDir, 'stats.json');
    const child = spawn(process.execPath, [ncc, 'build', join(context, 'src', 'index.ts'), '-o', dest, '--target', 'es2022', '--quiet', '--license', 'licenses.txt', '--stats-out', stats], { cwd: context, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`ncc failed for ${name} (exit ${code})`);
        writeLicenses(stats, context, dest);
        ok();
      } catch (e) {
        fail(e);
      } finally {
        rmSync(statsDir, { recursive: true, force: true });
      }
    });
  });
}
// Two at a time: the machines have two cores.
const queue = [...chosen];
await Promise.all([0, 1].map(async () => {
  while (queue.length) {
    const name = queue.shift();
    await build(name);
    console.log(`built dist/${name}/index.js`);
  }
}));
