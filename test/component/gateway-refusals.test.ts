import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { runSupportCommand } from '../../scripts/support/run-support-command.js';
import { addCard, cardHistory, listCards, postCard, simulatorOf } from '../helpers/card-flow.js';
import { addActiveCard, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { onboard } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

// The simulator-only ids pm_card_simulatorRefusesHolds and pm_card_simulatorRefusesCharges make
// the gateway answer with an invalid-request refusal (HTTP 400), the way Stripe answers an
// integration mistake: a gateway error, which must read neither as a decline nor as an outage.
describe('gateway refusals are integration errors, not declines (customer, billing job, support)', () => {
  let t: TestApp;
  let logLines: string[];
  beforeEach(async () => {
    logLines = [];
    t = await createTestApp({ logLines });
  });
  afterEach(() => t.close());

  const errorLogs = () => logLines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.level >= 50);
  const supportView = async (accountId: string) =>
    (await t.api.get(`/v1/support/accounts/${accountId}`).set({ Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` })).body;

  it('when the gateway refuses the verification hold, then 502 gateway_error, the card is not kept, its payment method is detached and the refusal is logged as an error', async () => {
    const customer = await onboard(t, 'US');

    const response = await postCard(t, customer, 'pm_card_simulatorRefusesHolds');

    expect(response.status, JSON.stringify(response.body)).to.equal(502);
    expect(response.body).to.include({ code: 'gateway_error' });
    expect(response.body.detail).to.match(/problem on our side, not with your card/).and.not.match(/try again in a few minutes/);
    expect(response.headers).not.to.have.property('retry-after');
    expect(await listCards(t, customer)).to.deep.equal([]);
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ result: 'failed', failure: { code: 'gateway_error', message: response.body.detail } });
    const attached = await t.db('card_history').where({ id: entry!.id }).first('gateway_payment_method_id');
    expect((await simulatorOf(t).getPaymentMethod(attached.gateway_payment_method_id))?.customerId, 'detached').to.equal(null);
    expect(await simulatorOf(t).listIntents({ purpose: 'hold' })).to.deep.equal([]);
    expect(errorLogs().map((line) => line.msg)).to.deep.equal(['gateway refused the card verification request (integration error)']);

    // Not the card's fault: it does not count toward the card-testing limit, and a good card goes in.
    for (let i = 0; i < 3; i++) expect((await postCard(t, customer, 'pm_card_simulatorRefusesHolds')).status).to.equal(502);
    expect((await postCard(t, customer, 'pm_card_visa')).status).to.equal(201);
    const support = await supportView(customer.accountId);
    expect(support.card_history.at(-1).failure).to.deep.include({ code: 'gateway_error', retryable: false });
    expect(support.card_history.at(-1).failure.support_reason).to.match(/integration problem on our side, not the card/);
  });

  it('when the gateway refuses every try of a charge, then 502 gateway_error with the failed charge (failure_code gateway_error, not all_cards_declined) and every intent canceled', async () => {
    const customer = await onboard(t, 'US');
    const refusing = await addActiveCard(t, customer, 'pm_card_simulatorRefusesCharges');

    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 });

    expect(response.status, JSON.stringify(response.body)).to.equal(502);
    expect(response.body.code).to.equal('gateway_error');
    expect(response.body.detail).to.match(/integration problem on our side, not a card decline/);
    expect(response.body.charge).to.deep.include({ status: 'failed', failure_code: 'gateway_error', card_id: null });
    expect(response.body.charge.attempts.map((a: { card_id: string; result: string }) => [a.card_id, a.result])).to.deep.equal([[refusing.id, 'error']]);
    expect(response.body.charge.attempts[0].message).to.match(/integration error, not a decline/);
    expect((await simulatorOf(t).listIntents({ purpose: 'charge' })).map((intent) => intent.status)).to.deep.equal(['canceled']);
    expect(errorLogs().map((line) => line.msg)).to.include('gateway refused the charge request (integration error)');

    const [charge] = (await supportView(customer.accountId)).charges;
    expect(charge.failure).to.deep.include({ code: 'gateway_error', retryable: false });
    expect(charge.failure.support_reason).to.match(/integration problem on our side, not a bank decline/).and.to.match(/do not ask the customer for another card/);
  });

  it('when one card is refused by the gateway and the next pays, then the charge succeeds and the refused try is a gateway error', async () => {
    const customer = await onboard(t, 'US');
    const refusing = await addActiveCard(t, customer, 'pm_card_simulatorRefusesCharges');
    const visa = await addCard(t, customer, 'pm_card_visa');

    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 });

    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.attempts.map((a: { card_id: string; result: string }) => [a.card_id, a.result])).to.deep.equal([
      [refusing.id, 'error'],
      [visa.id, 'succeeded'],
    ]);
  });

  it('when one card declines and another is refused by the gateway, then the charge reads all_cards_declined: the customer has a card problem too', async () => {
    const customer = await onboard(t, 'US');
    await addActiveCard(t, customer, 'pm_card_simulatorRefusesCharges');
    await addActiveCard(t, customer, 'pm_card_authenticationRequired');

    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 });

    expect(response.status).to.equal(402);
    expect(response.body.code).to.equal('all_cards_declined');
    expect(response.body.charge.attempts.map((a: { result: string }) => a.result)).to.deep.equal(['error', 'declined']);
  });

  it('when /openapi.json is read, then gateway_error is documented as a 502 on adding a card, updating its expiry and charging', async () => {
    const { paths } = (await t.api.get('/openapi.json')).body;
    for (const [path, method] of [['/v1/cards', 'post'], ['/v1/cards/{id}', 'patch'], ['/v1/accounts/{account_id}/charges', 'post']] as const) {
      expect(JSON.stringify(paths[path][method].responses['502']), `${method} ${path}`).to.contain('gateway_error');
    }
    expect(JSON.stringify(paths['/v1/accounts/{account_id}/charges'].post.responses['201'])).to.contain('gateway_error');
  });

  it('when support asks why, then the report says in plain words that the gateway refused our requests, not the card', async () => {
    const customer = await onboard(t, 'US');
    await addActiveCard(t, customer, 'pm_card_simulatorRefusesCharges');
    await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 });
    const server: Server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const out: string[] = [];
      const code = await runSupportCommand(['why', customer.accountId, '--url', `http://127.0.0.1:${(server.address() as AddressInfo).port}`], {
        env: { CARD_VAULT_TOKEN: await t.token('agent.alice', ['support']) },
        out: (text) => out.push(text),
        err: (text) => out.push(text),
        mintToken: () => Promise.reject(new Error('the token comes from the environment here')),
      });
      expect(code).to.equal(0);
      const report = out.join('\n');
      expect(report).to.contain('failed: gateway_error (the gateway refused our requests: an integration error on our side, not a card decline)');
      expect(report).to.match(/gateway:\s+gateway_error: parameter_unknown/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
