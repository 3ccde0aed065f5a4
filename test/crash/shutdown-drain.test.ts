import { expect } from 'chai';
import { ServiceHarness, waitFor } from './service-harness.js';
import { remoteAccountWithCards } from './remote-customer.js';
import { sleep } from './service-process.js';

/**
 * A rolling deploy SIGTERMs the old process while a billing job's charge is in flight on a kept-alive
 * connection. The charge is answered, and that answer closes the connection: the client's next
 * request opens a new one (to whichever instance now listens) instead of being served by the
 * draining process for as long as the client keeps the connection busy, which held the old process
 * alive and let it answer for a port another process had taken.
 */
describe('stopping the service while a request is in flight (real process, SIGTERM)', function () {
  this.timeout(60_000);
  const harness = new ServiceHarness();
  before(() => harness.open());
  after(() => harness.close());

  it('when the service is told to stop during a charge, then the charge is answered, its connection closed, and the process exits though the client keeps knocking', async () => {
    const service = await harness.start(1000);
    const { accountId } = await remoteAccountWithCards(service.url, harness.inbox, ['pm_card_visa']);
    const body = { amount: 2500, reference: 'inv-drain-1' };
    const inFlight = harness.charge(service.url, accountId, 'inv-drain-1', body);
    await waitFor(async () => (await harness.probe('simulator_intents').where({ purpose: 'charge' })).length >= 1, 30_000);

    let exited = false;
    const stopped = service.stop().then(() => (exited = true));
    const answer = await inFlight;
    expect(answer.status, 'the charge in flight is finished, not cut off').to.equal(201);
    expect(answer.headers.get('connection')).to.equal('close');
    expect(await answer.json()).to.include({ status: 'succeeded', amount: 2500 });

    // A client that keeps its connections busy (a poller, a load balancer's health check) must not
    // keep the old process alive: its knocks now open new connections, which nothing accepts.
    const knocks: string[] = [];
    while (!exited && knocks.length < 100) {
      knocks.push(await fetch(`${service.url}/readyz`).then((response) => String(response.status), (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message));
      await sleep(100);
    }
    // Asked before awaiting `stopped`, which would make it true by then whatever happened.
    expect(exited, `the process exited while the client knocked; knocks answered: ${knocks.join(' ')}`).to.equal(true);
    expect(knocks.filter((knock) => knock === '200'), 'no knock was served by the draining process').to.deep.equal([]);
    await stopped;
  });
});
