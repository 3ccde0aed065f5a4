import type { Knex } from 'knex';
import type { Reads } from '../../db/read-statements.js';
import type { CardBrand, CardDetails, Decline, IntentStatus } from '../payment-gateway.js';

export interface SimulatorPaymentMethod {
  id: string;
  testCardId: string;
  customerId: string | null;
  card: CardDetails;
  setUpForOffSession: boolean;
  detachedAt: string | null;
  createdAt: string;
}

export interface SimulatorIntent {
  id: string;
  purpose: 'hold' | 'charge';
  customerId: string;
  paymentMethodId: string;
  amount: number;
  currency: string;
  status: IntentStatus;
  decline?: Decline;
  returnUrl?: string;
  description?: string;
  metadata: Record<string, string>;
  setupFutureUsage: boolean;
  refunded: boolean;
  createdAt: string;
  updatedAt: string;
}

type IntentChanges = { status?: IntentStatus; decline?: Decline | null; refunded?: boolean; returnUrl?: string; setupFutureUsage?: boolean };

/** Row mapping for the simulator's tables. Every method takes the executor (the knex instance or
 * an open transaction) so that an effect and its idempotency record commit together. */
export class SimulatorStore {
  async insertCustomer(db: Knex, customer: { id: string; accountId: string; email: string; createdAt: string }): Promise<void> {
    await db('simulator_customers').insert({
      id: customer.id,
      account_id: customer.accountId,
      email: customer.email,
      created_at: customer.createdAt,
    });
  }

  /** `reads`: outside a transaction, the query built on `db` runs there (no knex runner). */
  async customerExists(db: Knex, id: string, reads?: Reads): Promise<boolean> {
    return (await firstOf(db('simulator_customers').where({ id }).select('id'), reads)) !== undefined;
  }

  async insertPaymentMethod(db: Knex, method: SimulatorPaymentMethod): Promise<void> {
    await db('simulator_payment_methods').insert({
      id: method.id,
      test_card_id: method.testCardId,
      customer_id: method.customerId,
      brand: method.card.brand,
      last4: method.card.last4,
      exp_month: method.card.expMonth,
      exp_year: method.card.expYear,
      fingerprint: method.card.fingerprint,
      funding: method.card.funding ?? 'unknown',
      country: method.card.country ?? 'US',
      set_up_for_off_session: method.setUpForOffSession,
      detached_at: method.detachedAt,
      created_at: method.createdAt,
    });
  }

  async findPaymentMethod(db: Knex, id: string, reads?: Reads): Promise<SimulatorPaymentMethod | undefined> {
    const row = await firstOf(db('simulator_payment_methods').where({ id }), reads);
    return row ? toPaymentMethod(row) : undefined;
  }

  async updatePaymentMethod(
    db: Knex,
    id: string,
    changes: { customerId?: string | null; detachedAt?: string | null; expMonth?: number; expYear?: number; setUpForOffSession?: boolean },
  ): Promise<void> {
    await db('simulator_payment_methods')
      .where({ id })
      .update(
        withoutUndefined({
          customer_id: changes.customerId,
          detached_at: changes.detachedAt,
          exp_month: changes.expMonth,
          exp_year: changes.expYear,
          set_up_for_off_session: changes.setUpForOffSession,
        }),
      );
  }

  async insertIntent(db: Knex, intent: SimulatorIntent): Promise<void> {
    await db('simulator_intents').insert({
      id: intent.id,
      purpose: intent.purpose,
      customer_id: intent.customerId,
      payment_method_id: intent.paymentMethodId,
      amount: intent.amount,
      currency: intent.currency,
      status: intent.status,
      decline: intent.decline ? JSON.stringify(intent.decline) : null,
      return_url: intent.returnUrl ?? null,
      description: intent.description ?? null,
      metadata: JSON.stringify(intent.metadata),
      setup_future_usage: intent.setupFutureUsage,
      refunded: intent.refunded,
      created_at: intent.createdAt,
      updated_at: intent.updatedAt,
    });
  }

  async findIntent(db: Knex, id: string, reads?: Reads): Promise<SimulatorIntent | undefined> {
    const row = await firstOf(db('simulator_intents').where({ id }), reads);
    return row ? toIntent(row) : undefined;
  }

  /** Compare-and-set on the status, so two concurrent confirmations cannot both move the money:
   * false when another request changed the intent first. */
  async updateIntent(db: Knex, id: string, expectedStatus: IntentStatus, changes: IntentChanges, updatedAt: string): Promise<boolean> {
    const updated = await db('simulator_intents')
      .where({ id, status: expectedStatus })
      .update(
        withoutUndefined({
          status: changes.status,
          decline: changes.decline === undefined ? undefined : changes.decline && JSON.stringify(changes.decline),
          refunded: changes.refunded,
          return_url: changes.returnUrl,
          setup_future_usage: changes.setupFutureUsage,
          updated_at: updatedAt,
        }),
      );
    return updated === 1;
  }

  async listIntents(db: Knex, filter: { customerId?: string; purpose?: 'hold' | 'charge' }): Promise<SimulatorIntent[]> {
    const query = db('simulator_intents').orderBy([{ column: 'created_at' }, { column: 'id' }]);
    if (filter.customerId) query.where({ customer_id: filter.customerId });
    if (filter.purpose) query.where({ purpose: filter.purpose });
    return (await query).map(toIntent);
  }
}

/** The first row: through knex (`db` may be a transaction), or on `reads` when given. */
async function firstOf(query: Knex.QueryBuilder, reads?: Reads): Promise<Record<string, unknown> | undefined> {
  if (!reads) return query.first();
  const [row] = await reads.all(query.limit(1));
  return row;
}

function withoutUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

// SQLite returns booleans as 0/1 and pg returns bigint as string unless parsed; normalize both.
function toPaymentMethod(row: Record<string, unknown>): SimulatorPaymentMethod {
  return {
    id: String(row.id),
    testCardId: String(row.test_card_id),
    customerId: row.customer_id === null ? null : String(row.customer_id),
    card: {
      brand: row.brand as CardBrand,
      last4: String(row.last4),
      expMonth: Number(row.exp_month),
      expYear: Number(row.exp_year),
      fingerprint: String(row.fingerprint),
      funding: row.funding as CardDetails['funding'],
      country: String(row.country),
    },
    setUpForOffSession: Boolean(row.set_up_for_off_session),
    detachedAt: row.detached_at === null ? null : String(row.detached_at),
    createdAt: String(row.created_at),
  };
}

function toIntent(row: Record<string, unknown>): SimulatorIntent {
  return {
    id: String(row.id),
    purpose: row.purpose as SimulatorIntent['purpose'],
    customerId: String(row.customer_id),
    paymentMethodId: String(row.payment_method_id),
    amount: Number(row.amount),
    currency: String(row.currency),
    status: row.status as IntentStatus,
    ...(row.decline ? { decline: JSON.parse(String(row.decline)) as Decline } : {}),
    ...(row.return_url ? { returnUrl: String(row.return_url) } : {}),
    ...(row.description ? { description: String(row.description) } : {}),
    metadata: JSON.parse(String(row.metadata)) as Record<string, string>,
    setupFutureUsage: Boolean(row.setup_future_usage),
    refunded: Boolean(row.refunded),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}
