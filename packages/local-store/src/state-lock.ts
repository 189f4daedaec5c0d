import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file's name inside the state folder. */
export const LOCK_FILE = 'lock';

/** Who holds the lock: written into the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/** Another live `stagegate run` holds the state folder. */
export class StateLockedError extends Error {
  override name = 'StateLockedError';
  constructor(readonly file: string, readonly owner: LockOwner) {
    super(`${file}: another stagegate run (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}) is using this state; wait for it to end, or stop it (kill ${owner.pid}) and run again`);
  }
}

/** A held lock; `release` removes the file if it is still ours. */
export interface StateLock {
  file: string;
  /** Set when a dead run's lock was taken over: say so to the user. */
  tookOver?: LockOwner;
  release(): void;
}

/**
 * Takes the state folder's lock, so two local runs never interleave their
 * writes (a rollout probing another's version, a lost deployment). The lock
 * file is created exclusively; a lock whose process is gone (same host, pid
 * not alive) is stale and taken over, reported through `tookOver`.
 */
export function acquireStateLock(dir: string): StateLock {
  const file = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  let tookOver: LockOwner | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      return { file, tookOver, release: () => releaseIfOurs(file) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = readOwner(file);
    if (owner && isAlive(owner)) throw new StateLockedError(file, owner);
    tookOver = owner ?? { pid: 0, host: 'unknown', startedAt: 'unknown' };
    try {
      unlinkSync(file);
    } catch {
      // another run removed it first: try to create it again
    }
  }
  const owner = readOwner(file);
  throw new StateLockedError(file, owner ?? { pid: 0, host: 'unknown', startedAt: 'unknown' });
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' ? { pid: o.pid, host: String(o.host ?? ''), startedAt: String(o.startedAt ?? '') } : undefined;
  } catch {
    return undefined; // unreadable or half-written: treated as stale
  }
}

/** A lock from another host cannot be checked: it counts as alive. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(file: string): void {
  if (readOwner(file)?.pid !== process.pid) return;
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
