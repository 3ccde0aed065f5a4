import type { Knex } from 'knex';

// The card vault. Timestamps are ISO-8601 UTC strings and JSON is text, as in the first migration.
// Cards are soft-deleted (deleted_at) because history entries, holds and charge attempts keep
// referring to them; every customer-facing read filters `deleted_at is null`.

export async function up(knex: Knex): Promise<void> {
  // One gateway customer per account, created once with an idempotency key derived from the
  // account id, so a crash between the gateway call and this insert cannot create a second one.
  await knex.schema.createTable('gateway_customers', (table) => {
    table.string('account_id', 40).primary().references('accounts.id');
    table.string('gateway', 20).notNullable(); // simulator | stripe
    table.string('customer_id', 255).notNullable();
    table.string('created_at', 24).notNullable();
  });

  await knex.schema.createTable('cards', (table) => {
    table.string('id', 40).primary();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.string('gateway_payment_method_id', 255).notNullable().index();
    table.string('fingerprint', 255).notNullable();
    table.string('brand', 20).notNullable();
    table.string('last4', 4).notNullable();
    table.integer('exp_month').notNullable();
    table.integer('exp_year').notNullable();
    table.string('holder_name', 200).notNullable();
    table.string('id_type', 10).nullable(); // RUT | OTRO
    // AES-256-GCM (src/crypto/field-cipher.ts); the masked form is kept beside it so that customer
    // reads never need the key.
    table.text('id_number_encrypted').nullable();
    table.string('id_number_masked', 40).nullable();
    table.string('status', 20).notNullable(); // active | requires_action | expired
    table.boolean('is_default').notNullable().defaultTo(false);
    table.integer('position').notNullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.string('deleted_at', 24).nullable();
    table.index(['account_id', 'deleted_at']);
    // The same physical card once per account: this settles two concurrent additions of one card.
    table.unique(['account_id', 'fingerprint'], { indexName: 'cards_live_fingerprint_unique', predicate: knex.whereNull('deleted_at') });
  });

  // The historical-cards log: one row per addition or expiry update, written (pending) before the
  // gateway is called and completed with its result. Customer-facing failure fields are coarse;
  // the gateway_* fields and support_reason are for support only.
  await knex.schema.createTable('card_history', (table) => {
    // Orders the log newest first: timestamps tie within a millisecond and ids are random.
    table.increments('seq').primary();
    table.string('id', 40).notNullable().unique();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.string('card_id', 40).nullable().references('cards.id');
    table.string('action', 20).notNullable(); // add | update_expiry
    table.string('brand', 20).nullable(); // unknown until the gateway attached the card
    table.string('last4', 4).nullable();
    table.integer('exp_month').nullable();
    table.integer('exp_year').nullable();
    table.string('fingerprint', 255).nullable();
    table.string('gateway_payment_method_id', 255).nullable();
    table.string('result', 20).notNullable(); // pending | succeeded | failed
    table.string('failure_code', 40).nullable(); // card_declined | authentication_failed | duplicate_card | gateway_unavailable
    table.string('decline_code', 60).nullable(); // what the customer sees (coarse)
    table.text('failure_message').nullable(); // what the customer sees
    table.string('gateway_code', 60).nullable();
    table.string('gateway_decline_code', 60).nullable();
    table.text('gateway_message').nullable();
    table.string('gateway_request_id', 255).nullable();
    table.text('support_reason').nullable();
    // Declines and failed authentications count toward CARD_FAILURES_PER_DAY; duplicates and
    // gateway outages do not.
    table.boolean('counts_as_failure').notNullable().defaultTo(false);
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.index(['account_id', 'created_at']);
    table.index(['card_id']);
  });

  // Verification holds, released by the service exactly once: the release job claims a row with a
  // conditional UPDATE (lease_until, attempts) and calls the gateway with an idempotency key made
  // from the row id, so two workers never both release and a crash mid-call is retried safely.
  await knex.schema.createTable('holds', (table) => {
    table.string('id', 40).primary();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.string('history_id', 40).notNullable().references('card_history.id');
    table.string('gateway_customer_id', 255).notNullable();
    table.string('gateway_payment_method_id', 255).notNullable();
    table.text('return_url').notNullable();
    table.string('intent_id', 255).nullable().index();
    table.text('next_action_url').nullable(); // the 3-D Secure page, while the hold waits for it
    table.bigInteger('amount').notNullable();
    table.string('currency', 3).notNullable();
    // authorizing | requires_action | held | released | release_failed | declined | abandoned
    table.string('status', 20).notNullable();
    table.string('release_after', 24).nullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.string('lease_until', 24).nullable();
    table.text('last_error').nullable();
    table.string('released_at', 24).nullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.index(['status', 'release_after']);
    table.index(['history_id']);
  });

  // Stripe delivers events at least once; the unique event id, inserted in the same transaction as
  // the event's effect, makes processing exactly-once.
  await knex.schema.createTable('webhook_events', (table) => {
    table.string('id', 255).primary(); // the gateway's event id
    table.string('gateway', 20).notNullable();
    table.string('type', 80).notNullable();
    table.string('processed_at', 24).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('webhook_events');
  await knex.schema.dropTable('holds');
  await knex.schema.dropTable('card_history');
  await knex.schema.dropTable('cards');
  await knex.schema.dropTable('gateway_customers');
}
