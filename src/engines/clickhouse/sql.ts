/** ClickHouse SQL the engine writes: quoting, and UTC DateTime64 text. */

/** Backtick-quoted identifier; ClickHouse escapes `\` and the backtick with a backslash. */
export function quoteIdent(name: string): string {
  return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

/** Single-quoted string literal, for the places a query parameter cannot go (SETTINGS). */
export function quoteString(text: string): string {
  return "'" + text.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

export function qualifiedName(database: string, table: string): string {
  return `${quoteIdent(database)}.${quoteIdent(table)}`;
}

/** `YYYY-MM-DD hh:mm:ss.sss` in UTC: what a DateTime64(3, 'UTC') column reads and prints. */
export function toDateTime64Text(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** Inverse of toDateTime64Text; the columns are declared in UTC, so the text is UTC. */
export function fromDateTime64Text(text: string): Date {
  return new Date(text.replace(' ', 'T') + 'Z');
}
