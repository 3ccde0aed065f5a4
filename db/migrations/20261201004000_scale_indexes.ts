import type { Knex } from 'knex';

// Indexes for the reads that walked whole tables, found by test/db/query-plans.test.ts on a
// seeded database (issue 11: every list and support search uses an index, at 20,000 accounts as
// at 20). Additive only: no table changes, so an older release runs fine on the migrated database.

export async function up(knex: Knex): Promise<void> {
  const postgres = knex.client.config.client === 'pg';
  // Support's email search matches a prefix with LIKE. PostgreSQL uses a b-tree for `LIKE 'ada%'`
  // only through the pattern operator class (unless the database collation is C); SQLite only
  // through an index with the NOCASE collation, because its LIKE ignores ASCII case. The stored
  // value is lower-case already, so neither changes what matches.
  await knex.raw(
    postgres
      ? 'create index accounts_email_prefix on accounts (email_normalized varchar_pattern_ops)'
      : 'create index accounts_email_prefix on accounts (email_normalized collate nocase)',
  );
  // The countries accounts are registered in, for reading a national phone number: a walk from one
  // distinct value to the next (support-search-store.ts), not a read of every account.
  await knex.schema.alterTable('accounts', (table) => table.index(['country'], 'accounts_country'));
  // Support's card search by last4 starts from the cards (kept, removed, and failed ones in the
  // history), then looks the few accounts up by id.
  await knex.schema.alterTable('cards', (table) => table.index(['last4', 'account_id'], 'cards_last4'));
  await knex.schema.alterTable('card_history', (table) => table.index(['last4', 'account_id'], 'card_history_last4'));
  // Support's account view lists the account's holds.
  await knex.schema.alterTable('holds', (table) => table.index(['account_id', 'created_at'], 'holds_account_created'));
  // The outbox gauge (count and oldest of the pending messages) from the index alone.
  await knex.schema.alterTable('messages', (table) => table.index(['status', 'created_at'], 'messages_status_created'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (table) => table.dropIndex(['status', 'created_at'], 'messages_status_created'));
  await knex.schema.alterTable('holds', (table) => table.dropIndex(['account_id', 'created_at'], 'holds_account_created'));
  await knex.schema.alterTable('card_history', (table) => table.dropIndex(['last4', 'account_id'], 'card_history_last4'));
  await knex.schema.alterTable('cards', (table) => table.dropIndex(['last4', 'account_id'], 'cards_last4'));
  await knex.schema.alterTable('accounts', (table) => table.dropIndex(['country'], 'accounts_country'));
  await knex.raw('drop index accounts_email_prefix');
}
