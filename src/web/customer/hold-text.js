import { brand, money } from './format.js';
import { t } from './i18n.js';

/** The verification hold, explained before the card is entered. */
export function holdExplanation(ctx) {
  const currency = ctx.currency(ctx.account.currency);
  return t('card_form.hold_note', { amount: money(currency.verification_amount, currency.code, currency.decimals) });
}

/** What the customer is told once a card is saved. */
export function savedText(card, verification, currency) {
  const held = verification ? ` ${t('card_form.hold_placed', { amount: money(verification.amount, verification.currency, currency.decimals) })}` : '';
  return `${t('card_form.saved', { card: cardName(card) })}${held}`;
}

/** A card by its brand and last four digits: "Visa ending 4242". */
export const cardName = (card) => (card.last4 ? t('card.name', { brand: brand(card.brand) || t('card.generic'), last4: card.last4 }) : t('card.unnamed'));
