import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import type { PaymentGateway } from '../../gateway/payment-gateway.js';
import type { AccountRow } from '../accounts/account-ports.js';

/** One gateway customer per account (`gateway_customers`). */
export class GatewayCustomers {
  constructor(
    private readonly db: Knex,
    private readonly gateway: PaymentGateway,
    private readonly clock: Clock,
  ) {}

  async find(accountId: string): Promise<string | undefined> {
    const row = await this.db('gateway_customers').where({ account_id: accountId }).first('customer_id');
    return row?.customer_id as string | undefined;
  }

  /** The key comes from the account id, so a crash between the gateway's answer and our insert,
   * or two first cards at once, still lands on one gateway customer. */
  async ensure(account: AccountRow): Promise<string> {
    const existing = await this.find(account.id);
    if (existing) return existing;
    const { customerId } = await this.gateway.ensureCustomer({
      accountId: account.id,
      email: account.email,
      idempotencyKey: `customer:${account.id}`,
    });
    try {
      await this.db('gateway_customers').insert({
        account_id: account.id,
        gateway: this.gateway.name,
        customer_id: customerId,
        created_at: this.clock.now().toISOString(),
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return (await this.find(account.id)) ?? customerId;
  }
}
