import { configError } from '../errors.js';
import type { AdoptedJournal, Migration } from '../types.js';
import type { AdoptOptions } from './engine.js';

/**
 * Another tool's journal table, as one engine reads and writes it. Each engine keeps one small
 * module per tool (engines/<engine>/adopted/<tool>.ts); this file chooses among them the same
 * way on every engine: by the table where the tool keeps it AND its columns, never by the name
 * alone (`schema_migrations` is golang-migrate's, dbmate's or Rails's depending on its columns).
 */

/** `schema` is a Postgres schema or a ClickHouse database. */
export interface TableLocation {
  schema: string;
  table: string;
}

/** A column's type as the engine spells it (`bigint`, `character varying(128)`, `UInt32`). */
export type Columns = ReadonlyMap<string, string>;

export type AdoptedContent = Pick<AdoptedJournal, 'checksum' | 'records' | 'blockers'>;

export interface AdoptedTool<C> {
  readonly tool: string;
  /** Where the tool keeps its journal; `defaultSchema` is the connection's current schema or database. */
  location(defaultSchema: string): TableLocation;
  /** Whether a table with these columns is this tool's journal. */
  detect(columns: Columns): boolean;
  /**
   * Tables that, found next to a matching one, say it belongs to another tool with the same
   * columns (Rails keeps `ar_internal_metadata` beside a `schema_migrations` shaped like dbmate's).
   */
  notWith?: string[];
  read(connection: C, at: TableLocation): Promise<AdoptedContent>;
  /** Create the table as the tool itself does, when absent. */
  ensure(connection: C, at: TableLocation): Promise<void>;
  /** Record one applied migration as the tool would. */
  record(connection: C, at: TableLocation, migration: Migration): Promise<void>;
}

/** What an engine tells the adopter about its database. */
export interface Catalog<C> {
  engine: string;
  defaultSchema(connection: C): Promise<string>;
  /** Columns of each of these tables that exists (keyed `schema.table`). */
  columns(connection: C, tables: TableLocation[]): Promise<Map<string, Columns>>;
  log?: (message: string) => void;
}

export const locationName = (at: TableLocation) => `${at.schema}.${at.table}`;

