import { expect } from 'chai';
import type { Knex } from 'knex';
import { createSimulatorKnex } from '../../src/db/create-knex.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

type Commits = { service: number; simulator: number };

/** `cardvault_db_commits_total` by owner, as GET /metrics shows it. */
async function commits(t: TestApp): Promise<Commits> {
  const text = (await t.api.get('/metrics')).text;
  const read = (by: string) => Number(/\s([\d.e+]+)$/.exec(text.split('\n').find((line) => line.startsWith(`cardvault_db_commits_total{by="${by}"}`)) ?? ' NaN')?.[1]);
  return { service: read('service'), simulator: read('simulator') };
}

/** The statements a knex instance sends while `request` runs. */
async function statementsDuring<T>(db: Knex, request: () => PromiseLike<T>): Promise<{ statements: string[]; response: T }> {
  const statements: string[] = [];
  const listen = (query: { sql?: string }) => void (query.sql && statements.push(query.sql));
  db.on('query', listen);
  try {
    return { response: await request(), statements };
  } finally {
    db.off('query', listen);
  }
}

const touchesSimulator = (sql: string) => /\bsimulator_/i.test(sql);

// GATEWAY=simulator on PostgreSQL (main.ts): the stand-in gateway keeps its bookkeeping on
// connections of its own, so a charge's transactions never wait for a connection the simulator
// holds, and only the simulator's commits are asynchronous.
describe('the simulator on connections of its own (PostgreSQL, billing job)', function () {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let simulatorDb: Knex | undefined;
  let t: TestApp;

  before(async function () {
    schema = await createPostgresSchema();
    if (!schema) {
      console.log('    note: TEST_DATABASE_URL is not set; the simulator-connections suite is skipped');
      this.skip();
    }
    simulatorDb = createSimulatorKnex(schema.url);
    t = await createTestApp({ databaseUrl: schema.url, overrides: { simulatorDb: simulatorDb! } });
  });
  after(async () => {
    await t?.close();
    await simulatorDb?.destroy();
    await schema?.drop();
  });

  it('when a one-card charge is made, then the service’s connections carry none of the simulator’s statements, and the commits still read 3 service and 2 simulator', async () => {
    const billing = await billingAuth(t);
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    await t.messagesSettled();
    const before = await commits(t);

    const simulatorSide = await statementsDuring(simulatorDb!, () => statementsDuring(t.db, () => postCharge(t, billing, customer.accountId, { amount: 1_500 })));
    const serviceSide = simulatorSide.response;
    const charge = serviceSide.response;

    expect(charge.status, JSON.stringify(charge.body)).to.equal(201);
    expect(charge.body.card_id).to.equal(cards[0]!.id);
    expect(serviceSide.statements.filter(touchesSimulator), 'simulator statements on the service’s pool').to.deep.equal([]);
    // Two transactions (the charge with its try; the paid try with the charge) and, between them,
    // the intent id written with the lease renewal in one statement (a writing WITH, no BEGIN).
    const durable = serviceSide.statements.filter((sql) => /^commit/i.test(sql) || /^with\b[\s\S]*?\bas\s*\(\s*update\b/i.test(sql));
    expect(durable, 'the service’s recovery points').to.have.length(3);
    expect(simulatorSide.statements.filter((sql) => /^commit/i.test(sql)), 'create and confirm at the simulator').to.have.length(2);
    expect(simulatorSide.statements.every((sql) => touchesSimulator(sql) || /^(begin|commit|rollback)/i.test(sql))).to.equal(true);
    const after = await commits(t);
    expect({ service: after.service - before.service, simulator: after.simulator - before.simulator }).to.deep.equal({ service: 3, simulator: 2 });
  });

  it('when the default card declines, then the charge falls back to the next card, as on the shared connections', async () => {
    const billing = await billingAuth(t);
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);

    const charge = await postCharge(t, billing, customer.accountId, { amount: 2_500 });

    expect(charge.status, JSON.stringify(charge.body)).to.equal(201);
    expect(charge.body.card_id).to.equal(cards[1]!.id);
    expect(charge.body.attempts.map((attempt: { result: string }) => attempt.result)).to.deep.equal(['declined', 'succeeded']);
    const read = await t.api.get(`/v1/accounts/${customer.accountId}/charges/${charge.body.id}`).set(billing);
    expect(read.body, 'the answer is the charge as stored').to.deep.equal(charge.body);
  });

  it('when the connections are asked, then only the simulator’s commit asynchronously; the service’s stay synchronous', async () => {
    const setting = async (db: Knex) => ((await db.raw('show synchronous_commit')) as { rows: Array<{ synchronous_commit: string }> }).rows[0]!.synchronous_commit;
    expect(await setting(simulatorDb!)).to.equal('off');
    expect(await setting(t.db)).to.equal('on');
  });
});

describe('the simulator’s connections on SQLite', () => {
  it('when the database is a SQLite file, then there are none: the simulator shares the one writer', () => {
    expect(createSimulatorKnex(':memory:')).to.equal(undefined);
    expect(createSimulatorKnex('sqlite:data/x.sqlite')).to.equal(undefined);
  });
});
