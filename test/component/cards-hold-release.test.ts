import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PaymentGateway } from '../../src/gateway/payment-gateway.js';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, type Customer } from '../helpers/customer-flow.js';
import { addCard, cardHistory, postCard, simulatorOf } from '../helpers/card-flow.js';
import { StripeApiMock, stripeError } from '../helpers/stripe-api-mock.js';
import { eventually } from '../helpers/eventually.js';

/** Counts the release calls that reach the gateway of one app instance. */
function countReleases(t: TestApp, { hang = false } = {}): string[] {
  const gateway = t.context.gateway as PaymentGateway & { releaseHold: PaymentGateway['releaseHold'] };
  const original = gateway.releaseHold.bind(gateway);
  const calls: string[] = [];
  gateway.releaseHold = (input) => {
    calls.push(input.intentId);
    return hang ? new Promise(() => {}) : original(input);
  };
  return calls;
}

const holdStatuses = async (t: TestApp, customer: Customer) => (await cardHistory(t, customer)).map((entry) => entry.hold?.status);
const holdIntents = (t: TestApp) => simulatorOf(t).listIntents({ purpose: 'hold' });

describe('verification holds are released by the service, exactly once', () => {
  let t: TestApp;
  let customer: Customer;
  afterEach(() => t.close());

  describe('on one instance', () => {
    beforeEach(async () => {
      t = await createTestApp({ env: { HOLD_RELEASE_DELAY_SECONDS: '3600' } });
      customer = await onboard(t, 'US');
    });

    it('when the first card activates the account, then its hold is released on the next job pass', async () => {
      await addCard(t, customer, 'pm_card_visa');
      expect(await holdStatuses(t, customer)).to.deep.equal(['held']);
      const releases = countReleases(t);

      await t.runJobs();
      await t.runJobs();

      expect(await holdStatuses(t, customer)).to.deep.equal(['released']);
      expect(releases).to.have.length(1);
      expect((await holdIntents(t))[0]!.status).to.equal('canceled');
    });

    it('when a later card is verified, then its hold waits HOLD_RELEASE_DELAY_SECONDS, then is released', async () => {
      await addCard(t, customer, 'pm_card_visa');
      await addCard(t, customer, 'pm_card_mastercard');
      await t.runJobs();
      expect(await holdStatuses(t, customer)).to.deep.equal(['held', 'released']);

      t.clock.advanceSeconds(3601);
      await t.runJobs();

      expect(await holdStatuses(t, customer)).to.deep.equal(['released', 'released']);
      expect((await holdIntents(t)).map((intent) => intent.status)).to.deep.equal(['canceled', 'canceled']);
    });

    it('when a release fails, then the history shows release_failed and a later pass retries it with backoff until it succeeds', async () => {
      await addCard(t, customer, 'pm_card_visa');
      simulatorOf(t).failNext('releaseHold', 'retryable', 2);
      const releases = countReleases(t);

      await t.runJobs();
      expect(await holdStatuses(t, customer)).to.deep.equal(['release_failed']);
      await t.runJobs();
      expect(releases, 'not retried before the backoff').to.have.length(1);
      t.clock.advanceSeconds(31);
      await t.runJobs();
      expect(await holdStatuses(t, customer)).to.deep.equal(['release_failed']);
      t.clock.advanceSeconds(61);
      await t.runJobs();

      expect(await holdStatuses(t, customer)).to.deep.equal(['released']);
      expect(releases).to.have.length(3);
      expect((await holdIntents(t))[0]!.status).to.equal('canceled');
    });

    it('when a hold is declined or waits for 3-D Secure, then there is nothing to release', async () => {
      await postCard(t, customer, 'pm_card_chargeCustomerFail');
      await postCard(t, customer, 'pm_card_authenticationRequired');
      const releases = countReleases(t);
      await t.runJobs();
      expect(releases).to.deep.equal([]);
      expect(await holdStatuses(t, customer)).to.deep.equal([undefined, undefined]);
    });

    it('when the answer to a hold is lost, then 503, and after the lease the job finds the hold by its key and releases it', async () => {
      simulatorOf(t).failNext('authorizeHold', 'indeterminate_after_commit');
      const response = await postCard(t, customer, 'pm_card_visa');
      expect(response.status).to.equal(503);
      expect(response.body.code).to.equal('gateway_unavailable');
      expect((await holdIntents(t)).map((intent) => intent.status)).to.deep.equal(['held']);

      await t.runJobs();
      expect((await holdIntents(t))[0]!.status, 'the request may still be running').to.equal('held');
      t.clock.advanceSeconds(601);
      await t.runJobs();

      const intents = await holdIntents(t);
      expect(intents.map((intent) => intent.status), 'the same intent, found by the replayed key').to.deep.equal(['canceled']);
      const [entry] = await cardHistory(t, customer);
      expect(entry).to.deep.include({ result: 'failed' });
      expect(entry!.failure.code).to.equal('gateway_unavailable');
      expect((await t.api.get('/v1/cards').set(customer.auth)).body.data).to.deep.equal([]);
    });
    it('when the hold fails as "retryable", then it is not trusted to have done nothing: after the lease the key is replayed and anything held released', async () => {
      simulatorOf(t).failNext('authorizeHold', 'retryable');
      const response = await postCard(t, customer, 'pm_card_visa');
      expect(response.status).to.equal(503);

      t.clock.advanceSeconds(601);
      await t.runJobs();

      expect((await holdIntents(t)).map((intent) => intent.status), 'a late authorization under the key is released').to.deep.equal(['canceled']);
      const [entry] = await cardHistory(t, customer);
      expect(entry).to.deep.include({ result: 'failed' });
      expect((await t.api.get('/v1/cards').set(customer.auth)).body.data).to.deep.equal([]);
    });
  });

  describe('on the Stripe adapter', () => {
    let stripe: StripeApiMock;
    beforeEach(async () => {
      stripe = new StripeApiMock().start();
      // No SDK retries here: the test plays the SDK's resend itself, as the 409 it gets back.
      t = await createTestApp({ overrides: { gateway: new StripeGateway({ secretKey: 'sk_test_holds', maxNetworkRetries: 0, timeoutMs: 500 }) } });
      customer = await onboard(t, 'US');
    });
    afterEach(() => stripe.stop());

    it('when Stripe answers the hold with 409 (its key still in use by a first try), then 503, and after the lease the same key is replayed and the hold released', async () => {
      stripe.replyWith('paymentIntents.create', {
        status: 409,
        body: stripeError('idempotency_error', { code: 'idempotency_key_in_use', message: 'There is currently another in-progress request using this Stripe-Idempotency-Key.' }),
      });

      const response = await postCard(t, customer, 'pm_card_visa');
      expect(response.status).to.equal(503);
      expect(response.body.code).to.equal('gateway_unavailable');

      t.clock.advanceSeconds(601);
      await t.runJobs();

      const holds = stripe.sent('paymentIntents.create');
      expect(holds, 'the recovery replays the request under the same key').to.have.length(2);
      expect(holds[1]!.idempotencyKey).to.equal(holds[0]!.idempotencyKey);
      expect(stripe.sent('paymentIntents.cancel'), 'and releases what it finds held').to.have.length(1);
      const [entry] = await cardHistory(t, customer);
      expect(entry).to.include({ result: 'failed' });
      expect(entry!.hold).to.include({ amount: 100, currency: 'USD', status: 'released', method: 'hold' });
      expect((await t.api.get('/v1/cards').set(customer.auth)).body.data).to.deep.equal([]);
    });
  });

  describe('across instances sharing one database (crash and restart)', () => {
    let file: string;
    let other: TestApp | undefined;
    beforeEach(async () => {
      file = join(tmpdir(), `card-vault-holds-${randomUUID()}.sqlite`);
      t = await createTestApp({ databaseUrl: file });
      customer = await onboard(t, 'US');
      await addCard(t, customer, 'pm_card_visa');
    });
    afterEach(async () => {
      await other?.close();
      other = undefined;
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    });

    it('when a worker dies in the middle of a release, then after a restart the hold is released once its lease runs out', async () => {
      const dying = countReleases(t, { hang: true });
      void t.runJobs(); // claims the hold, then never hears back: the process "dies" here
      await eventually('the release to reach the gateway', () => dying.length > 0);
      expect(dying).to.have.length(1);

      other = await createTestApp({ databaseUrl: file });
      const releases = countReleases(other);
      await other.runJobs();
      expect(releases, 'the lease is still held').to.have.length(0);
      other.clock.advanceSeconds(301);
      await other.runJobs();
      await other.runJobs();

      expect(releases).to.have.length(1);
      expect(await holdStatuses(other, customer)).to.deep.equal(['released']);
      expect((await holdIntents(other))[0]!.status).to.equal('canceled');
    });

    it('when the gateway released but the answer was lost, then the restarted service repeats the same request and records it once', async () => {
      simulatorOf(t).failNext('releaseHold', 'indeterminate_after_commit');
      await t.runJobs();
      expect(await holdStatuses(t, customer)).to.deep.equal(['release_failed']);
      expect((await holdIntents(t))[0]!.status, 'the gateway did release').to.equal('canceled');

      other = await createTestApp({ databaseUrl: file });
      other.clock.advanceSeconds(31);
      await other.runJobs();

      expect(await holdStatuses(other, customer)).to.deep.equal(['released']);
    });

    it('when two instances run the job at the same moment, then only one of them calls the gateway', async () => {
      other = await createTestApp({ databaseUrl: file });
      const first = countReleases(t);
      const second = countReleases(other);

      await Promise.all([t.runJobs(), other.runJobs(), t.runJobs(), other.runJobs()]);

      expect(first.length + second.length).to.equal(1);
      expect(await holdStatuses(t, customer)).to.deep.equal(['released']);
    });
  });
});
