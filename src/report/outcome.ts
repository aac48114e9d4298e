import type { Settings } from '../config.js';
import type { SchemagateError } from '../errors.js';
import type { Outcome } from '../run.js';

/** The outcome of a run that failed before it could start (bad inputs), so it is still reported. */
export function earlyFailure(mode: string, error: SchemagateError): Outcome {
  return {
    mode: mode as Settings['mode'],
    engine: 'unknown',
    target: 'not connected',
    migrations: '',
    format: null,
    status: error.kind,
    plan: null,
    applied: [],
    verification: null,
    snapshotWritten: null,
    replay: null,
    promotion: null,
    error: {
      kind: error.kind,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.location ? { location: error.location } : {}),
    },
    durationMs: 0,
  };
}
