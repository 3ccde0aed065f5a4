import { expect } from 'chai';
import { ServiceHarness, waitFor } from './service-harness.js';
import { remoteAccountWithCards } from './remote-customer.js';

/**
 * The real service is SIGKILLed after the simulator took the money but before the service heard
 * back (the simulator sleeps its latency after committing, like a lost response), then restarted.
 * The retried request and the recovery job settle the charge from the gateway's record: exactly
 * one successful charge at the gateway and in the ledger.
 */
describe('a charge confirmed at the gateway when the service is killed (real process, SIGKILL, restart)', function () {
  this.timeout(90_000);
  const harness = new ServiceHarness();
  before(() => harness.open());
  after(() => harness.close());

  it('when the process dies before hearing the confirmation, then the retry and recovery give exactly one charge', async () => {
    const setup = await harness.start(0);
    const { accountId } = await remoteAccountWithCards(setup.url, harness.inbox, ['pm_card_visa']);
    await setup.stop();
    const body = { amount: 4200, reference: 'inv-crash-1' };

    const first = await harness.start(1500);
    const inFlight = harness.charge(first.url, accountId, 'inv-crash-1', body).catch((error: unknown) => error);
    // The simulator committed the confirmation and is "sending the answer": kill now.
    await waitFor(async () => (await harness.probe('simulator_intents').where({ purpose: 'charge', status: 'succeeded' })).length === 1, 30_000);
    await first.kill();

    expect(await inFlight, 'the caller never got an answer').to.be.instanceOf(Error);
    const [orphaned] = await harness.probe('charges').where({ account_id: accountId });
    expect(orphaned, 'the ledger has the charge in flight, not its result').to.include({ status: 'processing' });
    const [pending] = await harness.probe('charge_attempts').where({ charge_id: orphaned.id });
    expect(pending.status).to.equal('pending');
    expect(pending.intent_id, 'the intent id was stored before the confirmation').to.match(/^pi_/);

    const restarted = await harness.start(1500);
    const { seen, final } = await harness.retryUntilSettled(restarted.url, accountId, 'inv-crash-1', body);

    expect(seen.at(-1)).to.equal(201);
    expect(seen.slice(0, -1).every((status) => status === 409 || status === 503), seen.join(',')).to.equal(true);
    expect(final).to.include({ id: orphaned.id, status: 'succeeded', amount: 4200 });
    expect(final.attempts.map((a: { result: string }) => a.result)).to.deep.equal(['succeeded']);
    const atGateway = await harness.probe('simulator_intents').where({ purpose: 'charge' });
    expect(atGateway.map((intent: { status: string }) => intent.status), 'one charge at the gateway').to.deep.equal(['succeeded']);
    expect(await harness.openChargeIntents(), 'no intent left open at the gateway').to.deep.equal([]);
    const ledger = await harness.probe('charges').where({ account_id: accountId });
    expect(ledger.map((row: { status: string }) => row.status), 'one charge in the ledger').to.deep.equal(['succeeded']);
  });
});
