import path from 'node:path';
import { configError } from '../../errors.js';
import type { Migration } from '../../types.js';
import { compareStrings, type DirEntry, isSqlFile, listDir, listSqlFiles, readMigration, readText, shownIn, type LoadOptions, type ReadExtra } from '../files.js';
import type { Problems } from '../problems.js';
import { compareVersions, parseVersion, type VersionOrder } from '../version.js';

/**
 * A migration layout: how one tool lays out its folder (file names, sections, markers). Each
 * layout says how sure it is that a folder is written its way, and reads it; `loadMigrations`
 * picks the surest, or the one the `format` input names.
 */
export interface Layout {
  readonly name: string;
  /** The marker that runs a file outside a transaction, as this layout's files spell it. */
  readonly noTransaction: string;
  /** Dialects the tool writes for; absent: any. */
  readonly dialects?: readonly string[];
  /** Null when the folder shows none of this layout's signs. */
  detect(folder: Folder): Claim | null;
  load(folder: Folder, opts: LoadOptions, problems: Problems): Loaded;
}

export interface Claim {
  /** 0-100: a file name pattern is weaker evidence than a tool's own marker or lock file. */
  confidence: number;
  /** What was seen, for a message when two layouts claim a folder equally. */
  evidence: string;
}

export interface Loaded {
  migrations: Migration[];
  /** Absolute paths of every `.sql` file the layout read, or knowingly keeps without running (down and undo files). */
  accounted: string[];
  snapshotPath?: string;
}

/** Claim strengths, so layouts weigh their evidence the same way. */
export const CONFIDENCE = { fallback: 10, names: 50, marker: 80, certain: 95 } as const;

export const SCHEMAGATE_NO_TRANSACTION = '-- schemagate:no-transaction';

/** One migrations folder, listed once and read lazily while layouts look for their signs. */
export class Folder {
  private listing: DirEntry[] | null = null;
  private topSql: string[] | null = null;
  private everySql: string[] | null = null;
  /** Each file's text, read once per run: detection and loading share it. */
  private readonly texts = new Map<string, string>();

  /** The path as annotations show it (relative to the working directory). */
  readonly display: (rel: string) => string;

  private readonly prefix: string;

  /** `root` is absolute and normalised (path.resolve). */
  constructor(
    readonly root: string,
    readonly cwd: string,
  ) {
    this.display = shownIn(root, cwd);
    this.prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  }

  get entries(): DirEntry[] {
    return (this.listing ??= listDir(this.root));
  }

  /** Top-level `.sql` file names. */
  get sqlFiles(): string[] {
    return (this.topSql ??= this.entries.filter((e) => !e.isDir && !e.isSpecial && isSqlFile(e.name)).map((e) => e.name));
  }

  get dirs(): string[] {
    return this.entries.filter((e) => e.isDir).map((e) => e.name);
  }

  /** `.sql` files at any depth, relative to the root with forward slashes. */
  allSqlFiles(): string[] {
    return (this.everySql ??= listSqlFiles(this.root, '', new Set(), this.entries));
  }

  /**
   * A path of this folder's listings (forward slashes, no `.` or `..` parts) made absolute. The
   * root is normalised already, so it is joined without path.join's normalising, which 10 000
   * files paid for twice (loading and the unread-file report).
   */
  abs(rel: string): string {
    if (rel === '') return this.root;
    return this.prefix + (path.sep === '/' ? rel : rel.split('/').join(path.sep));
  }

  /** A file's text, as read the first time this run asked for it (the loader checks it was valid UTF-8). */
  text(rel: string): string {
    let text = this.texts.get(rel);
    if (text === undefined) {
      text = readText(this.abs(rel), this.display(rel));
      this.texts.set(rel, text);
    }
    return text;
  }

  /** Whether some top-level `.sql` file has a line matching `pattern`. */
  someFileMatches(pattern: RegExp): string | null {
    return this.sqlFiles.find((name) => pattern.test(this.text(name))) ?? null;
  }
}

