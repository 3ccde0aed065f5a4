import { ServiceHarness } from '../test/crash/service-harness.js';
import { createChargeAccounts, runCharges } from '../bench/scenarios/charges.js';

const harness = new ServiceHarness();
await harness.open();
const service = await harness.start(0, { LOG_LEVEL: 'error', CHARGE_LEASE_SECONDS: '30' });
const accounts = await createChargeAccounts(service.url, harness.inbox, 50, 5);
const result = await runCharges({ url: service.url, billingToken: harness.billingToken, accountIds: accounts.all, total: 2000, concurrency: 50, run: 'repro' });
console.log(JSON.stringify(result.statuses));
const lines = service.output.join('').split('\n').filter((line) => line.includes('"level":50') || line.includes('rror'));
console.log(lines.slice(0, 5).join('\n').slice(0, 3000));
await service.stop();
await harness.close();
