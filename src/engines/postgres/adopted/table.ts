import type { TableLocation } from '../../adopted.js';
import { quoteIdent } from '../journal.js';

/** `"schema"."table"` for SQL. */
export const quoted = (at: TableLocation) => `${quoteIdent(at.schema)}.${quoteIdent(at.table)}`;
