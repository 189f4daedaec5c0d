// Bundles the CLI (packages/cli/src/main.ts) with esbuild into one ESM file,
// packages/cli/dist/stagegate.js: the `stagegate` bin of the published package.
// No TypeScript, tsx, testkit, ajv or OpenAPI at run time: the build fails if
// any of them is reached from the entry.
// Usage: node scripts/build-cli.mjs [--out FILE]   (--out: the freshness test builds to a temp file)
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outfile = outIndex === -1 ? join(root, 'packages', 'cli', 'dist', 'stagegate.js') : resolve(args[outIndex + 1]);

/** Packages that must never be in the published CLI (test fakes, dev tools, the 13 MB OpenAPI description). */
const FORBIDDEN = /(^|\/)(@stagegate\/testkit|packages\/testkit|tsx|ajv|ajv-formats|openapi-backend|@octokit\/openapi|@vercel\/ncc|vitest)(\/|$)/;

const forbid = {
  name: 'forbid-dev-packages',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (a) => {
      if (FORBIDDEN.test(a.path)) return { errors: [{ text: `${a.path} must not be in the published CLI (imported by ${a.importer})` }] };
      return undefined;
    });
  },
};

const result = await build({
  entryPoints: [join(root, 'packages', 'cli', 'src', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
  plugins: [forbid],
  // CommonJS dependencies call require(): give the ESM bundle one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __stagegateRequire } from 'node:module';\nconst require = __stagegateRequire(import.meta.url);" },
});
chmodSync(outfile, 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`built ${outfile.startsWith(root) ? outfile.slice(root.length + 1) : outfile} (${(bytes / 1024).toFixed(0)} KiB)`);
