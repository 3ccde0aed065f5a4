import { expect } from 'chai';
import fc from 'fast-check';
import { errorCodes } from '../../src/errors.js';
import { foldText } from '../../src/http/fold-text.js';
import { addActiveCard, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { postTopup } from '../helpers/balance-flow.js';
import { ATTACK_PANS } from '../helpers/card-number-forms.js';
import { onboard } from '../helpers/customer-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { storedRows } from '../helpers/stored-rows.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { encodeComponent, fuzzRequest, operationsOf, type FuzzRequest, type FuzzWorld, type OpenApiDocument } from './openapi-requests.js';

const RUNS = 2000;
const SEED = 20261201;

/** Every string in a JSON value, keys included. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (typeof value === 'number') found.push(String(value));
  else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      found.push(key);
      stringsIn(entry, found);
    }
  }
  return found;
}

/** Whether any attack card number hides in the text, however it was disguised: folded, then read
 * as its digits alone. */
function holdsAttackPan(text: string): boolean {
  const digits = foldText(text).replace(/[^0-9]/g, '');
  return ATTACK_PANS.some((pan) => digits.includes(pan));
}

function send(t: TestApp, request: FuzzRequest) {
  const query = Object.entries(request.query)
    .map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(String(value))}`)
    .join('&');
  const url = query ? `${request.path}?${query}` : request.path;
  const method = request.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let call = t.api[method](url);
  for (const [name, value] of Object.entries(request.headers)) call = call.set(name, value);
  if (request.body !== undefined) call = call.set('Content-Type', 'application/json').send(JSON.stringify(request.body));
  return call;
}

function fuzzSuite(database: 'SQLite' | 'PostgreSQL') {
  describe(`fuzzing every route of /openapi.json on ${database} (${RUNS} requests, seed ${SEED})`, function () {
    this.timeout(180_000);
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let t: TestApp;
    const logLines: string[] = [];

    before(async function () {
      if (database === 'PostgreSQL') {
        schema = await createPostgresSchema();
        if (!schema) {
          console.log('    (PostgreSQL fuzzing skipped: TEST_DATABASE_URL is not set)');
          this.skip();
        }
      }
      t = await createTestApp({ logLines, ...(schema ? { databaseUrl: schema.url } : {}) });
    });
    after(async () => {
      await t?.close();
      await schema?.drop();
    });

    it('when thousands of fuzzed requests hit every route, then none answers 5xx, every 4xx is problem+json with a code, and no card number is stored or logged', async () => {
      // A real onboarded account with two cards and a charge, and tokens of every scope.
      const customer = await onboard(t, 'US');
      const first = await addActiveCard(t, customer, 'pm_card_visa');
      const second = await addActiveCard(t, customer, 'pm_card_mastercard');
      const billing = await billingAuth(t);
      const charge = await postCharge(t, billing, customer.accountId, { amount: 1500 });
      expect(charge.status).to.equal(201);
      // A funded balance, a balance_then_cards charge, and a 3-D Secure top-up whose new card is
      // `pending` (its confirm, cancel, set-default and expiry edit are fuzzed like the rest).
      const funded = await postTopup(t, customer, { amount: 5_000 });
      expect(funded.status).to.equal(201);
      const mixed = await postCharge(t, billing, customer.accountId, { amount: 8_000, source: 'balance_then_cards' });
      expect(mixed.status, JSON.stringify(mixed.body)).to.equal(201);
      const waiting = await postTopup(t, customer, { amount: 2_000, payment_method: 'pm_card_authenticationRequired', save_card: true });
      expect(waiting.status, JSON.stringify(waiting.body)).to.equal(202);
      const world: FuzzWorld = {
        ids: { card: [first.id, second.id, waiting.body.topup.card_id], account: [customer.accountId], charge: [charge.body.id, mixed.body.id], topup: [funded.body.topup.id, waiting.body.topup.id] },
        tokens: { account: customer.token, billing: billing.Authorization.slice(7), support: await t.token('agent.fuzz', ['support']) },
      };

      const document = (await t.api.get('/openapi.json')).body as OpenApiDocument;
      const operations = operationsOf(document);
      expect(operations.length).to.be.greaterThan(25);
      const requests = fc.oneof(...operations.map((operation) => fuzzRequest(operation, document, world)));

      const hits = new Map<string, number>();
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const response = await send(t, request);
          hits.set(request.operation, (hits.get(request.operation) ?? 0) + 1);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const seen = `${request.method} ${request.path} → ${response.status} ${response.text.slice(0, 300)}`;
          expect(response.status, seen).to.be.below(500);
          if (response.status >= 400) {
            expect(response.headers['content-type'], seen).to.match(/^application\/problem\+json/);
            expect(Object.keys(errorCodes), seen).to.include(response.body.code);
          }
          expect(holdsAttackPan(response.headers['x-request-id'] ?? ''), seen).to.equal(false);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );

      // Every route was tried, and the requests got past the gates often enough to matter.
      expect([...hits.keys()].sort()).to.deep.equal(operations.map((operation) => `${operation.method} ${operation.template}`).sort());
      const successes = [...statuses].filter(([status]) => status < 300).reduce((sum, [, count]) => sum + count, 0);
      expect(successes, JSON.stringify([...statuses])).to.be.greaterThan(RUNS / 10);

      if (process.env.FUZZ_DEBUG) console.log(JSON.stringify([...statuses].sort()), JSON.stringify([...hits].sort()));
      const rows = await storedRows(t.db);
      for (const [table, text] of Object.entries(rows)) {
        const leaking = stringsIn(JSON.parse(text)).filter(holdsAttackPan);
        expect(leaking, `table ${table}`).to.deep.equal([]);
      }
      expect(logLines.length).to.be.greaterThan(RUNS);
      expect(logLines.filter(holdsAttackPan)).to.deep.equal([]);
    });
  });
}

fuzzSuite('SQLite');
fuzzSuite('PostgreSQL');
