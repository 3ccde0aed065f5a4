import type { Clock } from '../../clock.js';
import { FieldCipherError, type FieldCipher } from '../../crypto/field-cipher.js';
import type { Logger } from '../../logger.js';
import { idNumberContext } from '../cards/rules/id-number-context.js';
import type { AllCardsOfAccount, CardHistoryOfAccount, HoldsOfAccount } from '../cards/card-records-port.js';
import type { HistoryRow } from '../cards/card-history-store.js';
import type { CardRow } from '../cards/card-store.js';
import type { HoldRow } from '../cards/hold-store.js';
import { withCurrentStatus } from '../cards/rules/card-expiry.js';

/** An account's card records as support reads them: each card with its id number in clear. */
export interface SupportCardRecordsOf {
  cards: { card: CardRow; idNumber: string | null }[];
  history: HistoryRow[];
  holds: HoldRow[];
}

/** The cards part of support's account view, through the cards feature's read ports. */
export class SupportCardRecords {
  constructor(
    private readonly deps: {
      cards: AllCardsOfAccount;
      history: CardHistoryOfAccount;
      holds: HoldsOfAccount;
      cipher: FieldCipher;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async of(accountId: string): Promise<SupportCardRecordsOf> {
    const [cardRows, history, holds] = await Promise.all([
      this.deps.cards.listAllForAccount(accountId),
      this.deps.history.listForAccount(accountId),
      this.deps.holds.listForAccount(accountId),
    ]);
    const now = this.deps.clock.now();
    const cards = cardRows.map((card) => ({ card: withCurrentStatus(card, now), idNumber: this.idNumberOf(card) }));
    return { cards, history, holds };
  }

  /** The id number in clear. One that no longer decrypts (a retired key, a moved value) is shown
   * as missing rather than failing the whole view, and logged for engineering. */
  private idNumberOf(card: CardRow): string | null {
    if (!card.id_number_encrypted) return null;
    try {
      return this.deps.cipher.decrypt(card.id_number_encrypted, idNumberContext(card.id));
    } catch (error) {
      if (!(error instanceof FieldCipherError)) throw error;
      this.deps.logger.error({ card_id: card.id, err: { message: error.message } }, 'card id number does not decrypt');
      return null;
    }
  }
}
