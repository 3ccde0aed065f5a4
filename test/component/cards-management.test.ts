import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, type Customer } from '../helpers/customer-flow.js';
import { addCard, cardHistory, listCards } from '../helpers/card-flow.js';

describe('managing saved cards: order, default, delete (customer)', () => {
  let t: TestApp;
  let customer: Customer;
  let visa: { id: string };
  let mastercard: { id: string };
  let amex: { id: string };
  beforeEach(async () => {
    t = await createTestApp();
    customer = await onboard(t, 'US');
    visa = await addCard(t, customer, 'pm_card_visa');
    mastercard = await addCard(t, customer, 'pm_card_mastercard');
    amex = await addCard(t, customer, 'pm_card_amex');
  });
  afterEach(() => t.close());

  const ids = async () => (await listCards(t, customer)).map((card) => card.id);

  it('when cards are listed, then they come in charge order: the default, then by position', async () => {
    const cards = await listCards(t, customer);
    expect(cards.map((card) => [card.id, card.is_default, card.position])).to.deep.equal([
      [visa.id, true, 0],
      [mastercard.id, false, 1],
      [amex.id, false, 2],
    ]);
  });

  it('when another card is made the default, then it is first in charge order and the old default is not', async () => {
    const response = await t.api.post(`/v1/cards/${amex.id}/default`).set(customer.auth);
    expect(response.status).to.equal(200);
    expect(response.body).to.include({ id: amex.id, is_default: true });
    expect(await ids()).to.deep.equal([amex.id, visa.id, mastercard.id]);
    expect((await listCards(t, customer)).filter((card) => card.is_default)).to.have.length(1);
  });

  it('when the whole order is given, then it becomes the charge order and the first card the default', async () => {
    const response = await t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids: [mastercard.id, amex.id, visa.id] });
    expect(response.status).to.equal(200);
    expect(response.body.data.map((card: { id: string }) => card.id)).to.deep.equal([mastercard.id, amex.id, visa.id]);
    expect(response.body.data[0]).to.include({ is_default: true, position: 0 });
    expect(await ids()).to.deep.equal([mastercard.id, amex.id, visa.id]);
  });

  it('when the order leaves a card out, repeats one or names an unknown one, then 422 and the order stays', async () => {
    const stranger = await onboard(t, 'US');
    const theirs = await addCard(t, stranger, 'pm_card_visa');
    const orders = [[mastercard.id, visa.id], [visa.id, visa.id, mastercard.id, amex.id], [visa.id, mastercard.id, amex.id, theirs.id], []];
    for (const card_ids of orders) {
      const response = await t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids });
      expect(response.status, JSON.stringify(card_ids)).to.equal(422);
      expect(response.body.code).to.equal('validation_failed');
      expect(response.body.errors[0].field).to.equal('card_ids');
    }
    expect(await ids()).to.deep.equal([visa.id, mastercard.id, amex.id]);
  });

  it('when a card that is not the default is deleted, then 204 and it is gone from the list, but its history stays', async () => {
    const response = await t.api.delete(`/v1/cards/${mastercard.id}`).set(customer.auth);
    expect(response.status).to.equal(204);
    expect(await ids()).to.deep.equal([visa.id, amex.id]);
    expect((await t.api.get(`/v1/cards/${mastercard.id}`).set(customer.auth)).status).to.equal(404);
    expect((await cardHistory(t, customer)).some((entry) => entry.card_id === mastercard.id)).to.equal(true);
    expect((await t.api.delete(`/v1/cards/${mastercard.id}`).set(customer.auth)).status, 'deleting twice').to.equal(404);
  });

  it('when a deleted card is added again, then it is a new card, not a duplicate', async () => {
    await t.api.delete(`/v1/cards/${mastercard.id}`).set(customer.auth);
    const again = await addCard(t, customer, 'pm_card_mastercard');
    expect(again.id).not.to.equal(mastercard.id);
  });

  it('when the default card is deleted, then 409 default_card_undeletable and it stays', async () => {
    const response = await t.api.delete(`/v1/cards/${visa.id}`).set(customer.auth);
    expect(response.status).to.equal(409);
    expect(response.body.code).to.equal('default_card_undeletable');
    expect(await ids()).to.include(visa.id);
  });

  it('when the last verified card of an active account would go, then 409 default_card_undeletable even if it had lost the default flag', async () => {
    await t.api.delete(`/v1/cards/${mastercard.id}`).set(customer.auth).expect(204);
    await t.api.delete(`/v1/cards/${amex.id}`).set(customer.auth).expect(204);
    // Damage that races left before the account lock and the one-default index: no default at all.
    await t.db('cards').where({ id: visa.id }).update({ is_default: false });

    const response = await t.api.delete(`/v1/cards/${visa.id}`).set(customer.auth);

    expect(response.status).to.equal(409);
    expect(response.body.code).to.equal('default_card_undeletable');
    expect(response.body.detail).to.match(/only verified card of an active account/);
    expect(await ids()).to.deep.equal([visa.id]);
  });

  it('when another account uses this account\'s card ids, then every card endpoint answers 404', async () => {
    const stranger = await onboard(t, 'US');
    const calls = [
      t.api.get(`/v1/cards/${visa.id}`).set(stranger.auth),
      t.api.post(`/v1/cards/${visa.id}/default`).set(stranger.auth),
      t.api.post(`/v1/cards/${visa.id}/confirm`).set(stranger.auth),
      t.api.patch(`/v1/cards/${visa.id}`).set(stranger.auth).send({ exp_month: 12, exp_year: 2040 }),
      t.api.delete(`/v1/cards/${mastercard.id}`).set(stranger.auth),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status, JSON.stringify(response.body)).to.equal(404);
      expect(response.body.code).to.equal('not_found');
    }
    expect(await ids()).to.deep.equal([visa.id, mastercard.id, amex.id]);
    expect(await listCards(t, stranger)).to.deep.equal([]);
    expect(await cardHistory(t, stranger)).to.deep.equal([]);
  });

  it('when a card\'s expiry month has passed, then it reads as expired and keeps its place', async () => {
    t.clock.advanceSeconds(400 * 24 * 3600);
    const cards = await listCards(t, customer);
    expect(cards.map((card) => card.status)).to.deep.equal(['expired', 'expired', 'expired']);
    expect(cards.map((card) => card.id)).to.deep.equal([visa.id, mastercard.id, amex.id]);
  });
});