/** `schema.table`, or `table` in the default schema. */
function parseLocation(name: string, defaultSchema: string): TableLocation {
  const dot = name.indexOf('.');
  return dot < 0 ? { schema: defaultSchema, table: name } : { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}

const describeColumns = (columns: Columns) => [...columns].map(([name, type]) => `${name} ${type}`).join(', ');

/**
 * The journals of tools schemagate does not adopt, where each keeps it (in the default schema or
 * database unless named), by names distinctive enough to be theirs alone. Found where no journal
 * was adopted, such a table blocks the first run: what it records as applied would run again.
 */
const UNADOPTED: ReadonlyArray<{ tool: string; table: string; schema?: string }> = [
  { tool: 'sqlx', table: '_sqlx_migrations' },
  { tool: 'Atlas', schema: 'atlas_schema_revisions', table: 'atlas_schema_revisions' },
  { tool: 'Liquibase', table: 'databasechangelog' },
  { tool: 'knex', table: 'knex_migrations' },
  { tool: 'Sequelize', table: 'SequelizeMeta' },
  { tool: 'Entity Framework', table: '__EFMigrationsHistory' },
  { tool: 'Alembic', table: 'alembic_version' },
  { tool: 'Diesel', table: '__diesel_schema_migrations' },
  { tool: 'refinery', table: 'refinery_schema_history' },
  { tool: 'sqitch', schema: 'sqitch', table: 'changes' },
  { tool: 'graphile-migrate', schema: 'graphile_migrate', table: 'migrations' },
];

interface Chosen<C> {
  tool: AdoptedTool<C>;
  at: TableLocation;
  exists: boolean;
}

/** Another tool's journal that stops the first plan until `baseline` (or `adopt: none`) says what it applied. */
function blockedJournal(tool: string, at: TableLocation, message: string, hint: string): AdoptedJournal {
  return {
    tool,
    table: locationName(at),
    checksum: null,
    records: [],
    blockers: [{ message, hint: `${hint} Once schemagate's own journal has rows here, the table is no longer asked about.`, untilJournaled: true }],
  };
}

/** Resolves which tool's journal is adopted (once per engine), then reads and writes it. */
export class Adopter<C> {
  private chosen: Promise<Chosen<C> | null> | undefined;
  /** Tables where tools keep their journals whose columns no such tool writes, when none was adopted. */
  private unreadable: Array<{ at: TableLocation; tools: string[]; columns: Columns }> = [];
  /** The journal of a tool schemagate does not adopt, when none was adopted. */
  private unadopted: { at: TableLocation; tool: string } | null = null;

  constructor(
    private readonly tools: AdoptedTool<C>[],
    private readonly options: AdoptOptions | undefined,
    private readonly catalog: Catalog<C>,
  ) {}

  private resolve(connection: C): Promise<Chosen<C> | null> {
    this.chosen ??= this.choose(connection);
    return this.chosen;
  }

  private async choose(connection: C): Promise<Chosen<C> | null> {
    const options = this.options;
    if (!options || options.tool === 'none') return null;
    const defaultSchema = await this.catalog.defaultSchema(connection);
    const candidates = this.tools
      .filter((t) => options.tool === t.tool || (options.tool === 'auto' && !options.skip?.includes(t.tool)))
      .map((tool) => {
        const table = options.tables?.[tool.tool];
        return { tool, at: table ? parseLocation(table, defaultSchema) : tool.location(defaultSchema) };
      });
    const siblings = candidates.flatMap((c) => (c.tool.notWith ?? []).map((table) => ({ schema: c.at.schema, table })));
    const unadopted = options.tool === 'auto' ? UNADOPTED.map((u) => ({ tool: u.tool, at: { schema: u.schema ?? defaultSchema, table: u.table } })) : [];
    const found = await this.catalog.columns(connection, [...candidates.map((c) => c.at), ...siblings, ...unadopted.map((u) => u.at)]);
    /** Why a table that exists is not this tool's journal; null when it is. */
    const mismatch = ({ tool, at }: (typeof candidates)[number], columns: Columns): string | null => {
      if (!tool.detect(columns)) return `its columns (${describeColumns(columns)}) are not ${tool.tool}'s journal`;
      const other = tool.notWith?.find((table) => found.has(locationName({ schema: at.schema, table })));
      return other ? `${at.schema}.${other} next to it says another tool (not ${tool.tool}) keeps it` : null;
    };
    if (options.tool !== 'auto') {
      const candidate = candidates[0]!;
      const columns = found.get(locationName(candidate.at));
      const why = columns && mismatch(candidate, columns);
      if (why) {
        throw configError(`\`adopt: ${candidate.tool.tool}\`: ${locationName(candidate.at)} exists but ${why}.`, {
          hint: `Point \`adopt\` at the tool that created ${locationName(candidate.at)}, or set it to none.`,
        });
      }
      return { ...candidate, exists: columns !== undefined };
    }
    const judged = candidates.flatMap((c) => {
      const columns = found.get(locationName(c.at));
      return columns ? [{ candidate: c, columns, why: mismatch(c, columns) }] : [];
    });
    const detected = judged.filter((j) => j.why === null).map((j) => j.candidate);
    // Two tools' journals in one database: which one is the truth is the team's call, not ours.
    const unique = [...new Map(detected.map((d) => [locationName(d.at), d])).values()];
    // Why a table was not taken, unless another tool took that very table.
    for (const { candidate, why } of judged) {
      if (why && !unique.some((d) => locationName(d.at) === locationName(candidate.at))) this.catalog.log?.(`${locationName(candidate.at)} is not adopted as ${candidate.tool.tool}'s journal: ${why}.`);
    }
    if (unique.length > 1) {
      throw configError(`This database holds the journals of ${unique.map((d) => `${d.tool.tool} (${locationName(d.at)})`).join(' and ')}; \`adopt: auto\` will not choose between them.`, {
        hint: `Set \`adopt\` to the tool whose journal records what ran here (${unique.map((d) => d.tool.tool).join(' or ')}), or to none.`,
      });
    }
    const only = unique[0];
    if (only) return { ...only, exists: true };
    // A table in a tool's place that no candidate recognises (not even as another tool's, like
    // Rails's schema_migrations) may well record what ran here: the plan must not read as if
    // nothing had (see read).
    const places = new Map<string, { at: TableLocation; tools: string[]; columns: Columns; recognised: boolean }>();
    for (const { candidate, columns } of judged) {
      const place = places.get(locationName(candidate.at)) ?? { at: candidate.at, tools: [], columns, recognised: false };
      place.tools.push(candidate.tool.tool);
      place.recognised ||= candidate.tool.detect(columns);
      places.set(locationName(candidate.at), place);
    }
    this.unreadable = [...places.values()].filter((place) => !place.recognised);
    this.unadopted = unadopted.find((u) => found.has(locationName(u.at))) ?? null;
    return null;
  }

  /** The adopted journal, or null when none is adopted; never creates anything. */
  async read(connection: C): Promise<AdoptedJournal | null> {
    const chosen = await this.resolve(connection);
    const [unknown] = this.unreadable;
    if (!chosen && unknown) {
      const tools = unknown.tools.join(' and ');
      return blockedJournal(
        unknown.tools.join('/'),
        unknown.at,
        `${locationName(unknown.at)}, where ${tools} keep${unknown.tools.length === 1 ? 's' : ''} a journal, has columns (${describeColumns(unknown.columns)}) that ${unknown.tools.length === 1 ? 'it does not write' : 'none of them writes'}: schemagate cannot tell which migrations it records as applied here, and would run every one of them again.`,
        'If that table records these migrations, make its columns its tool\'s or record what ran with mode `baseline` (`baseline-to`); if it does not, set `adopt: none` (CLI: --adopt none).',
      );
    }
    if (!chosen && this.unadopted) {
      const { at, tool } = this.unadopted;
      return blockedJournal(
        tool,
        at,
        `${locationName(at)} is ${tool}'s journal, which schemagate does not read: it cannot tell which migrations ${tool} applied here, and would run every one of them again.`,
        `Record what ${tool} applied with mode \`baseline\` (\`baseline-to\` its last version), and schemagate takes over from there; if that table has nothing to do with these migrations, set \`adopt: none\` (CLI: --adopt none).`,
      );
    }
    if (!chosen) return null;
    const content: AdoptedContent = chosen.exists ? await chosen.tool.read(connection, chosen.at) : NO_RECORDS;
    return { tool: chosen.tool.tool, table: locationName(chosen.at), ...content };
  }

  /** With `adopt-write`, creates the tool's table where it is missing. */
  async ensure(connection: C): Promise<void> {
    const chosen = await this.resolve(connection);
    if (!chosen || !this.options?.write || chosen.exists) return;
    await chosen.tool.ensure(connection, chosen.at);
    chosen.exists = true;
  }

  /** With `adopt-write`, records an applied migration in the tool's table too. */
  async record(connection: C, migration: Migration): Promise<void> {
    if (!this.options?.write) return;
    const chosen = await this.resolve(connection);
    if (chosen?.exists) await chosen.tool.record(connection, chosen.at, migration);
  }

  /** The adopted table, so introspection does not report it as part of the schema. */
  async table(connection: C): Promise<TableLocation | null> {
    return (await this.resolve(connection))?.at ?? null;
  }
}

/**
 * Whether a table has exactly these columns (names; types as the engine spells them, or a
 * pattern). Exact, so a table that merely shares a tool's table name is never taken for it.
 */
export function columnsAre(columns: Columns, expected: Record<string, string | RegExp>): boolean {
  return columns.size === Object.keys(expected).length && columnsInclude(columns, expected);
}

/**
 * Whether a table has at least these columns: for a tool whose own columns are distinctive
 * enough, and whose users add their own (Harbor adds `data_version` to golang-migrate's table).
 */
export function columnsInclude(columns: Columns, expected: Record<string, string | RegExp>): boolean {
  return Object.entries(expected).every(([name, want]) => {
    const type = columns.get(name);
    return type !== undefined && (typeof want === 'string' ? type === want : want.test(type));
  });
}

export const NO_RECORDS: AdoptedContent = { checksum: null, records: [], blockers: [] };
