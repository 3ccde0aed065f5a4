import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { createKnex } from '../../src/db/create-knex.js';
import { migrateLatest } from '../../src/db/migrate.js';
import { createReads, type Reads } from '../../src/db/read-statements.js';
import { postTopup } from '../helpers/balance-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { postTicket } from '../helpers/ticket-flow.js';

// Issue 11: a GET only reads. Every GET of the OpenAPI document is called on an account that has
// cards, a charge, a top-up and a transfer, and neither the commit counter (/metrics) nor knex's
// 'query' event sees a write. The one exception is by design: every support read is audited, so
// each support GET writes exactly its audit event (one commit), and nothing else.
//
// The app reads the way main.ts runs it (createReads): on a SQLite *file*, through read-only
// connections (a write there would fail outright), and on PostgreSQL through the reads' own pool.
// Those statements bypass knex's events: a wrapper records them, to check that they are SELECTs
// and that the GETs really went through them.

const WRITE = /^\s*(insert|update|delete)\b/i;
const AUDIT_WRITE = /^\s*insert\s+into\s+["`]?(support_audit_events|support_audit_event_accounts)["`]?\s/i;

/** `reads`, recording each statement it runs. */
function recorded(reads: Reads, statements: string[]): Reads {
  return {
    all: (query) => {
      statements.push(query.toSQL().toNative().sql);
      return reads.all(query);
    },
    close: () => reads.close(),
  };
}

async function commits(t: TestApp): Promise<{ service: number; simulator: number }> {
  const text = (await t.api.get('/metrics')).text;
  const value = (by: string) => Number(new RegExp(`^cardvault_db_commits_total\\{by="${by}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { service: value('service'), simulator: value('simulator') };
}

function suite(name: string, database: () => Promise<{ url: string; drop(): Promise<void> } | undefined>) {
  describe(`GETs never write, on ${name}`, function () {
    let t: TestApp;
    let place: { url: string; drop(): Promise<void> } | undefined;
    let reads: Reads | undefined;
    const readStatements: string[] = [];
    const knexStatements: string[] = [];
    const record = (query: { sql: string }) => void knexStatements.push(query.sql);

    before(async function () {
      place = await database();
      if (!place) {
        console.log('    note: TEST_DATABASE_URL is not set; the PostgreSQL GETs are not checked');
        this.skip();
      }
      // Read connections open on a migrated database (a SQLite file is in WAL mode only then).
      const migrator: Knex = createKnex(place.url);
      await migrateLatest(migrator);
      await migrator.destroy();
      reads = recorded(createReads(place.url), readStatements);
      t = await createTestApp({ databaseUrl: place.url, overrides: { reads } });
      t.db.on('query', record);
    });
    after(async () => {
      t?.db.off('query', record);
      await reads?.close();
      await t?.close();
      await place?.drop();
    });

    it('when the balance is read before and after a top-up, then the read connections see the new commit', async () => {
      const { customer } = await accountWithCards(t, ['pm_card_visa']);
      expect((await t.api.get('/v1/balance').set(customer.auth)).body.available).to.equal(0);
      expect((await postTopup(t, customer, { amount: 1_500 })).status).to.equal(201);
      expect((await t.api.get('/v1/balance').set(customer.auth)).body.available).to.equal(1_500);
      expect((await t.api.get('/v1/topups').set(customer.auth)).body.data).to.have.length(1);
    });

    it('when every GET of the OpenAPI document is called, then only the support GETs write, each its one audit event', async () => {
      const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
      const billing = await billingAuth(t);
      const support = { Authorization: `Bearer ${await t.token('agent.gets', ['support'])}` };
      const charge = await postCharge(t, billing, customer.accountId, { amount: 2_000 });
      expect(charge.status, JSON.stringify(charge.body)).to.equal(201);
      const topup = await postTopup(t, customer, { amount: 10_000 });
      expect(topup.status, JSON.stringify(topup.body)).to.equal(201);
      const transfer = await t.api
        .post(`/v1/support/accounts/${customer.accountId}/transfers`)
        .set(support)
        .set('Idempotency-Key', uniqueKey('transfer'))
        .send({ amount: 5_000, currency: 'USD', reference: 'WIRE-GETS-1' });
      expect(transfer.status, JSON.stringify(transfer.body)).to.equal(201);
      const rule = await t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ threshold: 1_000, amount: 5_000, consent: true });
      expect(rule.status, JSON.stringify(rule.body)).to.equal(200);
      const ticket = await postTicket(t, customer);
      expect(ticket.status, JSON.stringify(ticket.body)).to.equal(201);
      // Whatever the writes above left for the jobs and the outbox is done before counting.
      await t.runJobs();
      await t.messagesSettled();

      const payerId = (await t.api.get('/v1/payers').set(customer.auth)).body.data[0].id as string;
      const auth: Record<string, Record<string, string>> = { account: customer.auth, billing, support };
      const pathValues: Record<string, string> = {
        '/v1/cards/{id}': cards[1]!.id,
        '/v1/payers/{id}': payerId,
        '/v1/cards/{id}/authentication-return': cards[1]!.id,
        '/v1/accounts/{account_id}/charges': customer.accountId,
        '/v1/support/accounts/{id}': customer.accountId,
        '/v1/topups/{id}': topup.body.topup.id,
        '/v1/transfer-tickets/{id}': ticket.body.id,
        '/v1/support/transfer-tickets/{id}/certificate': ticket.body.id,
      };
      const queries: Record<string, Record<string, string | number>[]> = {
        '/v1/support/accounts': [{ email: customer.email }, { phone: '2015550123' }, { last4: cards[0]!.last4 }],
        '/v1/support/audit': [{}, { account_id: customer.accountId }, { actor: 'agent.gets', limit: 1 }],
        '/v1/balance/transactions': [{}, { limit: 1 }],
        '/v1/topups': [{}, { limit: 1 }],
        '/v1/cards': [{}, { payer_id: payerId }],
        '/v1/transfer-tickets': [{}, { limit: 1 }],
        '/v1/support/transfer-tickets': [{}, { status: 'submitted', limit: 1 }],
        '/v1/accounts/{account_id}/charges': [{}, { limit: 1 }],
      };
      const fill = (path: string) => {
        if (path === '/v1/accounts/{account_id}/charges/{id}') return `/v1/accounts/${customer.accountId}/charges/${charge.body.id}`;
        const value = pathValues[path];
        if (path.includes('{') && !value) throw new Error(`${path}: no value for its path parameters; add one to this test`);
        return value ? path.replace(/\{[a-z_]+\}/, value) : path;
      };

      const document = (await t.api.get('/openapi.json')).body as { paths: Record<string, { get?: { security?: Array<{ bearer?: string[] }> } }> };
      const gets = Object.entries(document.paths).filter(([, operations]) => operations.get);
      expect(gets.length).to.be.greaterThan(15);

      const before = await commits(t);
      knexStatements.length = 0;
      readStatements.length = 0;
      let supportCalls = 0;
      const problems: string[] = [];
      for (const [path, operations] of gets) {
        const scope = operations.get!.security?.[0]?.bearer?.[0];
        for (const query of queries[path] ?? [{}]) {
          // Paging on: the second page starts after the first one's first item.
          const from = knexStatements.length;
          const call = async (q: Record<string, string | number>) => {
            const response = await t.api.get(fill(path)).query(q).set(scope ? auth[scope]! : {});
            expect(response.status, `GET ${path} ${JSON.stringify(q)}: ${(response.text ?? "(binary)").slice(0, 300)}`).to.equal(200);
            return response;
          };
          const response = await call(query);
          const firstId = (response.body?.data as Array<{ id: string }> | undefined)?.[0]?.id;
          let calls = 1;
          if (query.limit && firstId) {
            await call({ ...query, starting_after: firstId });
            calls += 1;
          }
          const writes = knexStatements.slice(from).filter((sql) => WRITE.test(sql));
          if (path.startsWith('/v1/support/')) {
            supportCalls += calls;
            const events = writes.filter((sql) => /support_audit_events/i.test(sql) && !/support_audit_event_accounts/i.test(sql));
            if (events.length !== calls || writes.some((sql) => !AUDIT_WRITE.test(sql))) problems.push(`GET ${path} ${JSON.stringify(query)} (${calls} calls): ${writes.join(' | ')}`);
          } else if (writes.length > 0) {
            problems.push(`GET ${path} ${JSON.stringify(query)}: ${writes.join(' | ')}`);
          }
        }
      }
      const after = await commits(t);

      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(supportCalls).to.be.greaterThan(5);
      // One commit per support GET (its audit event), none for any other GET, none at the simulator.
      expect(after).to.deep.equal({ service: before.service + supportCalls, simulator: before.simulator });
      expect(readStatements.filter((sql) => !/^\s*(select|with)\b/i.test(sql)), 'statements run on reads').to.deep.equal([]);
      // The GETs of this task read on `reads`: each of these tables was read there.
      for (const table of ['accounts', 'balances', 'balance_entries', 'topups', 'cards', 'card_history', 'holds', 'support_audit_events']) {
        expect(readStatements.some((sql) => new RegExp(`\\bfrom ["\`]?${table}["\`]?`, 'i').test(sql)), `a read of ${table} on reads`).to.equal(true);
      }
    });
  });
}

let directory: string | undefined;
suite('a SQLite file (read-only read connections)', async () => {
  directory = mkdtempSync(join(tmpdir(), 'cv-gets-'));
  return { url: join(directory, 'vault.sqlite'), drop: async () => rmSync(directory!, { recursive: true, force: true }) };
});
suite('PostgreSQL (TEST_DATABASE_URL, the reads’ own pool)', createPostgresSchema);
