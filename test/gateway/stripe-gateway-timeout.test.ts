import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { GatewayError } from '../../src/gateway/payment-gateway.js';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';

// A real socket, not nock: the SDK's timeout only fires on a real connection that stays silent.
describe('StripeGateway: a Stripe that does not answer in time', () => {
  let server: Server;
  let received: string[];

  beforeEach(async () => {
    received = [];
    server = createServer((req) => {
      received.push(`${req.method} ${req.url} ${req.headers['idempotency-key']}`);
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  afterEach(() => {
    server.closeAllConnections();
    server.close();
  });

  it('when the confirmation gets no answer within timeoutMs, then it fails as indeterminate after reaching Stripe', async () => {
    const { port } = server.address() as AddressInfo;
    const gateway = new StripeGateway({ secretKey: 'sk_test_timeout', apiHost: '127.0.0.1', apiPort: port, apiProtocol: 'http', timeoutMs: 100, maxNetworkRetries: 0 });
    const error = await gateway.confirmCharge({ intentId: 'pi_slow', idempotencyKey: 'charge_1:confirm' }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(GatewayError).and.have.property('kind', 'indeterminate');
    expect((error as GatewayError).message).to.match(/timeout/i);
    expect(received).to.deep.equal(['POST /v1/payment_intents/pi_slow/confirm charge_1:confirm']);
  });

  it('when nothing listens on the configured port, then the failure is retryable: the request was never sent', async () => {
    const { port } = server.address() as AddressInfo;
    server.close();
    const gateway = new StripeGateway({ secretKey: 'sk_test_refused', apiHost: '127.0.0.1', apiPort: port, apiProtocol: 'http', timeoutMs: 500, maxNetworkRetries: 0 });
    const error = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'k' }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(GatewayError).and.have.property('kind', 'retryable');
  });
});
