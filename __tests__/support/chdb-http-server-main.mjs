/**
 * Runs chdb-http-server.ts in its own process (chDB allows one data directory per process, and
 * some tests kill the server). Argument: the options as JSON. Prints `{"port":N,"url":...}` once
 * listening; SIGTERM closes it cleanly.
 */
import { register } from 'node:module';

register('./chdb-ts-hooks.mjs', import.meta.url);
const { startChdbHttpServer } = await import('./chdb-http-server.ts');
const server = await startChdbHttpServer(JSON.parse(process.argv[2] ?? '{}'));
process.stdout.write(`${JSON.stringify({ port: server.port, url: server.url })}\n`);
process.on('SIGTERM', () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
