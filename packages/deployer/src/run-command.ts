import { spawn } from 'node:child_process';

/** A command to run: argv only, never a shell line. */
export interface CommandSpec {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** Kill the whole process tree after this long. */
  timeoutMs: number;
  /** Aborting kills the whole process tree (job cancelled). */
  signal?: AbortSignal;
  /** Each complete output line, as it arrives. */
  onLine(line: string, stream: 'stdout' | 'stderr'): void;
  /** Time between SIGTERM and SIGKILL of the tree. Default 3000 ms. */
  killGraceMs?: number;
}

/** How a command ended. */
export interface CommandResult {
  outcome: 'exited' | 'timeout' | 'cancelled' | 'spawn-error';
  /** Exit code when it exited by itself. */
  exitCode: number | null;
  /** Why it could not start (spawn-error). */
  error?: string;
}

/** Runs a command spec; injectable so the pipeline or tests can substitute it. */
export type CommandRunner = (spec: CommandSpec) => Promise<CommandResult>;

/**
 * Runs argv without a shell in its own process group (detached), so a timeout
 * or a cancellation can kill the command and every child it started with one
 * signal to the group: a deploy script's `sleep` or `kubectl` must not outlive
 * it. SIGTERM first, SIGKILL after the grace period.
 */
export const runCommand: CommandRunner = (spec) =>
  new Promise<CommandResult>((resolve) => {
    const [file, ...args] = spec.argv;
    if (!file) return resolve({ outcome: 'spawn-error', exitCode: null, error: 'empty command' });
    let ending: 'timeout' | 'cancelled' | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const child = spawn(file, args, { cwd: spec.cwd, env: spec.env, shell: false, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const killTree = (why: 'timeout' | 'cancelled'): void => {
      if (ending || child.exitCode !== null) return;
      ending = why;
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), spec.killGraceMs ?? 3000);
    };
    const timer = setTimeout(() => killTree('timeout'), spec.timeoutMs);
    const onAbort = (): void => killTree('cancelled');
    if (spec.signal?.aborted) onAbort();
    else spec.signal?.addEventListener('abort', onAbort, { once: true });
    const flushers = [pipeLines(child.stdout, (l) => spec.onLine(l, 'stdout')), pipeLines(child.stderr, (l) => spec.onLine(l, 'stderr'))];
    let spawnError: string | undefined;
    child.on('error', (e) => (spawnError = e.message));
    let finished = false;
    let drainTimer: NodeJS.Timeout | undefined;
    const finish = (code: number | null): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearTimeout(drainTimer);
      if (killTimer) clearTimeout(killTimer);
      spec.signal?.removeEventListener('abort', onAbort);
      // A grandchild may still hold the group after the leader exits: clean it up.
      if (ending) signalGroup(child.pid, 'SIGKILL');
      for (const flush of flushers) flush();
      if (spawnError && !ending) resolve({ outcome: 'spawn-error', exitCode: null, error: spawnError });
      else resolve({ outcome: ending ?? 'exited', exitCode: ending ? null : code });
    };
    child.on('close', (code) => finish(code));
    // A background process the command left behind can hold the pipes open for
    // ever: once the command itself has exited, wait a moment for output, then stop reading.
    child.on('exit', (code) => {
      drainTimer = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code);
      }, 1000);
    });
  });

/** Sends a signal to a whole process group; a group already gone is fine. */
function signalGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, sig);
  } catch {
    // ESRCH: the group has exited already.
  }
}

/** Splits a stream into lines; returns a function that flushes the last partial line. */
function pipeLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): () => void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (rest + chunk).split(/\r?\n/);
    rest = parts.pop() ?? '';
    for (const p of parts) onLine(p);
  });
  return () => {
    if (rest) onLine(rest);
    rest = '';
  };
}
