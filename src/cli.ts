import { INPUT_DEFAULTS, MODES, readSettings, Redactor, secretsOf, type InputName } from './config/index.js';
import { earlyFailure, type Outcome } from './core/outcome.js';
import { runSchemagate } from './core/run.js';
import { EXIT_CODES, SchemagateError } from './errors.js';
import { oneLineReason } from './report/format.js';
import { describeEvent } from './report/progress.js';
import { resultJson } from './report/result.js';
import { renderSummary } from './report/summary.js';

/**
 * The CLI shell over the same core as the action: `schemagate <mode> [--input value]...`.
 * Every action input is a flag of the same name; progress goes to stderr, the report to stdout.
 */
const USAGE = `Usage: schemagate <${MODES.join('|')}> [options]

Options (each is the action input of the same name):
${Object.entries(INPUT_DEFAULTS)
  .filter(([name]) => name !== 'mode')
  .map(([name, value]) => `  --${name.padEnd(26)}${value ? `default: ${value}` : ''}`)
  .join('\n')}
  --json                      print the result as JSON instead of the summary
  --help

The database URL can also come from the DATABASE_URL environment variable.
Examples: schemagate apply --database-url pglite://.schemagate/dev --migrations migrations`;

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every argument that is a URL may carry a password, wherever it was put (a stray argument, any option). */
const argvSecrets = (argv: string[]) => argv.flatMap((arg) => arg.split(/=(.*)/s)).filter((value) => URL_LIKE.test(value)).flatMap(secretsOf);

interface Parsed {
  inputs: Partial<Record<InputName, string>>;
  json: boolean;
  help: boolean;
}

export function parseArgs(argv: string[]): Parsed {
  const parsed: Parsed = { inputs: {}, json: false, help: false };
  const names = new Set(Object.keys(INPUT_DEFAULTS));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg.startsWith('--')) {
      const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!names.has(flag)) throw new SchemagateError('config', `Unknown option --${flag}.`, { hint: 'Run `schemagate --help` for the options.' });
      const next = argv[i + 1];
      const value = inline ?? (next !== undefined && !next.startsWith('--') ? (i++, next) : 'true');
      parsed.inputs[flag as InputName] = value;
    } else if (!parsed.inputs.mode) parsed.inputs.mode = arg;
    else {
      throw new SchemagateError('config', `Unexpected argument "${new Redactor(secretsOf(arg).filter(() => URL_LIKE.test(arg))).redact(arg)}".`, {
        hint: 'Give every value after its option (`--database-url URL`); run `schemagate --help` for usage.',
      });
    }
  }
  return parsed;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let outcome: Outcome;
  let json = false;
  const rawUrl = () => env.DATABASE_URL ?? '';
  let redactor = new Redactor([...secretsOf(rawUrl()), ...argvSecrets(argv)]);
  try {
    const parsed = parseArgs(argv);
    json = parsed.json;
    if (parsed.help || !parsed.inputs.mode) {
      process.stdout.write(`${USAGE}\n`);
      return parsed.help ? 0 : EXIT_CODES.config;
    }
    const url = parsed.inputs['database-url'] ?? rawUrl();
    redactor = new Redactor([...secretsOf(url), ...argvSecrets(argv)]);
    const settings = readSettings((name) => (name === 'database-url' ? url : parsed.inputs[name]), env);
    outcome = await runSchemagate(settings, (event) => process.stderr.write(`${redactor.redact(describeEvent(event))}\n`));
  } catch (error) {
    // Whatever happened, the run ends in an outcome: a bug is reported as `internal`.
    outcome = earlyFailure(argv.find((a) => !a.startsWith('-')) ?? 'plan', error);
  }
  return report(outcome, json, redactor);
}

function report(outcome: Outcome, json: boolean, redactor: Redactor): number {
  const output = json ? `${resultJson(outcome)}\n` : `${renderSummary(outcome, 'terminal')}\n`;
  process.stdout.write(redactor.redact(output));
  if (outcome.status !== 'ok') process.stderr.write(`${redactor.redact(oneLineReason(outcome))}\n`);
  return EXIT_CODES[outcome.status];
}

/**
 * An error thrown outside the run's promise chain (a driver's timer, an unhandled rejection):
 * still an outcome on stdout, a reason on stderr and the `internal` exit code.
 */
export function reportFatal(argv: string[], error: unknown, env: NodeJS.ProcessEnv = process.env): number {
  const mode = argv.find((a) => !a.startsWith('-')) ?? 'plan';
  return report(earlyFailure(mode, error), argv.includes('--json'), new Redactor([...secretsOf(env.DATABASE_URL ?? ''), ...argvSecrets(argv)]));
}
