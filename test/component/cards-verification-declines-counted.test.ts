import { expect } from 'chai';
import type { PaymentGateway } from '../../src/gateway/payment-gateway.js';
import { CardRetryStore, type Initiator } from '../../src/features/charges/card-retry-store.js';
import { onBothDatabases } from '../helpers/balance-flow.js';
import { addCard, answerThreeDSecure, postCard } from '../helpers/card-flow.js';
import { onboard } from '../helpers/customer-flow.js';
import type { TestApp } from '../helpers/test-app.js';

const DAY = 24 * 3600;

// API.md, "Card-network rules": verification declines count toward the same per-card counters,
// as customer-initiated tries (the customer is there, entering the card). The counters are read
// through the charges feature's store, as the charge path reads them.
function countingSuite(app: () => TestApp) {
  let t: TestApp;
  beforeEach(() => {
    t = app();
    // The counters are per physical card, and the simulator's test cards are the same cards in
    // every account: each test starts past the longest window of the one before.
    t.clock.advanceSeconds(31 * DAY);
  });

  const declinedTries = async (fingerprint: string, initiator: Initiator) => {
    const counted = await new CardRetryStore(t.db, t.context.gateway.name).countedTries([fingerprint], initiator, t.clock.now());
    return counted.get(fingerprint)!;
  };
  const triesInWindow = async () => Number((await t.db('card_declined_tries').where('created_at', '>', new Date(t.clock.now().getTime() - 30 * DAY * 1000).toISOString()).count({ n: '*' }))[0]!.n);
  const fingerprintOf = async (historyId: string): Promise<string | null> => (await t.db('card_history').where({ id: historyId }).first('fingerprint')).fingerprint;
  const describedFingerprintOf = async (historyId: string): Promise<string> => {
    const fingerprint = await fingerprintOf(historyId);
    expect(fingerprint, 'the gateway described the card').to.be.a('string');
    return fingerprint!;
  };

  return { t: () => t, declinedTries, triesInWindow, fingerprintOf, describedFingerprintOf };
}

