import { expect } from 'chai';
import { chileanId, postCard } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { onboard, register } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** One sample of GET /metrics, as Prometheus would read it (0 when the series is absent). */
async function sample(t: TestApp, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = (await t.api.get('/metrics')).text;
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.slice(name.length).split(' ')[0] ?? '';
    if (wanted.every((pair) => labelText.includes(pair))) return Number(line.split(' ').at(-1));
  }
  return 0;
}

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('operator metrics (GET /metrics)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('when a card verification is declined, then it is counted under the decline code the customer saw', async () => {
    const customer = await onboard(t, 'US');
    const before = await sample(t, 'card_vault_verification_outcomes_total', { result: 'declined', decline_code: 'insufficient_funds' });

    const declined = await postCard(t, customer, 'pm_card_visa_chargeDeclinedInsufficientFunds');
    expect(declined.status).to.equal(402);
    expect(declined.body.decline_code).to.equal('insufficient_funds');

    expect(await sample(t, 'card_vault_verification_outcomes_total', { result: 'declined', decline_code: 'insufficient_funds' })).to.equal(before + 1);
  });

  it('when a stolen card is declined, then the metric shows the generic decline the customer saw, never "stolen"', async () => {
    const customer = await onboard(t, 'CL');
    const generic = await sample(t, 'card_vault_verification_outcomes_total', { result: 'declined', decline_code: 'generic_decline' });
    expect((await postCard(t, customer, 'pm_card_visa_chargeDeclinedStolenCard', chileanId)).status).to.equal(402);

    expect(await sample(t, 'card_vault_verification_outcomes_total', { result: 'declined', decline_code: 'generic_decline' })).to.equal(generic + 1);
    expect((await t.api.get('/metrics')).text).not.to.include('stolen');
  });

  it('when a card verifies, then it is counted as verified and its hold waits for release until the job runs', async () => {
    const verified = await sample(t, 'card_vault_verification_outcomes_total', { result: 'verified', decline_code: 'none' });
    await t.runJobs();
    await accountWithCards(t, ['pm_card_visa']);
    expect(await sample(t, 'card_vault_verification_outcomes_total', { result: 'verified', decline_code: 'none' })).to.equal(verified + 1);
    expect(await sample(t, 'card_vault_holds_waiting_release', { status: 'held' })).to.equal(1);

    await t.runJobs();
    expect(await sample(t, 'card_vault_holds_waiting_release', { status: 'held' })).to.equal(0);
    expect(await sample(t, 'card_vault_job_passes_total', { job: 'hold-release', result: 'ok' })).to.be.greaterThan(0);
  });

  it('when one top-up is paid and another declined, then each is counted once under its outcome, retries included', async () => {
    const paid = await sample(t, 'card_vault_topup_outcomes_total', { result: 'succeeded' });
    const declined = await sample(t, 'card_vault_topup_outcomes_total', { result: 'declined' });
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = `metrics-topup-${Date.now()}`;
    for (let i = 0; i < 2; i += 1) {
      const answer = await t.api.post('/v1/topups').set(customer.auth).set('Idempotency-Key', key).send({ amount: 5_000 });
      expect(answer.status, JSON.stringify(answer.body)).to.equal(201);
    }
    const refused = await t.api.post('/v1/topups').set(customer.auth).set('Idempotency-Key', `${key}-declined`).send({ amount: 5_000, payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds' });
    expect(refused.status, JSON.stringify(refused.body)).to.equal(402);

    expect(await sample(t, 'card_vault_topup_outcomes_total', { result: 'succeeded' })).to.equal(paid + 1);
    expect(await sample(t, 'card_vault_topup_outcomes_total', { result: 'declined' })).to.equal(declined + 1);
  });

  it('when a charge falls back to the second card, then it is counted as succeeded after two attempts', async () => {
    // The default card verifies with 3-D Secure, then declines every off-session charge.
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    const succeeded = await sample(t, 'card_vault_charge_outcomes_total', { result: 'succeeded' });
    const twoTries = await sample(t, 'card_vault_charge_attempts_bucket', { le: '2' });
    const oneTry = await sample(t, 'card_vault_charge_attempts_bucket', { le: '1' });
    const charged = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 2500 });
    expect(charged.status).to.equal(201);
    expect(await sample(t, 'card_vault_charge_outcomes_total', { result: 'succeeded' })).to.equal(succeeded + 1);
    expect(charged.body.attempts.map((attempt: { result: string }) => attempt.result)).to.deep.equal(['declined', 'succeeded']);
    expect(await sample(t, 'card_vault_charge_attempts_bucket', { le: '1' })).to.equal(oneTry);
    expect(await sample(t, 'card_vault_charge_attempts_bucket', { le: '2' })).to.equal(twoTries + 1);
  });

  it('when a code message waits in the outbox, then the waiting count, its age and the job lag show it until delivery', async () => {
    await t.runJobs();
    t.inbox.failuresToInject = 1; // the first delivery, right after the answer, fails: the message waits
    await register(t, 'US');
    await waitUntil(async () => (await sample(t, 'card_vault_job_lag_seconds', { job: 'message-delivery' })) === 0 && t.inbox.failuresToInject === 0);
    expect(await sample(t, 'card_vault_outbox_waiting_messages')).to.equal(1);

    t.clock.advanceSeconds(120);
    expect(await sample(t, 'card_vault_outbox_oldest_waiting_seconds')).to.equal(120);
    expect(await sample(t, 'card_vault_job_lag_seconds', { job: 'message-delivery' })).to.be.greaterThan(60);

    await t.runJobs();
    expect(await sample(t, 'card_vault_outbox_waiting_messages')).to.equal(0);
    expect(await sample(t, 'card_vault_outbox_oldest_waiting_seconds')).to.equal(0);
    expect(await sample(t, 'card_vault_job_lag_seconds', { job: 'message-delivery' })).to.equal(0);
  });
});
