import { notFound } from '../../errors.js';
import type { TopupRow, TopupStore } from './topup-store.js';
import { toTopupResponse, type TopupResponse } from './topup-view.js';

/** `GET /v1/topups` and `GET /v1/topups/{id}`: one query each, on the read connections. */
export class TopupReads {
  constructor(private readonly deps: { topups: TopupStore }) {}

  async get(accountId: string, topupId: string): Promise<TopupResponse> {
    return toTopupResponse(await this.read(accountId, topupId));
  }

  async list(accountId: string, page: { limit: number; startingAfter?: string }): Promise<{ data: TopupResponse[]; has_more: boolean }> {
    const after = page.startingAfter ? await this.read(accountId, page.startingAfter) : undefined;
    const rows = await this.deps.topups.list(accountId, { limit: page.limit + 1, ...(after ? { startingAfter: after } : {}) });
    return { data: rows.slice(0, page.limit).map(toTopupResponse), has_more: rows.length > page.limit };
  }

  private async read(accountId: string, topupId: string): Promise<TopupRow> {
    const topup = await this.deps.topups.readOwned(accountId, topupId);
    if (!topup) throw notFound('top-up');
    return topup;
  }
}
