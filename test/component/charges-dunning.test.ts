import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { chargeLine } from '../../scripts/charge-batch/charge-client.js';
import type { RateLimiter } from '../../scripts/charge-batch/rate-limiter.js';
import { resultRow } from '../../scripts/charge-batch/results-writer.js';
import { onBothDatabases } from '../helpers/balance-flow.js';
import { addActiveCard, accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { eventsOf } from '../helpers/event-flow.js';
import { eventually } from '../helpers/eventually.js';
import type { Customer } from '../helpers/customer-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import { PayLinks } from '../../src/features/pay-page/pay-links.js';

const DAY = 24 * 3600;
// Verified and saved normally; then every charge declines with insufficient funds and
// "try again later" (a soft decline: the card-network rules let dunning try it again).
const SOFT_DECLINE = 'pm_card_simulatorDeclinesTryAgainLater';

type Attempt = { card_id: string; result: string; round: number };

// The schedule in seconds, so that a test walks through it by moving the clock.
onBothDatabases(
  'past-due charges and dunning (billing job, customer)',
  (app) => {
    let t: TestApp;
    let billing: { Authorization: string };
    beforeEach(async () => {
      t = app();
      // The network rules count tries per physical card across accounts: a month apart, no
      // test meets another's tries in a window.
      t.clock.advanceSeconds(31 * DAY);
      billing = await billingAuth(t);
    });

    const chargeOf = async (accountId: string, chargeId: string) => (await t.api.get(`/v1/accounts/${accountId}/charges/${chargeId}`).set(billing)).body;
    const accountOf = async (customer: Customer) => (await t.api.get('/v1/account').set(customer.auth)).body;
    const noticesTo = (customer: Customer) => t.inbox.messages.filter((message) => message.template.startsWith('charge_') && message.text.includes(`/pay/`) && (message.to === customer.email || message.channel === 'sms'));
    const emailsTo = (customer: Customer) => t.inbox.messages.filter((message) => message.to === customer.email && message.template.startsWith('charge_'));
    const pastDueCharge = async (customer: Customer, body: Record<string, unknown> = {}) => {
      const response = await postCharge(t, billing, customer.accountId, { amount: 1250, description: 'November invoice', on_failure: 'retry', ...body });
      expect(response.status, JSON.stringify(response.body)).to.equal(402);
      return response;
    };

    it('when no card pays a charge asked to retry, then 402 with the charge past due, the account shows it, billing hears charge.past_due, and the customer gets an email and an SMS with a pay link', async () => {
      const { customer, cards } = await accountWithCards(t, [SOFT_DECLINE]);
      const before = t.clock.now().getTime();

      const response = await pastDueCharge(customer);

      expect(response.body.code).to.equal('all_cards_declined');
      expect(response.body.detail).to.match(/past due/);
      const charge = response.body.charge;
      expect(charge).to.include({ status: 'past_due', on_failure: 'retry', amount: 1250 });
      expect(Date.parse(charge.next_retry_at) - before).to.equal(30_000);
      expect(charge.past_due_since).to.be.a('string');
      expect(charge.attempts.map((a: Attempt) => [a.card_id, a.result, a.round])).to.deep.equal([[cards[0]!.id, 'declined', 0]]);

      const account = await accountOf(customer);
      expect(account.past_due).to.deep.equal({ since: charge.past_due_since, amount: 1250, currency: 'USD', charge_ids: [charge.id] });
      const events = await eventsOf(t, billing, { account_id: customer.accountId, type: 'charge.past_due' });
      expect(events.map((event) => (event.data.object as { id: string }).id)).to.deep.equal([charge.id]);

      await t.messagesSettled();
      const email = emailsTo(customer);
      expect(email.map((message) => message.template)).to.deep.equal(['charge_first_failure']);
      expect(email[0]!.text).to.include('12.50 USD for November invoice').and.include('Visa ending 5101').and.match(/\/pay\/[\w-]+\.[\w-]+\.[\w-]+/);
      // The link is a pay link of this account (signed, no sign-in needed).
      const token = /\/pay\/(\S+)/.exec(email[0]!.text)![1]!;
      const payLinks = new PayLinks({ secret: t.context.config.AUTH_JWT_SECRET, issuer: t.context.config.AUTH_ISSUER, publicBaseUrl: '', ttlSeconds: 60, clock: t.clock });
      expect(await payLinks.verify(token)).to.deep.equal({ accountId: customer.accountId });
      expect(await payLinks.verify(`${token.slice(0, -2)}xx`)).to.deep.equal({ problem: 'invalid' });
      const sms = t.inbox.messages.filter((message) => message.channel === 'sms' && message.template === 'charge_first_failure' && message.text.includes('12.50 USD'));
      expect(sms).to.have.length.at.least(1);
    });

    it('when the schedule runs out, then each retry is a full fallback with one email, and the charge ends failed (retries_exhausted) with a last notice and charge.failed', async () => {
      const { customer, cards } = await accountWithCards(t, [SOFT_DECLINE, 'pm_card_simulatorMastercardRetryAfter24h']);
      const { body } = await pastDueCharge(customer);
      const chargeId = body.charge.id;

      // Not due yet: the job leaves it alone.
      t.clock.advanceSeconds(29);
      await t.runJobs();
      expect((await chargeOf(customer.accountId, chargeId)).attempts).to.have.length(2);

      t.clock.advanceSeconds(1);
      await t.runJobs();
      const afterFirstRetry = await chargeOf(customer.accountId, chargeId);
      expect(afterFirstRetry.status).to.equal('past_due');
      // Round 1 tried the card without a network wait; the Mastercard's "retry after 24 h" (MAC 25) keeps it out.
      expect(afterFirstRetry.attempts.filter((a: Attempt) => a.round === 1).map((a: Attempt) => a.card_id)).to.deep.equal([cards[0]!.id]);
      expect(afterFirstRetry.skipped.map((skip: { card_id: string; reason: string }) => [skip.card_id, skip.reason])).to.deep.equal([[cards[1]!.id, 'retry_later']]);

      t.clock.advanceSeconds(30);
      await t.runJobs();
      const ended = await chargeOf(customer.accountId, chargeId);
      expect(ended).to.include({ status: 'failed', failure_code: 'retries_exhausted', next_retry_at: null });
      expect(ended.attempts.map((a: Attempt) => a.round)).to.deep.equal([0, 0, 1, 2]);
      expect((await accountOf(customer)).past_due).to.equal(null);

      // Later passes of the job find nothing to do.
      t.clock.advanceSeconds(DAY);
      await t.runJobs();
      expect((await chargeOf(customer.accountId, chargeId)).attempts).to.have.length(4);

      await t.messagesSettled();
      expect(emailsTo(customer).map((message) => message.template)).to.deep.equal(['charge_first_failure', 'charge_retry_failed', 'charge_final']);
      expect(emailsTo(customer)[2]!.text).to.match(/stopped trying/);
      const types = (await eventsOf(t, billing, { account_id: customer.accountId })).filter((event) => event.type.startsWith('charge.')).map((event) => event.type).reverse();
      expect(types).to.deep.equal(['charge.past_due', 'charge.past_due', 'charge.failed']);
    });

    it('when a card is added while a charge is past due, then the charge is collected at once with it, and billing hears charge.succeeded', async () => {
      const { customer } = await accountWithCards(t, [SOFT_DECLINE]);
      const { body } = await pastDueCharge(customer);

      const card = await addActiveCard(t, customer, 'pm_card_visa');

      await eventually('the past-due charge paid', async () => (await chargeOf(customer.accountId, body.charge.id)).status === 'succeeded');
      const paid = await chargeOf(customer.accountId, body.charge.id);
      expect(paid.card_id).to.equal(card.id);
      expect(paid.attempts.at(-1)).to.include({ card_id: card.id, result: 'succeeded', round: 1 });
      expect((await accountOf(customer)).past_due).to.equal(null);
      const types = (await eventsOf(t, billing, { account_id: customer.accountId })).filter((event) => event.type.startsWith('charge.')).map((event) => event.type).reverse();
      expect(types).to.deep.equal(['charge.past_due', 'charge.succeeded']);
      // The schedule has nothing left to do, and no further notice went out.
      t.clock.advanceSeconds(DAY);
      await t.runJobs();
      await t.messagesSettled();
      expect(emailsTo(customer).map((message) => message.template)).to.deep.equal(['charge_first_failure']);
    });

    it('when billing cancels a past-due charge, then it ends canceled with charge.canceled, is never retried, and a second cancel is a 409', async () => {
      const { customer } = await accountWithCards(t, [SOFT_DECLINE]);
      const { body } = await pastDueCharge(customer);

      const canceled = await t.api.post(`/v1/accounts/${customer.accountId}/charges/${body.charge.id}/cancel`).set(billing);

      expect(canceled.status, JSON.stringify(canceled.body)).to.equal(200);
      expect(canceled.body).to.include({ status: 'canceled', next_retry_at: null });
      expect((await accountOf(customer)).past_due).to.equal(null);
      const again = await t.api.post(`/v1/accounts/${customer.accountId}/charges/${body.charge.id}/cancel`).set(billing);
      expect(again.status).to.equal(409);
      expect(again.body.code).to.equal('charge_not_past_due');
      t.clock.advanceSeconds(DAY);
      await t.runJobs();
      expect((await chargeOf(customer.accountId, body.charge.id)).attempts).to.have.length(1);
      const types = (await eventsOf(t, billing, { account_id: customer.accountId })).map((event) => event.type);
      expect(types).to.include('charge.canceled');
      // Only billing cancels, and only its own account's charges.
      const customerTry = await t.api.post(`/v1/accounts/${customer.accountId}/charges/${body.charge.id}/cancel`).set(customer.auth);
      expect(customerTry.status).to.equal(403);
      const elsewhere = await t.api.post(`/v1/accounts/acct_nobody/charges/${body.charge.id}/cancel`).set(billing);
      expect(elsewhere.status).to.equal(404);
    });

    it('when a charge is not past due, then cancel is a 409 that says so, and a charge without on_failure still fails outright', async () => {
      const { customer } = await accountWithCards(t, [SOFT_DECLINE]);
      const failed = await postCharge(t, billing, customer.accountId, { amount: 500 });
      expect(failed.status).to.equal(402);
      expect(failed.body.charge).to.include({ status: 'failed', on_failure: 'fail', next_retry_at: null, past_due_since: null });

      const cancel = await t.api.post(`/v1/accounts/${customer.accountId}/charges/${failed.body.charge.id}/cancel`).set(billing);

      expect(cancel.status).to.equal(409);
      expect(cancel.body.detail).to.match(/this one is failed/);
      expect((await accountOf(customer)).past_due).to.equal(null);
    });

    it('when two workers run the schedule at once, then each round runs once and each step sends one notice', async () => {
      const { customer } = await accountWithCards(t, [SOFT_DECLINE]);
      const { body } = await pastDueCharge(customer);

      t.clock.advanceSeconds(30);
      await Promise.all([t.runJobs(), t.runJobs(), t.runJobs()]);
      t.clock.advanceSeconds(30);
      await Promise.all([t.runJobs(), t.runJobs()]);

      const ended = await chargeOf(customer.accountId, body.charge.id);
      expect(ended.attempts.map((a: Attempt) => a.round)).to.deep.equal([0, 1, 2]);
      await t.messagesSettled();
      expect(emailsTo(customer).map((message) => message.template)).to.deep.equal(['charge_first_failure', 'charge_retry_failed', 'charge_final']);
      const notices = await t.db('charge_notices').where({ charge_id: body.charge.id }).select('round', 'channel');
      expect(notices.map((row: { round: number; channel: string }) => `${Number(row.round)}:${row.channel}`).sort()).to.deep.equal(['0:email', '0:sms', '1:email', '2:email']);
      expect(noticesTo(customer).length).to.be.at.least(4);
    });

    it('when the batch runner charges a line with on_failure retry that no card pays, then its outcome is past_due, apart from failed lines', async () => {
      const { customer } = await accountWithCards(t, [SOFT_DECLINE]);
      const server = t.app.listen(0);
      try {
        const { port } = server.address() as AddressInfo;
        const options = { baseUrl: `http://127.0.0.1:${port}`, token: billing.Authorization.slice('Bearer '.length), limiter: { take: async () => undefined } as unknown as RateLimiter, maxRetries: 0, timeoutMs: 10_000 };
        const pastDue = await chargeLine({ line: 1, accountId: customer.accountId, amount: 900, reference: 'batch-dunning-1', onFailure: 'retry' }, options);
        const failed = await chargeLine({ line: 2, accountId: customer.accountId, amount: 900, reference: 'batch-dunning-2' }, options);

        expect(pastDue).to.include({ outcome: 'past_due', httpStatus: 402, code: 'all_cards_declined' });
        expect(failed.outcome).to.equal('all_cards_declined');
        expect(resultRow(pastDue)).to.include({ on_failure: 'retry', outcome: 'past_due' });
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('when billing retries the same request, then it reads the past-due charge back and never charges again', async () => {
      const { customer } = await accountWithCards(t, [SOFT_DECLINE]);
      const first = await postCharge(t, billing, customer.accountId, { amount: 700, on_failure: 'retry' }, 'dunning-replay-key');
      const replay = await postCharge(t, billing, customer.accountId, { amount: 700, on_failure: 'retry' }, 'dunning-replay-key');
      const otherRequest = await postCharge(t, billing, customer.accountId, { amount: 700 }, 'dunning-replay-key');

      expect(replay.status).to.equal(402);
      expect(replay.body.charge.id).to.equal(first.body.charge.id);
      expect(replay.body.charge.status).to.equal('past_due');
      expect(replay.body.charge.attempts).to.have.length(1);
      expect(otherRequest.status).to.equal(422);
      expect(otherRequest.body.code).to.equal('idempotency_key_reused');
    });
  },
  { DUNNING_SCHEDULE: '30s,60s' },
);
