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
  /** The signal that ended it, when a signal did (and not our timeout or cancel). */
  signal?: string;
  /** Its last stderr lines (at most {@link STDERR_TAIL_LINES}), raw: the cause a person needs first. */
  stderrTail?: string[];
}

/** How many trailing stderr lines a result keeps. */
export const STDERR_TAIL_LINES = 5;
/** How much of the stderr tail goes into a reason. */
export const STDERR_TAIL_CHARS = 500;

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
    // The last stderr lines are why a deploy failed: kept (bounded) for the reason, not only logged.
    const tail: string[] = [];
    const onStderr = (l: string): void => {
      if (l.trim()) tail.push(l.slice(0, STDERR_TAIL_CHARS));
      if (tail.length > STDERR_TAIL_LINES) tail.shift();
      spec.onLine(l, 'stderr');
    };
    const flushers = [pipeLines(child.stdout, (l) => spec.onLine(l, 'stdout')), pipeLines(child.stderr, onStderr)];
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
      else resolve({ outcome: ending ?? 'exited', exitCode: ending ? null : code, ...(!ending && endSignal ? { signal: endSignal } : {}), stderrTail: [...tail] });
    };
    let endSignal: string | undefined;
    child.on('close', (code, sig) => {
      endSignal ??= sig ?? undefined;
      finish(code);
    });
    // A background process the command left behind can hold the pipes open for
    // ever: once the command itself has exited, wait a moment for output, then stop reading.
    child.on('exit', (code, sig) => {
      endSignal = sig ?? undefined;
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

/**
 * The stderr tail as one line for a reason: empty lines dropped, secrets
 * (values of the command's token/secret/password/key/webhook variables, and
 * token-shaped strings) replaced, bounded to {@link STDERR_TAIL_CHARS}.
 */
export function describeStderrTail(lines: readonly string[] | undefined, env: Record<string, string | undefined> = {}): string {
  const text = (lines ?? []).map((l) => l.trim()).filter(Boolean).join(' / ');
  if (!text) return '';
  const secrets = Object.entries(env).filter(([k, v]) => v && v.length >= 6 && /TOKEN|SECRET|PASSWORD|PASSWD|KEY|WEBHOOK|CREDENTIAL/i.test(k)).map(([, v]) => v as string);
  let out = text;
  for (const s of secrets.sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  out = out
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpr]-[A-Za-z0-9-]{10,})/g, '***')
    .replace(/(https?:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@')
    .replace(/\b(bearer|token|password|secret|api[-_]?key)(\s*[=:]\s*|\s+)([^\s'"]{6,})/gi, '$1$2***');
  return out.length > STDERR_TAIL_CHARS ? `${out.slice(0, STDERR_TAIL_CHARS - 1)}…` : out;
}
