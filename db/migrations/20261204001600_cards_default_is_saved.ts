import type { Knex } from 'knex';

// The default card is the one charged first, so it must be a saved card: never one waiting for
// 3-D Secure (`requires_action`) nor one being saved by a top-up that is not paid yet (`pending`).
// The service refuses both (409 card_not_active); the database does too, as it refuses a removed
// default (cards_removed_never_default): a CHECK on PostgreSQL, two triggers on SQLite (which
// cannot add a CHECK to an existing table). Saved statuses (`active`, `expired`, and any later
// one such as the network rules' `do_not_retry`) may be the default: a default card that expires
// stays the default until the customer picks another.
//
// Before this, a `pending` card could be made the default, which left its top-up unable to end.
// Such rows are repaired first: the card loses the flag, and the account's first saved live card
// in charge order becomes the default (none when it has no saved card). The top-up then ends as
// usual (its card becomes active when paid, or is removed when cancelled).

const NOT_SAVED = "('pending', 'requires_action')";

export async function up(knex: Knex): Promise<void> {
  await repairUnsavedDefaults(knex);
  if (knex.client.config.client === 'pg') {
    await knex.raw(`alter table cards add constraint cards_default_is_saved check (not is_default or status not in ${NOT_SAVED})`);
  } else {
    for (const event of ['insert', 'update']) {
      await knex.raw(
        `create trigger cards_default_is_saved_${event} before ${event} on cards
         when new.is_default and new.status in ${NOT_SAVED}
         begin select raise(abort, 'cards_default_is_saved: a card that is not saved yet cannot be the default'); end`,
      );
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') {
    await knex.raw('alter table cards drop constraint cards_default_is_saved');
  } else {
    for (const event of ['insert', 'update']) await knex.raw(`drop trigger cards_default_is_saved_${event}`);
  }
}

async function repairUnsavedDefaults(knex: Knex): Promise<void> {
  const wrong: Array<{ id: string; account_id: string }> = await knex('cards')
    .where({ is_default: true })
    .whereNull('deleted_at')
    .whereIn('status', ['pending', 'requires_action'])
    .select('id', 'account_id');
  for (const card of wrong) {
    // The flag goes first: one live default per account at every statement (cards_one_live_default).
    await knex('cards').where({ id: card.id }).update({ is_default: false });
    const next = await knex('cards')
      .where({ account_id: card.account_id })
      .whereNull('deleted_at')
      .whereNotIn('status', ['pending', 'requires_action'])
      .orderBy([{ column: 'position' }, { column: 'created_at' }, { column: 'id' }])
      .first('id');
    if (!next) continue;
    // The new default comes first in charge order: it takes position 0 and the others move down.
    const live: Array<{ id: string }> = await knex('cards')
      .where({ account_id: card.account_id })
      .whereNull('deleted_at')
      .orderBy([{ column: 'position' }, { column: 'created_at' }, { column: 'id' }])
      .select('id');
    const order = [next.id as string, ...live.map((row) => row.id).filter((id) => id !== next.id)];
    for (const [position, id] of order.entries()) await knex('cards').where({ id }).update({ position, is_default: id === next.id });
  }
}
