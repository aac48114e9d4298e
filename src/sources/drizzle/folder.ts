import fs from 'node:fs';
import path from 'node:path';
import { dialectFor, LexError, lineOf, type RawStatement } from '../../dialects/index.js';
import { configError } from '../../errors.js';
import type { Migration, MigrationSet } from '../../types.js';
import { type DirEntry, type LoadOptions, isSqlFile, readMigration, relativeFile, splitFile } from '../files.js';
import { Folder } from '../layouts/layout.js';
import { DRIZZLE_DIALECT, latestSnapshot } from './snapshot.js';

/** drizzle-orm's migrator cuts files on exactly this text, wherever it appears. */
export const BREAKPOINT = '--> statement-breakpoint';

export interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
  breakpoints: boolean;
}

/** drizzle-kit journals say `postgresql` (v7) or `pg` (older); other dialects cannot run here. */
const POSTGRES_DIALECTS = ['postgresql', 'pg', 'postgres'];

/** A drizzle-kit output folder is recognised by its journal. */
export const isDrizzleFolder = (root: string) => fs.existsSync(path.join(root, 'meta', '_journal.json'));

/**
 * A drizzle-kit output folder: `meta/_journal.json` lists the migrations in the order drizzle
 * applies them. We keep that order (not `when` order), so a later check can spot entries whose
 * `when` goes backwards, which drizzle's migrator would silently skip. `folder` is the one
 * layout detection listed and read, when it did: each file is read once per run.
 */
export function loadDrizzle(root: string, opts: LoadOptions, folder = new Folder(path.resolve(opts.cwd, root), opts.cwd)): MigrationSet {
  const absRoot = path.resolve(opts.cwd, root);
  const journalPath = path.join(absRoot, 'meta', '_journal.json');
  const journalFile = relativeFile(journalPath, opts.cwd);
  const entries = readJournal(journalPath, journalFile);

  const migrations: Migration[] = [];
  const byId = new Map<string, string>();
  // One listing of the folder rather than a stat per journal entry (10 000 entries paid 80 ms).
  const present = new Set(folder.entries.map((e) => e.name));
  // drizzle sends each breakpoint-separated piece whole; a file without breakpoints is split as SQL.
  const byBreakpoints = (text: string, file: string) => ({ statements: splitFile(text, file, splitBreakpoints) });
  const bySql = (text: string, file: string) => ({ statements: splitFile(text, file, (sql) => opts.dialect.split(sql)) });
  for (const [position, entry] of entries.entries()) {
    const fileName = `${entry.tag}.sql`;
    const file = folder.display(fileName);
    if (!present.has(fileName)) {
      throw configError(`${journalFile} lists migration ${entry.tag}, but ${file} does not exist`, {
        location: { file: journalFile },
        hint: `Restore ${file}, or remove the ${entry.tag} entry from the journal if the migration was abandoned before it ran anywhere.`,
      });
    }
    const { id, name } = parseTag(entry.tag);
    const clash = byId.get(id);
    if (clash !== undefined) {
      throw configError(`${journalFile}: migrations ${clash} and ${entry.tag} have the same number ${id}`, {
        location: { file: journalFile },
        hint: 'Two branches probably generated migrations concurrently: regenerate the newer one (drop it, then drizzle-kit generate) so it gets the next number.',
      });
    }
    byId.set(id, entry.tag);
    migrations.push(
      // drizzle applies in journal order, whatever the tags' numbers say.
      readMigration(folder.abs(fileName), { id, order: [BigInt(position)], kind: 'versioned', name }, opts, {
        text: folder.text(fileName),
        file,
        drizzleWhen: entry.when,
        // drizzle applies an empty custom migration without complaint, so we must accept it too.
        allowEmpty: true,
        parse: entry.breakpoints ? byBreakpoints : bySql,
      }),
    );
  }

  assertAllJournaled(absRoot, folder.entries, new Set(entries.map((e) => `${e.tag}.sql`)), journalFile, opts.cwd);
  const snapshotPath = latestSnapshot(path.join(absRoot, 'meta'));
  const set: MigrationSet = { layout: 'drizzle', root: absRoot, migrations };
  if (snapshotPath !== undefined) set.snapshotPath = snapshotPath;
  return set;
}

