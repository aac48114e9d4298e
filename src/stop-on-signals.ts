import { EXIT_CODES } from './errors.js';

/**
 * The first SIGINT or SIGTERM (Ctrl-C; a cancelled GitHub job sends SIGINT, then SIGTERM 7.5 s
 * later) asks the run to stop (core/stop.ts): it ends with its report and outcome `cancelled`
 * instead of vanishing mid-migration. A second signal exits at once.
 */
export function stopOnSignals(say: (line: string) => void): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(EXIT_CODES.cancelled);
    say(`${signal}: stopping. A statement under way is cancelled where the database can (Postgres server), nothing more starts, and the run ends with its report. A second signal exits at once.`);
    controller.abort(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
  return controller.signal;
}
