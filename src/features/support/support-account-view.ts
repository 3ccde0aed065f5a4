import type { AccountRow } from '../accounts/account-ports.js';
import type { HistoryRow } from '../cards/card-history-store.js';
import type { CardRow } from '../cards/card-rows.js';
import type { HoldRow } from '../cards/hold-store.js';
import type { AttemptRow, ChargeRow } from '../charges/charge-rows.js';
import type { DunningStep, PastDueSummary } from '../charges/past-due.js';
import type { OnboardingState } from '../onboarding/onboarding-state.js';
import type { PayerRow } from '../payers/payer-store.js';
import { toPayerResponse } from '../payers/payer-view.js';
import { toSupportCard, toSupportHistoryEntry } from './support-card-views.js';
import { toSupportCharge } from './support-charge-views.js';
import { toSupportAccount } from './support-views.js';

/** Everything support reads about one account, loaded by the service. */
export interface SupportAccountData {
  account: AccountRow;
  onboarding: OnboardingState;
  payers: PayerRow[];
  cards: { card: CardRow; idNumber: string | null }[];
  history: HistoryRow[];
  holds: HoldRow[];
  charges: ChargeRow[];
  attempts: AttemptRow[];
  chargesHaveMore: boolean;
  /** The account's past-due state (the charges feature's port); null when nothing is past due. */
  pastDue: PastDueSummary | null;
  /** Each shown charge that went through dunning, with its timeline. */
  dunning: Map<string, DunningStep[]>;
}

export type SupportAccountView = ReturnType<typeof toSupportAccountView>;

/** `GET /v1/support/accounts/{id}`: the account, its onboarding, its cards (removed ones too), the
 * historical-cards log with each entry's latest hold, and the recent charges with every attempt;
 * the account's past-due state, and on each charge that went through dunning, its timeline. */
export function toSupportAccountView(data: SupportAccountData) {
  const latestHold = new Map<string, HoldRow>();
  for (const hold of [...data.holds].sort((a, b) => a.created_at.localeCompare(b.created_at))) latestHold.set(hold.history_id, hold);
  return {
    account: toSupportAccount(data.account),
    past_due: data.pastDue,
    onboarding: data.onboarding,
    payers: data.payers.map((payer) => ({ ...toPayerResponse(payer), deleted_at: payer.deleted_at })),
    cards: data.cards.map(({ card, idNumber }) => toSupportCard(card, idNumber)),
    card_history: data.history.map((entry) => toSupportHistoryEntry(entry, latestHold.get(entry.id))),
    charges: data.charges.map((charge) => toSupportCharge(charge, data.attempts.filter((attempt) => attempt.charge_id === charge.id), data.dunning.get(charge.id) ?? null)),
    charges_has_more: data.chargesHaveMore,
  };
}
