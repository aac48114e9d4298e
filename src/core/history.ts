import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Engine, EngineDriver, EngineOptions } from '../engines/engine.js';
import type { MigrationSet, SchemaSnapshot } from '../types.js';
import type { SchemaStep } from '../verify/explain.js';
import { snapshotHistory } from '../verify/snapshot.js';

/** A replay for explaining drift runs only this many migrations; beyond, drift stays unexplained. */
export const HISTORY_REPLAY_LIMIT = 200;

export interface MigrationHistory {
  /** The schema expected after each migration. */
  steps: SchemaStep[];
  /** Where the steps are the folder's own snapshots: what its SQL builds from empty (null when it could not be replayed). */
  built: SchemaSnapshot | null;
}

/**
 * The schema expected after each migration: drizzle-kit's per-migration snapshots where the folder
 * has them (and then also what its SQL builds, which may disagree with them), otherwise the
 * versioned migrations replayed one by one on a throwaway embedded database, its schema read
 * after each. Only asked for when verification found drift. A replay that cannot run (an embedded
 * engine missing, chDB busy with another directory, a migration failing on empty) explains
 * nothing, and says so, rather than failing the run: the drift is reported either way.
 */
export async function migrationHistory(set: MigrationSet, driver: EngineDriver, options: EngineOptions): Promise<MigrationHistory> {
  const recorded = await snapshotHistory(set);
  if (recorded.length > 0) return { steps: recorded, built: (await replay(set, driver, options, 'last')).at(-1)?.schema ?? null };
  return { steps: await replay(set, driver, options, 'each'), built: null };
}

/** The versioned migrations run from empty on an embedded database, its schema read after each (or after the last). */
async function replay(set: MigrationSet, driver: EngineDriver, options: EngineOptions, read: 'each' | 'last'): Promise<SchemaStep[]> {
  const migrations = set.migrations.filter((m) => m.kind === 'versioned');
  if (migrations.length === 0 || migrations.length > HISTORY_REPLAY_LIMIT) return [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-history-'));
  let engine: Engine | null = null;
  try {
    engine = await driver.open(driver.embeddedUrl(path.join(dir, 'db')), { ...options, journalSchema: undefined, schema: undefined, adopt: undefined, readOnly: false, log: () => {} });
    const steps: SchemaStep[] = [];
    for (const [index, migration] of migrations.entries()) {
      for (const statement of migration.statements) await engine.execute(statement);
      if (read === 'each' || index === migrations.length - 1) steps.push({ migration, schema: { ...(await engine.introspect()), propertiesComplete: true } });
    }
    return steps;
  } catch (error) {
    options.log?.(`The drift is not traced to its migrations: replaying them one by one failed (${(error as Error).message}).`);
    return [];
  } finally {
    await engine?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
