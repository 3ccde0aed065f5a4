import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { StripeApiMock } from '../helpers/stripe-api-mock.js';
import { registerPaymentGatewayContract } from './payment-gateway-contract.js';

describe('StripeGateway against Stripe test mode (nock): the payment gateway contract', () => {
  registerPaymentGatewayContract(async () => {
    const stripe = new StripeApiMock().start();
    const gateway = new StripeGateway({ secretKey: 'sk_test_contract', maxNetworkRetries: 0, timeoutMs: 2000 });
    return {
      gateway,
      // On Stripe the customer passes or fails the challenge on the issuer's page.
      completeChallenge: async (intentId, outcome) => stripe.completeAuthentication(intentId, outcome),
      close: async () => stripe.stop(),
    };
  });
});
