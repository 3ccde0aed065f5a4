import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { StripeApiMock } from '../helpers/stripe-api-mock.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';
import { registerOnSessionPaymentContract } from './on-session-payment-contract.js';

describe('SimulatorGateway: on-session payments (top-ups)', () => {
  registerOnSessionPaymentContract(async () => {
    const db = await createTestDatabase();
    const gateway = new SimulatorGateway({ db, clock: new TestClock(), latencyMs: 0, publicBaseUrl: 'http://card-vault.test' });
    return { gateway, completeChallenge: async (intentId, outcome) => void (await gateway.completeChallenge(intentId, outcome)), close: () => db.destroy() };
  });
});

describe('StripeGateway against Stripe test mode (nock): on-session payments (top-ups)', () => {
  registerOnSessionPaymentContract(async () => {
    const stripe = new StripeApiMock().start();
    const gateway = new StripeGateway({ secretKey: 'sk_test_contract', maxNetworkRetries: 0, timeoutMs: 2000 });
    return { gateway, completeChallenge: async (intentId, outcome) => stripe.completeAuthentication(intentId, outcome), close: async () => stripe.stop() };
  });
});
