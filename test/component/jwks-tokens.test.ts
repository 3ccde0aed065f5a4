import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** An identity provider's key set on loopback, which counts how often the service fetches it. */
class KeySetServer {
  keys: JWK[] = [];
  fetches = 0;
  url = '';
  private server?: Server;

  async start(): Promise<void> {
    this.server = createServer((_req, res) => {
      this.fetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.keys }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  close = () => new Promise((resolve) => this.server?.close(resolve));
}

interface SigningKey {
  kid: string;
  alg: 'EdDSA' | 'ES256';
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string, alg: SigningKey['alg']): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A billing job's token from the identity provider (the service's issuer and audience). */
function idpToken(key: SigningKey, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT({ scope: 'billing' })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, ...header })
    .setIssuer('card-vault')
    .setAudience('card-vault')
    .setSubject('nightly-billing')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A billing call: 404 (no such account) once the token is accepted, 401 when it is refused. */
const listCharges = (t: TestApp, token: string) => t.api.get('/v1/accounts/acct_missing/charges').set('Authorization', `Bearer ${token}`);

async function appOn(idp: KeySetServer, cooldownSeconds: number): Promise<TestApp> {
  return createTestApp({ env: { AUTH_JWKS_URL: idp.url, AUTH_JWKS_CACHE_SECONDS: '600', AUTH_JWKS_COOLDOWN_SECONDS: String(cooldownSeconds) } });
}

describe('identity-provider tokens through a JWKS (AUTH_JWKS_URL)', () => {
  const idp = new KeySetServer();
  let ed: SigningKey;
  let ec: SigningKey;
  before(async () => {
    await idp.start();
    [ed, ec] = await Promise.all([signingKey('ed-2026-11', 'EdDSA'), signingKey('ec-2026-11', 'ES256')]);
    idp.keys = [ed.jwk, ec.jwk];
  });
  after(() => idp.close());

  describe('with a one-second cooldown', () => {
    let t: TestApp;
    before(async () => {
      t = await appOn(idp, 1);
    });
    after(() => t.close());

    it('when tokens are signed with EdDSA and ES256, then both are accepted and the key set is fetched once', async () => {
      const fetchesBefore = idp.fetches;
      expect((await listCharges(t, await idpToken(ed))).status).to.equal(404);
      expect((await listCharges(t, await idpToken(ec))).status).to.equal(404);
      expect((await listCharges(t, await idpToken(ed))).status).to.equal(404);
      expect(idp.fetches - fetchesBefore, 'cached for AUTH_JWKS_CACHE_SECONDS').to.equal(1);
    });

    it('when the provider rotates to a new kid, then the service follows without a restart and refuses the retired key', async () => {
      const next = await signingKey('ed-2026-12', 'EdDSA');
      idp.keys = [next.jwk, ec.jwk];
      const token = await idpToken(next);
      // Within the cooldown the new kid is not fetched yet; once it has passed, it is.
      const deadline = Date.now() + 5000;
      let status = (await listCharges(t, token)).status;
      while (status === 401 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await listCharges(t, token)).status;
      }
      expect(status).to.equal(404);
      expect((await listCharges(t, await idpToken(ed))).status, 'the retired key').to.equal(401);
      idp.keys = [ed.jwk, ec.jwk];
    });

    it('when a token names an unknown kid, uses a key with another algorithm, or says alg none, then it is refused', async () => {
      const stranger = await signingKey('not-published', 'EdDSA');
      const unknownKid = await listCharges(t, await idpToken(stranger));
      expect(unknownKid.status).to.equal(401);
      expect(unknownKid.body.code).to.equal('unauthenticated');

      // The EC key's kid on an EdDSA signature: the key set has that kid only for ES256.
      const otherAlgorithm = await idpToken(ed, { kid: ec.kid });
      expect((await listCharges(t, otherAlgorithm)).status).to.equal(401);

      // The public EC key used as an HS256 secret (algorithm confusion).
      const confused = await new SignJWT({ scope: 'billing' })
        .setProtectedHeader({ alg: 'HS256', kid: ec.kid })
        .setIssuer('card-vault').setAudience('card-vault').setSubject('nightly-billing').setExpirationTime('5m')
        .sign(new TextEncoder().encode(JSON.stringify(ec.jwk)));
      expect((await listCharges(t, confused)).status).to.equal(401);

      const claims = { scope: 'billing', iss: 'card-vault', aud: 'card-vault', sub: 'nightly-billing', exp: Math.floor(Date.now() / 1000) + 300 };
      const unsigned = `${base64url({ alg: 'none', kid: ed.kid })}.${base64url(claims)}.`;
      expect((await listCharges(t, unsigned)).status).to.equal(401);
    });
  });

  describe('with a one-minute cooldown', () => {
    let t: TestApp;
    before(async () => {
      t = await appOn(idp, 60);
    });
    after(() => t.close());

    it('when a storm of tokens with unknown kids arrives, then the provider is asked at most once', async () => {
      expect((await listCharges(t, await idpToken(ed))).status).to.equal(404);
      const fetchesBefore = idp.fetches;
      const strangers = await Promise.all(Array.from({ length: 20 }, (_, index) => signingKey(`forged-${index}`, 'EdDSA')));
      const responses = await Promise.all(strangers.map(async (key) => listCharges(t, await idpToken(key))));
      expect(responses.every((response) => response.status === 401)).to.equal(true);
      expect(idp.fetches - fetchesBefore).to.be.at.most(1);
    });
  });
});
