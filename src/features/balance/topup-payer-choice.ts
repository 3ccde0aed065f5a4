import type { Clock } from '../../clock.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { PayerDirectory } from '../payers/payer-service.js';
import type { PayingCard, TopupCards } from './topup-cards.js';
import type { NewCardInput, NewCardTopups } from './topup-new-card.js';

/** Who pays a new top-up: the saved card it is paid from (none when a new card pays; that card is
 * checked here, before anything is written) and the payer it is for. */
export interface TopupPayerChosen {
  saved: (PayingCard & { historyId: null; saved: true }) | undefined;
  payerId: string | null;
}

/** Chooses who pays a top-up being created, from the payer named, the saved card named, or the new
 * card given: all read before the top-up is written. */
export class TopupPayerChoice {
  constructor(private readonly deps: { payers: PayerDirectory; newCards: Pick<NewCardTopups, 'check'>; cards: TopupCards; clock: Clock }) {}

  async choose(account: AccountRow, request: { cardId?: string; payerId?: string }, newCard: NewCardInput | undefined): Promise<TopupPayerChosen> {
    const accountId = account.id;
    // The payer named must be the account's (404); its cards alone may pay.
    const named = request.payerId !== undefined ? await this.deps.payers.get(accountId, request.payerId) : undefined;
    if (newCard) await this.deps.newCards.check(account, newCard);
    const saved = newCard ? undefined : { ...(await this.deps.cards.payingCard(accountId, request.cardId, this.deps.clock.now(), named?.id)), historyId: null, saved: true as const };
    // A saved card's payer; a new card joins (or pays once for) the payer named or the default one.
    const payerId = named?.id ?? saved?.payerId ?? (await this.deps.payers.defaultOf(accountId))?.id ?? null;
    return { saved, payerId };
  }
}
