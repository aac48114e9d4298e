import { reportFatal, runAction } from './action.js';
import { EXIT_CODES } from './errors.js';
import { stopOnSignals } from './stop-on-signals.js';

// The step fails whatever the report of the failure manages: never an exit 0 without outputs.
const fatal = (error: unknown) => {
  process.exitCode = EXIT_CODES.internal;
  void reportFatal(error)
    .catch(() => {})
    .finally(() => process.exit());
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
await runAction(stopOnSignals((line) => process.stdout.write(`${line}\n`)));
