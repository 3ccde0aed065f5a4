import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { register, uniqueEmail } from '../helpers/customer-flow.js';

describe('registration and sign-in (signup frontend)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('when a customer registers, then the account is created with a token and the registration code is emailed', async () => {
    const email = uniqueEmail();
    const response = await t.api.post('/v1/accounts').send({ email, country: 'cl' });
    expect(response.status).to.equal(201);
    expect(response.body.account).to.include({ email, country: 'CL', currency: 'CLP', status: 'registered', type: null, mobile: null });
    expect(response.body.account.id).to.match(/^acct_/);
    expect(response.body.token).to.be.a('string');
    expect(await t.inbox.code(email, 1)).to.match(/^\d{6}$/);

    const me = await t.api.get('/v1/account').set('Authorization', `Bearer ${response.body.token}`);
    expect(me.status).to.equal(200);
    expect(me.body.id).to.equal(response.body.account.id);
  });

  it('when the email is taken in another letter case, then 409 email_taken', async () => {
    const email = uniqueEmail();
    await register(t, 'US', email);
    const response = await t.api.post('/v1/accounts').send({ email: email.toUpperCase(), country: 'US' });
    expect(response.status).to.equal(409);
    expect(response.body.code).to.equal('email_taken');
    expect(response.headers['content-type']).to.match(/application\/problem\+json/);
  });

  it('when the country is not ISO 3166 or the email is malformed, then 422 validation_failed naming each field', async () => {
    const response = await t.api.post('/v1/accounts').send({ email: 'not-an-email', country: 'XX' });
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('validation_failed');
    expect(response.body.errors.map((error: { field: string }) => error.field)).to.have.members(['email', 'country']);
  });

  it('when a body has an unknown field, then 422 and nothing is created', async () => {
    const email = uniqueEmail();
    const response = await t.api.post('/v1/accounts').send({ email, country: 'US', admin: true });
    expect(response.status).to.equal(422);
    expect(response.body.errors[0]).to.deep.equal({ field: 'admin', message: 'is not a known field' });
    expect((await t.api.post('/v1/accounts').send({ email, country: 'US' })).status).to.equal(201);
  });

  it('when a customer signs in with the emailed code, then they get a working token; the code works once', async () => {
    const customer = await register(t);
    const request = await t.api.post('/v1/sessions/email-code').send({ email: customer.email.toUpperCase() });
    expect(request.status).to.equal(202);
    const code = await t.inbox.code(customer.email, 2);
    const session = await t.api.post('/v1/sessions').send({ email: customer.email, code });
    expect(session.status).to.equal(201);
    const me = await t.api.get('/v1/account').set('Authorization', `Bearer ${session.body.token}`);
    expect(me.body.id).to.equal(customer.accountId);

    const again = await t.api.post('/v1/sessions').send({ email: customer.email, code });
    expect(again.status).to.equal(401);
    expect(again.body.code).to.equal('invalid_code');
  });

  it('when the email is unknown, then the code request and the sign-in answer exactly as for a known one', async () => {
    const known = await register(t);
    const unknownRequest = await t.api.post('/v1/sessions/email-code').send({ email: uniqueEmail('nobody') });
    const knownRequest = await t.api.post('/v1/sessions/email-code').send({ email: known.email });
    expect(unknownRequest.status).to.equal(knownRequest.status);
    expect(unknownRequest.body).to.deep.equal(knownRequest.body);

    const unknownSignIn = await t.api.post('/v1/sessions').send({ email: uniqueEmail('nobody'), code: '123456' });
    const wrongCode = await t.api.post('/v1/sessions').send({ email: known.email, code: '000000' });
    expect(unknownSignIn.status).to.equal(401);
    expect(wrongCode.status).to.equal(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, request_id: undefined });
    expect(strip(unknownSignIn.body)).to.deep.equal(strip(wrongCode.body));
  });

  it('when the customer changes the preferred currency, then the account shows it; an unsupported one is 422', async () => {
    const customer = await register(t, 'US');
    const changed = await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'eur' });
    expect(changed.status).to.equal(200);
    expect(changed.body.currency).to.equal('EUR');
    const refused = await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'XYZ' });
    expect(refused.status).to.equal(422);
    expect(refused.body.code).to.equal('unsupported_currency');
  });

  it('when the reference lists are read, then industries and currencies with verification amounts come back', async () => {
    const industries = await t.api.get('/v1/reference/industries');
    expect(industries.status).to.equal(200);
    expect(industries.body.data.length).to.be.greaterThan(5);
    const currencies = await t.api.get('/v1/reference/currencies');
    const byCode = Object.fromEntries(currencies.body.data.map((c: { code: string }) => [c.code, c]));
    expect(byCode.USD.verification_amount).to.equal(100);
    expect(byCode.JPY.decimals).to.equal(0);
    expect(byCode.CLP.decimals).to.equal(0);
  });
});
