import type { Knex } from 'knex';

// Issue 20, billing events and expiring cards (docs/billing-events.md).
//
// The events table of issue 19 is rebuilt once, while it is young:
// - a `seq` orders events (newest first for GET /v1/events, oldest first per account for the
//   webhook): timestamps tie within a millisecond and random ids say nothing about order;
// - no FOREIGN KEY to accounts: on PostgreSQL each insert would take a KEY SHARE lock on the
//   account row, which conflicts with the account lock (FOR UPDATE). A transaction that records an
//   event before (or without) taking the account lock, while another holds that lock and waits on
//   a row the first has changed (a transfer ticket, a card), would deadlock. Events are written
//   by the code that knows the account, and outlive nothing (retention deletes them);
// - the webhook's delivery state.
// An older release keeps working on the new table: it inserts (id, type, account_id, created_at,
// data), and every new column has a default or is nullable.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('events_rebuilt', (table) => {
    table.increments('seq').primary();
    table.string('id', 40).notNullable().unique({ indexName: 'events_id_unique' }); // evt_ + 20 base62
    table.string('type', 60).notNullable();
    table.string('account_id', 40).notNullable();
    table.string('created_at', 24).notNullable();
    table.text('data').notNullable(); // JSON { object }
    // Delivery to BILLING_WEBHOOK_URL: attempts made, when the next may be made, who holds it now
    // (a lease, so two instances never post the same event at once), and how it ended.
    table.integer('attempts').notNullable().defaultTo(0);
    table.string('next_attempt_at', 24).nullable();
    table.string('lease_until', 24).nullable();
    table.string('delivered_at', 24).nullable();
    table.string('given_up_at', 24).nullable();
    table.string('last_error', 500).nullable();
    table.index(['account_id', 'seq'], 'events_account_seq');
    table.index(['type', 'seq'], 'events_type_seq');
    table.index(['created_at'], 'events_created_at');
    // The delivery scan: each account's oldest event still to deliver.
    table.index(['account_id', 'seq'], 'events_undelivered', { predicate: knex.whereNull('delivered_at').whereNull('given_up_at') });
  });
  await knex.raw('insert into events_rebuilt (id, type, account_id, created_at, data) select id, type, account_id, created_at, data from events order by created_at, id');
  await knex.schema.dropTable('events');
  await knex.schema.renameTable('events_rebuilt', 'events');

  // The expiring-card scan: the cards whose expiry month is near.
  await knex.schema.alterTable('cards', (table) => {
    table.index(['exp_year', 'exp_month'], 'cards_expiry');
  });

  // One expiring-card notice per card, expiry and step (30 days, 7 days): the unique key makes the
  // notice, its email and its event happen once, whatever instance scans. `withdrawn`: the card
  // updater brought a new expiry while the email was still waiting in the outbox.
  await knex.schema.createTable('card_expiry_notices', (table) => {
    table.string('id', 40).primary();
    table.string('card_id', 40).notNullable();
    table.string('account_id', 40).notNullable();
    table.integer('exp_month').notNullable();
    table.integer('exp_year').notNullable();
    table.integer('days_before').notNullable();
    table.string('status', 20).notNullable(); // sent | withdrawn
    table.string('message_id', 40).nullable();
    table.string('created_at', 24).notNullable();
    table.string('withdrawn_at', 24).nullable();
    table.unique(['card_id', 'exp_month', 'exp_year', 'days_before'], { indexName: 'card_expiry_notices_once' });
    table.check("?? in ('sent', 'withdrawn')", ['status'], 'card_expiry_notices_status_known');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('card_expiry_notices');
  await knex.schema.alterTable('cards', (table) => table.dropIndex(['exp_year', 'exp_month'], 'cards_expiry'));
  await knex.schema.createTable('events_before', (table) => {
    table.string('id', 40).primary();
    table.string('type', 60).notNullable();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.string('created_at', 24).notNullable();
    table.text('data').notNullable();
  });
  await knex.raw('insert into events_before (id, type, account_id, created_at, data) select id, type, account_id, created_at, data from events');
  await knex.schema.dropTable('events');
  await knex.schema.renameTable('events_before', 'events');
  await knex.schema.alterTable('events', (table) => {
    table.index(['account_id', 'created_at']);
    table.index(['created_at']);
  });
}
