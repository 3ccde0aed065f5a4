import { createHash } from 'node:crypto';

// What the scale seed draws from (the generator, names, countries, brands) and the rows it builds
// more than once (a card-history entry, a hold, a charge).

export type Row = Record<string, string | number | boolean | null>;

export const COUNTRIES = [
  { country: 'CL', currency: 'CLP', weight: 40, hold: 1000, mobile: (n: number) => `+569${pad(10_000_000 + n, 8)}`, chargeAmount: 9_990, topup: 20_000 },
  { country: 'US', currency: 'USD', weight: 30, hold: 100, mobile: (n: number) => `+1415${pad(2_000_000 + n, 7)}`, chargeAmount: 1_499, topup: 5_000 },
  { country: 'MX', currency: 'MXN', weight: 15, hold: 2000, mobile: (n: number) => `+5255${pad(10_000_000 + n, 8)}`, chargeAmount: 29_900, topup: 50_000 },
  { country: 'ES', currency: 'EUR', weight: 15, hold: 100, mobile: (n: number) => `+346${pad(10_000_000 + n, 8)}`, chargeAmount: 1_299, topup: 5_000 },
] as const;
export const FIRST = ['Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia', 'Tim', 'Hedy', 'Donald', 'Karen', 'John', 'Sofía', 'Matías', 'Camila', 'Benjamín'];
export const LAST = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Dijkstra', 'Perlman', 'Berners', 'Lamarr', 'Knuth', 'Jones', 'McCarthy', 'González', 'Muñoz', 'Rojas', 'Díaz'];
export const DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'empresa.example.cl'];
export const BRANDS = [
  { brand: 'visa', testCard: 'pm_card_visa' },
  { brand: 'mastercard', testCard: 'pm_card_mastercard' },
  { brand: 'amex', testCard: 'pm_card_amex' },
  { brand: 'visa', testCard: 'pm_card_visa_debit' },
] as const;
export const INDUSTRIES = ['retail', 'software', 'hospitality', 'construction', 'financial_services'];
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const DAY = 86_400_000;

export const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** mulberry32: small, fast and good enough to make data look random and be reproducible. */
export function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    /** An id shaped like src/ids.ts: prefix and 20 base62 characters. */
    id: (prefix: string) => {
      let body = '';
      for (let i = 0; i < 20; i += 1) body += ALPHABET[int(62)];
      return `${prefix}_${body}`;
    },
    hex: (length: number) => {
      let out = '';
      for (let i = 0; i < length; i += 1) out += '0123456789abcdef'[int(16)];
      return out;
    },
  };
}

export type Generator = ReturnType<typeof generator>;
export type Country = (typeof COUNTRIES)[number];

/** Every table the seed writes rows to, in foreign-key order. */
export const SEEDED_TABLES = [
  'accounts',
  'payers',
  'verification_codes',
  'messages',
  'gateway_customers',
  'simulator_customers',
  'simulator_payment_methods',
  'cards',
  'card_history',
  'holds',
  'charges',
  'charge_attempts',
  'topups',
  'balances',
  'balance_entries',
  'support_audit_events',
];

/** The rows of one slice of accounts, table by table, in foreign-key order. */
export class SliceRows {
  readonly tables = new Map<string, Row[]>(SEEDED_TABLES.map((name) => [name, []]));

  add(table: string, row: Row): void {
    this.tables.get(table)!.push(row);
  }
}

export const withPayer = (payerId: string, charge: Row): Row => ({ ...charge, payer_id: payerId });

export function history(
  id: string,
  accountId: string,
  cardId: string | null,
  card: { brand: string; last4: string; expMonth: number; expYear: number; fingerprint: string; pm: string },
  at: string,
  outcome: Row,
): Row {
  return {
    id,
    account_id: accountId,
    card_id: cardId,
    action: 'add',
    brand: card.brand,
    last4: card.last4,
    exp_month: card.expMonth,
    exp_year: card.expYear,
    fingerprint: card.fingerprint,
    gateway_payment_method_id: card.pm,
    result: 'succeeded',
    failure_code: null,
    decline_code: null,
    failure_message: null,
    gateway_code: null,
    gateway_decline_code: null,
    gateway_message: null,
    gateway_request_id: null,
    support_reason: null,
    counts_as_failure: false,
    created_at: at,
    updated_at: at,
    ...outcome,
  };
}

export function hold(
  random: Generator,
  accountId: string,
  historyId: string,
  customerId: string,
  status: 'released' | 'declined',
  country: Country,
  at: string,
  releasedAt: string | null,
  pm = random.id('pm'),
): Row {
  return {
    id: random.id('hold'),
    account_id: accountId,
    history_id: historyId,
    gateway_customer_id: customerId,
    gateway_payment_method_id: pm,
    return_url: 'https://card-vault.example/v1/cards/authentication-return',
    intent_id: random.id('pi'),
    next_action_url: null,
    amount: country.hold,
    currency: country.currency,
    status,
    release_after: status === 'released' ? at : null,
    attempts: status === 'released' ? 1 : 0,
    lease_until: null,
    last_error: null,
    released_at: releasedAt,
    created_at: at,
    updated_at: releasedAt ?? at,
  };
}

export function chargeRow(
  id: string,
  accountId: string,
  country: Country,
  at: string,
  month: number,
  outcome: { status: string; failure_code: string | null; card_id: string | null; source: string; balance_amount: number; card_amount: number },
): Row {
  const reference = `INV-${accountId.slice(5, 13)}-${month}`;
  return {
    id,
    account_id: accountId,
    idempotency_key: `billing-${reference}`,
    request_hash: createHash('sha256').update(`${country.chargeAmount}:${country.currency}:${reference}`).digest('hex'),
    amount: country.chargeAmount,
    currency: country.currency,
    description: 'Monthly plan',
    reference,
    locked_by: null,
    locked_until: null,
    settle_after: null,
    recovery_passes: 0,
    created_at: at,
    updated_at: at,
    completed_at: at,
    ...outcome,
  };
}
