import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { isReadyForCards } from '../onboarding/onboarding-state.js';
import type { CardHistoryStore } from './card-history-store.js';
import type { CardStore, IdType } from './card-store.js';
import { checkIdDocument } from './rules/check-id-document.js';

const DAY_SECONDS = 24 * 60 * 60;

/** The checks a card must pass before the gateway hears of it. */
export class CardGuards {
  constructor(
    private readonly deps: { cards: CardStore; history: CardHistoryStore; clock: Clock; failuresPerDay: number; maxCards: number },
  ) {}

  assertReadyForCards(account: AccountRow): void {
    if (!isReadyForCards(account)) {
      throw new AppError('onboarding_incomplete', 'Finish the earlier onboarding steps first (email, mobile, details): see GET /v1/onboarding.');
    }
  }

  idDocument(account: AccountRow, idType: IdType | undefined, idNumber: string | undefined) {
    const checked = checkIdDocument(account.country, idType, idNumber);
    if (!checked.ok) throw new AppError(checked.code, checked.message, { errors: [{ field: checked.field, message: checked.message }] });
    return checked.document;
  }

  /** Card testing: after too many failed verifications in 24 hours the gateway is not called at all
   * until the oldest of them is a day old. Verifications still under way count too, as the
   * failures they may become: otherwise parallel requests would all pass before any had failed.
   * Binding only when run in the transaction that starts the entry, under the account lock. */
  async assertFailureBudget(accountId: string, db?: Knex | Knex.Transaction): Promise<void> {
    const now = this.deps.clock.now();
    const since = new Date(now.getTime() - DAY_SECONDS * 1000).toISOString();
    const { failureTimes: failures, pending } = await this.deps.history.failureBudgetUsedSince(accountId, since, db);
    if (failures.length >= this.deps.failuresPerDay) {
      const oldestCounted = failures[failures.length - this.deps.failuresPerDay]!;
      const retryAfter = Math.max(1, Math.ceil((Date.parse(oldestCounted) + DAY_SECONDS * 1000 - now.getTime()) / 1000));
      throw new AppError(
        'too_many_card_failures',
        `Too many cards on this account failed verification in the last 24 hours. Try again later, or contact support.`,
        { headers: { 'Retry-After': String(retryAfter) } },
      );
    }
    if (failures.length + pending >= this.deps.failuresPerDay) {
      throw new AppError(
        'too_many_card_failures',
        'Other cards on this account are being verified right now, and together with recent failed verifications they use up its attempts for the day. Try again once they have finished.',
        { headers: { 'Retry-After': '30' } },
      );
    }
  }

  /** Binding only in the transaction that keeps the card, under the account lock. */
  async assertRoomForCard(accountId: string, db?: Knex | Knex.Transaction): Promise<void> {
    if ((await this.deps.cards.countLive(accountId, db)) >= this.deps.maxCards) {
      throw new AppError('card_limit_reached', `An account can keep at most ${this.deps.maxCards} cards. Delete a card before adding another.`);
    }
  }
}
