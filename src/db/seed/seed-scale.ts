import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { FieldCipher } from '../../crypto/field-cipher.js';
import { maskIdNumber } from '../../features/cards/rules/mask-id-number.js';
import { rutCheckDigit } from '../../features/cards/rules/parse-rut.js';
import { idNumberContext } from '../../features/cards/add-card-service.js';

/**
 * Fills a migrated database with active customers as the service itself would have left them: every
 * account onboarded (codes consumed, messages sent), a gateway customer, N verified cards (each with
 * its history entry and released verification hold, one default, positions 0…N-1), charges with
 * their attempts (some paid on a later card, some failed on every card), top-ups, and a ledger
 * whose `seq` and `balance_after` run without gaps. For scale checks (issue 11): query plans, read
 * latency and memory at 20,000 accounts / 100,000 cards.
 *
 * Rows go in as batched multi-row INSERTs, one transaction per slice of accounts. The data is drawn
 * from a seeded generator, so two runs with the same `seed` give the same rows (ids included): seed
 * an empty database, or give another `seed` (emails and ids then differ).
 */
export interface SeedScaleOptions {
  accounts: number;
  cardsPerAccount: number;
  /** Generator seed; also keeps emails apart between seedings of one database. */
  seed?: number;
  /** The field cipher of the service that will read the data (Chilean cards carry an encrypted RUT). */
  cipher: FieldCipher;
  /** The newest account is created this long before `now`; older ones spread over two years. */
  now?: Date;
  /** Runs ANALYZE at the end (default; VACUUM ANALYZE on PostgreSQL), as PostgreSQL's autovacuum
   * soon would: a database at rest, not one autovacuum is still working through while a benchmark
   * reads it. Nothing analyzes a SQLite database in production, so a test may want the planner
   * without statistics too. */
  analyze?: boolean;
  /** Accounts per transaction. */
  slice?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedScaleResult {
  accounts: number;
  rows: Record<string, number>;
  milliseconds: number;
  /** A few seeded accounts with what support can find them by. */
  samples: SeededAccount[];
}

export interface SeededAccount {
  id: string;
  email: string;
  mobile: string;
  country: string;
  last4s: string[];
  cardIds: string[];
}

type Row = Record<string, string | number | boolean | null>;

const COUNTRIES = [
  { country: 'CL', currency: 'CLP', weight: 40, hold: 1000, mobile: (n: number) => `+569${pad(10_000_000 + n, 8)}`, chargeAmount: 9_990, topup: 20_000 },
  { country: 'US', currency: 'USD', weight: 30, hold: 100, mobile: (n: number) => `+1415${pad(2_000_000 + n, 7)}`, chargeAmount: 1_499, topup: 5_000 },
  { country: 'MX', currency: 'MXN', weight: 15, hold: 2000, mobile: (n: number) => `+5255${pad(10_000_000 + n, 8)}`, chargeAmount: 29_900, topup: 50_000 },
  { country: 'ES', currency: 'EUR', weight: 15, hold: 100, mobile: (n: number) => `+346${pad(10_000_000 + n, 8)}`, chargeAmount: 1_299, topup: 5_000 },
] as const;
const FIRST = ['Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia', 'Tim', 'Hedy', 'Donald', 'Karen', 'John', 'Sofía', 'Matías', 'Camila', 'Benjamín'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Dijkstra', 'Perlman', 'Berners', 'Lamarr', 'Knuth', 'Jones', 'McCarthy', 'González', 'Muñoz', 'Rojas', 'Díaz'];
const DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'empresa.example.cl'];
const BRANDS = [
  { brand: 'visa', testCard: 'pm_card_visa' },
  { brand: 'mastercard', testCard: 'pm_card_mastercard' },
  { brand: 'amex', testCard: 'pm_card_amex' },
  { brand: 'visa', testCard: 'pm_card_visa_debit' },
] as const;
const INDUSTRIES = ['retail', 'software', 'hospitality', 'construction', 'financial_services'];
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DAY = 86_400_000;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** mulberry32: small, fast and good enough to make data look random and be reproducible. */
function generator(seed: number) {
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

/** Every table the seed writes rows to, in foreign-key order. */
const SEEDED_TABLES = [
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
class SliceRows {
  readonly tables = new Map<string, Row[]>(SEEDED_TABLES.map((name) => [name, []]));

  add(table: string, row: Row): void {
    this.tables.get(table)!.push(row);
  }
}

export async function seedScale(db: Knex, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const random = generator(seed * 7919 + 17);
  const now = options.now ?? new Date();
  const slice = options.slice ?? 1000;
  const isPostgres = db.client.config.client === 'pg';
  const counts: Record<string, number> = {};
  const samples: SeededAccount[] = [];
  const topupNumbers = new Set<string>();
  const emailTag = seed === 1 ? '' : `.s${seed}`;
  const weights = COUNTRIES.flatMap((entry) => Array.from({ length: entry.weight }, () => entry));
  const firstCreated = now.getTime() - 730 * DAY;
  const spacing = (730 * DAY - DAY) / Math.max(1, options.accounts);
  const newTopupNumber = () => {
    for (;;) {
      const number = `TU-${pad(random.int(1e10), 10)}`;
      if (!topupNumbers.has(number)) return topupNumbers.add(number), number;
    }
  };

  /** The rows of accounts from…to. Yields to the event loop now and then, so that the previous
   * slice's INSERTs (run by the driver off the main thread) keep going meanwhile. */
  const generate = async (from: number, to: number): Promise<SliceRows> => {
    const rows = new SliceRows();
    for (let index = from; index < to; index += 1) {
      if (index % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      const created = new Date(firstCreated + index * spacing + random.int(3_600_000));
      const account = seedAccount(rows, { index, random, cipher: options.cipher, created, now, country: random.pick(weights), cardsPerAccount: options.cardsPerAccount, emailTag, newTopupNumber });
      if (index < 5 || index % Math.max(1, Math.floor(options.accounts / 5)) === 0) samples.push(account);
    }
    return rows;
  };

  const write = (rows: SliceRows, done: number) =>
    db
      .transaction(async (trx) => {
        const [before] = await trx('support_audit_events').max({ last: 'seq' });
        for (const [table, tableRows] of rows.tables) {
          if (tableRows.length === 0) continue;
          for (let at = 0; at < tableRows.length; at += ROWS_PER_INSERT) await trx.raw(insertStatement(table, tableRows.slice(at, at + ROWS_PER_INSERT), isPostgres));
          counts[table] = (counts[table] ?? 0) + tableRows.length;
        }
        // The audit's per-account index rows name the sequence numbers the database just gave the
        // events (each seeded event is about one account: its JSON list holds one 25-character id).
        await trx.raw(
          'insert into support_audit_event_accounts (event_seq, account_id) select seq, substr(account_ids, 3, 25) from support_audit_events where seq > ?',
          [Number(before?.last ?? 0)],
        );
      })
      .then(() => options.onProgress?.(done, options.accounts));

  // Random ids put every insert on a random index page: with SQLite's default 2 MB page cache the
  // seed spends much of its time re-reading pages from the OS. A larger cache on this connection,
  // for the seed only (restored after), cuts that.
  const cacheSize = isPostgres ? undefined : Number(Object.values((await db.raw('pragma cache_size'))[0] as object)[0]);
  if (!isPostgres) await db.raw('pragma cache_size = -262144');
  try {
    // One slice is written while the next is generated.
    let writing: Promise<void> | undefined;
    try {
      for (let from = 0; from < options.accounts; from += slice) {
        const to = Math.min(options.accounts, from + slice);
        const rows = await generate(from, to);
        await writing;
        writing = write(rows, to);
        // Awaited before the next slice (or in the finally); until then a failure must not count as
        // an unhandled rejection.
        writing.catch(() => {});
      }
    } finally {
      await writing;
    }
  } finally {
    if (cacheSize !== undefined) await db.raw(`pragma cache_size = ${cacheSize}`);
  }
  // Fresh statistics, so the planner sees the tables at their new size; on PostgreSQL the vacuum
  // too (visibility map, hint bits) that autovacuum would otherwise run after a bulk insert. Only
  // the tables seeded: a bare VACUUM would visit every schema of the database.
  if (options.analyze !== false) await db.raw(isPostgres ? `vacuum (analyze) ${[...SEEDED_TABLES, 'support_audit_event_accounts'].join(', ')}` : 'analyze');
  return { accounts: options.accounts, rows: counts, milliseconds: Date.now() - started, samples };
}

function seedAccount(
  rows: SliceRows,
  input: {
    index: number;
    random: ReturnType<typeof generator>;
    cipher: FieldCipher;
    created: Date;
    now: Date;
    country: (typeof COUNTRIES)[number];
    cardsPerAccount: number;
    emailTag: string;
    newTopupNumber: () => string;
  },
): SeededAccount {
  const { index, random, country } = input;
  // Every timestamp of the account moves forward from its creation, a few minutes at a time.
  let clock = input.created.getTime();
  const later = (maxMs: number) => {
    clock += 1000 + random.int(maxMs);
    return new Date(Math.min(clock, input.now.getTime() - 1000)).toISOString();
  };
  const createdAt = input.created.toISOString();
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const localPart = `${first}.${last}${index}${input.emailTag}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const email = `${localPart}@${random.pick(DOMAINS)}`;
  const mobile = country.mobile(index);
  const accountId = random.id('acct');
  // The account holder is its one payer (derived, so the random draws stay as they were).
  const payerId = `py_${accountId.slice('acct_'.length)}`;

  // Onboarding: the email code, then the mobile code, each consumed (and its message sent and wiped).
  const emailCodeAt = later(5_000);
  const emailVerifiedAt = later(60_000);
  const mobileCodeAt = later(60_000);
  const mobileVerifiedAt = later(60_000);
  const detailsAt = later(120_000);
  for (const [purpose, channel, target, sentAt, usedAt] of [
    ['email', 'email', email, emailCodeAt, emailVerifiedAt],
    ['mobile', 'sms', mobile, mobileCodeAt, mobileVerifiedAt],
  ] as const) {
    rows.add('verification_codes', {
      id: random.id('vc'),
      account_id: accountId,
      purpose,
      channel,
      target,
      code_hash: random.hex(64),
      attempts: 1,
      expires_at: new Date(Date.parse(sentAt) + 600_000).toISOString(),
      consumed_at: usedAt,
      voided_at: null,
      created_at: sentAt,
    });
    rows.add('messages', {
      id: random.id('msg'),
      channel,
      recipient: target,
      template: purpose === 'email' ? 'email_code' : 'mobile_code',
      text: '(removed once the code expired)',
      code: null,
      status: 'sent',
      attempts: 1,
      next_attempt_at: sentAt,
      lease_until: null,
      last_error: null,
      sent_at: sentAt,
      created_at: sentAt,
      expires_at: new Date(Date.parse(sentAt) + 600_000).toISOString(),
    });
  }

  const customerId = random.id('cus');
  const cards: Array<{ id: string; brand: string; last4: string; pm: string; expMonth: number; expYear: number }> = [];
  const holdsAt: string[] = [];
  // One in four customers had a card declined at verification first: kept only in the history log
  // (support still finds the account by that card's last4).
  if (random.int(4) === 0) {
    const at = later(300_000);
    const historyId = random.id('hist');
    rows.add('card_history', history(historyId, accountId, null, { brand: 'visa', last4: pad(random.int(10_000), 4), expMonth: 1 + random.int(12), expYear: 2027 + random.int(4), fingerprint: random.hex(16), pm: random.id('pm') }, at, {
      result: 'failed',
      failure_code: 'card_declined',
      decline_code: 'generic_decline',
      failure_message: 'The card was declined. Try another card, or contact your bank.',
      gateway_code: 'card_declined',
      gateway_decline_code: 'insufficient_funds',
      gateway_message: 'Your card has insufficient funds.',
      gateway_request_id: random.id('req'),
      support_reason: 'The bank declined the verification hold: insufficient funds.',
      counts_as_failure: true,
    }));
    rows.add('holds', hold(random, accountId, historyId, customerId, 'declined', country, at, null));
  }

  const createdCustomerAt = later(10_000);
  rows.add('gateway_customers', { account_id: accountId, gateway: 'simulator', customer_id: customerId, created_at: createdCustomerAt });
  rows.add('simulator_customers', { id: customerId, account_id: accountId, email, created_at: createdCustomerAt });
  const holderName = `${first} ${last}`;
  for (let position = 0; position < input.cardsPerAccount; position += 1) {
    const at = later(600_000);
    const kind = random.pick(BRANDS);
    const last4 = pad(random.int(10_000), 4);
    // Mostly years ahead; about one card in twenty has passed its month (it reads as expired).
    const expYear = random.int(20) === 0 ? input.now.getUTCFullYear() - 1 : input.now.getUTCFullYear() + 1 + random.int(5);
    const expMonth = 1 + random.int(12);
    const fingerprint = random.hex(16);
    const pm = random.id('pm');
    const cardId = random.id('card');
    const rut = country.country === 'CL' ? `${10_000_000 + random.int(15_000_000)}` : null;
    const idNumber = rut ? `${rut}-${rutCheckDigit(rut)}` : null;
    rows.add('simulator_payment_methods', {
      id: pm,
      test_card_id: kind.testCard,
      customer_id: customerId,
      brand: kind.brand,
      last4,
      exp_month: expMonth,
      exp_year: expYear,
      fingerprint,
      funding: kind.testCard.endsWith('debit') ? 'debit' : 'credit',
      country: country.country === 'ES' ? 'ES' : 'US',
      set_up_for_off_session: true,
      detached_at: null,
      created_at: at,
    });
    rows.add('cards', {
      id: cardId,
      account_id: accountId,
      payer_id: payerId,
      gateway_payment_method_id: pm,
      fingerprint,
      brand: kind.brand,
      last4,
      exp_month: expMonth,
      exp_year: expYear,
      holder_name: holderName,
      id_type: idNumber ? 'RUT' : null,
      id_number_encrypted: idNumber ? input.cipher.encrypt(idNumber, idNumberContext(cardId)) : null,
      id_number_masked: idNumber ? maskIdNumber(idNumber) : null,
      status: 'active',
      is_default: position === 0,
      position,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    });
    const historyId = random.id('hist');
    const card = { brand: kind.brand, last4, expMonth, expYear, fingerprint, pm };
    rows.add('card_history', history(historyId, accountId, cardId, card, at, { result: 'succeeded', gateway_request_id: random.id('req') }));
    const releasedAt = later(5_000);
    rows.add('holds', hold(random, accountId, historyId, customerId, 'released', country, at, releasedAt, pm));
    holdsAt.push(releasedAt);
    cards.push({ id: cardId, brand: kind.brand, last4, pm, expMonth, expYear });
  }
  const activatedAt = cards.length > 0 ? holdsAt[0]! : detailsAt;
  const details = JSON.stringify({ type: 'individual', name: holderName, address: { line1: `${100 + random.int(9000)} Main Street`, city: 'Springfield', country: country.country }, industry: random.pick(INDUSTRIES) });
  rows.add('accounts', {
    id: accountId,
    email,
    email_normalized: email.toLowerCase(),
    country: country.country,
    currency: country.currency,
    type: 'individual',
    details,
    mobile,
    email_verified_at: emailVerifiedAt,
    mobile_verified_at: mobileVerifiedAt,
    details_completed_at: detailsAt,
    status: cards.length > 0 ? 'active' : 'registered',
    activated_at: cards.length > 0 ? activatedAt : null,
    created_at: createdAt,
    updated_at: activatedAt,
  });

  rows.add('payers', {
    id: payerId,
    account_id: accountId,
    kind: 'individual',
    legal_name: holderName,
    tax_id: null,
    tax_id_type: null,
    address: JSON.stringify(JSON.parse(details).address),
    receipt_email: email,
    is_default: true,
    created_at: detailsAt,
    updated_at: detailsAt,
    deleted_at: null,
  });

  // Monthly charges from the cards: most paid by the default card, some only by a later card after
  // a decline, a few failed on every card.
  const ledger: Array<{ type: string; amount: number; at: string; topupId?: string; chargeId?: string; transfer?: string }> = [];
  if (cards.length > 0) {
    for (let month = 0; month < 3; month += 1) {
      const at = later(20 * DAY);
      const chargeId = random.id('ch');
      const roll = random.int(10);
      const tried = roll === 0 ? cards : roll <= 2 ? cards.slice(0, Math.min(2, cards.length)) : cards.slice(0, 1);
      const paid = roll !== 0;
      tried.forEach((card, number) => {
        const succeeded = paid && number === tried.length - 1;
        rows.add('charge_attempts', {
          id: random.id('chatt'),
          charge_id: chargeId,
          number: number + 1,
          card_id: card.id,
          brand: card.brand,
          last4: card.last4,
          gateway: 'simulator',
          gateway_customer_id: customerId,
          gateway_payment_method_id: card.pm,
          intent_id: random.id('pi'),
          status: succeeded ? 'succeeded' : 'declined',
          error_code: null,
          decline_code: succeeded ? null : 'insufficient_funds',
          gateway_code: succeeded ? null : 'card_declined',
          message: succeeded ? null : 'Your card has insufficient funds.',
          gateway_request_id: random.id('req'),
          created_at: at,
          updated_at: at,
          completed_at: at,
        });
      });
      rows.add('charges', withPayer(payerId, chargeRow(chargeId, accountId, country, at, month, {
        status: paid ? 'succeeded' : 'failed',
        failure_code: paid ? null : 'all_cards_declined',
        card_id: paid ? tried[tried.length - 1]!.id : null,
        source: 'cards',
        balance_amount: 0,
        card_amount: country.chargeAmount,
      })));
    }

    // Top-ups paid with the default card into the balance, and a charge or two taken from it.
    const topups = 1 + random.int(2);
    for (let k = 0; k < topups; k += 1) {
      const at = later(10 * DAY);
      const topupId = random.id('tu');
      const card = cards[0]!;
      const cancelled = random.int(8) === 0;
      rows.add('topups', {
        id: topupId,
        number: input.newTopupNumber(),
        account_id: accountId,
        payer_id: payerId,
        idempotency_key: random.id('idem'),
        request_hash: random.hex(64),
        amount: country.topup * (1 + k),
        currency: country.currency,
        status: cancelled ? 'cancelled' : 'paid',
        card_id: card.id,
        save_card: false,
        gateway: 'simulator',
        gateway_customer_id: customerId,
        gateway_payment_method_id: card.pm,
        brand: card.brand,
        last4: card.last4,
        history_id: null,
        return_url: null,
        intent_id: random.id('pi'),
        next_action_url: null,
        failure_code: cancelled ? 'cancelled_by_customer' : null,
        decline_code: null,
        gateway_code: null,
        gateway_decline_code: null,
        failure_message: cancelled ? 'You cancelled this top-up; nothing was charged.' : null,
        gateway_request_id: random.id('req'),
        locked_by: null,
        locked_until: null,
        settle_after: null,
        settle_passes: 0,
        created_at: at,
        updated_at: at,
        paid_at: cancelled ? null : at,
        cancelled_at: cancelled ? at : null,
      });
      if (!cancelled) ledger.push({ type: 'topup', amount: country.topup * (1 + k), at, topupId });
    }
    if (random.int(10) === 0) ledger.push({ type: 'transfer', amount: country.topup, at: later(DAY), transfer: `BANK-${pad(index, 8)}` });
    const credited = ledger.reduce((sum, entry) => sum + entry.amount, 0);
    if (credited >= country.chargeAmount) {
      const at = later(5 * DAY);
      const chargeId = random.id('ch');
      rows.add('charges', withPayer(payerId, chargeRow(chargeId, accountId, country, at, 3, { status: 'succeeded', failure_code: null, card_id: null, source: 'balance', balance_amount: country.chargeAmount, card_amount: 0 })));
      ledger.push({ type: 'charge', amount: -country.chargeAmount, at, chargeId });
    }
  }

  // About one customer in two has been looked at by support (one of twenty agents) since.
  if (random.int(2) === 0) {
    rows.add('support_audit_events', {
      id: random.id('audit'),
      actor: `agent-${pad(1 + random.int(20), 2)}`,
      action: 'view_account',
      endpoint: 'GET /v1/support/accounts/{id}',
      query: JSON.stringify({ account_id: accountId }),
      account_ids: JSON.stringify([accountId]),
      disclosed: country.country === 'CL' ? '["id_number"]' : '[]',
      result_count: 1,
      request_id: random.id('req'),
      created_at: later(DAY),
    });
  }

  let available = 0;
  ledger.forEach((entry, seq) => {
    available += entry.amount;
    rows.add('balance_entries', {
      id: random.id('btxn'),
      account_id: accountId,
      seq: seq + 1,
      type: entry.type,
      amount: entry.amount,
      balance_after: available,
      currency: country.currency,
      topup_id: entry.topupId ?? null,
      charge_id: entry.chargeId ?? null,
      transfer_reference: entry.transfer ?? null,
      created_by: entry.transfer ? 'support-seed' : null,
      created_at: entry.at,
    });
  });
  if (ledger.length > 0) {
    rows.add('balances', {
      account_id: accountId,
      currency: country.currency,
      available,
      last_seq: ledger.length,
      alert_threshold: random.int(5) === 0 ? country.chargeAmount : null,
      created_at: ledger[0]!.at,
      updated_at: ledger[ledger.length - 1]!.at,
    });
  }
  return { id: accountId, email, mobile, country: country.country, last4s: cards.map((card) => card.last4), cardIds: cards.map((card) => card.id) };
}

// Measured on SQLite: knex's query builder and sqlite3's parameter binding cost more than SQLite's
// own work, so the seed writes plain multi-row INSERTs with the values inlined as literals (all of
// them generated here: strings are quoted, nothing comes from outside). 500 rows a statement.
const ROWS_PER_INSERT = 500;

const withPayer = (payerId: string, charge: Row): Row => ({ ...charge, payer_id: payerId });

function insertStatement(table: string, rows: Row[], isPostgres: boolean): string {
  const columns = Object.keys(rows[0]!);
  const literal = (value: Row[string]): string => {
    if (value === null) return 'null';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return isPostgres ? String(value) : value ? '1' : '0';
    return `'${value.replaceAll("'", "''")}'`;
  };
  const values = rows.map((row) => `(${columns.map((column) => literal(row[column]!)).join(',')})`);
  return `insert into ${table} (${columns.map((column) => `"${column}"`).join(',')}) values ${values.join(',\n')}`;
}

function history(
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

function hold(
  random: ReturnType<typeof generator>,
  accountId: string,
  historyId: string,
  customerId: string,
  status: 'released' | 'declined',
  country: (typeof COUNTRIES)[number],
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

function chargeRow(
  id: string,
  accountId: string,
  country: (typeof COUNTRIES)[number],
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
