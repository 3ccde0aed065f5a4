import type { Knex } from 'knex';

// Automatic top-ups (issue 22): one rule per account, and the top-ups it makes. The database
// holds the two rules money depends on: a top-up per crossing (the crossing is the top-up's
// idempotency key, already unique per account) and never a second automatic top-up while one is
// still `new` (a partial unique index), whatever the number of instances.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('auto_topup_rules', (table) => {
    table.string('account_id', 40).primary().references('accounts.id');
    table.string('currency', 3).notNullable();
    table.bigInteger('threshold').notNullable();
    // Exactly one of the two: add a fixed amount, or fill up to a target.
    table.bigInteger('amount').nullable();
    table.bigInteger('target').nullable();
    table.string('card_id', 40).nullable().references('cards.id'); // null: the default card at the time
    table.bigInteger('monthly_limit').nullable();
    table.string('status', 20).notNullable(); // active | disabled
    table.string('disabled_reason', 60).nullable();
    // The stored-credential agreement merchant-initiated top-ups rely on: the words shown, their
    // version and when the customer agreed.
    table.text('consent_text').notNullable();
    table.string('consent_version', 40).notNullable();
    table.string('consented_at', 24).notNullable();
    // The crossing being served (the id of the debit's ledger entry) and its failed tries in a row.
    table.string('crossing', 40).nullable();
    table.integer('failures').notNullable().defaultTo(0);
    table.string('next_try_at', 24).nullable();
    // The month (YYYY-MM) whose limit the customer was last told about, so they are told once.
    table.string('limit_noticed_month', 7).nullable();
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    // The payer job looks for the rules whose wait is over; most rules have none (null).
    table.index(['next_try_at'], 'auto_topup_rules_next_try');
    table.check("?? in ('active', 'disabled')", ['status'], 'auto_topup_rules_status_known');
    table.check('(?? is null) <> (?? is null)', ['amount', 'target'], 'auto_topup_rules_amount_or_target');
    table.check('?? is null or ?? > ??', ['target', 'target', 'threshold'], 'auto_topup_rules_target_above_threshold');
    table.check('?? >= 0', ['failures'], 'auto_topup_rules_failures_not_negative');
  });

  await knex.schema.alterTable('topups', (table) => {
    // 'customer' (POST /v1/topups) or 'automatic' (a rule's crossing); shown as `trigger`.
    table.string('triggered_by', 20).notNullable().defaultTo('customer');
  });
  await knex.raw("create unique index topups_one_new_automatic on topups (account_id) where triggered_by = 'automatic' and status = 'new'");
  // The payer job's search: new automatic top-ups, oldest first, read by a range, not whole.
  await knex.raw("create index topups_automatic_to_pay on topups (created_at) where triggered_by = 'automatic' and status = 'new'");
  await knex.schema.alterTable('topups', (table) => {
    table.index(['triggered_by', 'account_id', 'created_at'], 'topups_automatic_by_month');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('topups', (table) => {
    table.dropIndex(['triggered_by', 'account_id', 'created_at'], 'topups_automatic_by_month');
  });
  await knex.raw('drop index topups_automatic_to_pay');
  await knex.raw('drop index topups_one_new_automatic');
  await knex.schema.alterTable('topups', (table) => {
    table.dropColumn('triggered_by');
  });
  await knex.schema.dropTable('auto_topup_rules');
}
