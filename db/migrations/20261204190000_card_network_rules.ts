import type { Knex } from 'knex';

// Issue 19, the card-network retry rules (docs/cards-and-charges.md "Card-network rules").
// Additive only: new nullable columns and new tables, so an older release runs on the migrated
// database (it neither reads nor writes them).

export async function up(knex: Knex): Promise<void> {
  // What the gateway said with a decline, kept so that the rules (and support) can read it later.
  await knex.schema.alterTable('charge_attempts', (table) => {
    table.string('advice_code', 40).nullable(); // do_not_try_again | try_again_later | confirm_card_data
    table.string('network_decline_code', 10).nullable(); // the issuer's raw code (Visa 43, 51, …)
    table.string('network_advice_code', 10).nullable(); // Mastercard's Merchant Advice Code
    table.string('network', 20).nullable();
  });

  // The cards a charge did not try and why: JSON `[{ card_id, last4, reason, eligible_after? }]`.
  await knex.schema.alterTable('charges', (table) => {
    table.text('skipped').nullable();
  });

  // What the issuer said about retrying a saved card, kept on the card (the customer who can act
  // on it is that account's): do_not_retry (never again until its details change; the card's
  // status says so too) or needs_customer (authentication or card data to confirm on-session),
  // with the code and time, and not_before for Mastercard MAC 24–30.
  await knex.schema.alterTable('cards', (table) => {
    table.string('retry_blocked_reason', 20).nullable();
    table.string('retry_blocked_code', 60).nullable();
    table.string('retry_blocked_at', 24).nullable();
    table.string('retry_not_before', 24).nullable();
  });

  // One row per physical card (the gateway's fingerprint), whatever account saved it: the row
  // that counting its tries locks, so that two charges (in two processes) cannot both take the
  // last try a window allows.
  await knex.schema.createTable('card_retry_states', (table) => {
    table.string('gateway', 20).notNullable();
    table.string('fingerprint', 255).notNullable();
    table.string('updated_at', 24).notNullable();
    table.primary(['gateway', 'fingerprint']);
  });

  // Off-session tries counted by the rules, per physical card: `in_flight` from the moment a try is recorded until its
  // answer (so that concurrent charges cannot exceed a limit together), then `declined`; a try that
  // paid, or moved no money, is removed. Merchant- and customer-initiated tries are counted apart.
  await knex.schema.createTable('card_declined_tries', (table) => {
    table.string('attempt_id', 40).primary();
    table.string('gateway', 20).notNullable();
    table.string('fingerprint', 255).notNullable();
    table.string('network', 20).notNullable();
    table.string('initiator', 10).notNullable(); // merchant | customer
    table.string('status', 10).notNullable(); // in_flight | declined
    table.string('created_at', 24).notNullable();
    table.index(['gateway', 'fingerprint', 'initiator', 'created_at'], 'card_declined_tries_window');
  });

  // How a verification was made: hold (the 1.00 USD hold), zero_amount ($0), or one_unit_hold (the
  // fallback where $0 was refused, released at once). Null on older rows: hold.
  await knex.schema.alterTable('holds', (table) => {
    table.string('method', 20).nullable();
  });

  // Things that happened to an account that billing systems want to hear about (card.do_not_retry
  // now; the billing-events issue adds the rest, GET /v1/events and delivery).
  await knex.schema.createTable('events', (table) => {
    table.string('id', 40).primary(); // evt_ + 20 base62
    table.string('type', 60).notNullable();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.string('created_at', 24).notNullable();
    table.text('data').notNullable(); // JSON { object }
    table.index(['account_id', 'created_at']);
    table.index(['created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('events');
  await knex.schema.alterTable('holds', (table) => table.dropColumn('method'));
  await knex.schema.dropTable('card_declined_tries');
  await knex.schema.dropTable('card_retry_states');
  await knex.schema.alterTable('cards', (table) => {
    table.dropColumn('retry_blocked_reason');
    table.dropColumn('retry_blocked_code');
    table.dropColumn('retry_blocked_at');
    table.dropColumn('retry_not_before');
  });
  await knex.schema.alterTable('charges', (table) => table.dropColumn('skipped'));
  await knex.schema.alterTable('charge_attempts', (table) => {
    table.dropColumn('advice_code');
    table.dropColumn('network_decline_code');
    table.dropColumn('network_advice_code');
    table.dropColumn('network');
  });
}
