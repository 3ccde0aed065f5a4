import { parseArgs } from 'node:util';
import { formatAccountList } from './format-account-list.js';
import { formatWhyReport } from './format-why-report.js';
import { SupportApiError, supportApiClient, type AccountSummary, type SupportApi } from './support-api-client.js';

export const supportUsage = `usage:
  npm run support -- find --email <email> | --phone <number> | --last4 <4 digits> [--brand visa] [--exp MM/YY]
  npm run support -- why <account id | email | phone>

options:
  --url <base url>   the card vault API (default $CARD_VAULT_URL, else http://localhost:$PORT, PORT 3000 unless set)
  --token <jwt>      a support token (default: $CARD_VAULT_TOKEN, or one minted from the local config)
  --json             print the API's JSON instead of the report`;

export interface SupportCommandIo {
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
  /** A support token when neither --token nor CARD_VAULT_TOKEN is given. */
  mintToken(): Promise<string>;
  fetch?: typeof fetch;
}

class UsageError extends Error {}

/** `find` and `why` over the support API. Returns the exit code: 0 done, 1 nothing (or too much)
 * found or the API refused, 2 wrong usage. */
export async function runSupportCommand(argv: string[], io: SupportCommandIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        // The service started by `npm start` listens on $PORT: the same variable finds it here.
        url: { type: 'string', default: io.env.CARD_VAULT_URL ?? `http://localhost:${io.env.PORT ?? 3000}` },
        token: { type: 'string' },
        email: { type: 'string' },
        phone: { type: 'string' },
        last4: { type: 'string' },
        brand: { type: 'string' },
        exp: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help) {
      io.out(supportUsage);
      return 0;
    }
    if (!command) throw new UsageError();
    const token = values.token ?? io.env.CARD_VAULT_TOKEN ?? (await io.mintToken());
    const api = supportApiClient({ baseUrl: values.url, token, fetch: io.fetch });
    const print = (json: unknown, text: () => string) => io.out(values.json ? JSON.stringify(json, null, 2) : text());

    if (command === 'find') {
      if (rest.length > 0) throw new UsageError(`find takes options, not ${rest.join(' ')}`);
      const accounts = await api.searchAccounts(findQuery(values));
      print(accounts, () => formatAccountList(accounts));
      return accounts.length > 0 ? 0 : 1;
    }
    if (command === 'why') {
      const who = rest.join(' ').trim();
      if (!who) throw new UsageError('why needs an account id, email or phone number');
      const account = await resolveAccount(api, who);
      if (!account.found) {
        io.err(account.message);
        return 1;
      }
      const view = await api.viewAccount(account.id);
      print(view, () => formatWhyReport(view));
      return 0;
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    const parseError = (error as { code?: string } | null)?.code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || (parseError && error instanceof Error)) {
      if (error.message) io.err(`${error.message}\n`);
      io.err(supportUsage);
      return 2;
    }
    if (error instanceof SupportApiError) {
      io.err(error.status === 0 ? error.message : `The API refused (${error.status} ${error.code}): ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function findQuery(values: { email?: string; phone?: string; last4?: string; brand?: string; exp?: string }): Record<string, string> {
  const query: Record<string, string> = {};
  if (values.email) query.email = values.email;
  if (values.phone) query.phone = values.phone;
  if (values.last4) query.last4 = values.last4;
  if (values.brand) query.brand = values.brand;
  if (values.exp) {
    const match = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(values.exp);
    if (!match) throw new UsageError('--exp reads MM/YY or MM/YYYY, as printed on the card');
    query.exp_month = match[1]!;
    query.exp_year = match[2]!;
  }
  if (!query.email && !query.phone && !query.last4) throw new UsageError('find needs --email, --phone or --last4');
  return query;
}

type Resolved = { found: true; id: string } | { found: false; message: string };

/** An account id is used as it is; an email or phone number is searched, and must name one account. */
async function resolveAccount(api: SupportApi, who: string): Promise<Resolved> {
  if (/^acct_\w+$/.test(who)) return { found: true, id: who };
  const key = who.includes('@') ? 'email' : 'phone';
  const matches = await api.searchAccounts({ [key]: who });
  // An email search also finds longer emails that start the same way; an exact match wins.
  const exact = key === 'email' ? matches.filter((account) => account.email.toLowerCase() === who.toLowerCase()) : [];
  const candidates: AccountSummary[] = exact.length === 1 ? exact : matches;
  if (candidates.length === 1) return { found: true, id: candidates[0]!.id };
  if (candidates.length === 0) return { found: false, message: `No account matches ${key} ${who}.` };
  return {
    found: false,
    message: `${candidates.length} accounts match ${key} ${who}; run why with one of their ids:\n\n${formatAccountList(candidates)}`,
  };
}
