import { expect } from 'chai';
import { ServiceHarness, waitFor } from './service-harness.js';
import { remoteAccountWithCards } from './remote-customer.js';

/**
 * The real service is SIGKILLed while the gateway is creating the intent (created at the
 * simulator, its id not yet stored by us). No confirmation was ever sent, so no money moved: after
 * the restart, recovery tries the card afresh under a new key and the charge is taken once.
 */
describe('a charge killed before its intent id was stored (real process, SIGKILL, restart)', function () {
  this.timeout(40_000);
  const harness = new ServiceHarness();
  before(() => harness.open());
  after(() => harness.close());

  it('when the process dies while the intent is being created, then recovery charges the card once', async () => {
    const setup = await harness.start(0);
    const { accountId } = await remoteAccountWithCards(setup.url, harness.inbox, ['pm_card_visa']);
    await setup.stop();
    const body = { amount: 4300, reference: 'inv-crash-2' };

    const first = await harness.start(1500);
    const inFlight = harness.charge(first.url, accountId, 'inv-crash-2', body).catch((error: unknown) => error);
    await waitFor(async () => (await harness.probe('simulator_intents').where({ purpose: 'charge' })).length === 1, 8000);
    await first.kill();

    expect(await inFlight).to.be.instanceOf(Error);
    const [pending] = await harness.probe('charge_attempts');
    expect(pending).to.include({ status: 'pending', intent_id: null });

    // Recovery alone finishes it (lease runs out after 3 s); the retry then reads the result.
    const restarted = await harness.start(0);
    const { final } = await harness.retryUntilSettled(restarted.url, accountId, 'inv-crash-2', body);

    expect(final).to.include({ status: 'succeeded', amount: 4300 });
    expect(final.attempts.map((a: { result: string }) => a.result)).to.deep.equal(['error', 'succeeded']);
    const atGateway = await harness.probe('simulator_intents').where({ purpose: 'charge' }).orderBy('created_at');
    // The first intent was created but never confirmed: it moved no money.
    expect(atGateway.map((intent: { status: string }) => intent.status)).to.deep.equal(['created', 'succeeded']);
    expect(await harness.probe('charges').where({ status: 'succeeded' })).to.have.length(1);
  });
});
