import type { Knex } from 'knex';

// A bank transfer is credited once per reference, and people type references: `inv-1` and
// `INV-1` name the same transfer (banks print references in capitals, support staff may not).
// References are kept as written but compared ignoring letter case (ASCII letters: SQLite's
// lower() folds no others; bank references are ASCII), after the trimming the API already does.
// The database enforces it with a unique index on lower(reference), beside the exact one.
//
// Transfers already credited twice under two spellings stay as they are (the money was booked and
// may have been spent): the index leaves the later ones out by id and covers every other row, so
// no third spelling gets in.

export async function up(knex: Knex): Promise<void> {
  const transfers: Array<{ id: string; account_id: string; transfer_reference: string }> = await knex('balance_entries')
    .whereNotNull('transfer_reference')
    .orderBy([{ column: 'account_id' }, { column: 'seq' }])
    .select('id', 'account_id', 'transfer_reference');
  // The first entry of each spelling group stays in the index (so no further spelling gets in);
  // the later ones, credited before this rule, are left out by id.
  const seen = new Set<string>();
  const later: string[] = [];
  for (const entry of transfers) {
    const key = `${entry.account_id}\u0000${entry.transfer_reference.toLowerCase()}`;
    if (seen.has(key)) later.push(entry.id);
    else seen.add(key);
  }
  // DDL takes no bound parameters: the ids (our own, letters, digits and _) are written in.
  const ids = later.map((id) => {
    if (!/^[A-Za-z0-9_]+$/.test(id)) throw new Error(`unexpected balance entry id ${JSON.stringify(id)}`);
    return `'${id}'`;
  });
  const except = ids.length > 0 ? ` where id not in (${ids.join(', ')})` : '';
  await knex.raw(`create unique index balance_entries_transfer_reference_ci on balance_entries (account_id, lower(transfer_reference))${except}`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index balance_entries_transfer_reference_ci');
}
