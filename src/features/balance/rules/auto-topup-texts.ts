import { formatAmount } from '../../../money/format-amount.js';

interface AutoTopupMention {
  number: string;
  amount: number;
  currency: string;
  last4: string | null;
}

const what = (topup: AutoTopupMention) =>
  `Your automatic top-up ${topup.number} of ${formatAmount(topup.amount, topup.currency)}${topup.last4 ? ` from the card ending ${topup.last4}` : ''}`;

/** Where the customer pays the same amount themselves, on-session (3-D Secure when the bank asks):
 * the Top up page, the amount filled in. */
export const onSessionTopupLink = (publicBaseUrl: string, topup: { amount: number; card_id: string | null }) =>
  `${publicBaseUrl}/?topup_amount=${topup.amount}${topup.card_id ? `&topup_card=${encodeURIComponent(topup.card_id)}` : ''}#topup`;

/** The customer's words about automatic top-ups, in one place (so they can join a catalogue). */
export const AUTO_TOPUP_TEXTS = {
  declined: (topup: AutoTopupMention, reason: string, nextTryAt: string, link: string) =>
    `${what(topup)} did not go through: ${reason} Nothing was charged. We will try again no sooner than ${nextTryAt.slice(0, 16).replace('T', ' ')} UTC if your balance is still low; after 3 failures in a row automatic top-up turns itself off. To keep your balance up, use another card or top up now: ${link}`,
  authenticationRequired: (topup: AutoTopupMention, link: string) =>
    `${what(topup)} needs you: your bank wants to confirm this payment with you (3-D Secure), so nothing was charged. Top up now and confirm with your bank here: ${link}`,
  turnedOff: (topup: AutoTopupMention, reason: string, link: string) =>
    `Automatic top-up is now off: your last 3 automatic top-ups failed (the latest, ${topup.number}: ${reason}). Nothing was charged for them. Top up yourself, and turn automatic top-up on again on the Top up page once your card works: ${link}`,
  limitReached: (rule: { monthly_limit: number | null; currency: string }) =>
    `Your balance fell below your automatic top-up threshold, but no automatic top-up was made: this month's automatic top-ups reached your monthly limit of ${formatAmount(rule.monthly_limit ?? 0, rule.currency)}. Top up yourself, or raise the limit on the Top up page.`,
};
