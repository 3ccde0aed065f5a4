import type { Knex } from 'knex';
import { newId } from '../../src/ids.js';

// Issue 21, payers (docs/payers.md). An account pays through one or more payers; each has its own
// cards, its own default card and charge order, and gets its own receipts.
//
// Every account that finished its onboarding details (or already has cards) gets its first payer,
// the default, made from those details with the account's email as receipt_email; its cards,
// charges and top-ups move to it. New accounts get theirs when their details are saved
// (OnboardingService.submitDetails), before they can add a card.
//
// `payer_id` stays nullable on cards, charges and top-ups: an instance of the previous release
// still running during the rollout writes rows without it. The one-default index keeps its name
// and now holds one live default per payer, a card without a payer counting as its account's one
// implicit payer (coalesce), so such rows still get the old per-account rule.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('payers', (table) => {
    table.string('id', 40).primary();
    table.string('account_id', 40).notNullable().references('accounts.id');
    table.enu('kind', ['individual', 'company']).notNullable();
    table.string('legal_name', 200).notNullable();
    table.string('tax_id', 40).nullable();
    table.string('tax_id_type', 20).nullable();
    table.text('address').notNullable(); // JSON: line1, line2?, city, region?, postal_code?, country
    table.string('receipt_email', 320).notNullable();
    table.boolean('is_default').notNullable().defaultTo(false);
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.string('deleted_at', 24).nullable();
    table.index(['account_id']);
  });
  await knex.raw('create unique index payers_one_default on payers (account_id) where is_default and deleted_at is null');

  await knex.schema.alterTable('cards', (table) => table.string('payer_id', 40).nullable().index('cards_payer_id'));
  await knex.schema.alterTable('charges', (table) => table.string('payer_id', 40).nullable());
  await knex.schema.alterTable('topups', (table) => table.string('payer_id', 40).nullable());

  await createFirstPayers(knex);
  for (const table of ['cards', 'charges', 'topups']) {
    await knex.raw(
      `update ${table} set payer_id = (select p.id from payers p where p.account_id = ${table}.account_id and p.is_default and p.deleted_at is null) where payer_id is null`,
    );
  }

  await knex.raw('drop index cards_one_live_default');
  await knex.raw(`create unique index cards_one_live_default on cards (account_id, coalesce(payer_id, '')) where is_default and deleted_at is null`);
}

export async function down(knex: Knex): Promise<void> {
  // Back to one default per account: only the default payer's default stays one.
  await knex.raw('drop index cards_one_live_default');
  await knex.raw(
    `update cards set is_default = ${knex.client.config.client === 'pg' ? 'false' : '0'} where is_default and payer_id is not null and payer_id not in (select id from payers where is_default and deleted_at is null)`,
  );
  await knex.raw('create unique index cards_one_live_default on cards (account_id) where is_default and deleted_at is null');
  // Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+ too): knex would rebuild the SQLite table, which
  // the foreign keys pointing at cards refuse.
  await knex.raw('drop index cards_payer_id');
  for (const table of ['topups', 'charges', 'cards']) await knex.raw(`alter table ${table} drop column payer_id`);
  await knex.schema.dropTable('payers');
}

type AccountForPayer = { id: string; email: string; country: string; type: string | null; details: string | null; created_at: string };

/** The account holder as a payer, from the onboarding details (see payerFromDetails in
 * src/features/payers/first-payer.ts, which new accounts go through; kept apart so this
 * migration does not change with later code). */
async function createFirstPayers(knex: Knex): Promise<void> {
  const accounts: AccountForPayer[] = await knex('accounts')
    .where((which) => which.whereNotNull('details_completed_at').orWhereExists(knex('cards').whereRaw('cards.account_id = accounts.id').select(knex.raw('1'))))
    .select('id', 'email', 'country', 'type', 'details', 'created_at');
  const rows = accounts.map((account) => {
    const details = account.details ? (JSON.parse(account.details) as Record<string, any>) : {};
    const company = account.type === 'enterprise';
    return {
      id: newId('py'),
      account_id: account.id,
      kind: company ? 'company' : 'individual',
      legal_name: String((company ? details.enterprise_name : details.name) ?? account.email),
      tax_id: null,
      tax_id_type: null,
      address: JSON.stringify(details.address ?? { country: account.country }),
      receipt_email: account.email,
      is_default: true,
      created_at: account.created_at,
      updated_at: account.created_at,
      deleted_at: null,
    };
  });
  for (let start = 0; start < rows.length; start += 200) await knex('payers').insert(rows.slice(start, start + 200));
}
