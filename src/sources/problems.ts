import { configError, SchemagateError, type ProblemDetail } from '../errors.js';

/**
 * Configuration problems of one migrations folder, collected rather than thrown one at a time:
 * a team fixing a folder sees every problem in one run, each with its file and line.
 */
export class Problems {
  readonly list: SchemagateError[] = [];

  add(error: SchemagateError): void {
    this.list.push(error);
  }

  /** Runs `fn`; a config error it throws is recorded and null returned, anything else propagates. */
  attempt<T>(fn: () => T): T | null {
    try {
      return fn();
    } catch (error) {
      if (error instanceof SchemagateError && error.kind === 'config') {
        this.add(error);
        return null;
      }
      throw error;
    }
  }

  /** Throws what was collected: a single problem as it is, several as one error listing all. */
  throwIfAny(folder: string): void {
    if (this.list.length === 0) return;
    if (this.list.length === 1) throw this.list[0]!;
    const problems: ProblemDetail[] = this.list.map((e) => ({
      message: e.message,
      ...(e.hint ? { hint: e.hint } : {}),
      ...(e.location ? { location: e.location } : {}),
    }));
    const first = this.list[0]!;
    throw configError(`${this.list.length} configuration problems in ${folder}; first: ${first.message}`, {
      ...(first.location ? { location: first.location } : {}),
      hint: 'Every problem is listed with its file and line; fix them all before the next run.',
      problems,
    });
  }
}
