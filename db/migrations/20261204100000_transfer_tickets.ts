import type { Knex } from 'knex';

// Bank transfer tickets (seed 002): a customer says "I paid by bank transfer" and uploads the
// bank's certificate; support credits the balance or rejects the ticket. The certificate's bytes
// live in the database, not on one instance's disk, so every instance can serve it.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('transfer_tickets', (table) => {
    // Orders tickets (newest first for the customer, oldest first for support) and drives paging:
    // timestamps tie within a millisecond, random ids say nothing about order.
    table.increments('seq').primary();
    table.string('id', 40).notNullable().unique();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.string('status', 20).notNullable(); // submitted | credited | rejected
    table.bigInteger('amount').notNullable();
    table.string('currency', 3).notNullable();
    table.string('reference', 255).notNullable();
    // The reference while the ticket is open, null once decided: unique per account, so a second
    // open ticket for the same transfer is refused by the database whatever the race (NULLs
    // never collide, so decided tickets do not block a new one).
    table.string('open_reference', 255).nullable();
    table.string('paid_on', 10).notNullable(); // YYYY-MM-DD, as the customer gave it
    table.text('note').nullable();
    table.string('certificate_type', 40).notNullable();
    table.integer('certificate_size').notNullable();
    table.text('rejection_reason').nullable();
    table.string('transaction_id', 40).nullable(); // the ledger entry that credited it
    table.string('decided_by', 255).nullable(); // the support operator
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.string('decided_at', 24).nullable();
    table.unique(['account_id', 'open_reference']);
    table.index(['account_id', 'seq']);
    table.index(['status', 'seq']);
    table.check("?? in ('submitted', 'credited', 'rejected')", ['status'], 'transfer_tickets_status_known');
    table.check('?? > 0', ['amount'], 'transfer_tickets_amount_positive');
    table.check("(?? = 'submitted') = (?? is not null)", ['status', 'open_reference'], 'transfer_tickets_open_reference_while_submitted');
    table.check("?? <> 'rejected' or ?? is not null", ['status', 'rejection_reason'], 'transfer_tickets_rejection_reasoned');
    table.check("?? <> 'credited' or ?? is not null", ['status', 'transaction_id'], 'transfer_tickets_credit_recorded');
  });

  await knex.schema.createTable('transfer_ticket_certificates', (table) => {
    table.string('ticket_id', 40).primary().references('transfer_tickets.id');
    table.string('content_type', 40).notNullable(); // recognised from the bytes, never the client's word
    table.integer('size').notNullable();
    table.string('sha256', 64).notNullable();
    table.binary('content').notNullable(); // bytea on PostgreSQL, BLOB on SQLite
    table.check('?? > 0', ['size'], 'transfer_ticket_certificates_not_empty');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('transfer_ticket_certificates');
  await knex.schema.dropTable('transfer_tickets');
}
