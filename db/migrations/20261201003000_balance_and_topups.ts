import type { Knex } from 'knex';

// The prepaid balance: one row per account, changed only together with an append-only ledger
// entry, and top-ups that credit it. The invariants that money depends on are the database's,
// not only the code's: the balance can never go below zero, and each top-up, transfer reference
// and charge reversal can be credited once, whatever retries, races or crashes do.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('balances', (table) => {
    table.string('account_id', 40).primary().references('accounts.id');
    table.string('currency', 3).notNullable();
    table.bigInteger('available').notNullable().defaultTo(0);
    // The sequence number of the newest ledger entry: each entry takes the next one, under the
    // account lock, and (account_id, seq) is unique, so two writers can never both append.
    table.integer('last_seq').notNullable().defaultTo(0);
    table.bigInteger('alert_threshold').nullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.check('?? >= 0', ['available'], 'balances_available_not_negative');
    table.check('?? is null or ?? >= 0', ['alert_threshold', 'alert_threshold'], 'balances_alert_threshold_not_negative');
  });

  await knex.schema.createTable('topups', (table) => {
    table.string('id', 40).primary();
    // TU- and digits: unique, so a receipt read out on the phone names one top-up.
    table.string('number', 20).notNullable().unique();
    table.string('account_id', 40).notNullable().references('accounts.id');
    // One top-up per (account, key): twenty identical requests make one row, one payment.
    table.string('idempotency_key', 255).notNullable();
    table.string('request_hash', 64).notNullable();
    table.bigInteger('amount').notNullable();
    table.string('currency', 3).notNullable();
    table.string('status', 20).notNullable(); // new | paid | cancelled
    table.string('card_id', 40).nullable().references('cards.id'); // the saved card paid with, or saved by it
    table.boolean('save_card').notNullable().defaultTo(false);
    table.string('gateway', 20).notNullable();
    table.string('gateway_customer_id', 255).nullable();
    table.string('gateway_payment_method_id', 255).nullable();
    table.string('brand', 20).nullable();
    table.string('last4', 4).nullable();
    table.string('history_id', 40).nullable(); // the card-history entry of a new payment method
    table.string('return_url', 2000).nullable();
    // Stored before the confirmation that moves money, so the settler can always ask the gateway.
    table.string('intent_id', 255).nullable();
    table.string('next_action_url', 2000).nullable();
    table.string('failure_code', 40).nullable();
    table.string('decline_code', 60).nullable();
    table.string('gateway_code', 60).nullable(); // support sees the gateway's real codes
    table.string('gateway_decline_code', 60).nullable();
    table.text('failure_message').nullable();
    table.string('gateway_request_id', 255).nullable();
    // The lease, as on charges: whoever holds an unexpired `locked_by` talks to the gateway for it.
    table.string('locked_by', 40).nullable();
    table.string('locked_until', 24).nullable();
    table.string('settle_after', 24).nullable();
    table.integer('settle_passes').notNullable().defaultTo(0);
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.string('paid_at', 24).nullable();
    table.string('cancelled_at', 24).nullable();
    table.unique(['account_id', 'idempotency_key']);
    table.index(['account_id', 'created_at']);
    table.index(['status', 'settle_after']);
    table.check("?? in ('new', 'paid', 'cancelled')", ['status'], 'topups_status_known');
    table.check('?? > 0', ['amount'], 'topups_amount_positive');
  });

  await knex.schema.createTable('balance_entries', (table) => {
    table.string('id', 40).primary();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.integer('seq').notNullable();
    table.string('type', 20).notNullable(); // topup | charge | charge_reversal | transfer
    table.bigInteger('amount').notNullable(); // signed: credits positive, debits negative
    table.bigInteger('balance_after').notNullable();
    table.string('currency', 3).notNullable();
    table.string('topup_id', 40).nullable().references('topups.id');
    table.string('charge_id', 40).nullable().references('charges.id');
    table.string('transfer_reference', 255).nullable();
    table.string('created_by', 255).nullable(); // the support operator who recorded a transfer
    table.string('created_at', 24).notNullable();
    table.unique(['account_id', 'seq']);
    // Exactly-once credits, enforced here: one credit per top-up, one debit and one reversal per
    // charge, one credit per transfer reference on an account (NULLs never collide).
    table.unique(['topup_id', 'type']);
    table.unique(['charge_id', 'type']);
    table.unique(['account_id', 'transfer_reference']);
    table.check('?? >= 0', ['balance_after'], 'balance_entries_never_negative');
    table.check(
      "(?? in ('topup', 'charge_reversal', 'transfer') and ?? > 0) or (?? = 'charge' and ?? < 0)",
      ['type', 'amount', 'type', 'amount'],
      'balance_entries_sign_matches_type',
    );
    table.check("?? <> 'topup' or ?? is not null", ['type', 'topup_id'], 'balance_entries_topup_named');
    table.check("?? not in ('charge', 'charge_reversal') or ?? is not null", ['type', 'charge_id'], 'balance_entries_charge_named');
    table.check("?? <> 'transfer' or ?? is not null", ['type', 'transfer_reference'], 'balance_entries_transfer_named');
  });

  // How a charge was paid: from cards (as before), the balance, or the balance then cards.
  await knex.schema.alterTable('charges', (table) => {
    table.string('source', 20).notNullable().defaultTo('cards');
    table.bigInteger('balance_amount').notNullable().defaultTo(0);
    table.bigInteger('card_amount').nullable(); // null on charges from before: all of `amount`
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('charges', (table) => {
    table.dropColumn('card_amount');
    table.dropColumn('balance_amount');
    table.dropColumn('source');
  });
  await knex.schema.dropTable('balance_entries');
  await knex.schema.dropTable('topups');
  await knex.schema.dropTable('balances');
}
