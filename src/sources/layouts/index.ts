import { configError } from '../../errors.js';
import { chkit, clickhouseMigrations } from './clickhouse.js';
import { dbmate } from './dbmate.js';
import { drizzle } from './drizzle.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import type { Layout } from './layout.js';
import { nodePgMigrate } from './node-pg-migrate.js';
import { plain } from './plain.js';
import { prisma } from './prisma.js';
import { supabase } from './supabase.js';

/** Every layout schemagate reads; the `format` input takes one of their names. */
export const LAYOUTS: readonly Layout[] = [plain, drizzle, golangMigrate, goose, dbmate, flyway, prisma, supabase, nodePgMigrate, chkit, clickhouseMigrations];

export const LAYOUT_NAMES = LAYOUTS.map((l) => l.name);

export function layoutNamed(name: string): Layout {
  const layout = LAYOUTS.find((l) => l.name === name);
  if (!layout) throw configError(`Unknown format "${name}".`, { hint: `Set \`format\` to auto or one of: ${LAYOUT_NAMES.join(', ')}.` });
  return layout;
}
