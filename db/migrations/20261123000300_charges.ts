import type { Knex } from 'knex';

// Charges taken by billing jobs, every try at a card, and the idempotency store behind every POST.
// Timestamps are ISO-8601 UTC strings and JSON is text, as in the first migration.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('charges', (table) => {
    table.string('id', 40).primary();
    table.string('account_id', 40).notNullable().references('accounts.id');
    // One charge per (account, key), whoever asks and however often: this constraint, not the
    // HTTP idempotency store, is what makes two workers or twenty retries produce one charge.
    table.string('idempotency_key', 255).notNullable();
    // SHA-256 of amount, currency, description and reference: the same key with another request
    // is refused rather than answered with a charge for something else.
    table.string('request_hash', 64).notNullable();
    table.bigInteger('amount').notNullable();
    table.string('currency', 3).notNullable();
    table.text('description').nullable();
    table.string('reference', 255).nullable();
    table.string('status', 20).notNullable(); // processing | succeeded | failed
    table.string('failure_code', 40).nullable(); // all_cards_declined | no_usable_card
    table.string('card_id', 40).nullable().references('cards.id'); // the card that paid
    // The lease: whoever holds an unexpired `locked_by` runs the fallback; it is taken and renewed
    // only by conditional UPDATEs, so two processes never try cards for one charge at once.
    table.string('locked_by', 40).nullable();
    table.string('locked_until', 24).nullable();
    // A charge left processing (unknown gateway outcome, unavailable gateway, crash) is settled by
    // the recovery job, not before this time; passes count toward its backoff.
    table.string('settle_after', 24).nullable();
    table.integer('recovery_passes').notNullable().defaultTo(0);
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.string('completed_at', 24).nullable();
    table.unique(['account_id', 'idempotency_key']);
    table.index(['account_id', 'created_at']);
    table.index(['status', 'settle_after']);
  });

  // One row per try at a card, written (pending) before the gateway is called. The gateway's
  // idempotency keys derive from (charge id, number), and the intent id is stored before the
  // confirmation that moves money, so recovery can always ask the gateway what became of it.
  await knex.schema.createTable('charge_attempts', (table) => {
    table.string('id', 40).primary();
    table.string('charge_id', 40).notNullable().references('charges.id');
    table.integer('number').notNullable();
    table.string('card_id', 40).notNullable().references('cards.id');
    table.string('brand', 20).notNullable();
    table.string('last4', 4).notNullable();
    table.string('gateway', 20).notNullable();
    table.string('gateway_customer_id', 255).notNullable();
    table.string('gateway_payment_method_id', 255).notNullable();
    table.string('intent_id', 255).nullable();
    table.string('status', 20).notNullable(); // pending | succeeded | declined | error
    // Why an error: gateway_error (the gateway refused the request; the card is not tried again),
    // gateway_unavailable or interrupted (no money moved; the card may be tried again).
    table.string('error_code', 40).nullable();
    table.string('decline_code', 60).nullable();
    table.string('gateway_code', 60).nullable();
    table.text('message').nullable();
    table.string('gateway_request_id', 255).nullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.string('completed_at', 24).nullable();
    table.unique(['charge_id', 'number']);
    table.index(['card_id']);
  });

  // The HTTP idempotency store. `scope` is the caller (token subject and scopes, or the client
  // address), so one caller's key never replays another's response. Only a hash of the request
  // is kept; the response body is encrypted, since some responses carry tokens.
  await knex.schema.createTable('idempotency_keys', (table) => {
    table.string('scope', 255).notNullable();
    table.string('key', 255).notNullable();
    table.string('request_hash', 64).notNullable();
    table.string('status', 20).notNullable(); // in_progress | completed
    table.integer('response_status').nullable();
    table.text('response_headers').nullable(); // JSON
    table.text('response_body').nullable(); // FieldCipher text
    // While in progress: the request holding the key, heartbeated; a crashed request's key is
    // usable again once its lock runs out.
    table.string('locked_by', 64).nullable();
    table.string('locked_until', 24).nullable();
    table.string('created_at', 24).notNullable();
    table.primary(['scope', 'key']);
    table.index(['created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('idempotency_keys');
  await knex.schema.dropTable('charge_attempts');
  await knex.schema.dropTable('charges');
}
