import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runActionBundle } from '@stagegate/testkit';

const names = readdirSync(join(REPO_ROOT, 'actions')).filter((n) => existsSync(join(REPO_ROOT, 'actions', n, 'src', 'index.ts')));
const fresh = mkdtempSync(join(tmpdir(), 'stagegate-dist-'));

describe('committed dist bundles', () => {
  beforeAll(async () => {
    // Build every action into a temp folder exactly as `npm run build` does.
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs'), '--out', fresh], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    if (code !== 0) throw new Error(`npm run build failed:\n${err}`);
  }, 300_000);

  it.each(names)('dist/%s is what npm run build makes from the sources (run npm run build and commit dist/)', (name) => {
    const committed = join(REPO_ROOT, 'dist', name, 'index.js');
    expect(existsSync(committed), `dist/${name}/index.js is missing`).toBe(true);
    const same = readFileSync(committed).equals(readFileSync(join(fresh, name, 'index.js')));
    expect(same, `dist/${name}/index.js is stale: run npm run build and commit dist/`).toBe(true);
  });

  it.each(names)('dist/%s starts, and without its inputs fails with a clear error rather than a crash', async (name) => {
    const run = await runActionBundle(name, { inputs: {}, env: { GITHUB_API_URL: 'http://127.0.0.1:9' }, timeoutMs: 30_000 });
    const all = run.stdout + run.stderr;
    expect(all).not.toMatch(/ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|SyntaxError|ReferenceError|Cannot find module|Dynamic require/);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/^::error::/m);
  });
});
