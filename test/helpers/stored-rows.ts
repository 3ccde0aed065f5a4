import type { Knex } from 'knex';

/** Every row of every table of the service (migrations' own tables left out), as one JSON text
 * per table: what a test reads to prove nothing was written, or that no card number was. */
export async function storedRows(db: Knex): Promise<Record<string, string>> {
  const client = String(db.client.config.client);
  const tables =
    client === 'pg'
      ? ((await db.raw("select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")).rows as Array<{ name: string }>)
      : ((await db.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")) as Array<{ name: string }>);
  const rows: Record<string, string> = {};
  for (const { name } of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    if (name.startsWith('knex_migrations')) continue;
    rows[name] = JSON.stringify(await db(name).select('*').orderByRaw('1'));
  }
  return rows;
}
