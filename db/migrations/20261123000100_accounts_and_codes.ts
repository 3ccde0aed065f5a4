import type { Knex } from 'knex';

// Timestamps are ISO-8601 UTC strings (`toISOString()`, fixed width), which compare correctly as
// text on both SQLite and PostgreSQL. JSON documents are stored as text for the same reason.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('accounts', (table) => {
    table.string('id', 40).primary();
    table.string('email', 320).notNullable();
    // Lower-cased once on write so uniqueness and lookups are case-insensitive on both databases.
    table.string('email_normalized', 320).notNullable().unique();
    table.string('country', 2).notNullable();
    table.string('currency', 3).notNullable();
    table.string('type', 20).nullable(); // individual | enterprise, once details are given
    table.text('details').nullable();
    table.string('mobile', 20).nullable().index(); // E.164, once verified
    table.string('email_verified_at', 24).nullable();
    table.string('mobile_verified_at', 24).nullable();
    table.string('details_completed_at', 24).nullable();
    table.string('status', 20).notNullable().defaultTo('registered'); // registered | active
    table.string('activated_at', 24).nullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
  });

  await knex.schema.createTable('verification_codes', (table) => {
    table.string('id', 40).primary();
    table.string('account_id', 40).notNullable().references('accounts.id');
    // The step the code proves: email (onboarding), mobile (onboarding), sign_in.
    table.string('purpose', 20).notNullable();
    table.string('channel', 10).notNullable(); // email | sms
    table.string('target', 320).notNullable(); // the email or E.164 number it was sent to
    table.string('code_hash', 64).notNullable(); // HMAC-SHA256(secret, code id + code), hex
    table.integer('attempts').notNullable().defaultTo(0);
    table.string('expires_at', 24).notNullable();
    table.string('consumed_at', 24).nullable();
    table.string('voided_at', 24).nullable();
    table.string('created_at', 24).notNullable();
    table.index(['account_id', 'purpose', 'created_at']);
  });

  // One row per wrong code, so the per-account, per-channel budget counts failures over a sliding
  // 24 hours and a fresh code cannot reset it.
  await knex.schema.createTable('code_failures', (table) => {
    table.increments('id').primary();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.string('channel', 10).notNullable();
    table.string('created_at', 24).notNullable();
    table.index(['account_id', 'channel', 'created_at']);
  });

  // The outbox: a message is written in the same transaction as the code it carries, then
  // delivered (and retried) by the dispatcher, so a transport failure never loses a code.
  await knex.schema.createTable('messages', (table) => {
    table.string('id', 40).primary();
    table.string('channel', 10).notNullable(); // email | sms
    table.string('recipient', 320).notNullable();
    table.string('template', 40).notNullable();
    table.text('text').notNullable();
    // The code is kept only until delivery, then wiped; codes are otherwise only stored hashed.
    table.string('code', 10).nullable();
    table.string('status', 20).notNullable().defaultTo('pending'); // pending | sent | failed
    table.integer('attempts').notNullable().defaultTo(0);
    table.string('next_attempt_at', 24).notNullable();
    table.string('lease_until', 24).nullable();
    table.text('last_error').nullable();
    table.string('sent_at', 24).nullable();
    table.string('created_at', 24).notNullable();
    table.index(['status', 'next_attempt_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('messages');
  await knex.schema.dropTable('code_failures');
  await knex.schema.dropTable('verification_codes');
  await knex.schema.dropTable('accounts');
}