/** A versioned file as a layout names it, before it is read. */
export interface VersionedFile {
  rel: string;
  id: string;
  order: VersionOrder;
  name: string;
}

/**
 * Reads versioned files and puts them in version order. Every unreadable file and every pair
 * with the same version is recorded, not thrown, so one run reports all of them.
 */
export function readVersioned(folder: Folder, files: VersionedFile[], opts: LoadOptions, problems: Problems, extra: ReadExtra, duplicateHint: string): Migration[] {
  const read = files.flatMap((f) => {
    const migration = problems.attempt(() => readMigration(folder.abs(f.rel), { id: f.id, order: f.order, kind: 'versioned', name: f.name }, opts, { ...extra, text: folder.text(f.rel), file: folder.display(f.rel) }));
    return migration ? [migration] : [];
  });
  read.sort((a, b) => compareVersions(a.order, b.order) || compareStrings(a.file, b.file));
  for (let i = 1; i < read.length; i++) {
    const prev = read[i - 1]!;
    const cur = read[i]!;
    if (compareVersions(prev.order, cur.order) === 0) {
      problems.add(
        configError(`${prev.file} and ${cur.file} have the same version ${cur.id}`, { location: { file: cur.file }, hint: duplicateHint }),
      );
    }
  }
  return read;
}

/** Repeatables run by name, after the versioned ones; two with one name are a problem. */
export function sortRepeatables(repeatables: Migration[], problems: Problems): Migration[] {
  repeatables.sort((a, b) => compareStrings(a.id, b.id));
  for (let i = 1; i < repeatables.length; i++) {
    const prev = repeatables[i - 1]!;
    const cur = repeatables[i]!;
    if (prev.id === cur.id) {
      problems.add(
        configError(`${prev.file} and ${cur.file} are both repeatable migration ${cur.id}`, {
          location: { file: cur.file },
          hint: 'Rename one of them: a repeatable migration is identified by its name.',
        }),
      );
    }
  }
  return repeatables;
}

/** A `.sql` file whose name the layout cannot read as a migration. */
export function unnamedFile(folder: Folder, rel: string, layout: string, pattern: string, problems: Problems): void {
  const file = folder.display(rel);
  problems.add(
    configError(`${file}: cannot tell a migration version from this file name (read as a ${layout} folder)`, {
      location: { file },
      hint: `Name ${layout} migrations ${pattern}; move files that are not migrations out of the folder, or set \`format\` if this is another tool's layout.`,
    }),
  );
}

/**
 * The text with every line outside `keep` blanked, line breaks kept: the splitter then sees
 * only one section of a file (goose's Up, dbmate's migrate:up) and every statement keeps the
 * line it has in the file.
 */
export function keepLines(text: string, keep: (lineIndex: number) => boolean): string {
  const pieces = text.split(/(\r\n|\r|\n)/);
  return pieces.map((piece, i) => (i % 2 === 1 || keep(i / 2) ? piece : '')).join('');
}

export const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** `<digits>_<name>.sql`, the naming most tools share. */
export function digitsName(fileName: string, pattern = /^(\d+)_(.*)\.sql$/i): { id: string; name: string } | null {
  const match = pattern.exec(fileName);
  return match ? { id: match[1]!, name: match[2]! } : null;
}

/**
 * The top-level `.sql` files named `<digits>_<name>.sql` (or `pattern`), as versioned files; any
 * other name is a problem naming the file.
 */
export function digitsFiles(folder: Folder, layout: string, expected: string, problems: Problems, pattern?: RegExp): VersionedFile[] {
  return folder.sqlFiles.flatMap((name) => {
    const parsed = digitsName(name, pattern);
    if (parsed) return [{ rel: name, id: parsed.id, order: parseVersion(parsed.id)!, name: parsed.name }];
    unnamedFile(folder, name, layout, expected, problems);
    return [];
  });
}

/** Every top-level `.sql` file: what a flat layout reads (or reports). */
export const topLevelSql = (folder: Folder): string[] => folder.sqlFiles.map((n) => folder.abs(n));
