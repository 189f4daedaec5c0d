import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodesUnderTest, REPO_ROOT, runActionBundle } from '@stagegate/testkit';

const names = readdirSync(join(REPO_ROOT, 'actions')).filter((n) => existsSync(join(REPO_ROOT, 'actions', n, 'src', 'index.ts')));
const fresh = mkdtempSync(join(tmpdir(), 'stagegate-dist-'));

/** The files of a bundle folder that run (index.js, its chunks, package.json), sorted. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(m?js|cjs|json)$/.test(f)).sort();
}

describe('committed dist bundles', () => {
  beforeAll(async () => {
    // Build every action into a temp folder exactly as `npm run build` does.
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs'), '--out', fresh], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    if (code !== 0) throw new Error(`npm run build failed:\n${err}`);
  }, 900_000); // a busy two-core machine takes minutes

  it.each(names)('dist/%s is what npm run build makes from the sources (run npm run build and commit dist/)', (name) => {
    expect(existsSync(join(REPO_ROOT, 'dist', name, 'index.js')), `dist/${name}/index.js is missing`).toBe(true);
    // Lazy-loaded code is emitted as chunk files next to index.js: the same files, byte for byte.
    const built = codeFiles(join(fresh, name));
    expect(codeFiles(join(REPO_ROOT, 'dist', name)), `dist/${name} has other files than a fresh build: run npm run build and commit dist/`).toEqual(built);
    for (const file of built) {
      const same = readFileSync(join(REPO_ROOT, 'dist', name, file)).equals(readFileSync(join(fresh, name, file)));
      expect(same, `dist/${name}/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });

  const starts = names.flatMap((name) => nodesUnderTest().map((node) => ({ name, ...node })));
  it.each(starts)('dist/$name starts on $label, and without its inputs fails with a clear error rather than a crash', async ({ name, path: node }) => {
    const run = await runActionBundle(name, { inputs: {}, env: { GITHUB_API_URL: 'http://127.0.0.1:9' }, timeoutMs: 30_000, node });
    const all = run.stdout + run.stderr;
    expect(all).not.toMatch(/ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|SyntaxError|ReferenceError|Cannot find module|Dynamic require/);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/^::error::/m);
  });
});
