import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, type Customer } from '../helpers/customer-flow.js';
import { listCards, postCard } from '../helpers/card-flow.js';

describe('cards on Chilean accounts: RUT and OTRO ids, encrypted and masked', () => {
  let t: TestApp;
  let chilean: Customer;
  beforeEach(async () => {
    t = await createTestApp();
    chilean = await onboard(t, 'CL');
  });
  afterEach(() => t.close());

  const withId = (id: Record<string, unknown>) => postCard(t, chilean, 'pm_card_visa', id);

  const validRuts: Array<[typed: string, stored: string, masked: string]> = [
    ['12.345.678-5', '12345678-5', '*****678-5'],
    ['12345678-5', '12345678-5', '*****678-5'],
    ['123456785', '12345678-5', '*****678-5'],
    ['10.000.013-k', '10000013-K', '*****013-K'],
    ['10000013-K', '10000013-K', '*****013-K'],
  ];
  for (const [typed, stored, masked] of validRuts) {
    it(`when the RUT is typed ${typed}, then the card is added, the RUT is encrypted at rest and shown as ${masked}`, async () => {
      const response = await withId({ id_type: 'RUT', id_number: typed });

      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body.card).to.include({ id_type: 'RUT', id_number: masked });
      expect((await listCards(t, chilean))[0]).to.include({ id_number: masked });
      expect(JSON.stringify(response.body)).not.to.include(stored);
      const row = await t.db('cards').where({ id: response.body.card.id }).first();
      expect(row.id_number_encrypted).to.match(/^v1:/).and.not.to.include(stored.slice(0, 6));
      expect(t.context.fieldCipher.decrypt(row.id_number_encrypted, `cards.id_number:${row.id}`)).to.equal(stored);
    });
  }

  const refused: Array<[body: Record<string, unknown>, code: string, field: string]> = [
    [{}, 'id_required', 'id_type'],
    [{ id_type: 'RUT' }, 'id_required', 'id_number'],
    [{ id_number: '12.345.678-5' }, 'id_required', 'id_type'],
    [{ id_type: 'RUT', id_number: '12.345.678-4' }, 'invalid_rut', 'id_number'],
    [{ id_type: 'RUT', id_number: '10.000.013-0' }, 'invalid_rut', 'id_number'],
    [{ id_type: 'RUT', id_number: '12.34.5678-5' }, 'invalid_rut', 'id_number'],
    [{ id_type: 'RUT', id_number: 'ABC' }, 'invalid_rut', 'id_number'],
    [{ id_type: 'RUT', id_number: '' }, 'id_required', 'id_number'],
    [{ id_type: 'OTRO', id_number: 'AB12' }, 'invalid_id_number', 'id_number'],
    [{ id_type: 'OTRO', id_number: 'AB 12345' }, 'invalid_id_number', 'id_number'],
    [{ id_type: 'OTRO', id_number: 'A'.repeat(21) }, 'invalid_id_number', 'id_number'],
  ];
  for (const [body, code, field] of refused) {
    it(`when a Chilean account sends ${JSON.stringify(body)}, then 422 ${code} on ${field} and the gateway is not asked`, async () => {
      const response = await withId(body);
      expect(response.status).to.equal(422);
      expect(response.body.code).to.equal(code);
      expect(response.body.errors).to.deep.equal([{ field, message: response.body.detail }]);
      expect(await t.context.simulator!.listIntents()).to.have.length(0);
    });
  }

  it('when an OTRO id is given, then it is stored upper case and shown masked', async () => {
    const response = await withId({ id_type: 'otro', id_number: 'ab1234567' });
    expect(response.status).to.equal(201);
    expect(response.body.card).to.include({ id_type: 'OTRO', id_number: '****34567' });
    const row = await t.db('cards').where({ id: response.body.card.id }).first();
    expect(t.context.fieldCipher.decrypt(row.id_number_encrypted, `cards.id_number:${row.id}`)).to.equal('AB1234567');
  });

  it('when the hold is in pesos, then the amount is whole pesos', async () => {
    const response = await withId({ id_type: 'RUT', id_number: '12.345.678-5' });
    expect(response.body.verification).to.deep.equal({ status: 'held', amount: 1000, currency: 'CLP' });
  });

  it('when an account outside Chile adds a card, then no id is needed; one given is checked all the same', async () => {
    const american = await onboard(t, 'US');
    expect((await postCard(t, american, 'pm_card_visa')).body.card).not.to.have.property('id_type');
    const wrong = await postCard(t, american, 'pm_card_mastercard', { id_type: 'RUT', id_number: '12.345.678-4' });
    expect(wrong.status).to.equal(422);
    expect(wrong.body.code).to.equal('invalid_rut');
  });

  it('when an encrypted id number is moved to another card row, then it no longer decrypts', async () => {
    const first = (await withId({ id_type: 'RUT', id_number: '12.345.678-5' })).body.card;
    const second = (await postCard(t, chilean, 'pm_card_mastercard', { id_type: 'OTRO', id_number: 'ZZ99999' })).body.card;
    const row = await t.db('cards').where({ id: first.id }).first();
    expect(() => t.context.fieldCipher.decrypt(row.id_number_encrypted, `cards.id_number:${second.id}`)).to.throw(/authentication/);
  });
});
