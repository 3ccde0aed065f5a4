import { expect } from 'chai';
import {
  AUTHENTICATION_FAILED,
  AUTHENTICATION_REQUIRED,
  CARD_DECLINED,
  cancelUnconfirmed,
  confirmIntent,
  createIntent,
  holdVerdict,
  readIntent,
  type ChallengeHandling,
  type CreateParams,
  type IntentCalls,
} from '../../../src/gateway/intent-settlement.js';
import { GatewayError, type Decline, type IntentState, type IntentStatus, type PaymentGateway, type PaymentOutcome } from '../../../src/gateway/payment-gateway.js';

type Answer<T> = T | GatewayError;

/** A small fake of the port: each call answers from its queue (the last answer repeats) and every
 * call is written down with its key, so a test sees exactly what was sent. */
function fakeGateway(answers: { create?: Answer<{ intentId: string }>[]; read?: Answer<IntentState>[]; cancel?: Answer<void>[] } = {}) {
  const sent: string[] = [];
  const next = async <T>(queue: Answer<T>[] | undefined, fallback: T): Promise<T> => {
    const answer = queue && queue.length > 1 ? queue.shift()! : (queue?.[0] ?? fallback);
    if (answer instanceof GatewayError) throw answer;
    return answer;
  };
  const gateway = {
    name: 'simulator',
    createCharge: async (input: CreateParams) => {
      sent.push(`create ${input.idempotencyKey}`);
      return next(answers.create, { intentId: 'pi_1' });
    },
    getIntent: async (intentId: string) => {
      sent.push(`read ${intentId}`);
      return next(answers.read, intent('created'));
    },
    cancelIntent: async (input: { intentId: string; idempotencyKey: string }) => {
      sent.push(`cancel ${input.intentId} ${input.idempotencyKey}`);
      return next(answers.cancel, undefined);
    },
  } as unknown as PaymentGateway;
  const calls: IntentCalls = { gateway, retry: { retries: 2, delayMs: 0 }, cancelKey: 'row_1:cancel' };
  return { calls, sent };
}

