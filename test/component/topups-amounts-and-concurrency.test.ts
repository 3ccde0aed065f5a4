import { expect } from 'chai';
import { answerThreeDSecure, simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { onboard } from '../helpers/customer-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { chileanId } from '../helpers/card-flow.js';

onBothDatabases('top-up amounts, keys and concurrency', (app) => {
  it('when amounts sit on each bound of the range or on a preset, then they are paid; one unit outside, 422 invalid_amount naming the range', async () => {
    const t = app();
    const reference = (await t.api.get('/v1/reference/currencies')).body.data.find((currency: { code: string }) => currency.code === 'CLP');
    expect(reference).to.include({ topup_min_amount: 500, topup_max_amount: 14_000_000 });
    expect(reference.topup_presets).to.deep.equal([100_000, 200_000, 500_000, 1_000_000]);
    const { customer } = await accountWithCards(t, ['pm_card_visa'], 'CL');

    for (const amount of [reference.topup_min_amount, reference.topup_max_amount, reference.topup_presets[2]]) {
      const paid = await postTopup(t, customer, { amount });
      expect(paid.status, `${amount}: ${JSON.stringify(paid.body)}`).to.equal(201);
      expect(paid.body.topup).to.include({ amount, currency: 'CLP' });
    }
    for (const amount of [reference.topup_min_amount - 1, reference.topup_max_amount + 1, 0, -500, 1000.5, '1000']) {
      const refused = await postTopup(t, customer, { amount });
      expect(refused.status, `${amount}`).to.equal(422);
      expect(refused.body.code).to.equal('invalid_amount');
      expect(refused.body.detail).to.contain('from 500 to 14000000 CLP');
    }
    expect((await balanceOf(t, customer)).available).to.equal(500 + 14_000_000 + 500_000);
  });

  it('when 20 identical top-up requests with one key arrive at once, then one top-up, paid once, credited once', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey('topup');
    const responses = await Promise.all(Array.from({ length: 20 }, () => postTopup(t, customer, { amount: 10_000 }, key)));
    expect(responses.every((r) => r.status === 201 || r.status === 409), responses.map((r) => r.status).join(',')).to.equal(true);
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.topup.id));
    expect(ids.size).to.equal(1);
    expect(await t.db('topups').where({ account_id: customer.accountId })).to.have.length(1);
    const customerId = (await t.db('gateway_customers').where({ account_id: customer.accountId }).first()).customer_id;
    expect(await simulatorOf(t).countSucceededCharges(customerId)).to.equal(1);
    expect((await balanceOf(t, customer)).available).to.equal(10_000);
    const again = await postTopup(t, customer, { amount: 10_000 }, key);
    expect(again.status).to.equal(201);
    expect(again.body.topup.id).to.equal([...ids][0]);
  });

  it('when a paid top-up is asked for again with its key after another top-up, then the first answer comes back, marked replayed, with the balance its credit left; no generic key record is kept', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey('topup');
    const first = await postTopup(t, customer, { amount: 10_000 }, key);
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    expect(first.headers['idempotent-replayed']).to.equal(undefined);
    expect((await postTopup(t, customer, { amount: 5_000 })).status).to.equal(201);

    const replay = await postTopup(t, customer, { amount: 10_000 }, key);
    expect(replay.status).to.equal(201);
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.body).to.deep.equal(first.body);
    expect((await balanceOf(t, customer)).available, 'the balance now').to.equal(15_000);
    expect(await t.db('idempotency_keys').where({ key }), 'the top-up row is the key’s record').to.deep.equal([]);
  });

  it('when a top-up request is refused before the top-up is made, then nothing is kept: the corrected request with the same key is paid', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey('topup');
    const refused = await postTopup(t, customer, { amount: 1 }, key);
    expect(refused.status).to.equal(422);
    expect(refused.body.code).to.equal('invalid_amount');
    const corrected = await postTopup(t, customer, { amount: 10_000 }, key);
    expect(corrected.status, JSON.stringify(corrected.body)).to.equal(201);
    expect(corrected.headers['idempotent-replayed']).to.equal(undefined);
    expect((await balanceOf(t, customer)).available).to.equal(10_000);
  });

  it('when a key is reused for another amount, then 422 idempotency_key_reused; without a key, 400', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey('topup');
    expect((await postTopup(t, customer, { amount: 10_000 }, key)).status).to.equal(201);
    const reused = await postTopup(t, customer, { amount: 20_000 }, key);
    expect(reused.status).to.equal(422);
    expect(reused.body.code).to.equal('idempotency_key_reused');
    const keyless = await postTopup(t, customer, { amount: 10_000 }, null);
    expect(keyless.status).to.equal(400);
    expect(keyless.body.code).to.equal('idempotency_key_required');
  });

  it('when an account has no verified card yet, then 409 account_not_active before any gateway call', async () => {
    const t = app();
    const customer = await onboard(t, 'CL');
    const response = await postTopup(t, customer, { amount: 100_000, payment_method: 'pm_card_visa', ...chileanId });
    expect(response.status).to.equal(409);
    expect(response.body.code).to.equal('account_not_active');
  });

  it('when the balance or a pending top-up is not empty, then a currency change is 409 balance_not_empty; empty, it is allowed', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa', 'pm_card_authenticationRequired']);
    const waiting = await postTopup(t, customer, { amount: 5_000, card_id: (await t.api.get('/v1/cards').set(customer.auth)).body.data[1].id });
    expect(waiting.status).to.equal(202);
    const pending = await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'EUR' });
    expect(pending.status, JSON.stringify(pending.body)).to.equal(409);
    expect(pending.body.code).to.equal('balance_not_empty');
    expect((await t.api.post(`/v1/topups/${waiting.body.topup.id}/cancel`).set(customer.auth)).status).to.equal(200);
    expect((await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'EUR' })).status).to.equal(200);
    expect((await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'USD' })).status).to.equal(200);

    expect((await postTopup(t, customer, { amount: 5_000 })).status).to.equal(201);
    const funded = await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'EUR' });
    expect(funded.status).to.equal(409);
    expect(funded.body.code).to.equal('balance_not_empty');
    expect((await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'usd' })).status, 'the same currency is no change').to.equal(200);
  });

  it('when 3-D Secure top-ups saving new cards are confirmed and cancelled at once, racing set-default on their cards and balance_then_cards charges, then each ends once, no card stays pending, and the gateway took exactly the paid top-ups and card parts', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    const billing = await billingAuth(t);
    expect((await postTopup(t, customer, { amount: 20_000 })).status).to.equal(201);
    const started: Array<{ id: string; cardId: string; url: string }> = [];
    for (const paymentMethod of ['pm_card_authenticationRequired', 'pm_card_threeDSecure2Required', 'pm_card_threeDSecureRequired']) {
      const response = await postTopup(t, customer, { amount: 5_000, payment_method: paymentMethod, save_card: true });
      expect(response.status, JSON.stringify(response.body)).to.equal(202);
      started.push({ id: response.body.topup.id as string, cardId: response.body.topup.card_id as string, url: response.body.next_action.url as string });
    }
    await answerThreeDSecure(t, started[0]!.url, 'complete');
    await answerThreeDSecure(t, started[1]!.url, 'fail');
    // The third page is never answered: confirm leaves it waiting, cancel ends it.

    const requests = [
      ...started.flatMap((topup) => [
        t.api.post(`/v1/topups/${topup.id}/confirm`).set(customer.auth),
        t.api.post(`/v1/topups/${topup.id}/cancel`).set(customer.auth),
        t.api.post(`/v1/cards/${topup.cardId}/default`).set(customer.auth),
        t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids: [topup.cardId, ...[cards[0]!.id, ...started.map((other) => other.cardId)].filter((id) => id !== topup.cardId)] }),
      ]),
      ...[15_000, 9_000, 4_000].map((amount) => postCharge(t, billing, customer.accountId, { amount, source: 'balance_then_cards' })),
    ];
    const responses = await Promise.all(requests);
    for (const response of responses) expect(response.status, JSON.stringify(response.body)).to.be.below(500);
    const defaults = responses.filter((response) => response.status === 409 && response.body.code === 'card_not_active');
    for (const refused of defaults) expect(refused.body.card_status).to.be.oneOf(['pending']);

    // Whatever is still new (its page unanswered) is settled by the background settler in time.
    t.clock.advanceSeconds(16 * 60);
    await t.runJobs();
    const topups = (await t.api.get('/v1/topups').set(customer.auth)).body.data as Array<{ id: string; status: string; amount: number }>;
    expect(topups.filter((topup) => topup.status === 'new'), 'every top-up ended').to.deep.equal([]);
    expect(topups.find((topup) => topup.id === started[1]!.id)?.status, 'a failed page is never paid').to.equal('cancelled');
    expect(topups.find((topup) => topup.id === started[2]!.id)?.status, 'an unanswered page is never paid').to.equal('cancelled');
    const listed = (await t.api.get('/v1/cards').set(customer.auth)).body.data as Array<{ id: string; status: string; is_default: boolean; position: number }>;
    expect(listed.filter((card) => card.status === 'pending'), 'no card stays pending').to.deep.equal([]);
    expect(listed.filter((card) => card.is_default).map((card) => card.status)).to.deep.equal(['active']);
    expect(listed.map((card) => card.position)).to.deep.equal(listed.map((_, index) => index));
    const paidCards = started.filter((topup) => topups.find((row) => row.id === topup.id)?.status === 'paid').map((topup) => topup.cardId);
    expect(listed.map((card) => card.id)).to.have.members([cards[0]!.id, ...paidCards]);

    // Money: the gateway took exactly the paid top-ups and the card parts of the succeeded charges.
    const charges = (await t.db('charges').where({ account_id: customer.accountId, status: 'succeeded' })) as Array<{ balance_amount: number; card_amount: number }>;
    const paidTopups = topups.filter((topup) => topup.status === 'paid').reduce((sum, topup) => sum + topup.amount, 0);
    const customerId = (await t.db('gateway_customers').where({ account_id: customer.accountId }).first()).customer_id;
    const taken = (await simulatorOf(t).listIntents({ customerId, purpose: 'charge' })).filter((intent) => intent.status === 'succeeded').reduce((sum, intent) => sum + intent.amount, 0);
    expect(taken).to.equal(paidTopups + charges.reduce((sum, charge) => sum + Number(charge.card_amount), 0));
    expect((await balanceOf(t, customer)).available).to.equal(paidTopups - charges.reduce((sum, charge) => sum + Number(charge.balance_amount), 0));
  });
});
