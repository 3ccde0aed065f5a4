import type { Knex } from 'knex';

// One default among an account's live cards, enforced by the database as well as by the account
// lock the card code takes: a partial unique index, which PostgreSQL and SQLite both support. A
// removed card is never the default: a CHECK on PostgreSQL; SQLite cannot add a CHECK to an
// existing table, so two triggers refuse the same rows there.
//
// Races before this change could leave a removed card marked as the default (so no live card was),
// or gaps in the positions after deletions. The data is repaired first: removed cards lose the
// flag, an account with verified live cards and no default gets its first one in charge order,
// and positions are renumbered 0…n-1 in charge order.

export async function up(knex: Knex): Promise<void> {
  await knex('cards').whereNotNull('deleted_at').andWhere('is_default', true).update({ is_default: false });
  await repairLiveCards(knex);

  await knex.raw('create unique index cards_one_live_default on cards (account_id) where is_default and deleted_at is null');
  if (knex.client.config.client === 'pg') {
    await knex.raw('alter table cards add constraint cards_removed_never_default check (deleted_at is null or not is_default)');
  } else {
    for (const event of ['insert', 'update']) {
      await knex.raw(
        `create trigger cards_removed_never_default_${event} before ${event} on cards
         when new.is_default and new.deleted_at is not null
         begin select raise(abort, 'cards_removed_never_default: a removed card cannot be the default'); end`,
      );
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') {
    await knex.raw('alter table cards drop constraint cards_removed_never_default');
  } else {
    for (const event of ['insert', 'update']) await knex.raw(`drop trigger cards_removed_never_default_${event}`);
  }
  await knex.raw('drop index cards_one_live_default');
}

type LiveCard = { id: string; account_id: string; status: string; is_default: boolean | number; position: number };

async function repairLiveCards(knex: Knex): Promise<void> {
  const rows: LiveCard[] = await knex('cards')
    .whereNull('deleted_at')
    .orderBy([{ column: 'account_id' }, { column: 'is_default', order: 'desc' }, { column: 'position' }, { column: 'created_at' }, { column: 'id' }])
    .select('id', 'account_id', 'status', 'is_default', 'position');
  const byAccount = new Map<string, LiveCard[]>();
  for (const row of rows) byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row]);
  for (const cards of byAccount.values()) {
    const keep = cards.find((card) => Boolean(card.is_default)) ?? cards.find((card) => card.status !== 'requires_action');
    const ordered = keep ? [keep, ...cards.filter((card) => card !== keep)] : cards;
    // Losing the flag before anyone gains it, as the index will require from now on.
    for (const card of ordered) if (Boolean(card.is_default) && card !== keep) await knex('cards').where({ id: card.id }).update({ is_default: false });
    for (const [position, card] of ordered.entries()) {
      const isDefault = card === keep;
      if (Number(card.position) !== position || Boolean(card.is_default) !== isDefault) {
        await knex('cards').where({ id: card.id }).update({ position, is_default: isDefault });
      }
    }
  }
}
