import type { Outcome } from '../core/outcome.js';
import type { Location } from '../errors.js';

/** Small text helpers shared by every renderer. */

export const STATUS_TITLES: Record<Outcome['status'], string> = {
  ok: 'succeeded',
  'migration-failed': 'migration failed',
  drift: 'schema drift',
  refused: 'plan refused',
  'lock-timeout': 'lock timeout',
  config: 'configuration error',
  connection: 'connection error',
  promotion: 'promotion gate failed',
  unsafe: 'unsafe migrations',
  internal: 'internal error',
  cancelled: 'cancelled',
};

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** `1 object`, `2 objects`. */
/**
 * 1234567 as `1,234,567`. Not `toLocaleString('en-US')`: its first call loads ICU's locale data,
 * about 20 ms of every run that reports a safety finding's size.
 */
export const groupThousands = (n: number, separator = ',') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `file:line`, or the file alone when no line is known. */
export const locationText = (location: Location) => (location.line ? `${location.file}:${location.line}` : location.file);

/** A markdown table cell: no pipes or newlines may break the row. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return ' ';
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function table(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const line = (cells: Array<string | number | null | undefined>) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The one line `setFailed` and the CLI's exit message carry. */
export function oneLineReason(outcome: Outcome): string {
  if (!outcome.error) return `schemagate ${outcome.mode}: ${STATUS_TITLES.ok}`;
  const reason = outcome.error.message.replace(/\s*\n\s*/g, ' ');
  return `schemagate ${outcome.mode}: ${STATUS_TITLES[outcome.status]}: ${reason.length > 500 ? `${reason.slice(0, 500)}…` : reason}`;
}
