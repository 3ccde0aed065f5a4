import { expect } from 'chai';
import { addSeconds } from '../../src/clock.js';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('charges whose outcome is unknown: 503, then settled from the gateway (billing job, recovery job)', () => {
  let t: TestApp;
  let billing: { Authorization: string };
  beforeEach(async () => {
    t = await createTestApp();
    billing = await billingAuth(t);
  });
  afterEach(() => t.close());

  const readCharge = async (accountId: string, chargeId: string) => (await t.api.get(`/v1/accounts/${accountId}/charges/${chargeId}`).set(billing)).body;
  const chargeIntents = () => simulatorOf(t).listIntents({ purpose: 'charge' });

  it('when the gateway times out after taking the money, then 503 gateway_outcome_unknown; a retry returns the charge as it stands; recovery settles it as succeeded', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate_after_commit');
    const key = uniqueKey();

    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);

    expect(unknown.status).to.equal(503);
    expect(unknown.body.code).to.equal('gateway_outcome_unknown');
    expect(unknown.body.charge).to.include({ status: 'processing', card_id: null });
    expect(unknown.body.charge.attempts).to.have.length(1);
    expect(unknown.body.charge.attempts[0]).to.include({ card_id: cards[0]!.id, result: 'pending' });
    expect(Number(unknown.headers['retry-after'])).to.be.greaterThan(0);

    const retry = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);
    expect(retry.status, 'the 503 was not stored, and the charge is not sent again').to.equal(503);
    expect(retry.headers['idempotent-replayed']).to.equal(undefined);
    expect(retry.body.charge.id).to.equal(unknown.body.charge.id);
    expect(await chargeIntents()).to.have.length(1);

    await t.runJobs(); // not due yet: a late answer may still be on its way
    expect((await readCharge(customer.accountId, unknown.body.charge.id)).status).to.equal('processing');
    t.clock.advanceSeconds(6);
    await t.runJobs();

    const settled = await readCharge(customer.accountId, unknown.body.charge.id);
    expect(settled).to.include({ status: 'succeeded', card_id: cards[0]!.id });
    expect(settled.attempts.map((a: { result: string }) => a.result)).to.deep.equal(['succeeded']);
    const intents = await chargeIntents();
    expect(intents.map((intent) => intent.status)).to.deep.equal(['succeeded']);

    const after = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);
    expect(after.status).to.equal(201);
    expect(after.body.id).to.equal(unknown.body.charge.id);
  });

  it('when the confirmation timed out without reaching the gateway, then recovery cancels that intent and charges the card under a new key, once', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate');

    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1200 });
    expect(unknown.status).to.equal(503);
    t.clock.advanceSeconds(6);
    await t.runJobs();

    const settled = await readCharge(customer.accountId, unknown.body.charge.id);
    expect(settled.status).to.equal('succeeded');
    expect(settled.attempts.map((a: { card_id: string; result: string }) => [a.card_id, a.result])).to.deep.equal([
      [cards[0]!.id, 'error'],
      [cards[0]!.id, 'succeeded'],
    ]);
    expect(settled.attempts[0].message).to.match(/no money moved/);
    expect((await chargeIntents()).map((intent) => intent.status)).to.deep.equal(['canceled', 'succeeded']);
  });

  it('when the unknown outcome was in fact a decline, then recovery records it and carries on with the next card', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate_after_commit');

    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1200 });
    expect(unknown.status).to.equal(503);
    t.clock.advanceSeconds(6);
    await t.runJobs();

    const settled = await readCharge(customer.accountId, unknown.body.charge.id);
    expect(settled).to.include({ status: 'succeeded', card_id: cards[1]!.id });
    expect(settled.attempts.map((a: { result: string; decline_code?: string }) => [a.result, a.decline_code])).to.deep.equal([
      ['declined', 'authentication_required'],
      ['succeeded', undefined],
    ]);
  });

  it('when the gateway cannot be reached to create the payment intent, then 503 gateway_unavailable with no money moved, and recovery charges later', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('createCharge', 'retryable', 3); // the first call and both retries

    const unavailable = await postCharge(t, billing, customer.accountId, { amount: 1200 });

    expect(unavailable.status).to.equal(503);
    expect(unavailable.body.code).to.equal('gateway_unavailable');
    expect(unavailable.body.detail).to.match(/no money moved/);
    expect(Number(unavailable.headers['retry-after'])).to.be.greaterThan(0);
    expect(unavailable.body.charge.status).to.equal('processing');
    // Pending until recovery replays its create under the same key.
    expect(unavailable.body.charge.attempts[0]).to.include({ result: 'pending' });
    expect(await chargeIntents()).to.deep.equal([]);
    t.clock.advanceSeconds(6);
    await t.runJobs();
    const settled = await readCharge(customer.accountId, unavailable.body.charge.id);
    expect(settled.status).to.equal('succeeded');
    expect(settled.attempts.map((attempt: { result: string }) => attempt.result)).to.deep.equal(['succeeded']);
    expect((await chargeIntents()).map((intent) => intent.status)).to.deep.equal(['succeeded']);
  });

  it('when confirming an existing payment intent keeps failing with retryable errors, then 503 gateway_outcome_unknown (not "no money moved"), and recovery settles it from the intent, charging once', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
    simulatorOf(t).failNext('confirmCharge', 'retryable', 3); // the first call and both retries
    const key = uniqueKey();

    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);

    expect(unknown.status).to.equal(503);
    expect(unknown.body.code).to.equal('gateway_outcome_unknown');
    expect(unknown.body.detail).not.to.match(/no money moved/);
    expect(Number(unknown.headers['retry-after'])).to.be.greaterThan(0);
    expect(unknown.body.charge).to.include({ status: 'processing', card_id: null });
    expect(unknown.body.charge.attempts).to.have.length(1);
    expect(unknown.body.charge.attempts[0]).to.include({ card_id: cards[0]!.id, result: 'pending' });
    const [stored] = await t.db('charge_attempts').where({ charge_id: unknown.body.charge.id });
    expect(stored.intent_id, 'the intent id was stored before confirming').to.be.a('string');

    const retry = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);
    expect(retry.status).to.equal(503);
    expect(retry.body.code).to.equal('gateway_outcome_unknown');
    expect(await chargeIntents()).to.have.length(1);

    t.clock.advanceSeconds(6);
    await t.runJobs();

    // The gateway's record says the intent was never confirmed: it is canceled and the same card
    // is charged under a new key; the second card is never touched.
    const settled = await readCharge(customer.accountId, unknown.body.charge.id);
    expect(settled).to.include({ status: 'succeeded', card_id: cards[0]!.id });
    expect(settled.attempts.map((a: { card_id: string; result: string }) => [a.card_id, a.result])).to.deep.equal([
      [cards[0]!.id, 'error'],
      [cards[0]!.id, 'succeeded'],
    ]);
    expect((await chargeIntents()).map((intent) => intent.status)).to.deep.equal(['canceled', 'succeeded']);
  });

  it('when a worker died holding a charge, then a retry hears 409 until its lease runs out, and recovery settles it from the gateway', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate_after_commit');
    const key = uniqueKey();
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);
    // As a process killed between the confirmation and writing its result leaves the charge.
    await t.db('charges')
      .where({ id: unknown.body.charge.id })
      .update({ locked_by: 'lease_dead', locked_until: addSeconds(t.clock.now(), 60).toISOString(), settle_after: null });

    const busy = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);
    expect(busy.status).to.equal(409);
    expect(busy.body.code).to.equal('idempotency_key_in_use');
    await t.runJobs();
    expect((await readCharge(customer.accountId, unknown.body.charge.id)).status).to.equal('processing');

    t.clock.advanceSeconds(61);
    await t.runJobs();
    expect((await readCharge(customer.accountId, unknown.body.charge.id)).status).to.equal('succeeded');
    expect((await postCharge(t, billing, customer.accountId, { amount: 1200 }, key)).status).to.equal(201);
    expect((await chargeIntents()).map((intent) => intent.status)).to.deep.equal(['succeeded']);
  });

  it('when a try stopped before its intent id was stored, then recovery replays the create under the same key and confirms that intent: none is left open', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();
    simulatorOf(t).failNext('createCharge', 'indeterminate_after_commit', 3);
    const first = await postCharge(t, billing, customer.accountId, { amount: 1200 }, key);
    expect(first.status).to.equal(503);
    expect(first.body.charge.attempts[0]).to.include({ result: 'pending' });
    expect((await chargeIntents()).map((intent) => intent.status), 'created at the gateway, its id unknown to us').to.deep.equal(['created']);

    t.clock.advanceSeconds(6);
    await t.runJobs();

    const settled = await readCharge(customer.accountId, first.body.charge.id);
    expect(settled.status).to.equal('succeeded');
    expect(settled.attempts.map((attempt: { result: string }) => attempt.result)).to.deep.equal(['succeeded']);
    expect((await chargeIntents()).map((intent) => intent.status), 'the same intent, confirmed once').to.deep.equal(['succeeded']);
  });

  it('when two recovery passes run at once, then only one works on a charge', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate');
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1200 });
    t.clock.advanceSeconds(6);

    await Promise.all([t.runJobs(), t.runJobs(), t.runJobs()]);

    const settled = await readCharge(customer.accountId, unknown.body.charge.id);
    expect(settled.status).to.equal('succeeded');
    expect(settled.attempts).to.have.length(2);
    expect((await chargeIntents()).filter((intent) => intent.status === 'succeeded')).to.have.length(1);
  });
});
