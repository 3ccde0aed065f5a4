import { expect } from 'chai';
import type { Knex } from 'knex';
import { FieldCipher } from '../../../src/crypto/field-cipher.js';
import { isAppError } from '../../../src/errors.js';
import { createLogger } from '../../../src/logger.js';
import { MessageOutbox } from '../../../src/messaging/message-outbox.js';
import { VerificationCodeStore } from '../../../src/features/onboarding/verification-code-store.js';
import { generateCode, VerificationCodes } from '../../../src/features/onboarding/verification-codes.js';
import { createTestDatabase } from '../../helpers/test-database.js';
import { TestClock } from '../../helpers/test-clock.js';
import { TestInbox } from '../../helpers/test-inbox.js';

const cipher = new FieldCipher({ v1: Buffer.alloc(32, 1) }, 'v1');
const rules = { ttlSeconds: 600, resendSeconds: 60, maxAttempts: 3, maxFailures: 4 };

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return `${error.status} ${error.code}`;
    throw error;
  }
  return 'resolved';
}

describe('verification codes', () => {
  let db: Knex;
  let clock: TestClock;
  let inbox: TestInbox;
  let codes: VerificationCodes;
  const accountId = 'acct_unit';

  beforeEach(async () => {
    db = await createTestDatabase();
    clock = new TestClock();
    inbox = new TestInbox();
    const outbox = new MessageOutbox(db, inbox, clock, createLogger('silent'), cipher);
    codes = new VerificationCodes(new VerificationCodeStore(db), outbox, clock, rules, 'unit-test-secret-unit-test-secret-32');
    const now = clock.now().toISOString();
    await db('accounts').insert({ id: accountId, email: 'u@example.com', email_normalized: 'u@example.com', country: 'US', currency: 'USD', status: 'registered', created_at: now, updated_at: now });
    await outbox.deliverDue();
  });
  afterEach(() => db.destroy());

  /** Sends a code once the previous one's cooldown has passed. */
  async function send(target = '+12015550123'): Promise<string> {
    clock.advanceSeconds(rules.resendSeconds);
    await db.transaction((trx) => codes.issue(trx, { accountId, purpose: 'mobile', channel: 'sms', target, template: 'mobile_code', text: (c) => `code ${c}` }));
    const outbox = new MessageOutbox(db, inbox, clock, createLogger('silent'), cipher);
    await outbox.deliverDue();
    return inbox.messages.at(-1)!.code!;
  }
  const wrongFor = (code: string) => (code === '123456' ? '654321' : '123456');

  it('when codes are generated, then they are six digits, zero-padded, and vary', () => {
    const sample = Array.from({ length: 200 }, generateCode);
    expect(sample.every((code) => /^\d{6}$/.test(code))).to.equal(true);
    expect(new Set(sample).size).to.be.greaterThan(190);
  });

  it('when the right code is given in time, then it returns the number it was sent to, once', async () => {
    const code = await send('+12015550199');
    const proven = await codes.verify(accountId, 'mobile', 'sms', code);
    expect(proven.target).to.equal('+12015550199');
    expect(await rejectionCode(codes.verify(accountId, 'mobile', 'sms', code))).to.equal('422 invalid_code');
  });

  it('when the TTL has passed on the injected clock, then code_expired', async () => {
    const code = await send();
    clock.advanceSeconds(599);
    clock.advanceSeconds(1);
    expect(await rejectionCode(codes.verify(accountId, 'mobile', 'sms', code))).to.equal('422 code_expired');
  });

  it('when one second is left, then the code still works', async () => {
    const code = await send();
    clock.advanceSeconds(599);
    expect((await codes.verify(accountId, 'mobile', 'sms', code)).target).to.equal('+12015550123');
  });

  it('when the attempt limit is reached, then the right code is refused with too_many_attempts', async () => {
    const code = await send();
    for (let i = 0; i < rules.maxAttempts; i += 1) {
      expect(await rejectionCode(codes.verify(accountId, 'mobile', 'sms', wrongFor(code)))).to.equal('422 invalid_code');
    }
    expect(await rejectionCode(codes.verify(accountId, 'mobile', 'sms', code))).to.equal('429 too_many_attempts');
  });

  it('when twenty guesses arrive at once, then only the attempt limit of them are compared', async () => {
    const code = await send();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => rejectionCode(codes.verify(accountId, 'mobile', 'sms', wrongFor(code)))));
    expect(outcomes.filter((outcome) => outcome === '422 invalid_code')).to.have.length(rules.maxAttempts);
    expect(outcomes.filter((outcome) => outcome === '429 too_many_attempts')).to.have.length(20 - rules.maxAttempts);
    expect(await rejectionCode(codes.verify(accountId, 'mobile', 'sms', code))).to.equal('429 too_many_attempts');
  });

  it('when the failure budget is spent, then a fresh code is refused until 24 hours pass', async () => {
    let code = await send();
    for (let i = 0; i < rules.maxFailures; i += 1) {
      if (i === 2) code = await send();
      await rejectionCode(codes.verify(accountId, 'mobile', 'sms', wrongFor(code)));
    }
    const fresh = await send();
    expect(await rejectionCode(codes.verify(accountId, 'mobile', 'sms', fresh))).to.equal('429 too_many_attempts');
    clock.advanceSeconds(24 * 3600 + 1);
    const later = await send();
    expect((await codes.verify(accountId, 'mobile', 'sms', later)).target).to.equal('+12015550123');
  });

  it('when a resend comes inside the cooldown, then resend_too_soon; after it, allowed', async () => {
    await send();
    const issueNow = () => db.transaction((trx) => codes.issue(trx, { accountId, purpose: 'mobile', channel: 'sms', target: '+12015550123', template: 'mobile_code', text: (c) => c }));
    clock.advanceSeconds(rules.resendSeconds - 1);
    expect(await rejectionCode(issueNow())).to.equal('429 resend_too_soon');
    clock.advanceSeconds(1);
    expect(await rejectionCode(issueNow())).to.equal('resolved');
  });

  it('when ten sends arrive at once, then one code goes out and the rest are resend_too_soon', async () => {
    await send();
    clock.advanceSeconds(rules.resendSeconds);
    const issueNow = () => db.transaction((trx) => codes.issue(trx, { accountId, purpose: 'mobile', channel: 'sms', target: '+12015550123', template: 'mobile_code', text: (c) => c }));
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => rejectionCode(issueNow())));
    expect(outcomes.filter((outcome) => outcome === 'resolved')).to.have.length(1);
    expect(outcomes.filter((outcome) => outcome === '429 resend_too_soon')).to.have.length(9);
  });

  it('when wrong guesses on two codes of one channel arrive at once near the budget, then the budget still holds', async () => {
    const budgetCodes = new VerificationCodes(new VerificationCodeStore(db), new MessageOutbox(db, inbox, clock, createLogger('silent'), cipher), clock, { ...rules, maxAttempts: 10, maxFailures: 6 }, 'unit-test-secret-unit-test-secret-32');
    const mobile = await send();
    await db.transaction((trx) => budgetCodes.issue(trx, { accountId, purpose: 'sign_in', channel: 'sms', target: '+12015550123', template: 't', text: (c) => c }));
    const guesses = Array.from({ length: 8 }, (_, i) => budgetCodes.verify(accountId, i % 2 ? 'mobile' : 'sign_in', 'sms', wrongFor(mobile)));
    const outcomes = await Promise.all(guesses.map(rejectionCode));
    expect(outcomes.filter((outcome) => outcome === '422 invalid_code')).to.have.length(6);
    expect(outcomes.filter((outcome) => outcome === '429 too_many_attempts')).to.have.length(2);
    expect(await db('code_failures').where({ account_id: accountId }).count<{ n: number }[]>({ n: '*' })).to.deep.equal([{ n: 6 }]);
  });

  it('when a code is sent to a second number, then the first number’s code is void', async () => {
    const first = await send('+12015550111');
    const second = await send('+12015550122');
    if (first !== second) expect(await rejectionCode(codes.verify(accountId, 'mobile', 'sms', first))).to.equal('422 invalid_code');
    expect((await codes.verify(accountId, 'mobile', 'sms', second)).target).to.equal('+12015550122');
  });
});
