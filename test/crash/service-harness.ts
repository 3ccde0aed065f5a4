import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createKnex } from '../../src/db/create-knex.js';
import type { Scope } from '../../src/auth/principal.js';
import { issueToken, MessageInbox, newJwtSecret, sleep, startService, type ServiceProcess } from './service-process.js';

/** A SQLite file shared by successive service processes, a message inbox, a signing secret of
 * their own with a billing token, and a second connection to read the database (the ledger and
 * the simulator's tables) directly. */
export class ServiceHarness {
  readonly dir = mkdtempSync(join(tmpdir(), 'card-vault-service-'));
  readonly databaseUrl = join(this.dir, 'card-vault.sqlite');
  readonly inbox = new MessageInbox();
  private readonly services: ServiceProcess[] = [];
  private probeDb?: Knex;
  private readonly jwtSecret = newJwtSecret();
  billingToken = '';

  async open(): Promise<void> {
    await this.inbox.start();
    this.billingToken = await this.issueToken('billing-job', ['billing']);
  }

  /** A token this harness's processes accept (benchmarks that outlast ten minutes ask for longer). */
  issueToken(subject: string, scopes: Scope[], ttlSeconds?: number): Promise<string> {
    return issueToken(this.jwtSecret, subject, scopes, ttlSeconds);
  }

  /** A service process on the shared database; short leases so a dead process's claims run out
   * within a test. */
  async start(latencyMs: number, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const service = await startService({
      DATABASE_URL: this.databaseUrl,
      AUTH_JWT_SECRET: this.jwtSecret,
      MESSAGE_TRANSPORT: 'webhook',
      MESSAGE_WEBHOOK_URL: this.inbox.url,
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      JOB_POLL_INTERVAL_MS: '100',
      CHARGE_LEASE_SECONDS: '3',
      IDEMPOTENCY_LOCK_SECONDS: '3',
      SIMULATOR_LATENCY_MS: String(latencyMs),
      ...env,
    });
    this.services.push(service);
    return service;
  }

  get probe(): Knex {
    this.probeDb ??= createKnex(this.databaseUrl);
    return this.probeDb;
  }

  /** Charge intents still open at the simulator: never confirmed (Stripe's requires_confirmation),
   * waiting for 3-D Secure, in flight, or declined and confirmable again (requires_payment_method). */
  async openChargeIntents(): Promise<Array<{ id: string; status: string }>> {
    return this.probe('simulator_intents').where({ purpose: 'charge' }).whereIn('status', ['created', 'requires_action', 'processing', 'declined']).select('id', 'status');
  }

  charge(url: string, accountId: string, key: string, body: Record<string, unknown>): Promise<Response> {
    return fetch(`${url}/v1/accounts/${accountId}/charges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.billingToken}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
  }

  /** Retries the request as a billing job would until it is answered for good; returns every
   * status seen and the final body. */
  async retryUntilSettled(url: string, accountId: string, key: string, body: Record<string, unknown>, timeoutMs = 15_000) {
    const seen: number[] = [];
    let final: Record<string, any> = {};
    await waitFor(async () => {
      const response = await this.charge(url, accountId, key, body);
      seen.push(response.status);
      const settled = response.status === 201 || response.status === 402;
      if (settled) final = (await response.json()) as Record<string, any>;
      else await response.body?.cancel();
      return settled;
    }, timeoutMs, 250);
    return { seen, final };
  }

  async close(): Promise<void> {
    for (const service of this.services) await service.kill();
    await this.probeDb?.destroy();
    await this.inbox.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// The crash tests wait for the gateway's commit with a bound of 30 s: it only says how long a loaded
// machine (CI runs Node 20 and Node 24 at once) may take to get there; the poll, every 20 ms, is what
// makes the kill land right after the commit, inside the simulator's latency.
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}
