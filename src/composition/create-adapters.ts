import type { Knex } from 'knex';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { runOnKnex, type Reads } from '../db/read-statements.js';
import type { PaymentGateway } from '../gateway/payment-gateway.js';
import { SimulatorGateway } from '../gateway/simulator/simulator-gateway.js';
import { StripeGateway } from '../gateway/stripe/stripe-gateway.js';
import { ConsoleTransport } from '../messaging/console-transport.js';
import type { MessageTransport } from '../messaging/message-transport.js';
import { SmtpTransport } from '../messaging/smtp-transport.js';
import { WebhookTransport } from '../messaging/webhook-transport.js';

/** The configured way out for messages (SMS under smtp goes to the webhook, else the console). */
export function createMessageTransport(config: Readonly<Config>): MessageTransport {
  const webhook = config.MESSAGE_WEBHOOK_URL ? new WebhookTransport({ url: config.MESSAGE_WEBHOOK_URL }) : undefined;
  switch (config.MESSAGE_TRANSPORT) {
    case 'webhook':
      return webhook ?? new ConsoleTransport();
    case 'smtp':
      return new SmtpTransport({ smtpUrl: config.SMTP_URL ?? '', from: config.MESSAGE_FROM, smsTransport: webhook ?? new ConsoleTransport() });
    case 'console':
      return new ConsoleTransport();
  }
}

/** `GATEWAY=stripe` or the embedded simulator (the default), whose reads outside its
 * transactions run on `reads`. */
export function createGateway(config: Readonly<Config>, db: Knex, clock: Clock, reads: Reads = runOnKnex): PaymentGateway {
  if (config.GATEWAY === 'stripe') {
    return new StripeGateway({
      secretKey: config.STRIPE_SECRET_KEY ?? '',
      ...(config.STRIPE_API_HOST ? { apiHost: config.STRIPE_API_HOST } : {}),
      ...(config.STRIPE_API_PORT ? { apiPort: config.STRIPE_API_PORT } : {}),
      ...(config.STRIPE_API_PROTOCOL ? { apiProtocol: config.STRIPE_API_PROTOCOL } : {}),
      timeoutMs: config.STRIPE_TIMEOUT_MS,
    });
  }
  return new SimulatorGateway({ db, reads, clock, latencyMs: config.SIMULATOR_LATENCY_MS, publicBaseUrl: config.PUBLIC_BASE_URL });
}
