import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SchemagateError } from '../../errors.js';
import type { LockHandle, LockOptions } from '../engine.js';

/** One try at the lock: the handle, or who holds it. */
export type TryLock = () => Promise<LockHandle | { holder: string }>;

/** Tries until the lock is free or the timeout passes, then names the holder. */
export async function pollLock(location: string, options: LockOptions, tryLock: TryLock): Promise<LockHandle> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const result = await tryLock();
    if ('release' in result) return result;
    if (Date.now() >= deadline) {
      throw new SchemagateError(
        'lock-timeout',
        `Timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for the migration lock on ${location}: held by ${result.holder}.`,
        { hint: 'Wait for that run to finish, or raise `lock-timeout`. Concurrent runs should share a workflow `concurrency` group.' },
      );
    }
    options.onWait?.(result.holder);
    await sleep(Math.min(1000, Math.max(50, deadline - Date.now())), undefined, { signal: options.stop });
  }
}

interface FileHolder {
  owner: string;
  host: string;
  pid: number;
  since: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite is one session per instance, and every instance on a data directory has its own lock
 * table: an advisory lock there is granted to every run. So a PGlite directory is locked by a
 * file in it, created exclusively, that names its holder; a holder whose process on this host
 * has died leaves a stale file, which the next run removes.
 */
export function fileLock(dataDir: string, owner: string): TryLock {
  const file = path.join(dataDir, 'schemagate.lock');
  return () => Promise.resolve(tryFileLock(file, owner));
}

function tryFileLock(file: string, owner: string): LockHandle | { holder: string } {
  const mine: FileHolder = { owner, host: os.hostname(), pid: process.pid, since: new Date().toISOString() };
  try {
    writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
    return { release: () => rm(file, { force: true }) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let holder: FileHolder;
  try {
    holder = JSON.parse(readFileSync(file, 'utf8')) as FileHolder;
  } catch {
    // Released, or not yet written, between our two calls: the next try decides.
    return { holder: 'a run that is taking or releasing it' };
  }
  if (holder.host === os.hostname() && !alive(holder.pid)) {
    rmSync(file, { force: true });
    return { holder: `${holder.owner} (pid ${holder.pid}, no longer running; its lock file was removed)` };
  }
  return { holder: `${holder.owner} (host ${holder.host}, pid ${holder.pid}, since ${holder.since})` };
}
