import { databaseMessage, SchemagateError } from '../errors.js';

/**
 * A stop asked for from outside the run (SIGINT, SIGTERM: Ctrl-C, a cancelled job), as an
 * AbortSignal whose reason is the signal's name. The run starts nothing after it: the running
 * statement is cancelled where the engine can, a migration stops before its next statement and is
 * recorded as failed, waits end, and the run reports outcome `cancelled` with what it had done.
 */
export const NEVER_STOPS: AbortSignal = new AbortController().signal;

/** The signal's name (`SIGINT`), as the messages say what stopped the run. */
export const stopReason = (stop: AbortSignal) => (typeof stop.reason === 'string' ? stop.reason : 'a stop request');

/** A wait that ended because of the stop (Node's AbortError, from any realm), or a statement not run because of it: no message of its own to add. */
const onlyTheStop = (error: unknown) =>
  error instanceof StopRequested || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError');

/** What a statement that was not run because of a stop failed with. */
class StopRequested extends Error {
  constructor(readonly reason: string) {
    super(`not run: the run was stopped by ${reason}`);
    this.name = 'StopRequested';
  }
}

export const stopRequested = (stop: AbortSignal) => new StopRequested(stopReason(stop));

/** The run's `cancelled` failure where it saw the stop itself, between steps (`when`: "before connecting to the database"). */
export const stoppedError = (stop: AbortSignal, when: string, hint: string) => new SchemagateError('cancelled', `Stopped by ${stopReason(stop)} ${when}`, { hint });

/**
 * The run's failure once a stop was asked for, whatever it ended on (a cancelled statement, an
 * aborted wait, a statement not run): outcome `cancelled`, with the place, statement and progress
 * of the failure it replaces.
 */
export function cancelled(error: unknown, stop: AbortSignal, hint: string): SchemagateError {
  if (error instanceof SchemagateError && error.kind === 'cancelled') return error;
  const details = error instanceof SchemagateError ? error.details : {};
  const what = onlyTheStop(error) ? '' : `: ${databaseMessage(error)}`;
  return new SchemagateError('cancelled', `Stopped by ${stopReason(stop)}${what}`, { ...details, hint, cause: error });
}

/** `cancelled` for a migration that stopped at a statement (`where`): cancelled by the database, or not run. */
export function cancelledMigration(
  stop: AbortSignal,
  where: string,
  { atomic, statementsApplied, underlying }: { atomic: boolean; statementsApplied: number; underlying: unknown },
  details: Pick<SchemagateError['details'], 'location' | 'statement'>,
): SchemagateError {
  const what = onlyTheStop(underlying) ? 'before it ran' : `while it ran (${databaseMessage(underlying)})`;
  return new SchemagateError('cancelled', `${where} was stopped by ${stopReason(stop)} ${what}`, {
    ...details,
    cause: underlying,
    hint: atomic
      ? 'The migration was rolled back and recorded as failed; nothing after it ran. Run again to apply it and the rest.'
      : statementsApplied === 0
        ? 'No statement of it completed; it is recorded as failed. Run again to apply it and the rest.'
        : 'The statements before it completed and stay applied, and the journal says so; run again with `resume: true` (CLI: `--resume`) to continue from this statement.',
    statementsApplied: atomic ? 0 : statementsApplied,
  });
}
