import { hostname } from 'node:os';

/**
 * Whether the run named in a lock holder's owner string (`… on HOST pid N`, as ownerName in
 * core/run.ts writes it) provably cannot be alive: it ran on this host and its process is gone.
 * On another host nothing is provable, so the answer is false.
 */
export function holderIsDead(owner: string, host = hostname()): boolean {
  const match = / on (\S+) pid (\d+)/.exec(owner);
  if (!match || match[1] !== host) return false;
  try {
    process.kill(Number(match[2]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
