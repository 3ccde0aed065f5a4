import { expect } from 'chai';
import { ServiceHarness, waitFor } from './service-harness.js';
import { remoteAccountWithCards } from './remote-customer.js';

/**
 * The real service is SIGKILLed after the simulator took the top-up's money but before the
 * service heard back, then restarted. The settler (or the retried request) settles the top-up
 * from the gateway's record: paid once at the gateway, credited once in the ledger.
 */
describe('a top-up paid at the gateway when the service is killed (real process, SIGKILL, restart)', function () {
  this.timeout(90_000);
  const harness = new ServiceHarness();
  before(() => harness.open());
  after(() => harness.close());

  it('when the process dies before hearing the payment, then after the restart the balance is credited exactly once', async () => {
    const setup = await harness.start(0);
    const { accountId } = await remoteAccountWithCards(setup.url, harness.inbox, ['pm_card_visa']);
    await setup.stop();
    const token = await harness.issueToken(accountId, ['account']);
    const topup = (url: string) =>
      fetch(`${url}/v1/topups`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'topup-crash-1' },
        body: JSON.stringify({ amount: 25_000 }),
      });

    const first = await harness.start(1500);
    const inFlight = topup(first.url).catch((error: unknown) => error);
    await waitFor(async () => (await harness.probe('simulator_intents').where({ purpose: 'charge', status: 'succeeded' })).length === 1, 30_000);
    await first.kill();

    expect(await inFlight, 'the customer never got an answer').to.be.instanceOf(Error);
    const [orphaned] = await harness.probe('topups').where({ account_id: accountId });
    expect(orphaned, 'the top-up is still new').to.include({ status: 'new' });
    expect(orphaned.intent_id, 'its intent id was stored before the confirmation').to.match(/^pi_/);
    expect(await harness.probe('balance_entries').where({ account_id: accountId })).to.have.length(0);

    const restarted = await harness.start(0);
    const seen: number[] = [];
    await waitFor(async () => {
      const response = await topup(restarted.url);
      seen.push(response.status);
      await response.body?.cancel();
      return response.status === 201;
    }, 15_000, 250);
    expect(seen.slice(0, -1).every((status) => status === 409 || status === 503), seen.join(',')).to.equal(true);

    const balance = await (await fetch(`${restarted.url}/v1/balance`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(balance).to.include({ available: 25_000, pending: 0 });
    const atGateway = await harness.probe('simulator_intents').where({ purpose: 'charge' });
    expect(atGateway.map((intent: { status: string }) => intent.status), 'paid once at the gateway').to.deep.equal(['succeeded']);
    const credits = await harness.probe('balance_entries').where({ account_id: accountId });
    expect(credits.map((entry: { type: string; amount: number }) => [entry.type, Number(entry.amount)]), 'credited once').to.deep.equal([['topup', 25_000]]);
  });
});
