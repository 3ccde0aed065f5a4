import { expect } from 'chai';
import { ServiceHarness, waitFor } from './service-harness.js';
import { remoteAccountWithCards } from './remote-customer.js';

/**
 * The real service is SIGKILLed after the card declined at the gateway but before the service
 * recorded the failure (the simulator sleeps its latency after committing, like a lost response),
 * then two processes run side by side on the same database. The failed round, its billing event
 * and its notices are one transaction: the customer gets exactly one first-failure email and one
 * SMS, and the retry schedule runs from there, each step once.
 */
describe('a past-due charge killed between its failure and its notice (real process, SIGKILL, two restarts)', function () {
  this.timeout(90_000);
  const harness = new ServiceHarness();
  before(() => harness.open());
  after(() => harness.close());

  it('when the process dies before recording the decline, then recovery records it once, with one email and one SMS, and the retry runs once', async () => {
    const setup = await harness.start(0);
    const { accountId } = await remoteAccountWithCards(setup.url, harness.inbox, ['pm_card_simulatorDeclinesTryAgainLater']);
    await setup.stop();
    const body = { amount: 3300, reference: 'inv-dunning-crash', on_failure: 'retry' };
    const schedule = { DUNNING_SCHEDULE: '4s,5m' };

    const first = await harness.start(1500, schedule);
    const inFlight = harness.charge(first.url, accountId, 'inv-dunning-crash', body).catch((error: unknown) => error);
    // The simulator committed the decline and is "sending the answer": kill now.
    await waitFor(async () => (await harness.probe('simulator_intents').where({ purpose: 'charge', status: 'declined' })).length === 1, 30_000);
    await first.kill();
    expect(await inFlight, 'the caller never got an answer').to.be.instanceOf(Error);
    const [orphaned] = await harness.probe('charges').where({ account_id: accountId });
    expect(orphaned).to.include({ status: 'processing' });
    expect(await harness.probe('charge_notices').where({ charge_id: orphaned.id })).to.deep.equal([]);

    // Two instances at once: recovery, the schedule and delivery race on the same rows.
    const a = await harness.start(0, schedule);
    const b = await harness.start(0, schedule);
    await waitFor(async () => (await harness.probe('charges').where({ id: orphaned.id }).first()).dunning_round >= 1 && (await harness.probe('charges').where({ id: orphaned.id }).first()).status === 'past_due', 20_000, 100);

    const charge = await harness.probe('charges').where({ id: orphaned.id }).first();
    expect(charge).to.include({ status: 'past_due' });
    const rounds = (await harness.probe('charge_attempts').where({ charge_id: orphaned.id }).orderBy('number')).map((attempt: { round: number; status: string }) => `${Number(attempt.round)}:${attempt.status}`);
    expect(rounds, 'the first pass, then one retry round').to.deep.equal(['0:declined', '1:declined']);
    const notices = (await harness.probe('charge_notices').where({ charge_id: orphaned.id })).map((row: { round: number; channel: string; notice: string }) => `${Number(row.round)}:${row.channel}:${row.notice}`);
    expect(notices.sort()).to.deep.equal(['0:email:first_failure', '0:sms:first_failure', '1:email:retry_failed']);
    const queued = await harness.probe('messages').where('template', 'like', 'charge_%').select('template', 'channel');
    expect(queued.map((row: { template: string; channel: string }) => `${row.channel}:${row.template}`).sort()).to.deep.equal(['email:charge_first_failure', 'email:charge_retry_failed', 'sms:charge_first_failure']);
    const events = await harness.probe('events').where({ account_id: accountId }).andWhere('type', 'like', 'charge.%').select('type');
    expect(events.map((row: { type: string }) => row.type)).to.deep.equal(['charge.past_due', 'charge.past_due']);
    await a.stop();
    await b.stop();
  });
});
