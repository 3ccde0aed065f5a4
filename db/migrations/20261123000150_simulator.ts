import type { Knex } from 'knex';

// The embedded gateway simulator keeps its "remote" state in its own tables, so that a restart of
// the service does not forget what the gateway already did (a charge that succeeded just before a
// crash must still read as succeeded afterwards). Nothing outside `src/gateway/simulator/` reads
// these tables. Timestamps are ISO-8601 strings and JSON is text, as everywhere else.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('simulator_customers', (table) => {
    table.string('id', 40).primary();
    table.string('account_id', 40).notNullable();
    table.string('email', 320).notNullable();
    table.string('created_at', 24).notNullable();
  });

  await knex.schema.createTable('simulator_payment_methods', (table) => {
    table.string('id', 40).primary();
    // The Stripe test id it was made from (pm_card_visa, …): it decides every later outcome.
    table.string('test_card_id', 80).notNullable();
    table.string('customer_id', 40).nullable().references('simulator_customers.id');
    table.string('brand', 20).notNullable();
    table.string('last4', 4).notNullable();
    table.integer('exp_month').notNullable();
    table.integer('exp_year').notNullable();
    table.string('fingerprint', 32).notNullable();
    table.string('funding', 10).notNullable();
    table.string('country', 2).notNullable();
    // Cards that authenticate "unless set up" stop asking once a 3-D Secure hold set them up.
    table.boolean('set_up_for_off_session').notNullable().defaultTo(false);
    table.string('detached_at', 24).nullable();
    table.string('created_at', 24).notNullable();
  });

  await knex.schema.createTable('simulator_intents', (table) => {
    table.string('id', 40).primary();
    table.string('purpose', 10).notNullable(); // hold | charge
    table.string('customer_id', 40).notNullable().index();
    // A simulator pm id, or a Stripe test id used directly (Stripe accepts both).
    table.string('payment_method_id', 80).notNullable();
    table.bigInteger('amount').notNullable();
    table.string('currency', 3).notNullable(); // upper case
    table.string('status', 20).notNullable(); // the port's IntentStatus
    table.text('decline').nullable(); // JSON Decline of the last failed confirmation
    table.text('return_url').nullable();
    table.text('description').nullable();
    table.text('metadata').notNullable();
    table.boolean('setup_future_usage').notNullable().defaultTo(false);
    table.boolean('refunded').notNullable().defaultTo(false);
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
  });

  // Stripe replays the first response for a key; the hash of operation + parameters tells a true
  // retry from a reused key.
  await knex.schema.createTable('simulator_idempotency_keys', (table) => {
    table.string('key', 255).primary();
    table.string('request_hash', 64).notNullable();
    table.text('response').notNullable();
    table.string('created_at', 24).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('simulator_idempotency_keys');
  await knex.schema.dropTableIfExists('simulator_intents');
  await knex.schema.dropTableIfExists('simulator_payment_methods');
  await knex.schema.dropTableIfExists('simulator_customers');
}
