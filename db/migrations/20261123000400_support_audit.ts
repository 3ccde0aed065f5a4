import type { Knex } from 'knex';

// Every read support staff make of customer data leaves a row here, written before the data is
// answered (a read that cannot be recorded is refused). Rows are only ever inserted.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('support_audit_events', (table) => {
    // The sequence orders events newest first and drives `starting_after` paging: timestamps alone
    // tie within a millisecond, and random ids say nothing about order.
    table.increments('seq').primary();
    table.string('id', 40).notNullable().unique();
    table.string('actor', 255).notNullable().index(); // the token's `sub`
    table.string('action', 40).notNullable(); // search_accounts | view_account | read_audit
    table.string('endpoint', 100).notNullable(); // `GET /v1/support/accounts/{id}`: the route, not the raw path
    table.text('query').notNullable(); // JSON: the search keys or paging parameters as given
    table.text('account_ids').notNullable(); // JSON array: every account whose data the answer carried
    // JSON array of the personal data shown in clear (`id_number`), so a reader of the log can
    // tell who saw what beyond the masked view.
    table.text('disclosed').notNullable();
    table.integer('result_count').notNullable();
    table.string('request_id', 128).nullable();
    table.string('created_at', 24).notNullable();
  });

  // One row per account an event touched, so "who looked at this customer?" is an indexed query
  // on both databases rather than a scan through JSON text.
  await knex.schema.createTable('support_audit_event_accounts', (table) => {
    table.integer('event_seq').notNullable().references('support_audit_events.seq');
    table.string('account_id', 40).notNullable();
    table.primary(['event_seq', 'account_id']);
    table.index(['account_id', 'event_seq']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('support_audit_event_accounts');
  await knex.schema.dropTable('support_audit_events');
}
