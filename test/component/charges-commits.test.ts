import { expect } from 'chai';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import type { TestApp } from '../helpers/test-app.js';

type Commits = { service: number; simulator: number };

/** `cardvault_db_commits_total` by owner, as GET /metrics shows it (what the benchmark reads). */
async function commits(t: TestApp): Promise<Commits> {
  const text = (await t.api.get('/metrics')).text;
  const read = (by: string) => Number(/\s([\d.e+]+)$/.exec(text.split('\n').find((line) => line.startsWith(`cardvault_db_commits_total{by="${by}"}`)) ?? ' NaN')?.[1]);
  return { service: read('service'), simulator: read('simulator') };
}

/** The counter once nothing set off by earlier requests (a message delivery, say) is still writing. */
async function quietCommits(t: TestApp): Promise<Commits> {
  await t.messagesSettled();
  let last = await commits(t);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    const now = await commits(t);
    if (now.service === last.service && now.simulator === last.simulator) return now;
    last = now;
  }
}

/** What `request` cost in durable commits, by owner, and its response. */
async function commitsOf<T>(t: TestApp, request: () => PromiseLike<T>): Promise<{ cost: Commits; response: T }> {
  const before = await quietCommits(t);
  const response = await request();
  const after = await commits(t);
  return { cost: { service: after.service - before.service, simulator: after.simulator - before.simulator }, response };
}

// Each charge pays only for its recovery points: before the gateway call (the charge row and its
// first try), after the intent exists (its id), after the outcome (the paid try with the charge).
// The simulator's own bookkeeping is one commit per gateway call, counted apart.
onBothDatabases('what a charge costs in durable commits (cardvault_db_commits_total)', (app) => {
  it('when one card pays, then 3 service commits (and 2 simulator ones: create, confirm); its replay costs none', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();

    const first = await commitsOf(t, () => postCharge(t, billing, customer.accountId, { amount: 1_500 }, key));
    expect(first.cost).to.deep.equal({ service: 3, simulator: 2 });
    expect(first.response.status, JSON.stringify(first.response.body)).to.equal(201);

    const replay = await commitsOf(t, () => postCharge(t, billing, customer.accountId, { amount: 1_500 }, key));
    expect(replay.cost).to.deep.equal({ service: 0, simulator: 0 });
    expect(replay.response.status).to.equal(201);
    expect(replay.response.headers['idempotent-replayed']).to.equal('true');
    expect(replay.response.body).to.deep.equal(first.response.body);
  });

  it('when the default card declines and the next pays, then 5 service commits (the decline is written with the next try) and 4 simulator ones', async () => {
    const t = app();
    const billing = await billingAuth(t);
    // Verifies with 3-D Secure on the hold, then declines every off-session charge.
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);

    const charge = await commitsOf(t, () => postCharge(t, billing, customer.accountId, { amount: 1_500 }));
    expect(charge.cost).to.deep.equal({ service: 5, simulator: 4 });
    expect(charge.response.status, JSON.stringify(charge.response.body)).to.equal(201);
    expect(charge.response.body.card_id).to.equal(cards[1]!.id);
    expect(charge.response.body.attempts.map((attempt: { result: string }) => attempt.result)).to.deep.equal(['declined', 'succeeded']);
    const read = await t.api.get(`/v1/accounts/${customer.accountId}/charges/${charge.response.body.id}`).set(billing);
    expect(read.body, 'the answer is the charge as stored').to.deep.equal(charge.response.body);
  });

  it('when every card declines, then the last decline is written with the charge’s failure (3 commits for one card), and the 402 replays for free', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    const key = uniqueKey();

    const charge = await commitsOf(t, () => postCharge(t, billing, customer.accountId, { amount: 1_500 }, key));
    expect(charge.cost).to.deep.equal({ service: 3, simulator: 2 });
    expect(charge.response.status).to.equal(402);
    const replay = await commitsOf(t, () => postCharge(t, billing, customer.accountId, { amount: 1_500 }, key));
    expect(replay.cost).to.deep.equal({ service: 0, simulator: 0 });
    expect(replay.response.status).to.equal(402);
    expect(replay.response.headers['idempotent-replayed']).to.equal('true');
    expect(replay.response.body.charge).to.deep.equal(charge.response.body.charge);
  });

  it('when the balance pays a part and one card the rest, then still 3 service commits (the balance part is taken with the charge row and its first try); the balance alone, 1', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    expect((await postTopup(t, customer, { amount: 2_000 })).status).to.equal(201);

    let charge = await commitsOf(t, () => postCharge(t, billing, customer.accountId, { amount: 3_000, source: 'balance_then_cards' }));
    expect(charge.cost).to.deep.equal({ service: 3, simulator: 2 });
    expect(charge.response.body).to.include({ status: 'succeeded', balance_amount: 2_000, card_amount: 1_000 });

    expect((await postTopup(t, customer, { amount: 2_000 })).status).to.equal(201);
    charge = await commitsOf(t, () => postCharge(t, billing, customer.accountId, { amount: 1_000, source: 'balance' }));
    expect(charge.cost).to.deep.equal({ service: 1, simulator: 0 });
    expect(charge.response.body).to.include({ status: 'succeeded', balance_amount: 1_000, card_amount: 0 });
  });
});
