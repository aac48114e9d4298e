import type { ProgressEvent } from '../apply.js';
import { formatDuration } from './format.js';

/** One log line per progress event; both shells print these. */
export function describeEvent(event: ProgressEvent): string {
  switch (event.type) {
    case 'migration-start':
      return `[${event.index + 1}/${event.total}] ${event.migration.file}: ${event.migration.statements.length - event.startAt} statement(s)` +
        (event.startAt > 0 ? `, resuming at statement ${event.startAt + 1}` : '') +
        (event.atomic ? '' : ', statement by statement (no transaction)');
    case 'statement':
      return `    statement ${event.statement.index + 1}/${event.count} done (line ${event.statement.line})`;
    case 'migration-done':
      return `    applied in ${formatDuration(event.durationMs)}`;
    case 'migration-failed':
      return `    FAILED at statement ${event.error.statementIndex + 1} (${event.error.file}:${event.error.line}): ${event.error.databaseMessage}`;
    case 'log':
      return event.message;
  }
}
