import type { Clock } from '../../clock.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import { newId } from '../../ids.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { Attached, CardAttachment } from './card-attachment.js';
import type { CardEntry } from './card-entry.js';
import type { CardRefusals } from './card-refusals.js';
import type { CardRow, IdType } from './card-store.js';
import type { CardVerification, PlacedHold, VerificationResult } from './card-verification.js';
import type { HoldRow } from './hold-store.js';
import type { NewCardRecording } from './new-card-recording.js';
import { maskIdNumber } from './rules/mask-id-number.js';
import { idNumberContext } from './rules/id-number-context.js';

export interface AddCardInput {
  paymentMethod: string;
  holderName: string;
  idType?: IdType;
  idNumber?: string;
  returnUrl?: string;
  /** The payer the card is for; the account's default payer when absent. */
  payerId?: string;
}

/** `POST /v1/cards`: guards, gateway customer, attach, duplicate check, verification hold. Each
 * gateway call is preceded by the row it is keyed on and followed by the record of its answer;
 * no transaction is open while the gateway is called. The steps: `CardEntry` (before the gateway),
 * `CardAttachment`, the hold (`CardVerification`), `NewCardRecording`; `CardRefusals` records
 * every refusal on the way. */
export class AddCardService {
  constructor(
    private readonly deps: {
      entry: CardEntry;
      attachment: CardAttachment;
      verification: CardVerification;
      refusals: CardRefusals;
      recording: NewCardRecording;
      cipher: FieldCipher;
      clock: Clock;
      publicBaseUrl: string;
    },
  ) {}

  async add(accountId: string, input: AddCardInput): Promise<VerificationResult> {
    const { account, idDocument, customerId, history: started, payerId } = await this.deps.entry.begin(accountId, input);
    const { attached, history } = await this.deps.attachment.attach(started, customerId, input.paymentMethod);
    await this.deps.attachment.refuseDuplicate(history, attached);

    const cardId = newId('card');
    const card = { ...this.newCard(cardId, account, attached, input.holderName, idDocument), payer_id: payerId };
    const returnUrl = input.returnUrl ?? `${this.deps.publicBaseUrl}/v1/cards/${cardId}/authentication-return`;
    let placed: { hold: HoldRow; outcome: PlacedHold };
    try {
      placed = await this.deps.verification.authorize({ accountId, historyId: history.id, customerId, paymentMethodId: attached.paymentMethodId, currency: account.currency, returnUrl });
    } catch (error) {
      throw await this.deps.refusals.holdNotPlaced(history, attached.paymentMethodId, error);
    }
    return this.deps.recording.record({ ...history, card_id: cardId }, placed.hold, placed.outcome, card);
  }

  private newCard(id: string, account: AccountRow, attached: Attached, holderName: string, idDocument: { type: IdType; normalized: string } | undefined): CardRow {
    const now = this.deps.clock.now().toISOString();
    return {
      id,
      account_id: account.id,
      payer_id: null,
      gateway_payment_method_id: attached.paymentMethodId,
      fingerprint: attached.card.fingerprint,
      brand: attached.card.brand,
      last4: attached.card.last4,
      exp_month: attached.card.expMonth,
      exp_year: attached.card.expYear,
      holder_name: holderName,
      id_type: idDocument?.type ?? null,
      id_number_encrypted: idDocument ? this.deps.cipher.encrypt(idDocument.normalized, idNumberContext(id)) : null,
      id_number_masked: idDocument ? maskIdNumber(idDocument.normalized) : null,
      status: 'requires_action',
      is_default: false,
      position: 0,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    };
  }
}