/**
 * One statement per breakpoint-separated piece, as drizzle runs them: the piece is sent whole,
 * never re-split. Its line is that of its first token, skipping the comments around markers.
 */
export function splitBreakpoints(text: string): RawStatement[] {
  const out: RawStatement[] = [];
  let pieceLine = 1;
  for (const piece of text.split(BREAKPOINT)) {
    const start = trivia(piece, pieceLine);
    // Our statements never carry the final `;` (the splitter's convention); drizzle's pieces do.
    const sql = piece.slice(start).replace(/[\s;]+$/, '');
    if (sql !== '') out.push({ sql, line: pieceLine + lineOf(piece, start) - 1 });
    // The marker holds no line break, so the next piece starts on the line this one ends on.
    pieceLine += lineOf(piece, piece.length) - 1;
  }
  return out;
}

/**
 * Offset of a piece's first token. Pieces are lexed alone, as drizzle sends them, so a lexing
 * error's line is moved from the piece to the file.
 */
function trivia(piece: string, firstLine: number): number {
  try {
    return dialectFor(DRIZZLE_DIALECT).skipTrivia(piece);
  } catch (error) {
    if (!(error instanceof LexError)) throw error;
    const line = firstLine + error.line - 1;
    throw new LexError(error.message.replace(`line ${error.line}`, `line ${line}`), line, error.hint);
  }
}

/** `0003_brave_hulk` → id `0003`, name `brave_hulk`; a tag without a number (prefix: 'none') is its own id. */
export function parseTag(tag: string): { id: string; name: string } {
  const match = /^(\d+)_(.+)$/.exec(tag);
  return match ? { id: match[1]!, name: match[2]! } : { id: tag, name: tag };
}

function readJournal(journalPath: string, journalFile: string): JournalEntry[] {
  let journal: unknown;
  try {
    journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
  } catch (error) {
    throw configError(`${journalFile} is not valid JSON: ${(error as Error).message}`, {
      location: { file: journalFile },
      hint: 'Fix the file (a merge conflict left in it?) or regenerate it with drizzle-kit.',
      cause: error,
    });
  }
  const invalid = (what: string) =>
    configError(`${journalFile}: ${what}`, {
      location: { file: journalFile },
      hint: 'The journal should be drizzle-kit output: { "dialect": "postgresql", "entries": [{ "idx", "when", "tag", "breakpoints" }] }.',
    });
  if (!isRecord(journal) || !Array.isArray(journal.entries)) throw invalid('expected an object with an "entries" array');
  const dialect = journal.dialect;
  if (typeof dialect === 'string' && !POSTGRES_DIALECTS.includes(dialect)) {
    throw invalid(`dialect "${dialect}" is not supported; schemagate applies drizzle migrations to Postgres only`);
  }
  const tags = new Set<string>();
  return journal.entries.map((raw: unknown, i: number): JournalEntry => {
    if (!isRecord(raw) || typeof raw.tag !== 'string' || typeof raw.when !== 'number') {
      throw invalid(`entry ${i} needs a string "tag" and a numeric "when"`);
    }
    const tag = raw.tag;
    // The tag becomes a file name: it must not climb out of the folder.
    if (tag === '' || /[\\/]/.test(tag) || tag === '.' || tag === '..') throw invalid(`entry ${i} has an invalid tag "${tag}"`);
    if (tags.has(tag)) throw invalid(`tag ${tag} appears twice`);
    tags.add(tag);
    return { idx: typeof raw.idx === 'number' ? raw.idx : i, when: raw.when, tag, breakpoints: raw.breakpoints !== false };
  });
}

/** A .sql file the journal does not list is one drizzle-kit migrate would never run. */
function assertAllJournaled(absRoot: string, listing: DirEntry[], journaled: Set<string>, journalFile: string, cwd: string): void {
  for (const entry of listing) {
    if (entry.isDir || !isSqlFile(entry.name) || journaled.has(entry.name)) continue;
    const file = relativeFile(path.join(absRoot, entry.name), cwd);
    throw configError(`${file} is not listed in ${journalFile}, so drizzle would never apply it`, {
      location: { file },
      hint: `Add an entry for it to meta/_journal.json (drizzle-kit generate --custom creates the file and the entry together), or move it out of the migrations folder.`,
    });
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
