import { spawn } from 'node:child_process';
import type { CommandCheck, ProbeResult } from '@stagegate/core';
import { describeError, errorResult, since, type ProbeContext } from './probe-context.js';

/** Output kept per probe: enough to say why, small enough for a samples file. */
const OUTPUT_LIMIT = 2000;

/**
 * Runs the check's argv (no shell: each element is one argument) and passes
 * on exit code 0. The process gets its own group so a timeout kills its
 * children too. A command that cannot start or is killed is an error; one
 * that exits non-zero has measured something bad: a failure. The value is the
 * exit code.
 */
export async function probeCommand(check: CommandCheck, ctx: ProbeContext): Promise<ProbeResult> {
  const start = performance.now();
  const [program, ...args] = check.run as [string, ...string[]];
  let output = '';
  const keep = (d: Buffer): void => {
    if (output.length < OUTPUT_LIMIT) output = (output + d.toString()).slice(0, OUTPUT_LIMIT);
  };
  try {
    const code = await new Promise<number | null>((ok, fail) => {
      const child = spawn(program, args, { cwd: ctx.cwd, shell: false, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const kill = (): void => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      };
      ctx.signal.addEventListener('abort', kill, { once: true });
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.once('error', (e) => {
        ctx.signal.removeEventListener('abort', kill);
        fail(e);
      });
      child.once('close', (c) => {
        ctx.signal.removeEventListener('abort', kill);
        if (ctx.signal.aborted) fail(ctx.signal.reason);
        else ok(c);
      });
    });
    const latencyMs = since(start);
    const lastLine = output.trim().split('\n').pop() ?? '';
    if (code === 0) return { status: 'pass', value: 0, message: `exit 0${lastLine ? `: ${lastLine}` : ''}`, latencyMs, output };
    if (code === null) return { status: 'error', message: 'killed by a signal', latencyMs, output };
    return { status: 'fail', value: code, message: `exit ${code}${lastLine ? `: ${lastLine}` : ''}`, latencyMs, output };
  } catch (e) {
    return { ...errorResult(describeError(e, ctx), start), ...(output ? { output } : {}) };
  }
}
