// Bundles every action (and the pipeline) with ncc into dist/<name>/index.js.
// Usage: node scripts/build.mjs [--out DIR] [name ...]
// --out lets the dist-freshness test build into a temp folder and compare.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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
function build(name) {
  return new Promise((ok, fail) => {
    const dest = join(out, name);
    rmSync(dest, { recursive: true, force: true });
    const child = spawn(process.execPath, [ncc, 'build', join(root, 'actions', name, 'src', 'index.ts'), '-o', dest, '--target', 'es2022', '--quiet', '--license', 'licenses.txt'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`ncc failed for ${name} (exit ${code})`))));
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
