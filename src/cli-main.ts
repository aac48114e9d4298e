import { main, reportFatal } from './cli.js';
import { EXIT_CODES } from './errors.js';
import { stopOnSignals } from './stop-on-signals.js';

const argv = process.argv.slice(2);
const fatal = (error: unknown) => {
  let code: number = EXIT_CODES.internal;
  try {
    code = reportFatal(argv, error);
  } catch {
    // The failure's own report failed: the exit code still says internal.
  }
  process.exit(code);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
// A reader that goes away (`| head`) must not stop a run halfway through its migrations: what
// is left to print is dropped, and the exit code still tells the outcome.
const CLOSED_OUTPUT = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!CLOSED_OUTPUT.has(error.code ?? '')) fatal(error);
  });
}
const stop = stopOnSignals((line) => process.stderr.write(`${line}\n`));
process.exitCode = await main(argv, process.env, process, stop);
