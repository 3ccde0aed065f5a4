import { createHmac } from 'node:crypto';
import { expect } from 'chai';
import { signatureHeader } from '../../../src/features/billing-events/webhook-signature.js';

describe('the billing webhook signature', () => {
  const secret = 'a-secret-of-at-least-32-bytes-0123456789';
  const body = '{"id":"evt_00000000000000000000","type":"charge.succeeded"}';
  const at = new Date('2026-12-05T10:00:00.750Z');

  it('when an event is signed, then the header is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const t = 1796464800; // 2026-12-05T10:00:00Z, the fraction dropped
    expect(signatureHeader(body, secret, at)).to.equal(`t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`);
  });

  it('when the body, the time or the secret differs, then so does the signature', () => {
    const header = signatureHeader(body, secret, at);
    expect(signatureHeader(`${body} `, secret, at)).to.not.equal(header);
    expect(signatureHeader(body, secret, new Date(at.getTime() + 1000))).to.not.equal(header);
    expect(signatureHeader(body, `${secret}x`, at)).to.not.equal(header);
  });
});
