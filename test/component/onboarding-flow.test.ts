import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, register, type Customer } from '../helpers/customer-flow.js';

const individual = (country = 'US') => ({
  type: 'individual',
  name: 'Ada Lovelace',
  address: { line1: '1 Main St', city: 'Springfield', country },
  industry: 'software',
});

describe('activation flow: email code → mobile code → details (signup frontend)', () => {
  let t: TestApp;
  let customer: Customer;
  beforeEach(async () => {
    t = await createTestApp();
    customer = await register(t, 'US');
  });
  afterEach(() => t.close());

  const onboarding = async () => (await t.api.get('/v1/onboarding').set(customer.auth)).body;
  const proveEmail = async () => {
    const code = await t.inbox.code(customer.email, t.inbox.sentTo(customer.email).length || 1);
    return t.api.post('/v1/onboarding/email-code/verify').set(customer.auth).send({ code });
  };
  const sendSms = (phone: string) => t.api.post('/v1/onboarding/mobile-code').set(customer.auth).send({ phone });

  it('when a customer has just registered, then the next step is the email code', async () => {
    expect(await onboarding()).to.deep.equal({
      next_step: 'email',
      steps: { email: 'pending', mobile: 'pending', details: 'pending', card: 'pending' },
      status: 'registered',
    });
  });

  it('when the registration code is verified, then the next step is the mobile number', async () => {
    const response = await proveEmail();
    expect(response.status).to.equal(200);
    expect(response.body.next_step).to.equal('mobile');
    expect(response.body.steps.email).to.equal('done');
  });

  it('when the customer returns after the grace window, then the email is proven again before the mobile step', async () => {
    await proveEmail();
    t.clock.advanceSeconds(601);
    expect((await onboarding()).next_step).to.equal('email');
    const refused = await sendSms('+12015550123');
    expect(refused.status).to.equal(409);
    expect(refused.body.code).to.equal('email_step_required');

    expect((await t.api.post('/v1/onboarding/email-code').set(customer.auth)).status).to.equal(202);
    const code = await t.inbox.code(customer.email, 2);
    const verified = await t.api.post('/v1/onboarding/email-code/verify').set(customer.auth).send({ code });
    expect(verified.body.next_step).to.equal('mobile');
  });

  it('when the mobile code is verified, then the mobile is stored as E.164 and the email step stays done for good', async () => {
    await proveEmail();
    expect((await sendSms('(201) 555-0123')).status).to.equal(202);
    const code = await t.inbox.code('+12015550123', 1);
    const verified = await t.api.post('/v1/onboarding/mobile-code/verify').set(customer.auth).send({ code });
    expect(verified.status).to.equal(200);
    expect(verified.body.next_step).to.equal('details');
    t.clock.advanceSeconds(3600);
    expect((await onboarding()).steps).to.include({ email: 'done', mobile: 'done' });
    expect((await t.api.get('/v1/account').set(customer.auth)).body.mobile).to.equal('+12015550123');
  });

  it('when the number is invalid, foreign or a landline, then 422 with the matching code', async () => {
    await proveEmail();
    const cases: Array<[string, string]> = [
      ['12345', 'invalid_phone'],
      ['+447400123456', 'phone_region_mismatch'],
    ];
    for (const [phone, code] of cases) {
      const response = await sendSms(phone);
      expect(response.status, phone).to.equal(422);
      expect(response.body.code, phone).to.equal(code);
    }
    const chilean = await register(t, 'CL');
    const code = await t.inbox.code(chilean.email, 1);
    await t.api.post('/v1/onboarding/email-code/verify').set(chilean.auth).send({ code });
    const landline = await t.api.post('/v1/onboarding/mobile-code').set(chilean.auth).send({ phone: '600 123 4567' });
    expect(landline.status).to.equal(422);
    expect(landline.body.code).to.equal('phone_not_mobile');
  });

  it('when details come before the mobile step, then 409 mobile_step_required', async () => {
    await proveEmail();
    const response = await t.api.put('/v1/onboarding/details').set(customer.auth).send(individual());
    expect(response.status).to.equal(409);
    expect(response.body.code).to.equal('mobile_step_required');
  });

  it('when enterprise details are given, then the account takes their currency and the next step is the card', async () => {
    const enterprise = await onboard(t, 'US');
    const response = await t.api.put('/v1/onboarding/details').set(enterprise.auth).send({
      type: 'enterprise',
      enterprise_name: 'Acme SpA',
      address: { line1: 'Av. Apoquindo 1', city: 'Santiago', country: 'CL' },
      contact_name: 'Grace Hopper',
      contact_position: 'CFO',
      industry: 'software',
      currency: 'clp',
    });
    expect(response.status).to.equal(200);
    expect(response.body.next_step).to.equal('card');
    const account = (await t.api.get('/v1/account').set(enterprise.auth)).body;
    expect(account).to.include({ type: 'enterprise', currency: 'CLP' });
    expect(account.details).to.include({ enterprise_name: 'Acme SpA', currency: 'CLP' });
  });

  it('when details have a wrong type, an unknown industry or a missing field, then 422 validation_failed', async () => {
    const ready = await onboard(t, 'US');
    const response = await t.api.put('/v1/onboarding/details').set(ready.auth).send({ type: 'individual', name: 42, address: { city: 'X', country: 'US' }, industry: 'piracy' });
    expect(response.status).to.equal(422);
    expect(response.body.errors.map((error: { field: string }) => error.field)).to.include.members(['name', 'address.line1', 'industry']);
    const unknownType = await t.api.put('/v1/onboarding/details').set(ready.auth).send({ type: 'robot' });
    expect(unknownType.status).to.equal(422);
  });

  it('when one mobile number serves two accounts (a company phone), then both verify it', async () => {
    const first = await onboard(t, 'US');
    const second = await onboard(t, 'US');
    for (const who of [first, second]) {
      expect((await t.api.get('/v1/account').set(who.auth)).body.mobile).to.equal('+12015550123');
    }
  });

  it('when a customer token asks for onboarding without a token, then 401 with a hint', async () => {
    const response = await t.api.get('/v1/onboarding');
    expect(response.status).to.equal(401);
    expect(response.body.code).to.equal('unauthenticated');
  });
});
