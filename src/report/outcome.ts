import type { Mode } from '../config.js';
import type { SchemagateError } from '../errors.js';
import { blankOutcome, failureOf, type Outcome } from '../run.js';

/** The outcome of a run that failed before it could start (bad inputs), so it is still reported. */
export function earlyFailure(mode: string, error: SchemagateError): Outcome {
  return { ...blankOutcome(mode as Mode, 'not connected', ''), status: error.kind, error: failureOf(error) };
}
