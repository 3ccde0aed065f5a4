import { expect } from 'chai';
import fc from 'fast-check';
import { onBothDatabases } from '../helpers/balance-flow.js';
import { accountWithCards } from '../helpers/charge-flow.js';
import { register } from '../helpers/customer-flow.js';

onBothDatabases('automatic top-up rule', (app) => {
  it('when a customer turns it on with consent, then GET shows it active with the consent text, version and time; DELETE removes it (then 404 with the text to show)', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const none = await t.api.get('/v1/balance/auto_topup').set(customer.auth);
    expect(none.status).to.equal(404);
    expect(none.body.consent.text).to.contain('without asking me each time');
    const consentText = none.body.consent.text as string;

    const put = await t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ threshold: 5_000, amount: 20_000, monthly_limit: 100_000, consent: true });
    expect(put.status, JSON.stringify(put.body)).to.equal(200);
    expect(put.body).to.include({ status: 'active', threshold: 5_000, amount: 20_000, monthly_limit: 100_000, currency: 'USD', failures_in_a_row: 0 });
    expect(put.body.consent).to.include({ text: consentText, version: none.body.consent.version, accepted_at: t.clock.now().toISOString() });
    expect(put.body).not.to.have.property('disabled_reason');

    const read = await t.api.get('/v1/balance/auto_topup').set(customer.auth);
    expect(read.status).to.equal(200);
    expect(read.body).to.deep.equal(put.body);

    const target = await t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ threshold: 5_000, target: 30_000, consent: true });
    expect(target.status, JSON.stringify(target.body)).to.equal(200);
    expect(target.body).to.include({ target: 30_000 });
    expect(target.body).not.to.have.property('amount');

    expect((await t.api.delete('/v1/balance/auto_topup').set(customer.auth)).status).to.equal(204);
    expect((await t.api.get('/v1/balance/auto_topup').set(customer.auth)).status).to.equal(404);
    expect((await t.api.delete('/v1/balance/auto_topup').set(customer.auth)).status).to.equal(404);
  });

  it('when amounts are outside the currency range, target is not above threshold, or both or neither of amount and target are given, then 422 naming the field and nothing stored', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const put = (body: Record<string, unknown>) => t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ consent: true, ...body });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ threshold: 10, amount: 20_000 }, 'invalid_amount', 'threshold'],
      [{ threshold: 5_000, amount: 1_500_001 }, 'invalid_amount', 'amount'],
      [{ threshold: 5_000, target: 5_000 }, 'invalid_amount', 'target'],
      [{ threshold: 5_000, target: 4_000 }, 'invalid_amount', 'target'],
      [{ threshold: 5_000, amount: 20_000, monthly_limit: 10 }, 'invalid_amount', 'monthly_limit'],
      [{ threshold: 5_000, amount: 2.5 }, 'invalid_amount', 'amount'],
      [{ threshold: 5_000, amount: 20_000, target: 30_000 }, 'validation_failed', 'target'],
      [{ threshold: 5_000 }, 'validation_failed', 'amount'],
      [{ threshold: 5_000, amount: 20_000, card_number: '4242' }, 'validation_failed', 'card_number'],
    ];
    for (const [body, code, field] of cases) {
      const response = await put(body);
      expect(response.status, JSON.stringify(body)).to.equal(422);
      expect(response.body.code, JSON.stringify(body)).to.equal(code);
      expect(response.body.errors.map((error: { field: string }) => error.field), JSON.stringify(body)).to.include(field);
    }
    const noConsent = await t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ threshold: 5_000, amount: 20_000, consent: false });
    expect(noConsent.status).to.equal(422);
    expect(noConsent.body.errors[0].field).to.equal('consent');
    expect((await t.api.get('/v1/balance/auto_topup').set(customer.auth)).status).to.equal(404);
  });

  it('when any threshold and amount are sent, then the rule is stored exactly when both are whole numbers in the range (property)', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: -10, max: 1_600_000 }), fc.double(), fc.string(), fc.constant(null)), fc.oneof(fc.integer({ min: -10, max: 1_600_000 }), fc.constant('100')), async (threshold, amount) => {
        const response = await t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ threshold, amount, consent: true });
        const ok = [threshold, amount].every((value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 50 && value <= 1_500_000);
        expect(response.status, `${String(threshold)} ${String(amount)}`).to.equal(ok ? 200 : 422);
      }),
      { numRuns: 30 },
    );
  });

  it('when the card named is another account’s, or the account has no verified card, then 404 / 409 and nothing stored', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const other = await accountWithCards(t, ['pm_card_visa']);
    const foreign = await t.api.put('/v1/balance/auto_topup').set(customer.auth).send({ threshold: 5_000, amount: 20_000, card_id: other.cards[0]!.id, consent: true });
    expect(foreign.status).to.equal(404);
    const fresh = await register(t);
    const inactive = await t.api.put('/v1/balance/auto_topup').set(fresh.auth).send({ threshold: 5_000, amount: 20_000, consent: true });
    expect(inactive.status).to.equal(409);
    expect(inactive.body.code).to.equal('account_not_active');
    const own = await t.api.put('/v1/balance/auto_topup').set(other.customer.auth).send({ threshold: 5_000, amount: 20_000, card_id: other.cards[0]!.id, consent: true });
    expect(own.status).to.equal(200);
    expect(own.body.card_id).to.equal(other.cards[0]!.id);
  });
});
