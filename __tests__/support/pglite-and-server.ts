import { it } from '@jest/globals';
import path from 'node:path';
import { createDatabase } from './postgres.js';
import { workspace } from './workspace.js';

/**
 * One scenario as two tests: on PGlite (a data directory of its own) and on the server (a fresh
 * database, skipped where there is none), so what is read from 18's catalog and from 15's agree.
 */
export function onPgliteAndServer(title: string, scenario: (url: string) => Promise<void>, options: { online: boolean; prefix: string; cleanups: Array<() => unknown> }): void {
  it(`on PGlite: ${title}`, async () => {
    const w = workspace();
    options.cleanups.push(() => w.cleanup());
    await scenario(`pglite://${path.join(w.dir, 'db')}`);
  });
  (options.online ? it : it.skip)('on the PostgreSQL server: the same', async () => {
    const db = await createDatabase(options.prefix);
    options.cleanups.push(() => db.drop());
    await scenario(db.url);
  });
}
