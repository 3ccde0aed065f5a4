import { createKnex } from '../src/db/create-knex.js';
const db = createKnex('/tmp/probe/x.sqlite');
const N = 50000;
const f = () => db('cards').where({ account_id: 'acct_x' }).whereNull('deleted_at').orderBy([{ column: 'is_default', order: 'desc' }, { column: 'position', order: 'asc' }, { column: 'created_at', order: 'asc' }, { column: 'id', order: 'asc' }]).toSQL().toNative();
for (let i = 0; i < 2000; i++) f();
const t = performance.now(); for (let i = 0; i < N; i++) f(); console.log('build+toSQL', ((performance.now() - t) * 1000 / N).toFixed(2), 'us');
process.exit(0);
