import { expect } from 'chai';
import fc from 'fast-check';
import { onBothDatabases } from '../helpers/balance-flow.js';
import { uniqueEmail } from '../helpers/customer-flow.js';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

onBothDatabases(
  'the public rate limit behind one proxy (TRUST_PROXY=1)',
  (app) => {
    it('when the rightmost X-Forwarded-For entry is not an IP address, then the limit keys on the socket address: 5 of 12 admitted, not 12', async () => {
      const t = app();
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) {
        const junk = [`not-an-ip-${i}`, `unknown`, `[::1]:${i}`, `1.2.3.${i}.5`, `${i}'; drop`, `_${i}`][i % 6]!;
        statuses.push((await t.api.post('/v1/accounts').set('X-Forwarded-For', `203.0.113.7, ${junk}`).send({ email: uniqueEmail(), country: 'US' })).status);
      }
      expect(statuses.filter((status) => status === 201), statuses.join(',')).to.have.length(5);
      expect(statuses.slice(5).every((status) => status === 429)).to.equal(true);
    });
  },
  { TRUST_PROXY: '1', RATE_LIMIT_PUBLIC_PER_MINUTE: '5' },
);

onBothDatabases(
  'the public rate limit behind one proxy, real client addresses',
  (app) => {
    it('when the rightmost X-Forwarded-For entry is an address, then each address has its own budget', async () => {
      const t = app();
      const send = (ip: string) => t.api.post('/v1/accounts').set('X-Forwarded-For', ip).send({ email: uniqueEmail(), country: 'US' });
      for (let i = 0; i < 2; i += 1) expect((await send('198.51.100.1')).status).to.equal(201);
      expect((await send('198.51.100.1')).status).to.equal(429);
      expect((await send('198.51.100.2')).status, 'another client is not refused').to.equal(201);
    });
  },
  { TRUST_PROXY: '1', RATE_LIMIT_PUBLIC_PER_MINUTE: '2' },
);

onBothDatabases('bearer tokens in canonical form only', (app) => {
  it('when a valid token is sent with = padding, or with other low bits in its last character, then 401; the token itself is accepted', async () => {
    const t = app();
    const token = await t.token('alice', ['support']);
    const read = (jwt: string) => t.api.get('/v1/support/audit').set('Authorization', `Bearer ${jwt}`);
    expect((await read(token)).status).to.equal(200);
    const last = token.at(-1)!;
    // An HS256 signature is 32 bytes: 43 characters, the last carrying 2 bits nobody reads.
    const sameBytes = B64URL[B64URL.indexOf(last) ^ 1]!;
    for (const variant of [`${token}=`, `${token}==`, `${token.slice(0, -1)}${sameBytes}`, token.replace('.', '=.')]) {
      const response = await read(variant);
      expect(response.status, variant.slice(-6)).to.equal(401);
      expect(response.body.code).to.equal('unauthenticated');
    }
    expect((await read(token)).status, 'still accepted after the refusals').to.equal(200);
  });

  it('when a token is followed by any run of = or a padding character is put inside it, then 401 (property)', async () => {
    const t = app();
    const token = await t.token('alice', ['support']);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: token.length }), fc.integer({ min: 1, max: 3 }), async (at, count) => {
        const variant = `${token.slice(0, at)}${'='.repeat(count)}${token.slice(at)}`;
        expect((await t.api.get('/v1/support/audit').set('Authorization', `Bearer ${variant}`)).status).to.equal(401);
      }),
      { numRuns: 25 },
    );
  });
});
