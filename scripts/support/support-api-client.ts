import type { SupportAccountView } from '../../src/features/support/support-account-view.js';
import type { toAccountSummary } from '../../src/features/support/support-views.js';

export type AccountSummary = ReturnType<typeof toAccountSummary>;

/** A problem+json answer from the API, or no answer at all (`status` 0). */
export class SupportApiError extends Error {
  override name = 'SupportApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
  }
}

export interface SupportApi {
  searchAccounts(query: Record<string, string>): Promise<AccountSummary[]>;
  viewAccount(accountId: string): Promise<SupportAccountView>;
}

/** The support endpoints over HTTP, as any support tool would call them. */
export function supportApiClient(options: { baseUrl: string; token: string; fetch?: typeof fetch }): SupportApi {
  const send = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function get<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await send(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' } });
    } catch (error) {
      const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new SupportApiError(0, 'unreachable', `Cannot reach the card vault at ${baseUrl} (${reason}). Is it running (npm start), and is --url right?`);
    }
    const body = (await response.json().catch(() => undefined)) as { code?: string; detail?: string } | undefined;
    if (!response.ok) {
      throw new SupportApiError(response.status, body?.code ?? 'http_error', body?.detail ?? `HTTP ${response.status} from ${path}`);
    }
    return body as T;
  }

  return {
    searchAccounts: async (query) => (await get<{ data: AccountSummary[] }>(`/v1/support/accounts?${new URLSearchParams(query)}`)).data,
    viewAccount: (accountId) => get<SupportAccountView>(`/v1/support/accounts/${encodeURIComponent(accountId)}`),
  };
}
