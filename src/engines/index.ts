import { configError } from '../errors.js';
import { clickhouseDriver } from './clickhouse/index.js';
import type { EngineDriver, EngineKind } from './engine.js';
import { postgresDriver } from './postgres/index.js';

/** The only place that maps a URL to an engine; the core never asks which engine it has. */
const DRIVERS: EngineDriver[] = [postgresDriver, clickhouseDriver];

export const ENGINE_KINDS = DRIVERS.map((d) => d.kind);

/** Every tool whose journal some engine adopts (input `adopt`). */
export const ADOPT_TOOLS = DRIVERS.flatMap((d) => d.adoptTools);

/** For messages: every URL form the drivers accept. */
export const SUPPORTED_SCHEMES = [...DRIVERS.flatMap((d) => d.schemes.map((s) => `${s}//`))].join(', ');

/** The engine a URL scheme (`postgres:`) belongs to, if any. */
export const engineOfScheme = (protocol: string): EngineKind | undefined => DRIVERS.find((d) => d.schemes.includes(protocol))?.kind;

export function driverFor(url: URL): EngineDriver {
  const driver = DRIVERS.find((d) => d.schemes.includes(url.protocol));
  if (!driver) {
    throw configError(`Database URL scheme "${url.protocol}" is not supported.`, {
      hint: `Use one of: ${SUPPORTED_SCHEMES}.`,
    });
  }
  return driver;
}

export function driverForKind(kind: EngineKind): EngineDriver {
  return DRIVERS.find((d) => d.kind === kind)!;
}

/** The engine whose SQL a migration layout is written in (drizzle's folders declare theirs). */
export function driverForDialect(dialect: string): EngineDriver {
  const driver = DRIVERS.find((d) => d.dialect.name === dialect);
  if (!driver) throw configError(`No engine runs ${dialect} migrations.`);
  return driver;
}
