import { configError } from '../errors.js';
import { clickhouseDriver } from './clickhouse/index.js';
import type { EngineDriver } from './engine.js';
import { postgresDriver } from './postgres/index.js';

/** The only place that maps a URL to an engine; the core never asks which engine it has. */
const DRIVERS: EngineDriver[] = [postgresDriver, clickhouseDriver];

export function driverFor(url: URL): EngineDriver {
  const driver = DRIVERS.find((d) => d.schemes.includes(url.protocol));
  if (!driver) {
    throw configError(`Database URL scheme "${url.protocol}" is not supported.`, {
      hint: `Use one of: ${DRIVERS.flatMap((d) => d.schemes.map((s) => `${s}//`)).join(', ')}.`,
    });
  }
  return driver;
}

export function driverForKind(kind: EngineDriver['kind']): EngineDriver {
  return DRIVERS.find((d) => d.kind === kind)!;
}
