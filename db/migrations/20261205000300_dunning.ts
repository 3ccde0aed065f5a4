import type { Knex } from 'knex';

// Past-due charges (issue 20): a charge asked to keep collecting (`on_failure = 'retry'`) stays
// `past_due` when no card pays, with the time of its next round; each round's tries carry their
// round number (0: the billing job's own pass). `charge_notices` holds one row per notice sent, so
// the database itself refuses a second notice for the same charge, round and channel.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('charges', (table) => {
    table.string('on_failure', 10).notNullable().defaultTo('fail'); // fail | retry
    table.integer('dunning_round').notNullable().defaultTo(0);
    table.string('past_due_since', 30).nullable();
    table.string('next_retry_at', 30).nullable();
    table.index(['status', 'next_retry_at'], 'charges_dunning_due');
  });
  await knex.schema.alterTable('charge_attempts', (table) => {
    table.integer('round').notNullable().defaultTo(0);
  });
  await knex.schema.createTable('charge_notices', (table) => {
    table.string('id', 40).primary();
    table.string('charge_id', 40).notNullable().references('id').inTable('charges');
    table.string('account_id', 40).notNullable();
    table.integer('round').notNullable();
    table.string('notice', 20).notNullable(); // first_failure | retry_failed | final
    table.string('channel', 10).notNullable(); // email | sms
    table.string('message_id', 40).notNullable();
    table.string('created_at', 30).notNullable();
    table.unique(['charge_id', 'round', 'channel']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('charge_notices');
  await knex.schema.alterTable('charge_attempts', (table) => {
    table.dropColumn('round');
  });
  await knex.schema.alterTable('charges', (table) => {
    table.dropIndex(['status', 'next_retry_at'], 'charges_dunning_due');
    table.dropColumn('next_retry_at');
    table.dropColumn('past_due_since');
    table.dropColumn('dunning_round');
    table.dropColumn('on_failure');
  });
}
