import type { Knex } from 'knex';

// A low-balance text caused by the balance part of a `balance_then_cards` charge reports a debit
// that stands only if the cards pay the rest. Such a message names its charge: the outbox sends it
// once the charge has succeeded, and the charge's reversal withdraws it in the same transaction
// (status `withdrawn`), so a charge whose cards all decline sends no text. Messages without a
// charge (all of them before this) are sent as before.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (table) => {
    table.string('after_charge_id', 40).nullable().index();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (table) => {
    table.dropIndex(['after_charge_id']);
    table.dropColumn('after_charge_id');
  });
}