onBothDatabases('declined card verifications count toward the card-network counters (VERIFICATION_METHOD=hold)', (app) => {
  const suite = countingSuite(app);

  it('when a card’s verification hold is declined, then it counts once per try as a customer-initiated declined try on its fingerprint, not as merchant-initiated', async () => {
    const t = suite.t();
    const customer = await onboard(t, 'US');

    const first = await postCard(t, customer, 'pm_card_chargeCustomerFail');
    expect(first.status, JSON.stringify(first.body)).to.equal(402);
    expect(first.body.code).to.equal('card_declined');
    const fingerprint = await suite.describedFingerprintOf(first.body.history_id);
    expect((await suite.declinedTries(fingerprint, 'customer')).declined).to.have.length(1);

    t.clock.advanceSeconds(60);
    const second = await postCard(t, customer, 'pm_card_chargeCustomerFail');
    expect(second.status).to.equal(402);

    const customerTries = await suite.declinedTries(fingerprint, 'customer');
    expect(customerTries.declined, 'two declined verifications, two counted tries').to.have.length(2);
    expect(customerTries.inFlight).to.deep.equal([]);
    expect(await suite.declinedTries(fingerprint, 'merchant')).to.deep.equal({ declined: [], inFlight: [] });
    const rows = await t.db('card_declined_tries').where({ fingerprint }).select('initiator', 'status', 'network');
    expect(rows).to.deep.equal([
      { initiator: 'customer', status: 'declined', network: 'visa' },
      { initiator: 'customer', status: 'declined', network: 'visa' },
    ]);
  });

  it('when a saved card’s expiry update is declined, then the saved card’s fingerprint gets one customer-initiated declined try', async () => {
    const t = suite.t();
    const customer = await onboard(t, 'US');
    const card = await addCard(t, customer, 'pm_card_mastercard');
    const fingerprint = String((await t.db('cards').where({ id: card.id }).first('fingerprint')).fingerprint);
    expect(await suite.declinedTries(fingerprint, 'customer'), 'a verified card counts nothing').to.deep.equal({ declined: [], inFlight: [] });

    // The simulator has no card that verifies once and declines the next time: this issuer's answer
    // is stood in for, as the expiry-update tests do.
    const gateway = t.context.gateway as PaymentGateway & { authorizeHold: PaymentGateway['authorizeHold'] };
    const original = gateway.authorizeHold.bind(gateway);
    gateway.authorizeHold = async () => ({ outcome: 'declined', decline: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' } });
    let response;
    try {
      response = await t.api.patch(`/v1/cards/${card.id}`).set(customer.auth).send({ exp_month: 3, exp_year: t.clock.now().getUTCFullYear() + 5 });
    } finally {
      gateway.authorizeHold = original;
    }

    expect(response.status, JSON.stringify(response.body)).to.equal(402);
    expect((await suite.declinedTries(fingerprint, 'customer')).declined).to.have.length(1);
    expect((await suite.declinedTries(fingerprint, 'merchant')).declined).to.deep.equal([]);
    expect(await t.db('card_declined_tries').where({ fingerprint }).select('initiator', 'network')).to.deep.equal([{ initiator: 'customer', network: 'mastercard' }]);
  });

  it('when the gateway refuses the card at attach, before describing it, then nothing is counted', async () => {
    const t = suite.t();
    const customer = await onboard(t, 'US');

    const response = await postCard(t, customer, 'pm_card_chargeDeclined');

    expect(response.status).to.equal(402);
    expect(await suite.fingerprintOf(response.body.history_id), 'no fingerprint to count by').to.equal(null);
    expect(await suite.triesInWindow()).to.equal(0);
  });

  it('when the issuer declines after 3-D Secure, then one try is counted however often confirm is called; a failed challenge counts nothing', async () => {
    const t = suite.t();
    const customer = await onboard(t, 'US');

    const failed = await postCard(t, customer, 'pm_card_authenticationRequired');
    expect(failed.status).to.equal(202);
    await answerThreeDSecure(t, failed.body.next_action.url, 'fail');
    const failedConfirm = await t.api.post(`/v1/cards/${failed.body.card.id}/confirm`).set(customer.auth);
    expect(failedConfirm.status).to.equal(402);
    expect(failedConfirm.body.code).to.equal('authentication_failed');
    expect(await suite.triesInWindow(), 'the customer, not the issuer, stopped it').to.equal(0);

    const declined = await postCard(t, customer, 'pm_card_authenticationRequiredChargeDeclinedInsufficientFunds');
    expect(declined.status).to.equal(202);
    await answerThreeDSecure(t, declined.body.next_action.url, 'complete');
    for (let i = 0; i < 2; i += 1) {
      const confirmed = await t.api.post(`/v1/cards/${declined.body.card.id}/confirm`).set(customer.auth);
      expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(402);
      expect(confirmed.body.code).to.equal('card_declined');
    }
    const fingerprint = String((await t.db('cards').where({ id: declined.body.card.id }).first('fingerprint')).fingerprint);
    expect((await suite.declinedTries(fingerprint, 'customer')).declined).to.have.length(1);
    expect((await suite.declinedTries(fingerprint, 'merchant')).declined).to.deep.equal([]);
    expect(await suite.triesInWindow()).to.equal(1);
  });
});

onBothDatabases(
  'declined card verifications count toward the card-network counters (VERIFICATION_METHOD=zero_amount)',
  (app) => {
    const suite = countingSuite(app);

    it('when a $0 verification is declined, then it counts as a customer-initiated declined try on the card', async () => {
      const t = suite.t();
      const customer = await onboard(t, 'US');

      const response = await postCard(t, customer, 'pm_card_chargeCustomerFail');

      expect(response.status, JSON.stringify(response.body)).to.equal(402);
      const fingerprint = await suite.describedFingerprintOf(response.body.history_id);
      const [entry] = await t.db('holds').where({ history_id: response.body.history_id }).select('method', 'status');
      expect(entry).to.deep.equal({ method: 'zero_amount', status: 'declined' });
      expect((await suite.declinedTries(fingerprint, 'customer')).declined).to.have.length(1);
      expect((await suite.declinedTries(fingerprint, 'merchant')).declined).to.deep.equal([]);
    });
  },
  { VERIFICATION_METHOD: 'zero_amount' },
);
