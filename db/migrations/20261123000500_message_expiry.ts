import type { Knex } from 'knex';

// Messages carrying a one-time code are useless (and only a liability) once the code expires: the
// outbox stops retrying them then and wipes their text.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (table) => {
    table.string('expires_at', 24).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (table) => {
    table.dropColumn('expires_at');
  });
}
