/**
 * A separate `node` process running the core and an engine from the TypeScript sources, for
 * tests about what one process leaves in a database for the next. Argument: JSON
 * `{ role, url, cwd? }`; prints one JSON line.
 *
 * - `apply` (`cwd` holds `migrations/`): runs mode apply as the shells do, then prints the
 *   outcome's status and the journal as this process reads it back.
 * - `read-journal`: prints the journal as a freshly opened engine reads it.
 */
import { register } from 'node:module';

register('./chdb-ts-hooks.mjs', import.meta.url);
const { readSettings } = await import('../../src/config/index.ts');
const { runSchemagate } = await import('../../src/core/run.ts');
const { openEngine } = await import('./backends.ts');
const input = JSON.parse(process.argv[2] ?? '{}');

async function readJournal() {
  const engine = await openEngine(input.url);
  try {
    return await engine.readJournal();
  } finally {
    await engine.close();
  }
}

switch (input.role) {
  case 'apply': {
    const inputs = { mode: 'apply', 'database-url': input.url, 'connect-retries': '0' };
    const settings = readSettings((name) => inputs[name], { GITHUB_WORKSPACE: input.cwd });
    const outcome = await runSchemagate(settings, () => {});
    process.stdout.write(`${JSON.stringify({ status: outcome.status, journal: await readJournal() })}\n`);
    break;
  }
  case 'read-journal':
    process.stdout.write(`${JSON.stringify(await readJournal())}\n`);
    break;
  default:
    throw new Error(`unknown role ${input.role}`);
}
