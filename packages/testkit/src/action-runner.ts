import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where dist/ lives). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** What a run of an action bundle produced, as the runner would see it. */
export interface ActionRun {
  /** Process exit code (null when killed by a signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The step summary written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** The temp folder used as RUNNER_TEMP and default workspace. */
  dir: string;
  /** Wall time in ms. */
  ms: number;
}

/** How to run an action bundle. */
export interface RunActionOptions {
  /** Inputs by their action.yml name (e.g. 'dry-run'); become INPUT_DRY-RUN. */
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_API_URL, GITHUB_REPOSITORY, secrets…). */
  env?: Record<string, string>;
  /** Working directory and GITHUB_WORKSPACE; default a new temp folder. */
  workspace?: string;
  /** Kill with this signal after this many ms (to test cancellation). */
  signalAfter?: { ms: number; signal: NodeJS.Signals } | { whenStdout: RegExp; signal: NodeJS.Signals };
  /** Give up after this long (ms). Default 60000. */
  timeoutMs?: number;
  /** Called with each stdout chunk as it arrives. */
  onStdout?: (chunk: string) => void;
  /** The node binary to run the bundle on (see `nodesUnderTest`); default the Node running the test. */
  node?: string;
}

/**
 * Runs dist/<name>/index.js as the GitHub runner does: a node child process,
 * inputs as INPUT_* variables, real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * GITHUB_STATE files, and returns what it wrote.
 */
export async function runActionBundle(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), `stagegate-${name}-`));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_STATE: join(dir, 'state'), GITHUB_ENV: join(dir, 'env') };
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  const workspace = options.workspace ?? dir;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/trading-api',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    ...files,
    ...options.env,
  };
  // As the runner does: every input starts at its action.yml default (expressions aside), then what the step gives.
  const inputs = { ...actionDefaults(name), ...options.inputs };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const started = Date.now();
  const child = spawn(options.node ?? process.execPath, [join(REPO_ROOT, 'dist', name, 'index.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const sig = options.signalAfter;
  let timer: NodeJS.Timeout | undefined;
  if (sig && 'ms' in sig) timer = setTimeout(() => child.kill(sig.signal), sig.ms);
  child.stdout.on('data', (d: Buffer) => {
    const s = d.toString();
    stdout += s;
    options.onStdout?.(s);
    if (sig && 'whenStdout' in sig && sig.whenStdout.test(stdout) && child.exitCode === null && !child.killed) child.kill(sig.signal);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const limit = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((ok) => child.on('close', (c, s) => ok([c, s])));
  clearTimeout(limit);
  if (timer) clearTimeout(timer);
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    dir,
    ms: Date.now() - started,
  };
}

/** The literal defaults of an action's inputs (`${{ }}` defaults need a runner and are left out). */
export function actionDefaults(name: string): Record<string, string> {
  const file = name === 'pipeline' ? join(REPO_ROOT, 'action.yml') : join(REPO_ROOT, 'actions', name, 'action.yml');
  if (!existsSync(file)) return {};
  const meta = parseYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const out: Record<string, string> = {};
  for (const [k, def] of Object.entries(meta.inputs ?? {})) {
    if (def.default === undefined || def.default === null) continue;
    const text = String(def.default);
    if (!text.includes('${{')) out[k] = text;
  }
  return out;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i] as string);
      out[key] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}
