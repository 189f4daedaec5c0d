// Writes dist/<name>/licenses.txt for every package a bundle holds, chunks included.
// ncc's own license file is written once per chunk under the same name, so with chunks
// (code loaded through import()) it keeps only the last chunk's packages; this reads the
// modules of every chunk from ncc's --stats-out file instead, in the same format.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every module path in webpack stats, concatenated modules' parts included. */
function modulePaths(stats) {
  const out = [];
  const visit = (m) => {
    if (typeof m.name === 'string') out.push(m.name);
    for (const inner of m.modules ?? []) visit(inner);
  };
  for (const m of stats.modules ?? []) visit(m);
  return out;
}

/** The package folder a module path lies in (the innermost node_modules), or undefined. */
function packageDir(context, path) {
  const clean = path.replace(/^[^!]*!/, '').replace(/ \+ \d+ modules$/, '');
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(clean);
  return m ? resolve(context, m[1]) : undefined;
}

/** The text of a package's LICENSE file, if it ships one. */
function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : '';
}

/**
 * Replaces `<out>/licenses.txt` with one entry per bundled package (name, license,
 * license text), sorted by name.
 * @param {string} statsFile ncc's --stats-out JSON
 * @param {string} context the folder ncc ran in (module paths are relative to it)
 * @param {string} out the bundle's folder
 */
export function writeLicenses(statsFile, context, out) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const dirs = new Set(modulePaths(stats).map((p) => packageDir(context, p)).filter((d) => d && existsSync(join(d, 'package.json'))));
  const entries = new Map();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (entries.has(pkg.name)) continue;
    const license = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? '';
    entries.set(pkg.name, [pkg.name, license, licenseText(dir)].filter(Boolean).join('\n'));
  }
  const text = [...entries.keys()].sort().map((k) => entries.get(k)).join('\n\n');
  writeFileSync(join(out, 'licenses.txt'), `${text}\n`);
}
