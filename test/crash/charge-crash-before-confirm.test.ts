import { expect } from 'chai';
import { ServiceHarness, waitFor } from './service-harness.js';
import { remoteAccountWithCards } from './remote-customer.js';

/**
 * The real service is SIGKILLed while the gateway is creating intents (created at the simulator,
 * their ids not yet stored by us). No confirmation was ever sent, so no money moved. After the
 * restart, recovery replays each create under the try's own key, learns the intent the gateway
 * made and confirms it: every charge is taken once, and no intent is left open at the gateway.
 */
describe('charges killed before their intent ids were stored (real process, SIGKILL, restart)', function () {
  this.timeout(90_000);
  const harness = new ServiceHarness();
  before(() => harness.open());
  after(() => harness.close());

  it('when the process dies while intents are being created, then recovery charges each card once with the intent already made, and none stays open', async () => {
    const setup = await harness.start(0);
    const accounts = [];
    for (let i = 0; i < 3; i++) accounts.push((await remoteAccountWithCards(setup.url, harness.inbox, ['pm_card_visa'])).accountId);
    await setup.stop();
    const charges = accounts.map((accountId, i) => ({ accountId, key: `inv-crash-2-${i}`, body: { amount: 4300 + i, reference: `inv-crash-2-${i}` } }));

    const first = await harness.start(1500);
    const inFlight = charges.map((charge) => harness.charge(first.url, charge.accountId, charge.key, charge.body).catch((error: unknown) => error));
    await waitFor(async () => (await harness.probe('simulator_intents').where({ purpose: 'charge' })).length >= 1, 30_000);
    await first.kill();

    for (const answer of await Promise.all(inFlight)) expect(answer).to.be.instanceOf(Error);
    const stranded = await harness.probe('charge_attempts').whereNull('intent_id');
    expect(stranded.length, 'at least one try was cut off before its intent id was stored').to.be.at.least(1);
    expect(stranded.every((attempt: { status: string }) => attempt.status === 'pending')).to.equal(true);
    const madeBeforeTheCrash = (await harness.probe('simulator_intents').where({ purpose: 'charge' })).map((intent: { id: string }) => intent.id);

    // Recovery alone finishes them (leases run out after 3 s); the retries then read the results.
    const restarted = await harness.start(0);
    for (const charge of charges) {
      const { final } = await harness.retryUntilSettled(restarted.url, charge.accountId, charge.key, charge.body);
      expect(final).to.include({ status: 'succeeded', amount: charge.body.amount });
      expect(final.attempts.map((a: { result: string }) => a.result), 'the interrupted try itself was resumed').to.deep.equal(['succeeded']);
    }

    const atGateway = await harness.probe('simulator_intents').where({ purpose: 'charge' });
    expect(atGateway.map((intent: { status: string }) => intent.status), 'one intent per charge, each confirmed once').to.deep.equal(['succeeded', 'succeeded', 'succeeded']);
    expect(atGateway.map((intent: { id: string }) => intent.id), 'the intents made before the crash were the ones used').to.include.members(madeBeforeTheCrash);
    expect(await harness.openChargeIntents(), 'no intent left open at the gateway').to.deep.equal([]);
    expect(await harness.probe('charges').where({ status: 'succeeded' })).to.have.length(3);
  });
});
