import { SchemagateError } from '../errors.js';
import type { Engine, EngineKind, EngineOptions } from './engine.js';

/**
 * An embedded database (a pglite:// or chdb:// directory) that does not exist, opened by a
 * read-only run: it reads as empty (no journal, no schema) and nothing is created for it, not
 * even its directory. Anything that would write is refused, so a mistake here cannot create it.
 */
export function absentEmbeddedDatabase(kind: EngineKind, location: string, options: EngineOptions, defaultSchema: string): Engine {
  options.log?.(`${location} does not exist: read as an empty database (nothing is created by a read-only run).`);
  const refuse = () =>
    Promise.reject(
      new SchemagateError('config', `${location} does not exist, and a read-only run does not create it.`, { hint: 'Run mode `apply` to create it.' }),
    );
  return {
    kind,
    journalLocation: location,
    readJournal: () => Promise.resolve({ attempts: [], statements: [], adopted: null }),
    introspect: () => Promise.resolve({ engine: kind, tables: [] }),
    // Known to hold nothing: the safety rules see every table the migrations touch as new.
    tables: () => Promise.resolve({ defaultSchema, tables: new Set<string>() }),
    ensureJournal: () => refuse(),
    acquireLock: () => refuse(),
    execute: () => refuse(),
    writeAttempt: () => refuse(),
    writeStatement: () => refuse(),
    close: () => Promise.resolve(),
  };
}
