import type { Knex } from 'knex';

// Messages carrying a one-time code are useless (and only a liability) once the code expires: the
// outbox stops retrying them then and wipes their text. While they wait, their code is stored
// sealed by the field cipher, which is longer than the 10 characters the plain code needed.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (table) => {
    table.string('expires_at', 24).nullable();
    table.text('code').nullable().alter();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (table) => {
    table.dropColumn('expires_at');
    table.string('code', 10).nullable().alter();
  });
}