const intent = (status: IntentStatus, decline?: Decline): IntentState => ({ intentId: 'pi_1', status, amount: 1000, currency: 'USD', ...(decline ? { decline } : {}) });
const params: CreateParams = { customerId: 'cus_1', paymentMethodId: 'pm_1', amount: 1000, currency: 'USD', idempotencyKey: 'row_1:create' };
const insufficientFunds: Decline = { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' };
const refused = () => new GatewayError('fatal', 'invalid request');
const timedOut = () => new GatewayError('indeterminate', 'timeout');
const connectionRefused = () => new GatewayError('retryable', 'connection refused');

describe('intent settlement: one verdict for every intent (issue 18)', () => {
  describe('reading an intent left in flight', () => {
    const cases: { status: IntentStatus; decline?: Decline; challenge?: ChallengeHandling; verdict: object; sent: string[] }[] = [
      { status: 'succeeded', verdict: { verdict: 'succeeded' }, sent: ['read pi_1'] },
      { status: 'declined', decline: insufficientFunds, verdict: { verdict: 'declined', decline: insufficientFunds }, sent: ['read pi_1'] },
      { status: 'declined', verdict: { verdict: 'declined', decline: CARD_DECLINED }, sent: ['read pi_1'] },
      { status: 'created', verdict: { verdict: 'failed', reason: 'interrupted' }, sent: ['read pi_1', 'cancel pi_1 row_1:cancel'] },
      { status: 'canceled', verdict: { verdict: 'failed', reason: 'interrupted' }, sent: ['read pi_1'] },
      { status: 'requires_action', challenge: 'wait', verdict: { verdict: 'requires_action' }, sent: ['read pi_1'] },
      { status: 'requires_action', challenge: 'give_up', verdict: { verdict: 'failed', reason: 'authentication_abandoned' }, sent: ['read pi_1', 'cancel pi_1 row_1:cancel'] },
      { status: 'requires_action', challenge: 'off_session', verdict: { verdict: 'declined', decline: AUTHENTICATION_REQUIRED }, sent: ['read pi_1', 'cancel pi_1 row_1:cancel'] },
      { status: 'processing', verdict: { verdict: 'unknown', status: 'processing' }, sent: ['read pi_1'] },
      { status: 'held', verdict: { verdict: 'unknown', status: 'held' }, sent: ['read pi_1'] },
    ];
    for (const { status, decline, challenge = 'off_session', verdict, sent: expected } of cases) {
      it(`when the intent is ${status}${decline ? ' with its decline' : ''} (${challenge}), then the verdict is ${Object.values(verdict).filter((part) => typeof part === 'string').join(' ')}`, async () => {
        const { calls, sent } = fakeGateway({ read: [intent(status, decline)] });
        expect(await readIntent(calls, 'pi_1', challenge)).to.deep.equal(verdict);
        expect(sent).to.deep.equal(expected);
      });
    }

    it('when the read times out, then it is retried (a read is safe to repeat), and when it keeps failing the verdict is unknown', async () => {
      const { calls, sent } = fakeGateway({ read: [timedOut(), intent('succeeded')] });
      expect(await readIntent(calls, 'pi_1', 'wait')).to.deep.equal({ verdict: 'succeeded' });
      expect(sent).to.deep.equal(['read pi_1', 'read pi_1']);

      const down = fakeGateway({ read: [timedOut()] });
      const verdict = await readIntent(down.calls, 'pi_1', 'wait');
      expect(verdict.verdict).to.equal('unknown');
      expect(down.sent).to.have.length(3);
    });

    it('when the cancel of a never-confirmed intent fails (a race with a late confirmation), then the verdict is unknown, never interrupted', async () => {
      const { calls } = fakeGateway({ read: [intent('created')], cancel: [refused()] });
      const verdict = await readIntent(calls, 'pi_1', 'off_session');
      expect(verdict).to.include({ verdict: 'unknown' });
      expect(verdict).to.have.property('error').that.is.instanceOf(GatewayError);
    });
  });

  describe('creating an intent', () => {
    it('when the gateway creates it, then its id, under the caller’s create key', async () => {
      const { calls, sent } = fakeGateway();
      expect(await createIntent(calls, params)).to.deep.equal({ intentId: 'pi_1' });
      expect(sent).to.deep.equal(['create row_1:create']);
    });

    it('when the gateway refuses the request, then failed gateway_error, sent once', async () => {
      const { calls, sent } = fakeGateway({ create: [refused()] });
      expect(await createIntent(calls, params)).to.include({ verdict: 'failed', reason: 'gateway_error' });
      expect(sent).to.have.length(1);
    });

    it('when the create times out, then it is sent again under the same key (the key replays it), and unavailable once the retries run out', async () => {
      const { calls, sent } = fakeGateway({ create: [timedOut()] });
      expect(await createIntent(calls, params)).to.include({ verdict: 'unavailable' });
      expect(sent).to.deep.equal(['create row_1:create', 'create row_1:create', 'create row_1:create']);
    });
  });

  describe('confirming an intent', () => {
    const answering = (...answers: Answer<PaymentOutcome>[]) => {
      let calls = 0;
      const send = async () => {
        const answer = answers[Math.min(calls, answers.length - 1)]!;
        calls += 1;
        if (answer instanceof GatewayError) throw answer;
        return answer;
      };
      return { send, calls: () => calls };
    };
    const always = { resendRetryable: true, onRefusal: 'read_and_cancel' } as const;

    it('when the gateway answers, then succeeded, declined with its decline, or requires_action with the page', async () => {
      const { calls } = fakeGateway();
      expect(await confirmIntent(calls, 'pi_1', answering({ outcome: 'succeeded', intentId: 'pi_1' }).send, always)).to.deep.equal({ verdict: 'succeeded' });
      expect(await confirmIntent(calls, 'pi_1', answering({ outcome: 'declined', intentId: 'pi_1', decline: insufficientFunds }).send, always)).to.deep.equal({ verdict: 'declined', decline: insufficientFunds });
      expect(await confirmIntent(calls, 'pi_1', answering({ outcome: 'requires_action', intentId: 'pi_1', redirectUrl: 'https://bank/3ds' }).send, always)).to.deep.equal({
        verdict: 'requires_action',
        redirectUrl: 'https://bank/3ds',
      });
    });

    it('when the confirmation times out, then it is never sent again and the verdict is unknown', async () => {
      const { calls, sent } = fakeGateway();
      const confirmation = answering(timedOut(), { outcome: 'succeeded', intentId: 'pi_1' });
      expect(await confirmIntent(calls, 'pi_1', confirmation.send, always)).to.include({ verdict: 'unknown' });
      expect(confirmation.calls()).to.equal(1);
      expect(sent, 'no read, no cancel').to.deep.equal([]);
    });

    it('when the gateway refused before acting, then it is sent again only where the caller allows it', async () => {
      const { calls } = fakeGateway();
      const resent = answering(connectionRefused(), { outcome: 'succeeded', intentId: 'pi_1' });
      expect(await confirmIntent(calls, 'pi_1', resent.send, always)).to.deep.equal({ verdict: 'succeeded' });
      expect(resent.calls()).to.equal(2);

      const once = answering(connectionRefused(), { outcome: 'succeeded', intentId: 'pi_1' });
      expect(await confirmIntent(calls, 'pi_1', once.send, { resendRetryable: false, onRefusal: 'unknown' })).to.include({ verdict: 'unknown' });
      expect(once.calls()).to.equal(1);
    });

    it('when the confirmation is refused, then the intent is read, and canceled when it never moved money: failed gateway_error', async () => {
      const { calls, sent } = fakeGateway({ read: [intent('created')] });
      expect(await confirmIntent(calls, 'pi_1', answering(refused()).send, always)).to.include({ verdict: 'failed', reason: 'gateway_error' });
      expect(sent).to.deep.equal(['read pi_1', 'cancel pi_1 row_1:cancel']);
    });

    it('when the confirmation is refused but the intent says otherwise, then the intent decides, and nothing is canceled', async () => {
      const paid = fakeGateway({ read: [intent('succeeded')] });
      expect(await confirmIntent(paid.calls, 'pi_1', answering(refused()).send, always)).to.deep.equal({ verdict: 'succeeded' });
      const declined = fakeGateway({ read: [intent('declined')] });
      expect(await confirmIntent(declined.calls, 'pi_1', answering(refused()).send, always)).to.deep.equal({ verdict: 'declined', decline: CARD_DECLINED });
      const inFlight = fakeGateway({ read: [intent('processing')] });
      expect(await confirmIntent(inFlight.calls, 'pi_1', answering(refused()).send, always)).to.deep.equal({ verdict: 'unknown', status: 'processing' });
      const canceled = fakeGateway({ read: [intent('canceled')] });
      expect(await confirmIntent(canceled.calls, 'pi_1', answering(refused()).send, always)).to.include({ verdict: 'failed', reason: 'gateway_error' });
      for (const { sent } of [paid, declined, inFlight, canceled]) expect(sent).to.deep.equal(['read pi_1']);
    });

    it('when the confirmation is refused and the intent cannot be read, then unknown, with the refusal', async () => {
      const { calls } = fakeGateway({ read: [timedOut()] });
      const verdict = await confirmIntent(calls, 'pi_1', answering(refused()).send, always);
      expect(verdict).to.include({ verdict: 'unknown' });
      expect(verdict).to.have.property('refused').that.is.instanceOf(GatewayError);
    });

    it('when the caller leaves a refusal unknown, then nothing is read or canceled', async () => {
      const { calls, sent } = fakeGateway();
      expect(await confirmIntent(calls, 'pi_1', answering(refused()).send, { resendRetryable: false, onRefusal: 'unknown' })).to.include({ verdict: 'unknown' });
      expect(sent).to.deep.equal([]);
    });
  });

  describe('canceling an intent never confirmed', () => {
    it('when its id is known, then it is canceled under the cancel key', async () => {
      const { calls, sent } = fakeGateway();
      await cancelUnconfirmed(calls, 'pi_1', params);
      expect(sent).to.deep.equal(['cancel pi_1 row_1:cancel']);
    });

    it('when only a create may have been sent, then the create is replayed under its key to find the intent, which is canceled', async () => {
      const { calls, sent } = fakeGateway({ create: [{ intentId: 'pi_9' }] });
      await cancelUnconfirmed(calls, null, params);
      expect(sent).to.deep.equal(['create row_1:create', 'cancel pi_9 row_1:cancel']);
    });

    it('when the replayed create is refused, or no create was sent, then there is nothing to cancel', async () => {
      const { calls, sent } = fakeGateway({ create: [refused()] });
      await cancelUnconfirmed(calls, null, params);
      await cancelUnconfirmed(calls, null, null);
      expect(sent).to.deep.equal(['create row_1:create']);
    });

    it('when the gateway fails otherwise, then the error reaches the caller', async () => {
      const { calls } = fakeGateway({ cancel: [refused()] });
      await cancelUnconfirmed(calls, 'pi_1', null).then(
        () => expect.fail('should throw'),
        (error: GatewayError) => expect(error.kind).to.equal('fatal'),
      );
    });
  });
});

describe('holdVerdict: a card verification hold read after its 3-D Secure page', () => {
  it('when the hold is held, then it succeeded; declined or canceled, a decline (the bank\'s own, or the failed 3-D Secure check); anything else still waits', () => {
    const bank: Decline = { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Insufficient funds.' };
    expect(holdVerdict({ status: 'held' })).to.deep.equal({ verdict: 'succeeded' });
    expect(holdVerdict({ status: 'declined', decline: bank })).to.deep.equal({ verdict: 'declined', decline: bank });
    expect(holdVerdict({ status: 'declined' })).to.deep.equal({ verdict: 'declined', decline: AUTHENTICATION_FAILED });
    expect(holdVerdict({ status: 'canceled' })).to.deep.equal({ verdict: 'declined', decline: AUTHENTICATION_FAILED });
    expect(holdVerdict({ status: 'requires_action' })).to.deep.equal({ verdict: 'requires_action' });
    for (const status of ['created', 'processing', 'succeeded'] as const) expect(holdVerdict({ status }), status).to.deep.equal({ verdict: 'unknown' });
  });
});
