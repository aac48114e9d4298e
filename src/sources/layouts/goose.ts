import { configError } from '../../errors.js';
import type { RawStatement } from '../../dialects/index.js';
import type { LoadOptions, ParsedMigration } from '../files.js';
import { splitFile } from '../files.js';
import { CONFIDENCE, digitsFiles, keepLines, lines, type Layout, readVersioned, topLevelSql } from './layout.js';

const ANNOTATIONS = ['Up', 'Down', 'StatementBegin', 'StatementEnd', 'NO TRANSACTION', 'ENVSUB ON', 'ENVSUB OFF'] as const;
type Annotation = (typeof ANNOTATIONS)[number];

type State = 'start' | 'up' | 'upBlock' | 'down' | 'downBlock';

/**
 * goose's SQL migrations, read by goose's rules (internal/sqlparser): `-- +goose Up` starts the
 * file (only blank and comment lines before it), `-- +goose Down` ends the part that runs,
 * `StatementBegin`/`StatementEnd` hold one statement whole (a function body with `;` inside),
 * and `-- +goose NO TRANSACTION` anywhere runs the file outside a transaction.
 */
export function parseGoose(text: string, file: string, split: (sql: string) => RawStatement[]): ParsedMigration {
  let state: State = 'start';
  let transactional = true;
  const plainUp = new Set<number>();
  const blocks: RawStatement[] = [];
  let block: { start: number; body: string[] } | null = null;
  const fail = (line: number, message: string, hint: string) => configError(`${file}:${line + 1}: ${message}`, { location: { file, line: line + 1 }, hint });
  const docs = 'See https://github.com/pressly/goose#sql-migrations.';

  lines(text).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('--') && raw.includes('+goose')) {
      const annotation = readAnnotation(raw);
      if (!annotation) throw fail(i, `unknown goose annotation "${trimmed}"`, `goose knows ${ANNOTATIONS.map((a) => `-- +goose ${a}`).join(', ')}, at the start of the line.`);
      if (annotation === 'Up') {
        if (state !== 'start') throw fail(i, 'a second -- +goose Up', docs);
        state = 'up';
      } else if (annotation === 'Down') {
        if (state !== 'up') throw fail(i, '-- +goose Down must follow the Up section (and close any StatementBegin)', docs);
        state = 'down';
      } else if (annotation === 'StatementBegin') {
        if (state === 'up') block = { start: i, body: [] };
        if (state !== 'up' && state !== 'down') throw fail(i, '-- +goose StatementBegin outside an Up or Down section', docs);
        state = state === 'up' ? 'upBlock' : 'downBlock';
      } else if (annotation === 'StatementEnd') {
        if (state !== 'upBlock' && state !== 'downBlock') throw fail(i, '-- +goose StatementEnd without a StatementBegin', docs);
        if (state === 'upBlock' && block) blocks.push(blockStatement(block));
        block = null;
        state = state === 'upBlock' ? 'up' : 'down';
      } else if (annotation === 'NO TRANSACTION') {
        transactional = false;
      } else if (annotation === 'ENVSUB ON') {
        throw fail(i, 'goose environment substitution (ENVSUB ON) is not supported', 'schemagate runs the file as written: replace the ${VAR} references with their values, or keep this migration in goose.');
      }
      return;
    }
    if (state === 'start') {
      if (trimmed === '' || trimmed.startsWith('--')) return;
      throw fail(i, 'SQL before -- +goose Up', 'A goose migration must start with -- +goose Up (only comments may come before it).');
    }
    if (state === 'up') plainUp.add(i);
    else if (state === 'upBlock') block!.body.push(raw);
  });
  if (state === 'start') throw configError(`${file}: no -- +goose Up annotation`, { location: { file }, hint: 'A goose migration starts with -- +goose Up.' });
  if (state === 'upBlock' || state === 'downBlock') throw configError(`${file}: -- +goose StatementBegin is never closed`, { location: { file }, hint: 'Add -- +goose StatementEnd after the statement.' });
  const statements = [...splitFile(keepLines(text, (i) => plainUp.has(i)), file, split), ...blocks].sort((a, b) => a.line - b.line);
  return { statements, transactional };
}

/** goose's extractAnnotation: no leading whitespace, one `+goose`, a known name in any case. */
function readAnnotation(line: string): Annotation | null {
  if (/^\s/.test(line)) return null;
  const command = line.replaceAll('--', '').replace('+goose', '');
  if (command.includes('+goose')) return null;
  return ANNOTATIONS.find((a) => a.toLowerCase() === command.trim().toLowerCase()) ?? null;
}

/** A StatementBegin/End body is sent whole, as goose does; leading comments and the final `;` are not part of it. */
function blockStatement(block: { start: number; body: string[] }): RawStatement {
  const first = block.body.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('--'));
  const sql = block.body.slice(Math.max(first, 0)).join('\n').trim().replace(/;\s*$/, '');
  return { sql, line: block.start + 2 + Math.max(first, 0) };
}

export const goose: Layout = {
  name: 'goose',
  noTransaction: '-- +goose NO TRANSACTION',
  detect(folder) {
    const marked = folder.someFileMatches(/^--\s*\+goose\s+up\b/im);
    return marked ? { confidence: CONFIDENCE.marker, evidence: `${marked} (-- +goose Up)` } : null;
  },
  load(folder, opts: LoadOptions, problems) {
    const files = digitsFiles(folder, 'goose', '<version>_<name>.sql (e.g. 20240101120000_add_users.sql)', problems);
    const migrations = readVersioned(folder, files, opts, problems, { allowEmpty: true, parse: (text, file) => parseGoose(text, file, (sql) => opts.dialect.split(sql)) }, 'goose refuses two migrations with one version: renumber the newer one.');
    return { migrations, accounted: topLevelSql(folder) };
  },
};
