import type { Knex } from 'knex';

// A balance line that paid a charge names what it paid for: the charge's description, copied when
// the entry is posted (the ledger is append-only and read without the charges table, which belongs
// to another feature). Older entries keep none; their charge_id still leads to the charge.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('balance_entries', (table) => {
    table.string('description', 1000).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('balance_entries', (table) => {
    table.dropColumn('description');
  });
}
