import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import Stripe from 'stripe';
import { onBothDatabases } from '../helpers/balance-flow.js';
import { accountWithCards, addActiveCard, billingAuth } from '../helpers/charge-flow.js';
import type { Customer } from '../helpers/customer-flow.js';
import { eventsOf } from '../helpers/event-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import { PayLinks } from '../../src/features/pay-page/pay-links.js';

/** Pay links as the service signs them (its secret and issuer), to read the ones in the notices. */
const payLinksOf = (t: TestApp) =>
  new PayLinks({ secret: t.context.config.AUTH_JWT_SECRET, issuer: t.context.config.AUTH_ISSUER, publicBaseUrl: t.context.config.PUBLIC_BASE_URL, ttlSeconds: t.context.config.PAY_LINK_TTL_SECONDS, clock: t.clock });

const STRIPE_SECRET = 'whsec_test_card_vault_expiry_notices';
const DAY = 86_400;

/** Gives the card an expiry about 45 days ahead (PATCH, as its holder would) and answers when it
 * stops working: the first instant of the month after. */
async function expiringSoon(t: TestApp, customer: Customer, cardId: string): Promise<{ stop: Date; month: number; year: number }> {
  const target = new Date(t.clock.now().getTime() + 45 * DAY * 1000);
  const month = target.getUTCMonth() + 1;
  const year = target.getUTCFullYear();
  const patched = await t.api.patch(`/v1/cards/${cardId}`).set(customer.auth).send({ exp_month: month, exp_year: year });
  expect(patched.status, JSON.stringify(patched.body)).to.equal(200);
  return { stop: new Date(Date.UTC(year, month, 1)), month, year };
}

/** Moves the clock to `days` days (less an hour) before `stop`, and runs the jobs there. */
async function scanAt(t: TestApp, stop: Date, days: number): Promise<void> {
  const seconds = (stop.getTime() - t.clock.now().getTime()) / 1000 - days * DAY + 3600;
  if (seconds > 0) t.clock.advanceSeconds(seconds);
  await t.runJobs();
  await t.messagesSettled();
}

/** Two hours later, another scan: nothing new should come of it. */
async function scanAgain(t: TestApp): Promise<void> {
  t.clock.advanceSeconds(2 * 3600);
  await t.runJobs();
  await t.messagesSettled();
}

const notices = (t: TestApp, customer: Customer) => t.inbox.sentTo(customer.email).filter((message) => message.template === 'card_expiring');

onBothDatabases(
  'expiring-card notices',
  (app) => {
    it('when a card nears the end of its expiry month, then one email 30 days ahead and one 7 days ahead, each with card.expiring, never twice', async () => {
      const t = app();
      const billing = await billingAuth(t);
      const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
      const { stop, month, year } = await expiringSoon(t, customer, cards[0]!.id);

      await scanAt(t, stop, 31);
      expect(notices(t, customer), 'nothing 31 days ahead').to.have.length(0);
      await scanAt(t, stop, 30);
      expect(notices(t, customer)).to.have.length(1);
      const lastDay = new Date(stop.getTime() - DAY * 1000).toLocaleDateString('en-US', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      expect(notices(t, customer)[0]!.text)
        .to.contain('Visa card ending 4242')
        .and.contain(`${String(month).padStart(2, '0')}/${year}`)
        .and.contain(lastDay)
        .and.match(/http:\/\/card-vault\.test\/pay\/[\w-]+\.[\w-]+\.[\w-]+#cards/);
      // The link opens the pay page for this account: its token is a pay link of the account.
      const token = /\/pay\/([^#\s]+)#cards/.exec(notices(t, customer)[0]!.text)![1]!;
      expect(await payLinksOf(t).verify(token)).to.deep.equal({ accountId: customer.accountId });
      await scanAgain(t);
      expect(notices(t, customer), 'once per step').to.have.length(1);

      await scanAt(t, stop, 7);
      expect(notices(t, customer)).to.have.length(2);
      await scanAgain(t);
      expect(notices(t, customer), 'once per step').to.have.length(2);

      const events = await eventsOf(t, billing, { account_id: customer.accountId, type: 'card.expiring' });
      expect(events.map((event) => event.data.object.days_before)).to.deep.equal([7, 30]);
      expect(events[0]!.data.object).to.deep.include({ object: 'card', id: cards[0]!.id, last4: '4242', exp_month: month, exp_year: year, stops_working_at: stop.toISOString() });
    });

    it('when another active card of the account stays valid after it, then no notice; once that card is deleted, the notice goes', async () => {
      const t = app();
      const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
      const { stop } = await expiringSoon(t, customer, cards[0]!.id);

      await scanAt(t, stop, 30);
      await scanAgain(t);
      expect(notices(t, customer), 'the Mastercard would be charged anyway').to.have.length(0);

      expect((await t.api.delete(`/v1/cards/${cards[1]!.id}`).set(customer.auth)).status).to.equal(204);
      await scanAgain(t);
      expect(notices(t, customer)).to.have.length(1);
      expect(notices(t, customer)[0]!.text).to.contain('ending 4242');
    });

    it('when only another payer’s card stays valid after it, then the notice goes: that card would never pay this payer’s charges', async () => {
      const t = app();
      const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
      const client = await t.api.post('/v1/payers').set(customer.auth).send({ kind: 'company', legal_name: 'Client Co', address: { line1: '5 Market St', city: 'Springfield', country: 'US' }, receipt_email: 'client.co@example.com' });
      expect(client.status, JSON.stringify(client.body)).to.equal(201);
      await addActiveCard(t, customer, 'pm_card_mastercard', { payer_id: client.body.id });
      const { stop } = await expiringSoon(t, customer, cards[0]!.id);

      await scanAt(t, stop, 30);
      expect(notices(t, customer), 'the client’s Mastercard does not cover the holder’s charges').to.have.length(1);
      expect(notices(t, customer)[0]!.text).to.contain('ending 4242');
    });

    it('when the card updater brings a new expiry while the notice waits in the outbox, then the notice is withdrawn and never sent', async () => {
      const t = app();
      const billing = await billingAuth(t);
      const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
      const { stop, year } = await expiringSoon(t, customer, cards[0]!.id);
      t.inbox.failuresToInject = 1_000_000; // the email provider is down: the notice waits

      await scanAt(t, stop, 30).catch(() => undefined);
      await t.runJobs();
      expect(await eventsOf(t, billing, { account_id: customer.accountId, type: 'card.expiring' })).to.have.length(1);

      const paymentMethodId = (await t.db('cards').where({ id: cards[0]!.id }).first()).gateway_payment_method_id;
      const payload = JSON.stringify({
        id: `evt_${randomUUID()}`,
        object: 'event',
        type: 'payment_method.automatically_updated',
        data: { object: { id: paymentMethodId, object: 'payment_method', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 6, exp_year: year + 3, fingerprint: 'fp_any', funding: 'credit', country: 'US' } } },
      });
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SECRET, timestamp: Math.floor(t.clock.now().getTime() / 1000) });
      const updated = await t.api.post('/v1/webhooks/stripe').set('Stripe-Signature', signature).set('Content-Type', 'application/json').send(payload);
      expect(updated.status, JSON.stringify(updated.body)).to.equal(200);

      t.inbox.failuresToInject = 0;
      t.clock.advanceSeconds(3600);
      await t.runJobs();
      await t.messagesSettled();
      await scanAt(t, stop, 7);
      expect(notices(t, customer), 'neither the withdrawn notice nor a 7-day one').to.have.length(0);
    });
  },
  { STRIPE_WEBHOOK_SECRET: STRIPE_SECRET },
);
