import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { TABLE_OWNERS } from '../../../scripts/architecture/table-owners.js';
import { foreignTableReferences, tableReferences } from '../../../scripts/architecture/table-references.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tables = new Set(Object.keys(TABLE_OWNERS));
const namedIn = (text: string) => tableReferences('x.ts', text, tables).map((reference) => `${reference.line}:${reference.table}`);

describe('which feature names which table (issue 18)', () => {
  it('when a call names a table, with or without an alias, or raw SQL reads one, then the scan finds it', () => {
    expect(namedIn(`db('cards').where({ id });\ntrx("charges as c").first();\nq.leftJoin('payers as p', on);\nsub.from(\`card_history as h\`);`)).to.deep.equal(['1:cards', '2:charges', '3:payers', '4:card_history']);
    expect(namedIn('db.raw(`with x as (\n select min(country) from accounts a join payers p on p.account_id = a.id)`)')).to.deep.equal(['1:accounts', '1:payers']);
  });

  it('when a string merely equals a table name, or a text says "from", then it is no SQL', () => {
    expect(namedIn(`const source = 'cards';\nif (source === 'cards') z.enum(['cards', 'balance']);\nthrow new Error('on its way from charges still running');\ndb('simulator_intents');`)).to.deep.equal([]);
  });

  it('when src/features and src/metrics are read, then no feature\'s SQL (nor the metrics\') names a table another feature owns', () => {
    expect(foreignTableReferences(root, TABLE_OWNERS), 'ask the owning feature through a port it exports (docs/architecture.md)').to.deep.equal([]);
  });
});
