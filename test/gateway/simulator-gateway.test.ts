import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';
import { registerPaymentGatewayContract } from './payment-gateway-contract.js';

describe('SimulatorGateway: the payment gateway contract', () => {
  registerPaymentGatewayContract(async () => {
    const db = await createTestDatabase();
    const gateway = new SimulatorGateway({ db, clock: new TestClock(), latencyMs: 0, publicBaseUrl: 'http://card-vault.test' });
    return {
      gateway,
      completeChallenge: async (intentId, outcome) => {
        await gateway.completeChallenge(intentId, outcome);
      },
      close: () => db.destroy(),
    };
  });
});
