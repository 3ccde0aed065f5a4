import type { Knex } from 'knex';
import type { Reads } from '../../src/db/read-statements.js';

/** A statement as knex ran it: native placeholders (`?` on SQLite, `$1…` on PostgreSQL). */
export interface CapturedStatement {
  sql: string;
  bindings: readonly unknown[];
}

/** Records the SELECTs, UPDATEs and DELETEs the service sends through `db` until `stop()`. */
export function captureStatements(db: Knex): { statements: CapturedStatement[]; stop(): void } {
  const statements: CapturedStatement[] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) => {
    if (/^\s*(with|select|update|delete)\b/i.test(query.sql)) statements.push({ sql: query.sql, bindings: query.bindings ?? [] });
  };
  db.on('query', listener);
  return { statements, stop: () => void db.off('query', listener) };
}

/** `reads` that also records, while `capturing()`, the statements it runs: they bypass knex's
 * 'query' event (on PostgreSQL and on a SQLite file), so captureStatements alone misses them. */
export function capturedReads(reads: Reads, capturing: () => CapturedStatement[] | undefined): Reads {
  return {
    all: (query) => {
      const { sql, bindings } = query.toSQL().toNative();
      capturing()?.push({ sql, bindings: bindings ?? [] });
      return reads.all(query);
    },
    close: () => reads.close(),
  };
}

/** Full scans of a table in the statement's plan: `SCAN <table>` on SQLite (with or without a
 * covering index: either way every row is read); on PostgreSQL, with sequential scans
 * discouraged, a `Seq Scan` or an index scan with no index condition (the whole index, read only
 * for its order). Each finding reads `<table>: <plan line>`. */
export async function fullScans(db: Knex, statement: CapturedStatement): Promise<string[]> {
  return db.client.config.client === 'pg' ? postgresFullScans(db, statement) : sqliteFullScans(db, statement);
}

async function sqliteFullScans(db: Knex, statement: CapturedStatement): Promise<string[]> {
  const plan: Array<{ detail: string }> = await db.raw(`explain query plan ${statement.sql}`, statement.bindings as Knex.RawBinding[]);
  // A statement with no WHERE that reads in index order and stops at its LIMIT (the newest page of
  // a log) reads `limit` rows, not the table: SQLite shows it as a SCAN too.
  const boundedWalk = !/\bwhere\b/i.test(statement.sql) && /\border by\b[^()]*\blimit\b/i.test(statement.sql) && !plan.some(({ detail }) => /TEMP B-TREE/.test(detail));
  const scans: string[] = [];
  for (const { detail } of plan) {
    // `SCAN t`, `SCAN t AS alias`, `SCAN t USING [COVERING] INDEX i`; not `SCAN CONSTANT ROW` or a
    // subquery's or CTE's own result (named in parentheses, or by the CTE's name: the caller
    // lists project tables only).
    const match = /^SCAN (\w+)/.exec(detail);
    if (match && match[1] !== 'CONSTANT' && !boundedWalk) scans.push(`${match[1]}: ${detail}`);
  }
  return scans;
}

async function postgresFullScans(db: Knex, statement: CapturedStatement): Promise<string[]> {
  // knex.raw takes `?`; the captured SQL numbers its parameters, in order of appearance.
  const numbers: number[] = [];
  const sql = statement.sql.replace(/\$(\d+)/g, (_, n: string) => (numbers.push(Number(n)), '?'));
  const bindings = numbers.map((n) => statement.bindings[n - 1]) as Knex.RawBinding[];
  return db.transaction(async (trx) => {
    await trx.raw('set local enable_seqscan = off');
    const result = await trx.raw(`explain (format json) ${sql}`, bindings);
    const scans: string[] = [];
    const visit = (node: Record<string, any>, parent?: Record<string, any>) => {
      const type = String(node['Node Type']);
      const relation = node['Relation Name'] as string | undefined;
      // An index read in order under a LIMIT, with nothing filtered out, stops after `limit` rows.
      const bounded = parent?.['Node Type'] === 'Limit' && !node.Filter;
      const wholeIndex = /Index/.test(type) && type !== 'Bitmap Heap Scan' && !node['Index Cond'] && !bounded;
      if (relation && (type === 'Seq Scan' || wholeIndex)) {
        scans.push(`${relation}: ${type}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}${node.Filter ? ` filter ${node.Filter}` : ''}${parent ? ` (under ${parent['Node Type']})` : ''}`);
      }
      if (type === 'Bitmap Index Scan' && !node['Index Cond']) scans.push(`${node['Index Name']}: ${type} with no condition`);
      for (const child of (node.Plans as Record<string, any>[] | undefined) ?? []) visit(child, node);
    };
    visit(result.rows[0]['QUERY PLAN'][0].Plan);
    return scans;
  });
}
