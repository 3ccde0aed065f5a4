import { expect } from 'chai';
import type { Knex } from 'knex';
import { GatewayError } from '../../src/gateway/payment-gateway.js';
import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { newId } from '../../src/ids.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';
import { eventually } from '../helpers/eventually.js';

describe('SimulatorGateway: injected failures and latency', () => {
  let db: Knex;
  let simulator: SimulatorGateway;
  let customerId: string;
  let paymentMethodId: string;
  const key = () => newId('idem');
  const create = (latencyMs = 0) => new SimulatorGateway({ db, clock: new TestClock(), latencyMs, publicBaseUrl: 'http://card-vault.test' });
  const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (caught: unknown) => caught as GatewayError);

  beforeEach(async () => {
    db = await createTestDatabase();
    simulator = create();
    ({ customerId } = await simulator.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: key() }));
    const attach = await simulator.attachPaymentMethod({ customerId, paymentMethod: 'pm_card_visa', idempotencyKey: key() });
    if (attach.outcome !== 'attached') throw new Error('not attached');
    paymentMethodId = attach.paymentMethodId;
  });
  afterEach(() => db.destroy());

  const newCharge = () => simulator.createCharge({ customerId, paymentMethodId, amount: 4200, currency: 'usd', idempotencyKey: key() });

  it('when the next confirmation is made retryable, then it throws retryable, charges nothing, and the retry charges once', async () => {
    const { intentId } = await newCharge();
    simulator.failNext('confirmCharge', 'retryable');
    const confirmKey = key();
    expect(await failureOf(simulator.confirmCharge({ intentId, idempotencyKey: confirmKey }))).to.include({ kind: 'retryable' });
    expect((await simulator.getIntent(intentId)).status).to.equal('created');
    expect((await simulator.confirmCharge({ intentId, idempotencyKey: confirmKey })).outcome).to.equal('succeeded');
    expect(await simulator.countSucceededCharges(customerId)).to.equal(1);
  });

  it('when the next confirmation is indeterminate, then nothing was charged and getIntent says created', async () => {
    const { intentId } = await newCharge();
    simulator.failNext('confirmCharge', 'indeterminate');
    expect(await failureOf(simulator.confirmCharge({ intentId, idempotencyKey: key() }))).to.include({ kind: 'indeterminate' });
    expect((await simulator.getIntent(intentId)).status).to.equal('created');
  });

  it('when the confirmation is indeterminate after committing, then the charge happened, getIntent says so, and a retry replays it', async () => {
    const { intentId } = await newCharge();
    simulator.failNext('confirmCharge', 'indeterminate_after_commit');
    const confirmKey = key();
    expect(await failureOf(simulator.confirmCharge({ intentId, idempotencyKey: confirmKey }))).to.include({ kind: 'indeterminate' });
    expect((await simulator.getIntent(intentId)).status).to.equal('succeeded');
    expect(await simulator.confirmCharge({ intentId, idempotencyKey: confirmKey })).to.deep.equal({ outcome: 'succeeded', intentId });
    expect(await simulator.countSucceededCharges(customerId)).to.equal(1);
  });

  it('when a hold release fails twice, then the third call releases it, and a release lost after committing reads already released', async () => {
    const hold = await simulator.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: key() });
    simulator.failNext('releaseHold', 'retryable', 2);
    const releaseKey = key();
    for (const attempt of [1, 2]) expect(await failureOf(simulator.releaseHold({ intentId: hold.intentId!, idempotencyKey: releaseKey })), `attempt ${attempt}`).to.include({ kind: 'retryable' });
    expect(await simulator.releaseHold({ intentId: hold.intentId!, idempotencyKey: releaseKey })).to.deep.equal({ outcome: 'released' });

    const second = await simulator.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: key() });
    simulator.failNext('releaseHold', 'indeterminate_after_commit');
    expect(await failureOf(simulator.releaseHold({ intentId: second.intentId!, idempotencyKey: key() }))).to.include({ kind: 'indeterminate' });
    expect(await simulator.releaseHold({ intentId: second.intentId!, idempotencyKey: key() })).to.deep.equal({ outcome: 'already_released' });
  });

  it('when getIntent is made fatal, then only that call fails and failures can be cleared', async () => {
    const { intentId } = await newCharge();
    simulator.failNext('getIntent', 'fatal');
    expect(await failureOf(simulator.getIntent(intentId))).to.include({ kind: 'fatal' });
    simulator.failNext('getIntent', 'retryable');
    simulator.clearFailures();
    expect((await simulator.getIntent(intentId)).status).to.equal('created');
  });

  it('when the process dies during the latency, then the remote side has already charged', async () => {
    const { intentId } = await newCharge();
    const slow = create(2000);
    let answered = false;
    const pending = slow.confirmCharge({ intentId, idempotencyKey: key() }).finally(() => (answered = true));
    // Another process (the restarted service) reads the remote state while the answer is in flight.
    const elsewhere = create();
    await eventually('the remote side to charge', async () => (await elsewhere.getIntent(intentId)).status === 'succeeded');
    expect(answered, 'the charge was visible before its answer came back').to.equal(false);
    expect((await pending).outcome).to.equal('succeeded');
  });
});
